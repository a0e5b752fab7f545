/**
 * TransformReward: maps every reward through a function (scaling, clipping, a step penalty).
 */
import type { Env } from '../env.js';
import { RewardWrapper } from '../wrapper.js';

/** Applies `fn` to every reward (e.g. scaling, clipping, a step penalty). */
export class TransformReward<Obs, Act> extends RewardWrapper<Obs, Act> {
  constructor(
    env: Env<Obs, Act>,
    private readonly fn: (reward: number) => number,
  ) {
    super(env);
  }

  reward(reward: number): number {
    return this.fn(reward);
  }
}
