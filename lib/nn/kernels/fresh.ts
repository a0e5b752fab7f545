/**
 * accumulate() for a gradient array that nothing will read again: one the caller has just allocated,
 * or the output gradient an op passes straight through to an input (add, reshape: the tape never
 * reads an op's output gradient after that op's backward). The first contribution becomes t.grad as
 * is instead of being copied (a training step makes hundreds of these, up to a few MB each, and the
 * copies were a good part of its allocation and GC time). Never pass an op output's data or a grad
 * that a later backward reads.
 */
import type { Values } from '../device.js';
import { accumulate, type Tensor } from '../tensor.js';

export function accumulateFresh(t: Tensor, g: Values): void {
  if (!t.requiresGrad) return;
  if (!t.gradValues && g.length === t.size) t.gradValues = g;
  else accumulate(t, g);
}
