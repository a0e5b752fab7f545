/**
 * The RL algorithms by name (the trainer's `algo`), each one file with its loss, its update and its
 * config group: grpo.ts (grpo, dapo; dr_grpo is a grpo loss type), ppo.ts, trpo.ts, rloo.ts,
 * reinforce.ts, dpo.ts.
 */
import { DPO, type DpoConfig } from './dpo.js';
import { DAPO, GRPO, type GrpoConfig } from './grpo.js';
import { PPO, type PpoConfig } from './ppo.js';
import { REINFORCE } from './reinforce.js';
import { RLOO } from './rloo.js';
import { TRPO, type TrpoConfig } from './trpo.js';
import type { Algorithm } from './types.js';

/** 'dapo' is GRPO with DAPO's recipe: token-level 'dapo' loss, clip-higher and dynamic sampling. */
export const TRAIN_ALGOS = ['grpo', 'dapo', 'ppo', 'trpo', 'rloo', 'reinforce', 'dpo'] as const;
export type TrainAlgo = (typeof TRAIN_ALGOS)[number];

/** The config group each algorithm reads (TrainConfig[group]); grpo and dapo share one. */
export const ALGO_GROUPS = { grpo: 'grpo', dapo: 'grpo', ppo: 'ppo', trpo: 'trpo', dpo: 'dpo', rloo: undefined, reinforce: undefined } as const satisfies Readonly<Record<TrainAlgo, string | undefined>>;

/** Per-algorithm config groups, each field optional (defaults in the algorithm's file). */
export interface AlgoConfigGroups {
  readonly grpo?: Partial<GrpoConfig>;
  readonly ppo?: Partial<PpoConfig>;
  readonly trpo?: Partial<TrpoConfig>;
  readonly dpo?: Partial<DpoConfig>;
}
export const CONFIG_GROUPS = ['grpo', 'ppo', 'trpo', 'dpo'] as const satisfies readonly (keyof AlgoConfigGroups)[];

export const ALGORITHMS: Readonly<Record<TrainAlgo, Algorithm>> = {
  grpo: GRPO as Algorithm,
  dapo: DAPO as Algorithm,
  ppo: PPO as Algorithm,
  trpo: TRPO as Algorithm,
  rloo: RLOO as Algorithm,
  reinforce: REINFORCE as Algorithm,
  dpo: DPO as Algorithm,
};

export { DPO_DEFAULTS, dpoLoss, preferencePairs, type DpoConfig, type DpoLossType } from './dpo.js';
export { GRPO_DEFAULTS, grpoLoss, type GrpoConfig, type GrpoObjective, type ImportanceSamplingLevel } from './grpo.js';
export { PPO_DEFAULTS, ppoLoss, type PpoConfig } from './ppo.js';
export { reinforceLoss } from './reinforce.js';
export { rlooLoss } from './rloo.js';
export { PolicyFisher, TRPO_DEFAULTS, flatParameters, setFlatParameters, trpoSurrogate, type TrpoConfig } from './trpo.js';
export type { Algorithm, SharedSettings, TokenizedBatch, UpdateContext, UpdateFn, UpdateStats } from './types.js';
