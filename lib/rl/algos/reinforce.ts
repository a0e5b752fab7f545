/**
 * REINFORCE: the plain policy-gradient loss `ℓ_t = −A_t·logπ_θ(o_t)`, aggregated. Its gradient with respect to
 * logπ_θ is `−c_t·A_t` (c the aggregation coefficients), i.e. the REINFORCE estimator
 * `−A·∇logπ`. The default aggregation 'seq-mean-token-sum' is the textbook one: the sequence's log-prob
 * `Σ_t logπ_θ(o_t)` times its advantage, averaged over the batch. The trainer's update uses the
 * group-mean baseline (reinforceAdvantages) and has no config group of its own.
 */
import { broadcastToTokens, checkMatrix, resolveMask, zerosLike, type SequenceOrTokenValues, type TokenMask, type TokenMatrix } from '../tokens.js';
import { aggregationWeights, weightedSum, type LossType } from '../aggregate.js';
import { reinforceAdvantages } from '../advantages.js';
import { tokenLossUpdate } from './common.js';
import type { Algorithm } from './types.js';

export interface PolicyGradientInput {
  readonly logp: TokenMatrix;
  /** Per sequence or per token (e.g. discounted returns-to-go). */
  readonly advantages: SequenceOrTokenValues;
  readonly mask?: TokenMask;
}

export interface PolicyGradientOptions {
  /** Default 'seq-mean-token-sum'. */
  readonly lossType?: LossType;
  readonly maxCompletionLength?: number;
  readonly globalTokens?: number;
}

export interface PolicyGradientResult {
  readonly loss: number;
  /** ∂loss/∂logp. */
  readonly grad: number[][];
  readonly activeTokens: number;
}

/** Shared by reinforceLoss and rlooLoss. */
export function policyGradientLoss(where: string, input: PolicyGradientInput, opts: PolicyGradientOptions): PolicyGradientResult {
  const logp = checkMatrix(where, 'logp', input?.logp);
  const adv = broadcastToTokens(where, 'advantages', logp, input.advantages);
  const mask = resolveMask(where, logp, input.mask);
  const { weights, activeTokens } = aggregationWeights(where, mask, {
    lossType: opts.lossType ?? 'seq-mean-token-sum',
    maxCompletionLength: opts.maxCompletionLength,
    globalTokens: opts.globalTokens,
  });
  const per = zerosLike(logp);
  const grad = zerosLike(logp);
  for (let i = 0; i < logp.length; i++) {
    for (let t = 0; t < logp[i]!.length; t++) {
      if (weights[i]![t] === 0) continue;
      per[i]![t] = -adv[i]![t]! * logp[i]![t]!;
      grad[i]![t] = -weights[i]![t]! * adv[i]![t]!;
    }
  }
  return { loss: weightedSum(weights, per), grad, activeTokens };
}

/** REINFORCE: `−A·logπ` aggregated; pass advantages from reinforceAdvantages, discountedReturns, gae, ... */
export function reinforceLoss(input: PolicyGradientInput, opts: PolicyGradientOptions = {}): PolicyGradientResult {
  return policyGradientLoss('reinforceLoss', input, opts);
}

export const REINFORCE: Algorithm<Record<string, never>> = {
  defaults: {},
  update: (ctx, batch) => {
    const advantages = reinforceAdvantages(batch.rollout.rewards, { baseline: true, numGenerations: ctx.shared.numGenerations });
    return tokenLossUpdate(ctx, batch, 1, ({ logp, mask }) => ({ ...reinforceLoss({ logp, advantages, mask }), aggregation: 'seq-mean-token-sum', stats: { clipFraction: 0 } }));
  },
};
