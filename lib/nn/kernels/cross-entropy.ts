/**
 * Cross-entropy of logits [..., V] against integer targets, averaged over the rows the mask keeps:
 * loss = -(1/n) sum_{r kept} log softmax(logits_r)[target_r]. Backward: (softmax - onehot) / n on
 * kept rows, 0 on the others. TS on every backend (see softmax.ts).
 */
import { ConfigError } from '../../errors.js';
import { ShapeError, fmt, rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';
import { logSoftmaxRows } from './log-softmax.js';

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
  const lsm = logSoftmaxRows(logits.data, n, cols);
  let loss = 0;
  for (let r = 0; r < n; r++) if (keep(r)) loss -= lsm[r * cols + targets[r]];
  const inv = count > 0 ? 1 / count : 0;
  return result(Float32Array.of(loss * inv), [], [logits], (g) => {
    const scale = g[0] * inv;
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
