/**
 * What every algorithm's update step sees: the model (and its value head / frozen reference where the
 * algorithm has them), the optimizer, the shared settings it needs, its own config group, and one
 * rollout batch already tokenized. An update changes the model's parameters and returns the numbers it
 * logs. Nothing here imports the trainer, so the trainer can import every algorithm.
 */
import type { Transformer } from '../../nn/models/transformer.js';
import type { ValueHead } from '../../nn/models/value-head.js';
import type { AdamW } from '../../nn/optim/adamw.js';
import type { KlEstimator } from '../kl.js';
import type { RolloutBatch } from '../rollout.js';

export interface TokenizedBatch {
  readonly rollout: RolloutBatch;
  /** bos + prompt + completion token ids, one row a completion. */
  readonly sequences: number[][];
  readonly promptLengths: number[];
  /** log pi_old per completion token at sampling time (temperature 1, no top-p), padded with 0 to the widest completion. */
  readonly oldLogp: number[][];
}

/** The trainer's shared settings an update reads (TrainConfig's fields of the same names). */
export interface SharedSettings {
  /** The run's seed (PPO's minibatch order). */
  readonly seed: number;
  readonly numGenerations: number;
  /** TRL max_completion_length. */
  readonly maxNewTokens: number;
  readonly maxGradNorm: number;
  /** Coefficient of the KL penalty to the frozen reference (0: none). */
  readonly beta: number;
  readonly klEstimator: KlEstimator;
}

export interface UpdateContext<G = unknown> {
  readonly model: Transformer;
  readonly optimizer: AdamW;
  readonly shared: SharedSettings;
  /** The algorithm's own config group, defaults filled in. */
  readonly params: G;
  /** 1-based update counter; seeds anything random inside the update (PPO's minibatch order). */
  readonly update: number;
  /** PPO only. */
  readonly valueHead?: ValueHead;
  /** Frozen copy of the policy at the start of the RL phase (KL penalty with beta > 0, DPO). */
  readonly reference?: Transformer;
}

/** Logged numbers of one update (`loss` always; the rest per algorithm). */
export type UpdateStats = { readonly loss: number } & Readonly<Record<string, number>>;

export type UpdateFn<G = unknown> = (ctx: UpdateContext<G>, batch: TokenizedBatch) => UpdateStats;

/** Draws one rollout batch; `round` > 0 asks for a fresh batch (other seeds) to refill a filtered one. */
export type Sampler = (round: number) => Promise<RolloutBatch>;

/**
 * One RL algorithm: its config group's defaults and validation, what it needs built, its update, and
 * optionally its own way of filling a batch (DAPO's dynamic sampling).
 */
export interface Algorithm<G extends object = object> {
  /** Defaults of the config group; the group's keys are exactly these. */
  readonly defaults: Readonly<G>;
  /** Throws a ConfigError for a bad group (after defaults are filled in). */
  readonly validate?: (params: G, shared: SharedSettings) => void;
  readonly needsValueHead?: boolean;
  /** Needs the frozen reference even without a KL penalty (DPO). */
  readonly needsReference?: boolean;
  /** Forbids the shared KL penalty (TRPO: the trust region bounds the KL instead). */
  readonly noKlPenalty?: string;
  /** A batch of numGenerations-groups; by default `sample(0)`. Returns the batch to train on and extra logged numbers. */
  readonly collect?: (sample: Sampler, params: G, shared: SharedSettings & { readonly numPrompts: number }) => Promise<{ batch: RolloutBatch; sampled: RolloutBatch[]; stats: Record<string, number> }>;
  readonly update: UpdateFn<G>;
}
