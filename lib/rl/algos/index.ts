/** One update step per algorithm, selected by name (the trainer's `algo`). */
import { dpoUpdate } from './dpo.js';
import { policyGradientUpdate } from './policy-gradient.js';
import { ppoUpdate } from './ppo.js';
import { trpoUpdate } from './trpo.js';
import type { UpdateFn } from './types.js';

/** 'dapo' is GRPO with DAPO's recipe: token-level 'dapo' loss, clip-higher and dynamic sampling (the trainer refills the batch). */
export const TRAIN_ALGOS = ['grpo', 'dapo', 'ppo', 'trpo', 'rloo', 'reinforce', 'dpo'] as const;
export type TrainAlgo = (typeof TRAIN_ALGOS)[number];

export const ALGO_UPDATES: Readonly<Record<TrainAlgo, UpdateFn>> = {
  grpo: policyGradientUpdate('grpo'),
  dapo: policyGradientUpdate('grpo'),
  rloo: policyGradientUpdate('rloo'),
  reinforce: policyGradientUpdate('reinforce'),
  ppo: ppoUpdate,
  trpo: trpoUpdate,
  dpo: dpoUpdate,
};

export { preferencePairs } from './dpo.js';
export { PolicyFisher, flatParameters, setFlatParameters } from './trpo.js';
export type { TokenizedBatch, UpdateContext, UpdateFn, UpdateStats } from './types.js';
