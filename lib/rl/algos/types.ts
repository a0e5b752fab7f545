/**
 * What every algorithm's update step sees: the model (and its value head / frozen reference where the
 * algorithm has them), the optimizer, the config, and one rollout batch already tokenized. An update
 * changes the model's parameters and returns the numbers it logs.
 */
import type { Transformer } from '../../nn/models/transformer.js';
import type { ValueHead } from '../../nn/models/value-head.js';
import type { AdamW } from '../../nn/optim/adamw.js';
import type { RolloutBatch } from '../rollout.js';
import type { TrainConfig } from '../trainer.js';

export interface TokenizedBatch {
  readonly rollout: RolloutBatch;
  /** bos + prompt + completion token ids, one row a completion. */
  readonly sequences: number[][];
  readonly promptLengths: number[];
  /** log pi_old per completion token at sampling time (temperature 1, no top-p), padded with 0 to the widest completion. */
  readonly oldLogp: number[][];
}

export interface UpdateContext {
  readonly model: Transformer;
  readonly optimizer: AdamW;
  readonly config: TrainConfig;
  /** 1-based update counter; seeds anything random inside the update (PPO's minibatch order). */
  readonly update: number;
  /** PPO only. */
  readonly valueHead?: ValueHead;
  /** Frozen copy of the policy at the start of the RL phase (KL penalty with beta > 0, DPO). */
  readonly reference?: Transformer;
}

/** Logged numbers of one update (`loss` always; the rest per algorithm). */
export type UpdateStats = { readonly loss: number } & Readonly<Record<string, number>>;

export type UpdateFn = (ctx: UpdateContext, batch: TokenizedBatch) => UpdateStats;
