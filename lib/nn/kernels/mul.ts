/** mul: elementwise product, with gain broadcast (see broadcast.ts). Backward: dA = g*b, dB = (g*a) summed over rows. */
import { Tensor, accumulate, result } from '../tensor.js';
import { broadcast } from './broadcast.js';
import { mulValues, sumRowsValues } from './elementwise.js';
import { accumulateFresh } from './fresh.js';

/**
 * a * b elementwise, where the shapes are equal or one is a suffix of the other.
 * @throws ShapeError for shapes that do not broadcast.
 */
export function mul(a: Tensor, b: Tensor): Tensor {
  const { big, small, rows, cols } = broadcast('mul', a, b);
  const out = mulValues(big.values, small.values, rows, cols);
  return result(out, big.shape, [a, b], (g) => {
    if (big.requiresGrad) accumulateFresh(big, mulValues(g, small.values, rows, cols));
    if (small.requiresGrad) accumulate(small, sumRowsValues(mulValues(g, big.values, 1, g.length), rows, cols));
  });
}
