/** scale: multiply by a constant. Backward: dA = s*g. */
import { ConfigError } from '../../errors.js';
import { Tensor, result } from '../tensor.js';
import { scaleValues } from './elementwise.js';
import { accumulateFresh } from './fresh.js';

/**
 * s * a.
 * @throws ConfigError when s is not finite.
 */
export function scale(a: Tensor, s: number): Tensor {
  if (!Number.isFinite(s)) throw new ConfigError(`scale: the factor must be a finite number, got ${s}`);
  return result(scaleValues(a.values, s), a.shape, [a], (g) => accumulateFresh(a, scaleValues(g, s)));
}
