/**
 * The one broadcast rule of lib/nn: a binary op takes two tensors of the same shape, or a full tensor
 * and one whose shape is a suffix of it (a bias [C] against [B,T,C]). The full tensor is viewed as
 * `rows` copies of the suffix block of `cols` elements; gradients of the broadcast operand are summed
 * over the rows.
 */
import { ShapeError, fmt, isSuffix, numel } from '../shape.js';
import type { Tensor } from '../tensor.js';

export interface Broadcast {
  /** The full-shaped operand and the (possibly) broadcast one. */
  readonly big: Tensor;
  readonly small: Tensor;
  /** True when the caller's (a, b) became (small, big): only matters for non-commutative ops. */
  readonly swapped: boolean;
  readonly rows: number;
  readonly cols: number;
}

export function broadcast(op: string, a: Tensor, b: Tensor): Broadcast {
  const swapped = !isSuffix(b.shape, a.shape);
  const [big, small] = swapped ? [b, a] : [a, b];
  if (!isSuffix(small.shape, big.shape)) {
    throw new ShapeError(op, [a.shape, b.shape], `expected equal shapes, or one shape a suffix of the other (e.g. a bias ${fmt(a.shape.slice(-1))})`);
  }
  const cols = numel(small.shape);
  return { big, small, swapped, rows: cols === 0 ? 0 : big.size / cols, cols };
}
