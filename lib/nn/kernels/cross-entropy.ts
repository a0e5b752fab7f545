/**
 * Cross-entropy of logits [..., V] against integer targets, averaged over the rows the mask keeps:
 * loss = -(1/n) sum_{r kept} log softmax(logits_r)[target_r]. Backward: (softmax - onehot) / n on
 * kept rows, 0 on the others. Flat kernels when the logits are on the device (see softmax.ts): the
 * per-row losses, their sum, and the gradient; targets and mask go up as host arrays (mask folded in
 * as target -1).
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { ConfigError } from '../../errors.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host, type Values } from '../device.js';
import { ShapeError, fmt, rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';
import { logSoftmaxRows } from './log-softmax.js';

/** The summed loss over kept rows (target >= 0), one thread (rows * cols steps: policy-sized). */
function lossKernel(this: IKernelFunctionThis<{ rows: number; cols: number }>, x: number[], t: number[], inv: number): number {
  let loss = 0;
  for (let r = 0; r < this.constants.rows; r++) {
    const o = r * this.constants.cols;
    let mx = -1e30;
    for (let c = 0; c < this.constants.cols; c++) mx = Math.max(mx, x[o + c]);
    let sum = 0;
    for (let c = 0; c < this.constants.cols; c++) sum += Math.exp(x[o + c] - mx);
    const tr = t[r];
    if (tr >= 0) loss += mx + Math.log(sum) - x[o + tr];
  }
  return loss * inv;
}

/** (softmax - onehot) * g * inv on kept rows, 0 elsewhere. */
function lossGradKernel(this: IKernelFunctionThis<{ cols: number }>, x: number[], t: number[], g: number[], inv: number): number {
  const i = this.thread.x;
  const r = divFloor(i, this.constants.cols);
  const o = r * this.constants.cols;
  let mx = -1e30;
  for (let c = 0; c < this.constants.cols; c++) mx = Math.max(mx, x[o + c]);
  let sum = 0;
  for (let c = 0; c < this.constants.cols; c++) sum += Math.exp(x[o + c] - mx);
  const hot = t[r] === i - o ? 1 : 0;
  return t[r] < 0 ? 0 : (Math.exp(x[i] - mx) / sum - hot) * g[0] * inv;
}

/**
 * Mean cross-entropy over unmasked rows (a scalar). With every row masked the loss is 0 and so is its gradient.
 * @param targets one class id per row of `logits` (ignored, and free to be -1, where the mask is 0).
 * @param mask one entry per row; 0 drops the row (padding, prompt tokens). Default: keep all.
 * @throws ShapeError when targets or mask do not have one entry per row; ConfigError for a kept
 *   target outside [0, V).
 */
export function crossEntropy(logits: Tensor, targets: ArrayLike<number>, mask?: ArrayLike<number>): Tensor {
  const { rows: n, cols } = rows('crossEntropy', logits.shape);
  if (targets.length !== n) {
    throw new ShapeError('crossEntropy', [logits.shape, [targets.length]], `expected one target per row of ${fmt(logits.shape)}: ${n}`);
  }
  if (mask && mask.length !== n) {
    throw new ShapeError('crossEntropy', [logits.shape, [mask.length]], `expected one mask entry per row of ${fmt(logits.shape)}: ${n}`);
  }
  const keep = (r: number): boolean => !mask || mask[r] !== 0;
  let count = 0;
  for (let r = 0; r < n; r++) {
    if (!keep(r)) continue;
    const t = targets[r];
    if (!Number.isInteger(t) || t < 0 || t >= cols) {
      throw new ConfigError(`crossEntropy: targets[${r}] = ${t} is not a class id in [0, ${cols}); mask the row out if it is padding`);
    }
    count++;
  }
  const inv = count > 0 ? 1 / count : 0;
  if (count > 0 && gpuFor('elementwise', logits.size, [logits.values])) {
    const t = Float32Array.from({ length: n }, (_, r) => (keep(r) ? targets[r]! : -1));
    // inv (1 / kept rows) is an argument, not a constant: a constant would compile a kernel per count
    const loss = runFlat('xent', 1, lossKernel, { rows: n, cols }, [logits.values, t, inv]);
    return result(loss, [], [logits], (g: Values) => accumulateFresh(logits, runFlat('xent-grad', logits.size, lossGradKernel, { cols }, [logits.values, t, g, inv])));
  }
  const lsm = logSoftmaxRows(logits.data, n, cols);
  let loss = 0;
  for (let r = 0; r < n; r++) if (keep(r)) loss -= lsm[r * cols + targets[r]];
  return result(Float32Array.of(loss * inv), [], [logits], (g) => {
    const scale = host(g)[0]! * inv;
    const dx = new Float32Array(logits.size);
    for (let r = 0; r < n; r++) {
      if (!keep(r)) continue;
      const o = r * cols;
      for (let c = 0; c < cols; c++) dx[o + c] = Math.exp(lsm[o + c]) * scale;
      dx[o + targets[r]] -= scale;
    }
    accumulateFresh(logits, dx);
  });
}
