/**
 * RLOO (REINFORCE Leave-One-Out): the policy-gradient loss `−A_i·logπ_θ` with the leave-one-out
 * advantage `A_i = r_i − mean_{j≠i} r_j` of each completion's group. Takes the rewards and computes the
 * advantages itself (rlooAdvantages); they come back with the loss. No config group of its own.
 */
import { ConfigError } from '../../errors.js';
import { rlooAdvantages, type Reward } from '../advantages.js';
import type { TokenMask, TokenMatrix } from '../tokens.js';
import { tokenLossUpdate } from './common.js';
import { policyGradientLoss, type PolicyGradientOptions, type PolicyGradientResult } from './reinforce.js';
import type { Algorithm } from './types.js';

export interface RlooLossInput {
  readonly logp: TokenMatrix;
  /** One reward per sequence, groups of numGenerations contiguous; null = missing (advantage 0). */
  readonly rewards: readonly Reward[];
  readonly mask?: TokenMask;
}

export interface RlooLossOptions extends PolicyGradientOptions {
  readonly numGenerations: number;
}

export interface RlooLossResult extends PolicyGradientResult {
  readonly advantages: number[];
}

export function rlooLoss(input: RlooLossInput, opts: RlooLossOptions): RlooLossResult {
  const where = 'rlooLoss';
  if (!Array.isArray(input?.logp) || !Array.isArray(input.rewards) || input.rewards.length !== input.logp.length) {
    throw new ConfigError(`${where}: pass one reward per sequence (${input?.logp?.length ?? 0} sequences), got ${input?.rewards?.length}`);
  }
  const advantages = rlooAdvantages(input.rewards, { numGenerations: opts?.numGenerations });
  return { ...policyGradientLoss(where, { logp: input.logp, advantages, mask: input.mask }, opts), advantages };
}

export const RLOO: Algorithm<Record<string, never>> = {
  defaults: {},
  update: (ctx, batch) =>
    tokenLossUpdate(ctx, batch, 1, ({ logp, mask }) => {
      const r = rlooLoss({ logp, rewards: batch.rollout.rewards, mask }, { numGenerations: ctx.shared.numGenerations });
      return { loss: r.loss, grad: r.grad, aggregation: 'seq-mean-token-sum', stats: { clipFraction: 0 } };
    }),
};
