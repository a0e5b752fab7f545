/** add: elementwise sum, with bias broadcast (see broadcast.ts). Backward: dA = g, dBias = g summed over rows. */
import { Tensor, accumulate, result } from '../tensor.js';
import { broadcast } from './broadcast.js';
import { addValues, sumRowsValues } from './elementwise.js';
import { accumulateFresh } from './fresh.js';

/**
 * a + b, where the shapes are equal or one is a suffix of the other.
 * @throws ShapeError for shapes that do not broadcast.
 * @example add(x, bias) // [B,T,C] + [C]
 */
export function add(a: Tensor, b: Tensor): Tensor {
  const { big, small, rows, cols } = broadcast('add', a, b);
  const out = addValues(big.values, small.values, rows, cols);
  return result(out, big.shape, [a, b], (g) => {
    // big takes g itself; small copies (sumRows returns g when rows is 1), before anything adds into g
    accumulateFresh(big, g);
    if (small.requiresGrad) accumulate(small, sumRowsValues(g, rows, cols));
  });
}
