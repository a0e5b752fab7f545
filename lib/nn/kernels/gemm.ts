/**
 * The raw batched matrix product behind matmul and attention: C_z = op(A_z) . op(B_z), where op
 * transposes when asked and B may be one matrix shared by every batch item. Float32 in and out;
 * sums are accumulated in doubles on the TS path and in f32 on gpu.js.
 *
 * CPU path (no gpu.js): the WebAssembly SIMD microkernel of simd-gemm.ts where the runtime has SIMD
 * (~20 GFLOP/s here), else the TS kernel: 4x4 register-blocked dot products over A [M,K] and B^T [N,K]
 * (both read along K, contiguously), ~4x a naive triple loop, ~4 GFLOP/s. gpu.js path: each thread returns four rows of one output
 * column (Array(4)), which the webasm backend vectorises four columns wide; ~2-3x its one-cell form.
 * On a GL context (browser WebGL2, headless-gl) gpu.js kernels are fragment shaders: there
 * `gemmValues` packs both operands into vec4 textures on the device (four K-values per texture fetch)
 * and keeps the product there.
 */
import type { GPU, IGPUKernelSettings, IKernelFunctionThis } from 'gpu.js';
import { asInput, gpuFor, gpuIsGl, MAX_FLAT_LENGTH, runGpu, useSimdGemm } from '../backend.js';
import { divFloor, runFlat, runPacked } from './flat.js';
import { DeviceArray, host, type Values } from '../device.js';
import type { GemmDims } from './gemm-dims.js';
import { simdGemm } from './simd-gemm.js';

export type { GemmDims } from './gemm-dims.js';

/** C [batch, m, n] for the product described by `d`. */
export function gemm(a: Float32Array, b: Float32Array, d: GemmDims): Float32Array {
  const { batch, m, n } = d;
  const out = new Float32Array(batch * m * n);
  if (out.length === 0) return out;
  if (gpuIsGl()) {
    // on a GL context: the device product, read back (undefined: below the threshold, or too large for flat indices)
    const c = deviceGemm(a, b, d);
    if (c) {
      out.set(host(c));
      if (c instanceof DeviceArray) c.dispose();
      return out;
    }
  } else if (gpuFor('matmul', callWork(d))) {
    gpuGemm(a, b, d, out);
    return out;
  }
  if (!(useSimdGemm() && simdGemm(a, b, d, out))) tsGemm(a, b, d, out);
  return out;
}

/** One call's work: gpu.js runs one call per batch item unless B is shared. */
function callWork(d: GemmDims): number {
  return (d.shareB ? d.batch : 1) * d.m * d.n * d.k;
}

/**
 * The product on values that may live on the device: on a GL backend, when an operand is already
 * there or the product is large enough, kernels whose result stays on the device; otherwise `gemm`
 * on host arrays.
 */
export function gemmValues(a: Values, b: Values, d: GemmDims): Values {
  return deviceGemm(a, b, d) ?? gemm(host(a), host(b), d);
}

/**
 * The GL product, or undefined when it should not run there (no GL context, below the threshold with
 * host operands, or arrays past the flat kernels' 2^24 index bound).
 */
function deviceGemm(a: Values, b: Values, d: GemmDims): Values | undefined {
  const { batch, m, k, n } = d;
  const k4 = Math.ceil(k / 4);
  const fits = Math.max(batch * m * n, 4 * batch * m * k4, 4 * (d.shareB ? 1 : batch) * n * k4) <= MAX_FLAT_LENGTH;
  if (batch * m * n === 0 || !fits || !gpuIsGl() || !gpuFor('matmul', callWork(d), [a, b])) return undefined;
  // both operands as rows of vec4 along K (strides turn every transpose and the shared B into index
  // arithmetic): one pass each, then four multiply-adds per texture fetch in the product
  const bz = d.shareB ? 1 : batch;
  const ap = runPacked('gemm-pack', batch * m * k4, packKernel, { rows: m, k, k4, sZ: m * k, sR: d.transA ? 1 : k, sP: d.transA ? m : 1 }, [a]);
  const bp = runPacked('gemm-pack', bz * n * k4, packKernel, { rows: n, k, k4, sZ: d.shareB ? 0 : k * n, sR: d.transB ? k : 1, sP: d.transB ? 1 : n }, [b]);
  const c = runFlat('gemm-vec4', batch * m * n, vec4GemmKernel, { mn: m * n, m, n, k4, bn: d.shareB ? 0 : n }, [ap, bp]);
  // the packed operands are the product's alone: free them now (GL keeps a texture until the draws reading it are done)
  ap.dispose();
  bp.dispose();
  return c;
}

type PackConstants = { rows: number; k: number; k4: number; sZ: number; sR: number; sP: number };

/** Texel i of the packed operand: row floor(i / k4) (batch item z = row / rows), its K-values 4q..4q+3, zero past K. */
function packKernel(this: IKernelFunctionThis<PackConstants>, x: number[]): number[] {
  const i = this.thread.x;
  const row = divFloor(i, this.constants.k4);
  const q = i - row * this.constants.k4;
  const z = divFloor(row, this.constants.rows);
  const base = z * this.constants.sZ + (row - z * this.constants.rows) * this.constants.sR;
  const p = 4 * q;
  let v0 = 0;
  let v1 = 0;
  let v2 = 0;
  let v3 = 0;
  if (p < this.constants.k) v0 = x[base + p * this.constants.sP];
  if (p + 1 < this.constants.k) v1 = x[base + (p + 1) * this.constants.sP];
  if (p + 2 < this.constants.k) v2 = x[base + (p + 2) * this.constants.sP];
  if (p + 3 < this.constants.k) v3 = x[base + (p + 3) * this.constants.sP];
  return [v0, v1, v2, v3];
}

/** C[z, r, c] = sum over q of dot(A4[z*m + r][q], B4[z*bn + c][q]) (bn = 0: one B for every z). */
function vec4GemmKernel(this: IKernelFunctionThis<{ mn: number; m: number; n: number; k4: number; bn: number }>, a: number[][], b: number[][]): number {
  const i = this.thread.x;
  const z = divFloor(i, this.constants.mn);
  const rem = i - z * this.constants.mn;
  const r = divFloor(rem, this.constants.n);
  const c = rem - r * this.constants.n;
  const aRow = (z * this.constants.m + r) * this.constants.k4;
  const bRow = (z * this.constants.bn + c) * this.constants.k4;
  let s = 0;
  for (let q = 0; q < this.constants.k4; q++) {
    const x = a[aRow + q];
    const y = b[bRow + q];
    s += x[0] * y[0] + x[1] * y[1] + x[2] * y[2] + x[3] * y[3];
  }
  return s;
}

/** The plain-TypeScript product on any backend (the reference the gpu.js path is held to, and the bench's 'ts' row). */
export function gemmTs(a: Float32Array, b: Float32Array, d: GemmDims): Float32Array {
  const out = new Float32Array(d.batch * d.m * d.n);
  if (out.length > 0) tsGemm(a, b, d, out);
  return out;
}

/** dst[c*rows + r] = src[off + r*cols + c]: a [rows, cols] block transposed into [cols, rows]. */
function transposeInto(src: Float32Array, off: number, rows: number, cols: number, dst: Float32Array, dstOff = 0): void {
  for (let r = 0; r < rows; r++) {
    const s = off + r * cols;
    for (let c = 0; c < cols; c++) dst[dstOff + c * rows + r] = src[s + c];
  }
}

/** `count` stacked [rows, cols] blocks of src, each transposed to [cols, rows]. */
function stackTransposed(src: Float32Array, count: number, rows: number, cols: number): Float32Array {
  const out = new Float32Array(count * rows * cols);
  for (let z = 0; z < count; z++) transposeInto(src, z * rows * cols, rows, cols, out, z * rows * cols);
  return out;
}

function tsGemm(a: Float32Array, b: Float32Array, d: GemmDims, out: Float32Array): void {
  const { batch, m, k, n } = d;
  // the kernel wants A row-major [m,k] and B transposed [n,k]; make them so once per matrix
  const bt = d.transB ? undefined : new Float32Array((d.shareB ? 1 : batch) * n * k);
  if (bt) for (let z = 0; z < (d.shareB ? 1 : batch); z++) transposeInto(b, z * k * n, k, n, bt, z * n * k);
  const aRow = d.transA ? new Float32Array(m * k) : undefined;
  for (let z = 0; z < batch; z++) {
    let aSrc = a;
    let aOff = z * m * k;
    if (aRow) {
      transposeInto(a, aOff, k, m, aRow);
      aSrc = aRow;
      aOff = 0;
    }
    const bOff = d.shareB ? 0 : z * n * k;
    gemmNT(aSrc, aOff, bt ?? b, bOff, out, z * m * n, m, n, k);
  }
}

/** C[i,j] = sum_p A[i,p] * B[j,p], with A [M,K] at aOff, B [N,K] at bOff, C [M,N] at cOff. */
function gemmNT(A: Float32Array, aOff: number, B: Float32Array, bOff: number, C: Float32Array, cOff: number, M: number, N: number, K: number): void {
  const M4 = M - (M % 4);
  const N4 = N - (N % 4);
  for (let i = 0; i < M4; i += 4) {
    const a0 = aOff + i * K, a1 = a0 + K, a2 = a1 + K, a3 = a2 + K;
    const c0 = cOff + i * N, c1 = c0 + N, c2 = c1 + N, c3 = c2 + N;
    for (let j = 0; j < N4; j += 4) {
      const b0 = bOff + j * K, b1 = b0 + K, b2 = b1 + K, b3 = b2 + K;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let p = 0; p < K; p++) {
        const x0 = A[a0 + p], x1 = A[a1 + p], x2 = A[a2 + p], x3 = A[a3 + p];
        const y0 = B[b0 + p], y1 = B[b1 + p], y2 = B[b2 + p], y3 = B[b3 + p];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
        s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
      }
      C[c0 + j] = s00; C[c0 + j + 1] = s01; C[c0 + j + 2] = s02; C[c0 + j + 3] = s03;
      C[c1 + j] = s10; C[c1 + j + 1] = s11; C[c1 + j + 2] = s12; C[c1 + j + 3] = s13;
      C[c2 + j] = s20; C[c2 + j + 1] = s21; C[c2 + j + 2] = s22; C[c2 + j + 3] = s23;
      C[c3 + j] = s30; C[c3 + j + 1] = s31; C[c3 + j + 2] = s32; C[c3 + j + 3] = s33;
    }
    for (let j = N4; j < N; j++) {
      const bj = bOff + j * K;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let p = 0; p < K; p++) {
        const y = B[bj + p];
        s0 += A[a0 + p] * y; s1 += A[a1 + p] * y;
        s2 += A[a2 + p] * y; s3 += A[a3 + p] * y;
      }
      C[c0 + j] = s0; C[c1 + j] = s1; C[c2 + j] = s2; C[c3 + j] = s3;
    }
  }
  for (let i = M4; i < M; i++) {
    const ai = aOff + i * K;
    for (let j = 0; j < N; j++) {
      const bj = bOff + j * K;
      let s = 0;
      for (let p = 0; p < K; p++) s += A[ai + p] * B[bj + p];
      C[cOff + i * N + j] = s;
    }
  }
}

/*
 * gpu.js kernel: A [Mp,K] row-major with Mp a multiple of 4, B [K,N] row-major; thread (x, y)
 * returns C[4y..4y+3][x]. The shape is the one webasm vectorises best (2-D Inputs indexed with
 * this.thread inline; local aliases for the thread ids measured ~2x slower).
 */
function gemmKernel(this: IKernelFunctionThis<{ K: number }>, a: number[][], b: number[][]): number[] {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let i = 0; i < this.constants.K; i++) {
    const bv = b[i][this.thread.x];
    s0 += a[this.thread.y * 4][i] * bv;
    s1 += a[this.thread.y * 4 + 1][i] * bv;
    s2 += a[this.thread.y * 4 + 2][i] * bv;
    s3 += a[this.thread.y * 4 + 3][i] * bv;
  }
  return [s0, s1, s2, s3];
}

/** One gpu.js product of A [rows,K] (rows padded to 4 here) and B [K,N] into out at outOff. */
function gpuProduct(a: Float32Array, rowsA: number, k: number, b: Float32Array, n: number, out: Float32Array, outOff: number): void {
  const mp = Math.ceil(rowsA / 4) * 4;
  let ap = a;
  if (mp !== rowsA) {
    ap = new Float32Array(mp * k);
    ap.set(a.subarray(0, rowsA * k));
  }
  const build = (gpu: GPU) => {
    // returnType and loopMaxIterations are real kernel settings that gpu.js's typings leave out
    const settings: IGPUKernelSettings & { returnType: 'Array(4)'; loopMaxIterations: number } = {
      output: [n, mp / 4],
      constants: { K: k },
      returnType: 'Array(4)',
      loopMaxIterations: k + 1,
    };
    return gpu.createKernel(gemmKernel, settings);
  };
  const res = runGpu(`gemm:${mp}x${k}x${n}`, build, [asInput(ap, [k, mp]), asInput(b, [n, k])]) as unknown as Float32Array[][];
  for (let y = 0; y < mp / 4; y++) {
    const row = res[y] as Float32Array[];
    for (let j = 0; j < 4; j++) {
      const r = 4 * y + j;
      if (r >= rowsA) break;
      const o = outOff + r * n;
      for (let x = 0; x < n; x++) out[o + x] = row[x][j];
    }
  }
}

/** The product on gpu.js's CPU modes (cpu, webasm): gemmKernel, four output rows per thread. */
function gpuGemm(a: Float32Array, b: Float32Array, d: GemmDims, out: Float32Array): void {
  const { batch, m, k, n } = d;
  const bRow = d.transB ? stackTransposed(b, d.shareB ? 1 : batch, n, k) : b;
  const aRow = d.transA ? stackTransposed(a, batch, k, m) : a;
  if (d.shareB) {
    // one weight for every item: stack the batch into rows, one call
    gpuProduct(aRow, batch * m, k, bRow, n, out, 0);
    return;
  }
  for (let z = 0; z < batch; z++) {
    gpuProduct(aRow.subarray(z * m * k, (z + 1) * m * k), m, k, bRow.subarray(z * k * n, (z + 1) * k * n), n, out, z * m * n);
  }
}
