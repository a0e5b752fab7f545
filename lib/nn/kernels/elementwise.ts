/**
 * The raw elementwise ops on `Values` (host or device): a + b and a * b with b broadcast over rows,
 * s * a, and the row sums a broadcast operand's gradient needs. Each runs its flat gpu.js kernel where
 * `gpuFor` says so (on a GL backend the result stays on the device), else a TS loop. add.ts, mul.ts,
 * scale.ts and the tape's gradient accumulation build on these.
 * Kernel index arithmetic goes through `divFloor` (flat.ts): GPU division need not be correctly rounded.
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { DeviceArray, host, type Values } from '../device.js';

function addKernel(this: IKernelFunctionThis<{ cols: number }>, a: number[], b: number[]): number {
  const i = this.thread.x;
  const r = divFloor(i, this.constants.cols);
  return a[i] + b[i - r * this.constants.cols];
}

function mulKernel(this: IKernelFunctionThis<{ cols: number }>, a: number[], b: number[]): number {
  const i = this.thread.x;
  const r = divFloor(i, this.constants.cols);
  return a[i] * b[i - r * this.constants.cols];
}

function scaleKernel(this: IKernelFunctionThis, a: number[], s: number): number {
  return a[this.thread.x] * s;
}

function sumRowsKernel(this: IKernelFunctionThis<{ rows: number; cols: number }>, g: number[]): number {
  let s = 0;
  for (let r = 0; r < this.constants.rows; r++) s += g[r * this.constants.cols + this.thread.x];
  return s;
}

/** a [rows, cols] + b [cols] (b broadcast over rows; rows 1 for equal shapes). */
export function addValues(a: Values, b: Values, rows: number, cols: number): Values {
  const n = rows * cols;
  if (gpuFor('elementwise', n, [a, b])) return runFlat('add', n, addKernel, { cols }, [a, b]);
  const x = host(a), y = host(b), out = new Float32Array(n);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let c = 0; c < cols; c++) out[o + c] = x[o + c] + y[c];
  }
  return out;
}

/** a [rows, cols] * b [cols] (b broadcast over rows; rows 1 for equal shapes). */
export function mulValues(a: Values, b: Values, rows: number, cols: number): Values {
  const n = rows * cols;
  if (gpuFor('elementwise', n, [a, b])) return runFlat('mul', n, mulKernel, { cols }, [a, b]);
  const x = host(a), y = host(b), out = new Float32Array(n);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let c = 0; c < cols; c++) out[o + c] = x[o + c] * y[c];
  }
  return out;
}

/** s * a. */
export function scaleValues(a: Values, s: number): Values {
  if (gpuFor('elementwise', a.length, [a])) return runFlat('scale', a.length, scaleKernel, {}, [a, s]);
  const x = host(a), out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * s;
  return out;
}

/** Rows summed per kernel pass: a [rows, cols] sum runs as ceil(rows / CHUNK) partial sums, then theirs (a single pass leaves only `cols` threads busy). */
const CHUNK = 32;

function partialSumKernel(this: IKernelFunctionThis<{ rows: number; cols: number; chunk: number }>, g: number[]): number {
  const p = divFloor(this.thread.x, this.constants.cols);
  const c = this.thread.x - p * this.constants.cols;
  let s = 0;
  for (let k = 0; k < this.constants.chunk; k++) {
    const r = p * this.constants.chunk + k;
    if (r < this.constants.rows) s += g[r * this.constants.cols + c];
  }
  return s;
}

/** out[c] = sum over rows r of g[r*cols + c] (g itself when rows is 1). */
export function sumRowsValues(g: Values, rows: number, cols: number): Values {
  if (rows === 1) return g;
  if (gpuFor('elementwise', rows * cols, [g])) {
    if (rows <= 2 * CHUNK) return runFlat('sum-rows', cols, sumRowsKernel, { rows, cols }, [g]);
    const parts = Math.ceil(rows / CHUNK);
    const partial = runFlat('partial-sum-rows', parts * cols, partialSumKernel, { rows, cols, chunk: CHUNK }, [g]);
    const out = sumRowsValues(partial, parts, cols);
    if (partial instanceof DeviceArray && out !== partial) partial.dispose();
    return out;
  }
  const x = host(g), acc = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let c = 0; c < cols; c++) acc[c] = acc[c] + x[o + c];
  }
  return Float32Array.from(acc);
}

/** cur + g, in place into cur when both are on the host (cur is a gradient the tape owns). */
export function addInto(cur: Values, g: Values): Values {
  if (cur instanceof Float32Array && g instanceof Float32Array) {
    for (let i = 0; i < cur.length; i++) cur[i] = cur[i] + g[i];
    return cur;
  }
  return addValues(cur, g, 1, cur.length);
}
