/**
 * Training a small transformer from random initialization, through the Env API.
 *
 * Phase 1 (optional, as DeepSeek-R1's cold start): supervised steps on generated (prompt, answer)
 * pairs. Phase 2: reinforcement learning with the chosen algorithm (lib/rl/algos: grpo, dapo, ppo,
 * trpo, rloo, reinforce, dpo): each update samples numPrompts groups of numGenerations completions from
 * a vector env, the env's verifier scores them, and the algorithm's update step changes the model.
 * Evaluation: greedy decoding on held-out seeds, scored by the env (and, with evalSamples > 0, the mean
 * reward of sampled completions on the same seeds). Every phase is reported separately in the metrics.
 * A run can be checkpointed after any update (trainCheckpoint) and resumed from there bit-identically.
 */
import { makeVec } from '../core/vector/make-vec.js';
import type { VectorEnv } from '../core/vector/vector-env.js';
import { Rng } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { crossEntropy } from '../nn/kernels/index.js';
import { Transformer } from '../nn/models/transformer.js';
import { ValueHead } from '../nn/models/value-head.js';
import { CharTokenizer, EOS_ID } from '../nn/tokenizer.js';
import { AdamW } from '../nn/optim/adamw.js';
import { clipGradNorm } from '../nn/optim/clip.js';
import { restoreCheckpoint, type Checkpoint, type CheckpointInput, type Checkpointable } from '../nn/checkpoint.js';
import type { Tensor } from '../nn/tensor.js';
import { dynamicSamplingFilter, type ScaleRewards } from './advantages.js';
import type { KlEstimator } from './kl.js';
import type { LossType } from './losses/aggregate.js';
import type { DpoLossType } from './losses/dpo.js';
import { collectRollouts, type RolloutBatch, type SampleOptions, type TextPolicy } from './rollout.js';
import { ALGO_UPDATES, TRAIN_ALGOS, type TrainAlgo } from './algos/index.js';
import { frozenCopy } from './algos/common.js';
import type { TokenizedBatch } from './algos/types.js';

export { TRAIN_ALGOS, type TrainAlgo } from './algos/index.js';

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
}

/** The env kwargs of `task` for one split (unchanged for a task without problem splits). */
export function splitKwargs(task: Task, split: 'train' | 'test'): Record<string, unknown> {
  return task.problemSplits === false ? task.envKwargs : { ...task.envKwargs, split };
}

/** Hyperparameters; names follow TRL's GRPOConfig where they overlap (beta, epsilon, epsilon_high, num_generations, ...). */
export interface TrainConfig {
  readonly task: Task;
  /** Default grpo. */
  readonly algo?: TrainAlgo;
  readonly seed: number;
  readonly model: { readonly dModel: number; readonly nHeads: number; readonly nLayers: number; readonly contextLength: number };
  readonly sftSteps: number;
  readonly sftBatch: number;
  readonly updates: number;
  readonly numPrompts: number;
  readonly numGenerations: number;
  /** TRL max_completion_length. */
  readonly maxNewTokens: number;
  readonly temperature: number;
  /** TRL top_p (default 1). */
  readonly topP?: number;
  readonly learningRate: number;
  readonly sftLearningRate: number;
  readonly epsilon: number;
  readonly epsilonHigh: number;
  readonly lossType: LossType;
  readonly scaleRewards: ScaleRewards;
  readonly maxGradNorm: number;
  /**
   * grpo, dapo, rloo, reinforce and ppo: coefficient of the KL penalty to the frozen reference (TRL
   * GRPOConfig.beta; default 0, no reference). dpo: its β (TRL DPOConfig.beta; default 0.1). trpo: must
   * stay 0 (its trust region bounds the KL instead).
   */
  readonly beta?: number;
  /** Estimator of the KL penalty (default k3, TRL's). */
  readonly klEstimator?: KlEstimator;
  /** Optimizer passes over each rollout batch (TRL num_iterations): default 1; PPO's epochs, default 4. */
  readonly numIterations?: number;
  /** PPO: minibatches per epoch (default 2). */
  readonly numMinibatches?: number;
  /** PPO: GAE discount (default 1) and lambda (default 0.95). */
  readonly gamma?: number;
  readonly lambda?: number;
  /**
   * PPO: let the value loss train the shared trunk too (TRL's value head on the policy model). Default
   * false: the value head reads the policy's hidden states but its gradient stops there, so a fresh
   * critic cannot disturb the policy's features (the role of TRL's separate value model).
   */
  readonly valueGradToTrunk?: boolean;
  /** PPO: stop a batch's epochs early once an epoch's mean approximate KL to the rollout policy (k3, measured before each step) exceeds 1.5 x this (SB3 target_kl; default none). */
  readonly targetKl?: number;
  /** PPO: value-loss coefficient (TRL vf_coef, default 0.1) and value clip (TRL cliprange_value, default 0.2). */
  readonly vfCoef?: number;
  readonly cliprangeValue?: number;
  /** TRPO: trust-region radius on the mean KL (default 0.01), CG iterations (10), CG damping (0.1). */
  readonly maxKl?: number;
  readonly cgIterations?: number;
  readonly cgDamping?: number;
  /** DPO: 'sigmoid' (default) or 'ipo' (TRL DPOConfig.loss_type). */
  readonly dpoLossType?: DpoLossType;
  /** DAPO: extra rollout rounds to refill the batch with groups whose rewards differ (default 3). */
  readonly maxResampleRounds?: number;
  readonly evalEvery: number;
  readonly evalEpisodes: number;
  /** With > 0: each evaluation also reports `sampledReward`, the mean reward of this many sampled completions per held-out problem (at the training temperature). */
  readonly evalSamples?: number;
  /** Seeds >= this are held out for evaluation (training seeds stay below). */
  readonly evalSeedBase: number;
}

export interface Metric {
  /** 'sft', the algorithm's name for an RL update, 'eval', or 'curriculum' (the task changed: its env kwargs). */
  readonly phase: 'sft' | TrainAlgo | 'eval' | 'curriculum';
  readonly step: number;
  readonly [key: string]: number | string;
}

export interface TrainOptions {
  /** A checkpoint from trainCheckpoint: skip the cold start and continue after its update. */
  readonly resume?: Checkpoint;
  /** Called after every RL update with the state so far (e.g. to save a checkpoint). */
  readonly onUpdate?: (state: TrainResult) => void | Promise<void>;
  /** Awaited after every cold-start step and every RL update: a place to yield to a UI, show progress, or pause. */
  readonly onStep?: (phase: 'sft' | TrainAlgo, step: number) => void | Promise<void>;
  /**
   * A curriculum hook, called after each RL-phase evaluation but the last with its test-split accuracy: a task
   * returned replaces the current one from the next update on (same charset; e.g. the next difficulty),
   * and the train and test envs are remade for it.
   */
  readonly onEval?: (accuracy: number, update: number) => Task | undefined;
}

export interface TrainResult {
  readonly model: Transformer;
  readonly metrics: Metric[];
  readonly config: TrainConfig;
  /** RL updates done. */
  readonly update: number;
  readonly optimizer: AdamW;
  readonly valueHead?: ValueHead;
  readonly reference?: Transformer;
}

/** A TextPolicy over the env's prompts: maps observations through the task's prompt template. */
function policyFor(model: Transformer, task: Task): TextPolicy {
  return { generate: (prompts, opts) => model.generate(prompts.map(task.prompt), opts) };
}

/** Exact-match rate of greedy decoding on `n` held-out seeds, scored by the env. */
export async function evaluate(model: Transformer, task: Task, envs: VectorEnv<string, string>, seedBase: number, n: number, maxNewTokens: number): Promise<number> {
  const rewards = await heldOutRewards(model, task, envs, seedBase, n, { temperature: 0, topP: 1, maxNewTokens }, 1, 0);
  return rewards.filter((r) => r === 1).length / n;
}

export interface SampledEvalOptions {
  readonly maxNewTokens: number;
  readonly temperature: number;
  readonly topP?: number;
  /** Completions per problem. */
  readonly samples: number;
  /** Seed of the sampling streams (same seed, same number). */
  readonly seed?: number;
}

/** Mean env reward of `samples` sampled completions for each of `n` held-out seeds: the expected reward the RL objective maximises. */
export async function evaluateSampled(model: Transformer, task: Task, envs: VectorEnv<string, string>, seedBase: number, n: number, opts: SampledEvalOptions): Promise<number> {
  if (!Number.isInteger(opts.samples) || opts.samples < 1) throw new ConfigError(`evaluateSampled: samples must be a positive integer, got ${opts.samples}`);
  const sample = { temperature: opts.temperature, topP: opts.topP ?? 1, maxNewTokens: opts.maxNewTokens };
  const rewards = await heldOutRewards(model, task, envs, seedBase, n, sample, opts.samples, opts.seed ?? 0);
  return rewards.reduce((a, r) => a + r, 0) / (n * opts.samples);
}

/** Env rewards of `samples` completions for each held-out seed seedBase .. seedBase + n - 1, one env batch of seeds at a time. */
async function heldOutRewards(model: Transformer, task: Task, envs: VectorEnv<string, string>, seedBase: number, n: number, sample: Omit<SampleOptions, 'seed'>, samples: number, seed: number): Promise<number[]> {
  const policy = policyFor(model, task);
  const rewards: number[] = [];
  for (let start = 0; start < n; start += envs.numEnvs) {
    const k = Math.min(envs.numEnvs, n - start);
    const seeds = Array.from({ length: envs.numEnvs }, (_, i) => seedBase + start + i);
    for (let s = 0; s < samples; s++) {
      // every sample answers the same problems: each sub-env is reset to its seed again
      const { observations } = await envs.reset({ seed: seeds });
      const gens = await policy.generate([...observations], { ...sample, seed: seed * 1_000_003 + start * samples + s });
      const r = await envs.step(gens.map((g) => g.text));
      for (let i = 0; i < k; i++) rewards.push(r.rewards[i] as number);
    }
  }
  return rewards;
}

/** The config as JSON (the task by env id and kwargs), for a checkpoint's meta. */
export function serializableConfig(cfg: TrainConfig): Record<string, unknown> {
  const { task, ...rest } = cfg;
  return { ...rest, algo: cfg.algo ?? 'grpo', task: { envId: task.envId, envKwargs: task.envKwargs } };
}

/** Model, value head and reference as one Checkpointable (prefixes value.* and ref.*); eval reads only the model's names. */
function checkpointable(model: Transformer, valueHead?: ValueHead, reference?: Transformer): Checkpointable {
  return {
    namedParameters: () => [
      ...model.namedParameters(),
      ...(valueHead ? valueHead.namedParameters('value') : []),
      ...(reference ? reference.namedParameters().map(([n, t]): [string, Tensor] => [`ref.${n}`, t]) : []),
    ],
  };
}

/**
 * Everything needed to resume: parameters (policy, value head, reference), the AdamW moments, the
 * update counter (as `step`) and the config. meta.config is the transformer's config and meta.charset
 * its tokenizer, so `mathgym eval` reads it like any train checkpoint.
 */
export function trainCheckpoint(r: TrainResult, meta: Record<string, unknown> = {}): CheckpointInput {
  return {
    model: checkpointable(r.model, r.valueHead, r.reference),
    optimizer: r.optimizer,
    step: r.update,
    meta: { ...meta, config: r.model.config, charset: r.model.tokenizer?.charset ?? '', rlUpdate: r.update, train: serializableConfig(r.config) },
  };
}

/** Training seeds for update `update`, round `round` (DAPO refills), kept below evalSeedBase. */
function rolloutSeed(cfg: TrainConfig, update: number, round: number): number {
  return (cfg.seed * 100_003 + update * cfg.numPrompts + round * 10_000_019) % cfg.evalSeedBase;
}

/** Groups of `b` at `keep`, re-indexed. */
function keepGroups(b: RolloutBatch, keep: readonly number[], numGenerations: number): RolloutBatch {
  const idx = keep.flatMap((g) => Array.from({ length: numGenerations }, (_, j) => g * numGenerations + j));
  return {
    prompts: idx.map((i) => b.prompts[i]!),
    generations: idx.map((i) => b.generations[i]!),
    rewards: idx.map((i) => b.rewards[i]!),
    groups: idx.map((_, k) => Math.floor(k / numGenerations)),
    infos: idx.map((i) => b.infos[i]!),
  };
}

function concatBatches(a: RolloutBatch, b: RolloutBatch): RolloutBatch {
  const offset = a.groups.length === 0 ? 0 : a.groups[a.groups.length - 1]! + 1;
  return {
    prompts: [...a.prompts, ...b.prompts],
    generations: [...a.generations, ...b.generations],
    rewards: [...a.rewards, ...b.rewards],
    groups: [...a.groups, ...b.groups.map((g) => g + offset)],
    infos: [...a.infos, ...b.infos],
  };
}

function checkConfig(cfg: TrainConfig): TrainAlgo {
  const algo = cfg.algo ?? 'grpo';
  if (!(TRAIN_ALGOS as readonly string[]).includes(algo)) throw new ConfigError(`unknown algo ${JSON.stringify(algo)}; expected one of ${TRAIN_ALGOS.join(', ')}`);
  for (const k of ['updates', 'sftSteps'] as const) {
    if (!Number.isInteger(cfg[k]) || cfg[k] < 0) throw new ConfigError(`${k} must be an integer >= 0, got ${cfg[k]}`);
  }
  for (const k of ['numPrompts', 'numGenerations', 'sftBatch', 'evalEpisodes'] as const) {
    if (!Number.isInteger(cfg[k]) || cfg[k] < 1) throw new ConfigError(`${k} must be a positive integer, got ${cfg[k]}`);
  }
  if (!(cfg.learningRate >= 0)) throw new ConfigError(`learningRate must be >= 0, got ${cfg.learningRate}`);
  if (cfg.beta !== undefined && !(cfg.beta >= 0 && Number.isFinite(cfg.beta))) throw new ConfigError(`beta must be a finite number >= 0, got ${cfg.beta}`);
  if (algo === 'trpo' && (cfg.beta ?? 0) > 0) throw new ConfigError('trpo: the trust region (maxKl) replaces the KL penalty; leave beta at 0');
  if (algo === 'dpo' && cfg.beta === 0) throw new ConfigError('dpo: beta is DPO\'s temperature and must be > 0 (TRL default 0.1)');
  if (algo === 'dpo' && cfg.numGenerations < 2) throw new ConfigError('dpo builds pairs within a group: numGenerations must be >= 2');
  if (cfg.maxKl !== undefined && !(cfg.maxKl > 0)) throw new ConfigError(`maxKl must be > 0, got ${cfg.maxKl}`);
  return algo;
}

export async function train(cfg: TrainConfig, onMetric: (m: Metric) => void = () => undefined, opts: TrainOptions = {}): Promise<TrainResult> {
  const algo = checkConfig(cfg);
  const rng = Rng.fromSeed(cfg.seed);
  const tok = new CharTokenizer(cfg.task.charset);
  const model = new Transformer({ vocabSize: tok.vocabSize, ...cfg.model }, rng, tok);
  const valueHead = algo === 'ppo' ? new ValueHead(cfg.model.dModel, rng) : undefined;
  const metrics: Metric[] = [];
  const emit = (m: Metric): void => {
    metrics.push(m);
    onMetric(m);
  };
  const resume = opts.resume;
  let startUpdate = 0;
  if (resume) {
    const saved = resume.meta.train as Record<string, unknown> | undefined;
    if (!saved || typeof resume.meta.rlUpdate !== 'number') throw new ConfigError('resume: the checkpoint holds no training state (it was not written by trainCheckpoint / mathgym train)');
    if (saved.algo !== algo) throw new ConfigError(`resume: the checkpoint was trained with algo ${String(saved.algo)}, not ${algo}`);
    startUpdate = resume.meta.rlUpdate;
    if (startUpdate >= cfg.updates) throw new ConfigError(`resume: the checkpoint is at update ${startUpdate}; ask for more updates than that (got ${cfg.updates})`);
  }
  const n = cfg.numPrompts * cfg.numGenerations;
  let task = cfg.task;
  const trainEnvs = (t: Task): Promise<VectorEnv<string, string>> => makeVec<string, string>(t.envId, { numEnvs: n, kwargs: splitKwargs(t, 'train') });
  const testEnvs = (t: Task): Promise<VectorEnv<string, string>> => makeVec<string, string>(t.envId, { numEnvs: Math.min(64, cfg.evalEpisodes), kwargs: splitKwargs(t, 'test') });
  let envs = await trainEnvs(task);
  let evalEnvs = await testEnvs(task);
  const wantsReference = algo === 'dpo' || (cfg.beta ?? 0) > 0;
  let reference: Transformer | undefined;
  let optimizer: AdamW | undefined;
  let update = startUpdate;
  const state = (): TrainResult => ({ model, metrics, config: cfg, update, optimizer: optimizer!, ...(valueHead ? { valueHead } : {}), ...(reference ? { reference } : {}) });
  try {
    const evalNow = async (after: 'sft' | TrainAlgo, step: number): Promise<number> => {
      const acc = await evaluate(model, task, evalEnvs, cfg.evalSeedBase, cfg.evalEpisodes, cfg.maxNewTokens);
      const samples = cfg.evalSamples ?? 0;
      const m: Record<string, number | string> = { phase: 'eval', step, after, accuracy: acc };
      if (samples > 0) {
        m.sampledReward = await evaluateSampled(model, task, evalEnvs, cfg.evalSeedBase, cfg.evalEpisodes, { maxNewTokens: cfg.maxNewTokens, temperature: cfg.temperature, topP: cfg.topP ?? 1, samples, seed: cfg.seed });
      }
      emit(m as Metric);
      return acc;
    };

    if (!resume) {
      await evalNow('sft', 0);
      // phase 1: supervised cold start on generated demonstrations
      if (cfg.sftSteps > 0) {
        if (!cfg.task.demonstrations) throw new ConfigError(`task ${cfg.task.envId} has no demonstrations; set sftSteps to 0`);
        const opt = new AdamW(model.parameters(), { lr: cfg.sftLearningRate, weightDecay: 0.01 });
        const demoRng = Rng.fromSeed(cfg.seed + 1);
        for (let step = 1; step <= cfg.sftSteps; step++) {
          const batch = cfg.task.demonstrations(demoRng, cfg.sftBatch);
          const prompts = batch.map((d) => tok.encode(d.prompt, { bos: true }));
          const seqs = batch.map((d, b) => [...prompts[b]!, ...tok.encode(d.answer), EOS_ID]);
          const promptLens = prompts.map((p) => p.length);
          const t = Math.max(...seqs.map((s) => s.length));
          const inputs = seqs.map((s) => [...s.slice(0, -1), ...new Array<number>(t - s.length).fill(0)]);
          const targets: number[] = [];
          const mask: number[] = [];
          seqs.forEach((s, b) => {
            for (let j = 0; j < t - 1; j++) {
              const real = j + 1 < s.length && j + 1 >= promptLens[b]!;
              targets.push(real ? s[j + 1]! : -1);
              mask.push(real ? 1 : 0);
            }
          });
          opt.zeroGrad();
          const logits = model.forward(inputs.map((x) => x.slice(0, t - 1)));
          const loss = crossEntropy(logits, Int32Array.from(targets), Float32Array.from(mask));
          loss.backward();
          clipGradNorm(model.parameters(), cfg.maxGradNorm);
          opt.step();
          if (step % 25 === 0 || step === cfg.sftSteps) emit({ phase: 'sft', step, loss: loss.item() });
          if (cfg.evalEvery > 0 && step % (cfg.evalEvery * 5) === 0 && step < cfg.sftSteps) await evalNow('sft', step);
          await opts.onStep?.('sft', step);
        }
        await evalNow('sft', cfg.sftSteps);
      }
    }

    // phase 2: reinforcement learning
    const trainable = [...model.parameters(), ...(valueHead ? valueHead.parameters() : [])];
    optimizer = new AdamW(trainable, { lr: cfg.learningRate, weightDecay: 0 });
    if (wantsReference) reference = frozenCopy(model);
    if (resume) {
      restoreCheckpoint(resume, checkpointable(model, valueHead, reference), optimizer);
      optimizer.lr = cfg.learningRate; // the config decides (the same number when resuming with the saved config)
    }
    let policy = policyFor(model, task);
    const step = ALGO_UPDATES[algo];
    for (update = startUpdate + 1; update <= cfg.updates; update++) {
      const t0 = performance.now();
      const sample = (round: number): Promise<RolloutBatch> =>
        collectRollouts(envs, policy, { numPrompts: cfg.numPrompts, numGenerations: cfg.numGenerations, seed: rolloutSeed(cfg, update, round), maxNewTokens: cfg.maxNewTokens, temperature: cfg.temperature, topP: cfg.topP ?? 1 });
      let rollout = await sample(0);
      // what the policy earns, measured before DAPO's filter can bias it
      const sampledReward = meanReward(rollout.rewards);
      let tokens = rollout.generations.reduce((a, x) => a + x.tokens.length, 0);
      if (algo === 'dapo') {
        // dynamic sampling: keep groups whose rewards differ, sample more rounds until numPrompts groups
        let kept = keepGroups(rollout, dynamicSamplingFilter(rollout.rewards, { numGenerations: cfg.numGenerations }).keepGroups, cfg.numGenerations);
        for (let round = 1; round <= (cfg.maxResampleRounds ?? 3) && kept.rewards.length < n; round++) {
          const more = await sample(round);
          tokens += more.generations.reduce((a, x) => a + x.tokens.length, 0);
          kept = concatBatches(kept, keepGroups(more, dynamicSamplingFilter(more.rewards, { numGenerations: cfg.numGenerations }).keepGroups, cfg.numGenerations));
        }
        rollout = kept.rewards.length > n ? keepGroups(kept, Array.from({ length: cfg.numPrompts }, (_, g) => g), cfg.numGenerations) : kept;
      }
      let stats: Record<string, number> = { loss: 0 };
      if (rollout.rewards.length > 0) {
        const prompts = rollout.prompts.map((p) => tok.encode(task.prompt(p), { bos: true }));
        const batch: TokenizedBatch = {
          rollout,
          sequences: rollout.generations.map((g, i) => [...prompts[i]!, ...g.tokens]),
          promptLengths: prompts.map((p) => p.length),
          oldLogp: rollout.generations.map((g) => [...g.logprobs]),
        };
        stats = { ...step({ model, optimizer, config: cfg, update, ...(valueHead ? { valueHead } : {}), ...(reference ? { reference } : {}) }, batch) };
      }
      emit({
        phase: algo,
        algo,
        step: update,
        ...stats,
        reward: sampledReward,
        ...(algo === 'dapo' ? { keptGroups: rollout.rewards.length / cfg.numGenerations } : {}),
        tokensPerSecond: tokens / ((performance.now() - t0) / 1000),
      });
      if (update === cfg.updates || (cfg.evalEvery > 0 && update % cfg.evalEvery === 0)) {
        const accuracy = await evalNow(algo, update);
        // no step after the last evaluation: nothing would train at the next level
        const next = update < cfg.updates ? opts.onEval?.(accuracy, update) : undefined;
        if (next) {
          if (next.charset !== task.charset) throw new ConfigError(`curriculum: the next task's charset differs from the model's (${JSON.stringify(next.charset)})`);
          await envs.close();
          await evalEnvs.close();
          task = next;
          emit({ phase: 'curriculum', step: update, envKwargs: JSON.stringify(next.envKwargs) });
          envs = await trainEnvs(task);
          evalEnvs = await testEnvs(task);
          policy = policyFor(model, task);
        }
      }
      if (opts.onUpdate) await opts.onUpdate(state());
      await opts.onStep?.(algo, update);
    }
    update = Math.max(startUpdate, cfg.updates);
  } finally {
    await envs.close();
    await evalEnvs.close();
  }
  return state();
}

function meanReward(rewards: readonly (number | null)[]): number {
  const rs = rewards.filter((r): r is number => r !== null);
  return rs.reduce((a, b) => a + b, 0) / Math.max(1, rs.length);
}
