/**
 * softmax over the last dim, max-subtracted so large logits cannot overflow.
 * Backward: dx = y * (g - sum(g * y)) per row.
 *
 * Row ops (softmax, log-softmax, layer norm, cross-entropy, embedding, pick, reductions) run in TS
 * except on a GL backend with their input already on the device, where a flat kernel (each thread
 * recomputing its row's statistics, O(cols)) keeps the chain there: on gpu.js's CPU modes even a
 * single-pass elementwise kernel did not beat the TS loop (backend.ts has the numbers).
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host } from '../device.js';
import { rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

/** Row-wise softmax (log = 0) or log-softmax (log = 1) of x viewed as [rows, cols]. Exported for log-softmax. */
export function rowSoftmaxKernel(this: IKernelFunctionThis<{ cols: number; log: number }>, x: number[]): number {
  const i = this.thread.x;
  const o = divFloor(i, this.constants.cols) * this.constants.cols;
  let mx = -1e30;
  for (let c = 0; c < this.constants.cols; c++) mx = Math.max(mx, x[o + c]);
  let sum = 0;
  for (let c = 0; c < this.constants.cols; c++) sum += Math.exp(x[o + c] - mx);
  return this.constants.log > 0 ? x[i] - mx - Math.log(sum) : Math.exp(x[i] - mx) / sum;
}

/** dx = scale · y * (g - rowsum(g * y)): the softmax vector-Jacobian product (scaled: attention folds 1/sqrt(D) in). Exported for attention. */
export function softmaxGradKernel(this: IKernelFunctionThis<{ cols: number; scale: number }>, y: number[], g: number[]): number {
  const i = this.thread.x;
  const o = divFloor(i, this.constants.cols) * this.constants.cols;
  let dot = 0;
  for (let c = 0; c < this.constants.cols; c++) dot += g[o + c] * y[o + c];
  return y[i] * (g[i] - dot) * this.constants.scale;
}

/** Row-wise softmax of x [rows, cols] (cols contiguous). Exported for attention. */
export function softmaxRows(x: Float32Array, nRows: number, cols: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let r = 0; r < nRows; r++) {
    const o = r * cols;
    let max = -Infinity;
    for (let c = 0; c < cols; c++) max = Math.max(max, x[o + c]);
    let sum = 0;
    for (let c = 0; c < cols; c++) {
      const e = Math.exp(x[o + c] - max);
      out[o + c] = e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let c = 0; c < cols; c++) out[o + c] = out[o + c] * inv;
  }
  return out;
}

/** dx = y * (g - sum(g * y)) per row: the softmax vector-Jacobian product. */
export function softmaxRowsGrad(y: Float32Array, g: Float32Array, nRows: number, cols: number): Float32Array {
  const dx = new Float32Array(y.length);
  for (let r = 0; r < nRows; r++) {
    const o = r * cols;
    let dot = 0;
    for (let c = 0; c < cols; c++) dot += g[o + c] * y[o + c];
    for (let c = 0; c < cols; c++) dx[o + c] = y[o + c] * (g[o + c] - dot);
  }
  return dx;
}

/** softmax over the last dim. @throws ShapeError for a rank-0 tensor. */
export function softmax(x: Tensor): Tensor {
  const { rows: n, cols } = rows('softmax', x.shape);
  if (gpuFor('elementwise', x.size, [x.values]) && cols > 0) {
    const yd = runFlat('softmax', x.size, rowSoftmaxKernel, { cols, log: 0 }, [x.values]);
    return result(yd, x.shape, [x], (g) => accumulateFresh(x, runFlat('softmax-grad', x.size, softmaxGradKernel, { cols, scale: 1 }, [yd, g])));
  }
  const y = softmaxRows(x.data, n, cols);
  return result(y, x.shape, [x], (g) => accumulateFresh(x, softmaxRowsGrad(y, host(g), n, cols)));
}
