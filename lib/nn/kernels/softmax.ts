/**
 * softmax over the last dim, max-subtracted so large logits cannot overflow.
 * Backward: dx = y * (g - sum(g * y)) per row.
 *
 * Row ops (softmax, log-softmax, layer norm, cross-entropy, embedding, reductions) run in TS on every
 * backend: they are O(n) and memory-bound, a gpu.js version needs a stats pass plus an apply pass
 * (two calls, two copies), and even a single-pass elementwise gpu.js kernel did not beat the TS loop
 * on the CPU modes (backend.ts has the numbers).
 */
import { rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

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
  const y = softmaxRows(x.data, n, cols);
  return result(y, x.shape, [x], (g) => accumulateFresh(x, softmaxRowsGrad(y, g, n, cols)));
}
