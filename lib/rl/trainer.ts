/**
 * Training a small transformer from random initialization, through the Env API, in three parts that
 * each read on one screen (nanoGPT's train.py as the model):
 *
 *   coldStart   (optional, as DeepSeek-R1's) supervised steps on the task's (prompt, answer) pairs
 *   rlLoop      each update samples numPrompts groups of numGenerations completions from a vector
 *               env, the env's verifier scores them, and the algorithm (lib/rl/algos) updates the model
 *   evaluateNow greedy exact match on held-out seeds of the test split (lib/rl/evaluate.ts), and with
 *               evalSamples > 0 the mean reward of sampled completions on the same seeds
 *
 * Every phase is reported separately in the metrics. A run can be checkpointed after any update
 * (trainCheckpoint) and resumed from there bit-identically.
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
import { frozenCopy } from './algos/common.js';
import type { TokenizedBatch } from './algos/types.js';
import type { TrainAlgo } from './algos/index.js';
import { resolveConfig, serializableConfig, splitKwargs, type ResolvedConfig, type Task, type TrainConfig } from './config.js';
import { evaluate, taskPolicy } from './evaluate.js';
import { mixRewards } from './reward-mix.js';
import { collectRollouts, type RolloutBatch } from './rollout.js';

export { TRAIN_ALGOS, type TrainAlgo } from './algos/index.js';
export { serializableConfig, splitKwargs, type Task, type TrainConfig } from './config.js';

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

/** The update the checkpoint stopped at, after checking it belongs to this run's algorithm. */
function resumeUpdate(resume: Checkpoint, cfg: TrainConfig, algo: TrainAlgo): number {
  const saved = resume.meta.train as Record<string, unknown> | undefined;
  if (!saved || typeof resume.meta.rlUpdate !== 'number') throw new ConfigError('resume: the checkpoint holds no training state (it was not written by trainCheckpoint / mathgym train)');
  if (saved.algo !== algo) throw new ConfigError(`resume: the checkpoint was trained with algo ${String(saved.algo)}, not ${algo}`);
  if (resume.meta.rlUpdate >= cfg.updates) throw new ConfigError(`resume: the checkpoint is at update ${resume.meta.rlUpdate}; ask for more updates than that (got ${cfg.updates})`);
  return resume.meta.rlUpdate;
}

/** What the three parts share: the config, the model, the task and its envs (a curriculum swaps them), the hooks, and where metrics go. */
interface Run {
  readonly cfg: TrainConfig;
  readonly resolved: ResolvedConfig;
  readonly model: Transformer;
  readonly tok: CharTokenizer;
  task: Task;
  envs: VectorEnv<string, string>;
  evalEnvs: VectorEnv<string, string>;
  readonly opts: TrainOptions;
  readonly emit: (m: Metric) => void;
}

/** Training envs (train split) and evaluation envs (test split) of `task`. */
async function taskEnvs(cfg: TrainConfig, task: Task): Promise<{ envs: VectorEnv<string, string>; evalEnvs: VectorEnv<string, string> }> {
  const envs = await makeVec<string, string>(task.envId, { numEnvs: cfg.numPrompts * cfg.numGenerations, kwargs: splitKwargs(task, 'train') });
  const evalEnvs = await makeVec<string, string>(task.envId, { numEnvs: Math.min(64, cfg.evalEpisodes), kwargs: splitKwargs(task, 'test') });
  return { envs, evalEnvs };
}

/** The curriculum's next task replaces the current one: same model and charset, new envs. */
async function switchTask(run: Run, next: Task, update: number): Promise<void> {
  if (next.charset !== run.task.charset) throw new ConfigError(`curriculum: the next task's charset differs from the model's (${JSON.stringify(next.charset)})`);
  await run.envs.close();
  await run.evalEnvs.close();
  run.task = next;
  run.emit({ phase: 'curriculum', step: update, envKwargs: JSON.stringify(next.envKwargs) });
  Object.assign(run, await taskEnvs(run.cfg, next));
}

/** Held-out evaluation after `after` at `step`, emitted as an 'eval' metric: greedy exact match, and the mean reward of evalSamples sampled completions per problem. */
async function evaluateNow(run: Run, after: 'sft' | TrainAlgo, step: number): Promise<number> {
  const { cfg, model, evalEnvs } = run;
  const policy = taskPolicy(model, run.task);
  const problems = { episodes: cfg.evalEpisodes, seedBase: cfg.evalSeedBase };
  const greedy = await evaluate(evalEnvs, { kind: 'text', policy, sample: { temperature: 0, topP: 1, maxNewTokens: cfg.maxNewTokens } }, problems);
  const m: Record<string, number | string> = { phase: 'eval', step, after, accuracy: greedy.exactMatch };
  const samples = cfg.evalSamples ?? 0;
  if (samples > 0) {
    const sample = { temperature: cfg.temperature, topP: cfg.topP ?? 1, maxNewTokens: cfg.maxNewTokens };
    m.sampledReward = (await evaluate(evalEnvs, { kind: 'text', policy, sample, seed: cfg.seed }, { ...problems, repeats: samples })).meanReturn;
  }
  run.emit(m as Metric);
  return greedy.exactMatch;
}

/** Phase 1: supervised steps on generated demonstrations (cross-entropy on the answer tokens). */
async function coldStart(run: Run): Promise<void> {
  const { cfg, model, tok } = run;
  await evaluateNow(run, 'sft', 0);
  if (cfg.sftSteps === 0) return;
  if (!cfg.task.demonstrations) throw new ConfigError(`task ${cfg.task.envId} has no demonstrations; set sftSteps to 0`);
  const opt = new AdamW(model.parameters(), { lr: cfg.sftLearningRate, weightDecay: 0.01 });
  const demoRng = Rng.fromSeed(cfg.seed + 1);
  for (let step = 1; step <= cfg.sftSteps; step++) {
    const batch = cfg.task.demonstrations(demoRng, cfg.sftBatch);
    const prompts = batch.map((d) => tok.encode(d.prompt, { bos: true }));
    const seqs = batch.map((d, b) => [...prompts[b]!, ...tok.encode(d.answer), EOS_ID]);
    const t = Math.max(...seqs.map((s) => s.length));
    const inputs = seqs.map((s) => [...s.slice(0, -1), ...new Array<number>(t - s.length).fill(0)]);
    // targets: the next token where it is part of the answer, -1 (ignored) over the prompt and padding
    const targets: number[] = [];
    const mask: number[] = [];
    seqs.forEach((s, b) => {
      for (let j = 0; j < t - 1; j++) {
        const real = j + 1 < s.length && j + 1 >= prompts[b]!.length;
        targets.push(real ? s[j + 1]! : -1);
        mask.push(real ? 1 : 0);
      }
    });
    opt.zeroGrad();
    const loss = crossEntropy(model.forward(inputs.map((x) => x.slice(0, t - 1))), Int32Array.from(targets), Float32Array.from(mask));
    loss.backward();
    clipGradNorm(model.parameters(), cfg.maxGradNorm);
    opt.step();
    if (step % 25 === 0 || step === cfg.sftSteps) run.emit({ phase: 'sft', step, loss: loss.item() });
    if (cfg.evalEvery > 0 && step % (cfg.evalEvery * 5) === 0 && step < cfg.sftSteps) await evaluateNow(run, 'sft', step);
    await run.opts.onStep?.('sft', step);
  }
  await evaluateNow(run, 'sft', cfg.sftSteps);
}

/** Phase 2: updates startUpdate + 1 .. cfg.updates of the chosen algorithm; returns the last update done. */
async function rlLoop(run: Run, state: { optimizer: AdamW; valueHead?: ValueHead; reference?: Transformer }, startUpdate: number, onUpdate: (update: number) => Promise<void>): Promise<void> {
  const { cfg, model, tok } = run;
  const { algo, algorithm, params, shared } = run.resolved;
  let policy = taskPolicy(model, run.task);
  for (let update = startUpdate + 1; update <= cfg.updates; update++) {
    const t0 = performance.now();
    const sample = (round: number): Promise<RolloutBatch> =>
      collectRollouts(run.envs, policy, { numPrompts: cfg.numPrompts, numGenerations: cfg.numGenerations, seed: rolloutSeed(cfg, update, round), maxNewTokens: cfg.maxNewTokens, temperature: cfg.temperature, topP: cfg.topP ?? 1 });
    const { batch: rollout, sampled, stats: collected } = algorithm.collect
      ? await algorithm.collect(sample, params, { ...shared, numPrompts: cfg.numPrompts })
      : await sample(0).then((b) => ({ batch: b, sampled: [b], stats: {} }));
    let stats: Record<string, number> = { loss: 0 };
    let components: Record<string, number> = {};
    if (rollout.rewards.length > 0) {
      const mixed = cfg.rewardWeights ? mixRewards(rollout, cfg.rewardWeights, { maxNewTokens: cfg.maxNewTokens, overlongBuffer: cfg.overlongBuffer ?? 2 }) : undefined;
      components = mixed?.components ?? {};
      const prompts = rollout.prompts.map((p) => tok.encode(run.task.prompt(p), { bos: true }));
      const batch: TokenizedBatch = {
        rollout: mixed ? { ...rollout, rewards: mixed.rewards } : rollout,
        sequences: rollout.generations.map((g, i) => [...prompts[i]!, ...g.tokens]),
        promptLengths: prompts.map((p) => p.length),
        oldLogp: rollout.generations.map((g) => [...g.logprobs]),
      };
      stats = { ...algorithm.update({ model, shared, params, update, ...state }, batch) };
    }
    const tokens = sampled.reduce((a, b) => a + b.generations.reduce((s, x) => s + x.tokens.length, 0), 0);
    // `reward` is what the policy earns, measured on the first batch before any filter can bias it
    run.emit({ phase: algo, algo, step: update, ...stats, reward: meanReward(sampled[0]!.rewards), ...components, ...collected, tokensPerSecond: tokens / ((performance.now() - t0) / 1000) });
    if (update === cfg.updates || (cfg.evalEvery > 0 && update % cfg.evalEvery === 0)) {
      const accuracy = await evaluateNow(run, algo, update);
      // no step after the last evaluation: nothing would train at the next level
      const next = update < cfg.updates ? run.opts.onEval?.(accuracy, update) : undefined;
      if (next) {
        await switchTask(run, next, update);
        policy = taskPolicy(model, run.task);
      }
    }
    await onUpdate(update);
    await run.opts.onStep?.(algo, update);
  }
}

export async function train(cfg: TrainConfig, onMetric: (m: Metric) => void = () => undefined, opts: TrainOptions = {}): Promise<TrainResult> {
  const resolved = resolveConfig(cfg);
  const { algo, algorithm } = resolved;
  const rng = Rng.fromSeed(cfg.seed);
  const tok = new CharTokenizer(cfg.task.charset);
  const model = new Transformer({ vocabSize: tok.vocabSize, ...cfg.model }, rng, tok);
  const valueHead = algorithm.needsValueHead ? new ValueHead(cfg.model.dModel, rng) : undefined;
  const metrics: Metric[] = [];
  const startUpdate = opts.resume ? resumeUpdate(opts.resume, cfg, algo) : 0;
  const run: Run = { cfg, resolved, model, tok, task: cfg.task, ...(await taskEnvs(cfg, cfg.task)), opts, emit: (m) => (metrics.push(m), onMetric(m)) };
  let update = startUpdate;
  let state: { optimizer: AdamW; valueHead?: ValueHead; reference?: Transformer } | undefined;
  const result = (): TrainResult => ({ model, metrics, config: cfg, update, ...state! });
  try {
    if (!opts.resume) await coldStart(run);
    const optimizer = new AdamW([...model.parameters(), ...(valueHead ? valueHead.parameters() : [])], { lr: cfg.learningRate, weightDecay: 0 });
    const reference = algorithm.needsReference || resolved.shared.beta > 0 ? frozenCopy(model) : undefined;
    state = { optimizer, ...(valueHead ? { valueHead } : {}), ...(reference ? { reference } : {}) };
    if (opts.resume) {
      restoreCheckpoint(opts.resume, checkpointable(model, valueHead, reference), optimizer);
      optimizer.lr = cfg.learningRate; // the config decides (the same number when resuming with the saved config)
    }
    await rlLoop(run, state, startUpdate, async (u) => {
      update = u;
      if (opts.onUpdate) await opts.onUpdate(result());
    });
    update = Math.max(startUpdate, cfg.updates);
  } finally {
    await run.envs.close();
    await run.evalEnvs.close();
  }
  return result();
}

function meanReward(rewards: readonly (number | null)[]): number {
  const rs = rewards.filter((r): r is number => r !== null);
  return rs.reduce((a, b) => a + b, 0) / Math.max(1, rs.length);
}
