/**
 * TRPO's surrogate as a loss, `L = −agg(ρ·A)` with ρ = exp(logπ_θ − logπ_old) and no clipping (the trust
 * region does that job), and the sample estimate of its constraint KL(π_old ‖ π_θ) on tokens drawn from
 * π_old: per token `exp(logπ_θ − logπ_old) − (logπ_θ − logπ_old) − 1` (k3 with the roles of the two
 * policies swapped, ≥ 0, 0 at θ = θ_old). Both return ∂/∂logπ_θ; the solver is in ../trpo.ts.
 */
import { broadcastToTokens, checkMatrix, checkSameShape, resolveMask, zerosLike, type SequenceOrTokenValues, type TokenMask, type TokenMatrix } from '../tokens.js';
import { aggregationWeights, weightedSum, type LossType } from './aggregate.js';

export interface TrpoSurrogateInput {
  readonly logp: TokenMatrix;
  readonly oldLogp: TokenMatrix;
  readonly advantages: SequenceOrTokenValues;
  readonly mask?: TokenMask;
}

export interface TrpoSurrogateOptions {
  /** Default 'token-mean'. */
  readonly lossType?: LossType;
  readonly maxCompletionLength?: number;
  readonly globalTokens?: number;
}

export interface TrpoSurrogateResult {
  /** −agg(ρ·A). */
  readonly loss: number;
  /** ∂loss/∂logp = −c·ρ·A. */
  readonly grad: number[][];
  /** agg of the per-token KL(π_old‖π_θ) estimate. */
  readonly kl: number;
  /** ∂kl/∂logp = c·(ρ − 1). */
  readonly klGrad: number[][];
}

export function trpoSurrogate(input: TrpoSurrogateInput, opts: TrpoSurrogateOptions = {}): TrpoSurrogateResult {
  const where = 'trpoSurrogate';
  const logp = checkMatrix(where, 'logp', input?.logp);
  const oldLogp = checkSameShape(where, 'oldLogp', logp, input.oldLogp);
  const adv = broadcastToTokens(where, 'advantages', logp, input.advantages);
  const mask = resolveMask(where, logp, input.mask);
  const { weights } = aggregationWeights(where, mask, {
    lossType: opts.lossType ?? 'token-mean',
    maxCompletionLength: opts.maxCompletionLength,
    globalTokens: opts.globalTokens,
  });
  const per = zerosLike(logp);
  const kls = zerosLike(logp);
  const grad = zerosLike(logp);
  const klGrad = zerosLike(logp);
  for (let i = 0; i < logp.length; i++) {
    for (let t = 0; t < logp[i]!.length; t++) {
      const c = weights[i]![t]!;
      if (c === 0) continue;
      const d = logp[i]![t]! - oldLogp[i]![t]!;
      const ratio = Math.exp(d);
      per[i]![t] = -ratio * adv[i]![t]!;
      grad[i]![t] = -c * ratio * adv[i]![t]!;
      kls[i]![t] = ratio - d - 1;
      klGrad[i]![t] = c * (ratio - 1);
    }
  }
  return { loss: weightedSum(weights, per), grad, kl: weightedSum(weights, kls), klGrad };
}
