/**
 * Weighted multi-reward aggregation (TRL `reward_funcs` + `reward_weights`): each completion's reward
 * is Σ_k w_k·r_k over named components, and each component's batch mean is reported on its own.
 *
 *   env       the env's reward (its verifier's verdict)
 *   overlong  DAPO's soft overlong penalty on the completion's token count L (lib/rewards/overlong.ts):
 *             0 up to maxNewTokens − buffer, falling linearly to −1 at maxNewTokens
 *   eos       1 when the completion ended with eos, 0 when it was cut at maxNewTokens
 *
 * A completion whose judge failed (env reward null) stays null: shaping terms never turn "no verdict"
 * into a reward.
 */
import { overlongPenaltyValue } from '../rewards/overlong.js';
import { weightedRewardSum, type Reward } from './advantages.js';
import type { RolloutBatch } from './rollout.js';

export const REWARD_COMPONENTS = ['env', 'overlong', 'eos'] as const;
export type RewardComponent = (typeof REWARD_COMPONENTS)[number];
export type RewardWeights = Readonly<Partial<Record<RewardComponent, number>>>;

export interface MixedRewards {
  readonly rewards: Reward[];
  /** Batch mean of each weighted component, unweighted (`reward/<name>`). */
  readonly components: Record<string, number>;
}

export function mixRewards(batch: RolloutBatch, weights: RewardWeights, opts: { readonly maxNewTokens: number; readonly overlongBuffer: number }): MixedRewards {
  const names = REWARD_COMPONENTS.filter((k) => weights[k] !== undefined);
  const per = (k: RewardComponent): Reward[] =>
    batch.generations.map((g, i) => {
      if (k === 'env') return batch.rewards[i] ?? null;
      if (k === 'eos') return g.finished ? 1 : 0;
      return overlongPenaltyValue(g.tokens.length, opts.maxNewTokens, opts.overlongBuffer);
    });
  const table = names.map(per);
  const mixed = weightedRewardSum(table, names.map((k) => weights[k]!));
  const components: Record<string, number> = {};
  names.forEach((k, j) => {
    const xs = table[j]!.filter((x): x is number => x !== null);
    components[`reward/${k}`] = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  });
  return { rewards: mixed.map((r, i) => (batch.rewards[i] === null ? null : r)), components };
}
