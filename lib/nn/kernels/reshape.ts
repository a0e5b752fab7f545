/** reshape: the same data under another shape (no copy); one dim may be -1. Backward passes the gradient through. */
import { ShapeError, numel } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

/**
 * `x` viewed with `shape`; a single -1 dim is inferred.
 * @throws ShapeError when the element counts differ or more than one dim is -1.
 * @example reshape(x, [B, T, H, -1])
 */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  const free = shape.filter((d) => d === -1).length;
  const known = numel(shape.filter((d) => d !== -1));
  if (free > 1 || (free === 1 && (known === 0 || x.size % known !== 0))) {
    throw new ShapeError('reshape', [x.shape, shape], 'expected at most one -1 dim, dividing the element count evenly');
  }
  const target = shape.map((d) => (d === -1 ? x.size / known : d));
  if (numel(target) !== x.size) {
    throw new ShapeError('reshape', [x.shape, shape], `cannot view ${x.size} elements as ${numel(target)}`);
  }
  // flat values, host or device, need no copy; the output's gradient is read by no one after this
  return result(x.values, target, [x], (g) => accumulateFresh(x, g));
}
