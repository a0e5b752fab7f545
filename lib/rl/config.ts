/**
 * The trainer's configuration, as nanoGPT's: one typed object with documented defaults. Shared fields
 * (model, cold start, rollouts, optimizer, KL penalty, evaluation) sit at the top level; what only one
 * algorithm reads sits in that algorithm's group (`grpo`, `ppo`, `trpo`, `dpo`; the defaults live in
 * each algorithm's file under lib/rl/algos). `resolveConfig` checks everything once, rejects unknown
 * keys with a "did you mean", and hands the update step its settings with defaults filled in.
 */
import { checkKnownKeys, checkNumber } from '../core/validate.js';
import type { Rng } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { ALGO_GROUPS, ALGORITHMS, CONFIG_GROUPS, TRAIN_ALGOS, type AlgoConfigGroups, type TrainAlgo } from './algos/index.js';
import type { Algorithm, SharedSettings } from './algos/types.js';
import type { KlEstimator } from './kl.js';
import { REWARD_COMPONENTS, type RewardWeights } from './reward-mix.js';

export interface Task {
  readonly envId: string;
  readonly envKwargs: Record<string, unknown>;
  /** Turns an observation into the model's prompt (characters of `charset`). */
  readonly prompt: (observation: string) => string;
  /** Characters the model reads and writes. */
  readonly charset: string;
  /** (prompt, answer) pairs for the cold start, from a seeded generator; train-split problems only. */
  readonly demonstrations?: (rng: Rng, n: number) => Array<{ prompt: string; answer: string }>;
  /**
   * Whether the env takes `split: 'train' | 'test'` (lib/core/split.ts). Default true: training
   * episodes come from the train split and every evaluation from the test split, so the reported
   * accuracy is on problems the model never trained on.
   */
  readonly problemSplits?: boolean;
  /** The env kwarg that takes the split; default `split` (MathQA-v0's `split` names a dataset file, its problem split is `problemSplit`). */
  readonly splitKwarg?: string;
}

/** The env kwargs of `task` for one split (unchanged for a task without problem splits). */
export function splitKwargs(task: Task, split: 'train' | 'test'): Record<string, unknown> {
  return task.problemSplits === false ? task.envKwargs : { ...task.envKwargs, [task.splitKwarg ?? 'split']: split };
}

/** Hyperparameters; names follow TRL's GRPOConfig where they overlap (beta, num_generations, ...). */
export interface TrainConfig extends AlgoConfigGroups {
  readonly task: Task;
  /** Default grpo. */
  readonly algo?: TrainAlgo;
  readonly seed: number;
  readonly model: { readonly dModel: number; readonly nHeads: number; readonly nLayers: number; readonly contextLength: number };
  // cold start: supervised steps on the task's demonstrations
  readonly sftSteps: number;
  readonly sftBatch: number;
  readonly sftLearningRate: number;
  // RL: each update samples numPrompts problems x numGenerations completions
  readonly updates: number;
  readonly numPrompts: number;
  readonly numGenerations: number;
  /** TRL max_completion_length. */
  readonly maxNewTokens: number;
  readonly temperature: number;
  /** TRL top_p (default 1). */
  readonly topP?: number;
  readonly learningRate: number;
  readonly maxGradNorm: number;
  /** Coefficient of the KL penalty to the frozen reference (TRL beta; default 0, no reference). Not for trpo or dpo (dpo.beta is DPO's own). */
  readonly beta?: number;
  /** Estimator of the KL penalty (default k3, TRL's). */
  readonly klEstimator?: KlEstimator;
  /** Reward components and their weights (TRL reward_funcs + reward_weights); default { env: 1 }. Each is logged as `reward/<name>`. */
  readonly rewardWeights?: RewardWeights;
  /** The 'overlong' reward's ramp in tokens before maxNewTokens (DAPO overlong_buffer.len; default 2). */
  readonly overlongBuffer?: number;
  // evaluation on held-out seeds of the test split
  readonly evalEvery: number;
  readonly evalEpisodes: number;
  /** With > 0: each evaluation also reports `sampledReward`, the mean reward of this many sampled completions per held-out problem (at the training temperature). */
  readonly evalSamples?: number;
  /** Seeds >= this are held out for evaluation (training seeds stay below). */
  readonly evalSeedBase: number;
}

const SHARED_KEYS = [
  'task', 'algo', 'seed', 'model', 'sftSteps', 'sftBatch', 'sftLearningRate', 'updates', 'numPrompts', 'numGenerations', 'maxNewTokens',
  'temperature', 'topP', 'learningRate', 'maxGradNorm', 'beta', 'klEstimator', 'rewardWeights', 'overlongBuffer', 'evalEvery', 'evalEpisodes', 'evalSamples', 'evalSeedBase',
] as const satisfies readonly (keyof TrainConfig)[];

/** A checked config: the algorithm, its group with defaults filled in, and the shared settings its update reads. */
export interface ResolvedConfig {
  readonly algo: TrainAlgo;
  readonly algorithm: Algorithm;
  readonly params: object;
  readonly shared: SharedSettings;
}

/** Checks `cfg` (unknown keys, ranges, the algorithm's group) and fills in defaults. @throws ConfigError */
export function resolveConfig(cfg: TrainConfig): ResolvedConfig {
  for (const key of Object.keys(cfg)) {
    const home = CONFIG_GROUPS.filter((g) => key in ALGORITHMS[g].defaults);
    if (!(SHARED_KEYS as readonly string[]).includes(key) && home.length > 0) {
      throw new ConfigError(`TrainConfig: ${key} belongs to an algorithm's config group: write { ${home[0]}: { ${key}: ... } }${home.length > 1 ? ` (also in ${home.slice(1).join(', ')})` : ''}`);
    }
  }
  checkKnownKeys('TrainConfig', cfg, [...SHARED_KEYS, ...CONFIG_GROUPS]);
  const algo = cfg.algo ?? 'grpo';
  if (!(TRAIN_ALGOS as readonly string[]).includes(algo)) throw new ConfigError(`unknown algo ${JSON.stringify(algo)}; expected one of ${TRAIN_ALGOS.join(', ')}`);
  for (const k of ['updates', 'sftSteps'] as const) {
    if (!Number.isInteger(cfg[k]) || cfg[k] < 0) throw new ConfigError(`${k} must be an integer >= 0, got ${cfg[k]}`);
  }
  for (const k of ['numPrompts', 'numGenerations', 'sftBatch', 'evalEpisodes'] as const) {
    if (!Number.isInteger(cfg[k]) || cfg[k] < 1) throw new ConfigError(`${k} must be a positive integer, got ${cfg[k]}`);
  }
  if (!(cfg.learningRate >= 0)) throw new ConfigError(`learningRate must be >= 0, got ${cfg.learningRate}`);
  const beta = checkNumber('TrainConfig', 'beta', cfg.beta ?? 0, (x) => x >= 0, 'a finite number >= 0');
  const algorithm = ALGORITHMS[algo];
  if (beta > 0 && algorithm.noKlPenalty) throw new ConfigError(`${algo}: ${algorithm.noKlPenalty}`);
  const klEstimator = cfg.klEstimator ?? 'k3';
  if (!['k1', 'k2', 'k3'].includes(klEstimator)) throw new ConfigError(`klEstimator must be k1, k2 or k3, got ${JSON.stringify(klEstimator)}`);
  if (cfg.rewardWeights !== undefined) {
    checkKnownKeys('rewardWeights', cfg.rewardWeights, REWARD_COMPONENTS);
    for (const [k, w] of Object.entries(cfg.rewardWeights)) checkNumber('rewardWeights', k, w, () => true, 'a finite number');
  }
  if (cfg.overlongBuffer !== undefined) checkNumber('TrainConfig', 'overlongBuffer', cfg.overlongBuffer, (x) => x > 0 && x <= cfg.maxNewTokens, `a number in (0, maxNewTokens = ${cfg.maxNewTokens}]`);
  const group = ALGO_GROUPS[algo];
  for (const g of CONFIG_GROUPS) {
    const given = cfg[g];
    if (given === undefined) continue;
    checkKnownKeys(`TrainConfig.${g}`, given, Object.keys(ALGORITHMS[g].defaults));
  }
  const params = group === undefined ? {} : { ...algorithm.defaults, ...(cfg[group] ?? {}) };
  const shared: SharedSettings = { seed: cfg.seed, numGenerations: cfg.numGenerations, maxNewTokens: cfg.maxNewTokens, maxGradNorm: cfg.maxGradNorm, beta, klEstimator };
  algorithm.validate?.(params, shared);
  return { algo, algorithm, params, shared };
}

/**
 * A saved config (a checkpoint's meta.train) in today's layout: a checkpoint written before the
 * per-algorithm groups had every setting at the top level. Each such key moves into the group of the
 * saved algorithm when that group has it (dpo: `beta` and `dpoLossType` too); keys its algorithm never
 * read are dropped, as they were ignored then.
 */
export function upgradeSavedConfig(saved: Record<string, unknown>): Record<string, unknown> {
  const algo = (saved.algo ?? 'grpo') as TrainAlgo;
  const group = ALGO_GROUPS[algo];
  const out: Record<string, unknown> = {};
  const moved: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(saved)) {
    if (algo === 'dpo' && (k === 'beta' || k === 'dpoLossType')) {
      if (v !== undefined && !(k === 'beta' && v === 0)) moved[k === 'beta' ? 'beta' : 'lossType'] = v;
    } else if ((SHARED_KEYS as readonly string[]).includes(k) || (CONFIG_GROUPS as readonly string[]).includes(k)) out[k] = v;
    else if (group !== undefined && k in ALGORITHMS[group].defaults) moved[k] = v;
  }
  if (group !== undefined && Object.keys(moved).length > 0) out[group] = { ...moved, ...((out[group] as object | undefined) ?? {}) };
  return out;
}

/** The config as JSON (the task by env id and kwargs), for a checkpoint's meta. */
export function serializableConfig(cfg: TrainConfig): Record<string, unknown> {
  const { task, ...rest } = cfg;
  return { ...rest, algo: cfg.algo ?? 'grpo', task: { envId: task.envId, envKwargs: task.envKwargs } };
}
