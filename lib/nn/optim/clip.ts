/** Global-norm gradient clipping, as torch.nn.utils.clip_grad_norm_. */
import { ConfigError } from '../../errors.js';
import { gradsToHost, type Tensor } from '../tensor.js';

/**
 * The L2 norm of all of `params`' grads taken together (params without a grad count as zero).
 * When it exceeds `maxNorm`, every grad is scaled in place by maxNorm / (norm + 1e-6).
 * @returns the norm before clipping (Infinity or NaN when a grad is not finite; then nothing is scaled).
 * @throws ConfigError unless maxNorm is positive.
 */
export function clipGradNorm(params: Iterable<Tensor>, maxNorm: number): number {
  if (!(maxNorm > 0)) throw new ConfigError(`clipGradNorm: maxNorm must be > 0, got ${maxNorm}`);
  const list = [...params];
  gradsToHost(list);
  let sq = 0;
  for (const p of list) if (p.grad) for (const g of p.grad) sq += g * g;
  const norm = Math.sqrt(sq);
  if (Number.isFinite(norm) && norm > maxNorm) {
    const f = maxNorm / (norm + 1e-6);
    for (const p of list) if (p.grad) for (let i = 0; i < p.grad.length; i++) p.grad[i] = (p.grad[i] as number) * f;
  }
  return norm;
}
