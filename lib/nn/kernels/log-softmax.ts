/**
 * log-softmax over the last dim: x - max - log(sum(exp(x - max))), stable for any logit size.
 * Backward: dx = g - softmax(x) * sum(g) per row. A flat kernel on a GL backend (see softmax.ts).
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host } from '../device.js';
import { rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';
import { rowSoftmaxKernel } from './softmax.js';

function logSoftmaxGradKernel(this: IKernelFunctionThis<{ cols: number }>, y: number[], g: number[]): number {
  const i = this.thread.x;
  const o = divFloor(i, this.constants.cols) * this.constants.cols;
  let sum = 0;
  for (let c = 0; c < this.constants.cols; c++) sum += g[o + c];
  return g[i] - Math.exp(y[i]) * sum;
}

/** Row-wise log-softmax of x [rows, cols]. Exported for cross-entropy. */
export function logSoftmaxRows(x: Float32Array, nRows: number, cols: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let r = 0; r < nRows; r++) {
    const o = r * cols;
    let max = -Infinity;
    for (let c = 0; c < cols; c++) max = Math.max(max, x[o + c]);
    let sum = 0;
    for (let c = 0; c < cols; c++) sum += Math.exp(x[o + c] - max);
    const lse = max + Math.log(sum);
    for (let c = 0; c < cols; c++) out[o + c] = x[o + c] - lse;
  }
  return out;
}

/** log-softmax over the last dim. @throws ShapeError for a rank-0 tensor. */
export function logSoftmax(x: Tensor): Tensor {
  const { rows: n, cols } = rows('logSoftmax', x.shape);
  if (gpuFor('elementwise', x.size, [x.values]) && cols > 0) {
    const yd = runFlat('log-softmax', x.size, rowSoftmaxKernel, { cols, log: 1 }, [x.values]);
    return result(yd, x.shape, [x], (g) => accumulateFresh(x, runFlat('log-softmax-grad', x.size, logSoftmaxGradKernel, { cols }, [yd, g])));
  }
  const y = logSoftmaxRows(x.data, n, cols);
  return result(y, x.shape, [x], (gv) => {
    const g = host(gv);
    const dx = new Float32Array(g.length);
    for (let r = 0; r < n; r++) {
      const o = r * cols;
      let sum = 0;
      for (let c = 0; c < cols; c++) sum += g[o + c];
      for (let c = 0; c < cols; c++) dx[o + c] = g[o + c] - Math.exp(y[o + c]) * sum;
    }
    accumulateFresh(x, dx);
  });
}
