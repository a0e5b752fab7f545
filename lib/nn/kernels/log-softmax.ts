/**
 * log-softmax over the last dim: x - max - log(sum(exp(x - max))), stable for any logit size.
 * Backward: dx = g - softmax(x) * sum(g) per row. TS on every backend (see softmax.ts).
 */
import { rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

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
  const y = logSoftmaxRows(x.data, n, cols);
  return result(y, x.shape, [x], (g) => {
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
