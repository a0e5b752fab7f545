/**
 * GRPO training of a small transformer from random initialization, through the Env API.
 *
 * Phase 1 (optional, as DeepSeek-R1's cold start): supervised steps on generated (prompt, answer)
 * pairs. Phase 2: GRPO: groups of completions per problem from a vector env, group-relative
 * advantages, the clipped surrogate (lib/rl/losses/grpo.ts) whose per-token gradient is pushed into
 * the model through sum(g * logp). Evaluation: greedy decoding on held-out seeds, scored by the env.
 * Every phase is reported separately in the metrics.
 */
import { makeVec } from '../core/vector/make-vec.js';
import type { VectorEnv } from '../core/vector/vector-env.js';
import { Rng } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { Tensor } from '../nn/tensor.js';
import { crossEntropy, mul, sum } from '../nn/kernels/index.js';
import { Transformer } from '../nn/models/transformer.js';
import { CharTokenizer, EOS_ID } from '../nn/tokenizer.js';
import { AdamW } from '../nn/optim/adamw.js';
import { clipGradNorm } from '../nn/optim/clip.js';
import { groupAdvantages, reinforceAdvantages, type ScaleRewards } from './advantages.js';
import { reinforceLoss } from './losses/reinforce.js';
import { rlooLoss } from './losses/rloo.js';
import { grpoLoss } from './losses/grpo.js';
import type { LossType } from './losses/aggregate.js';
import { collectRollouts, type TextPolicy } from './rollout.js';

export interface Task {
  readonly envId: string;
  readonly envKwargs: Record<string, unknown>;
  /** Turns an observation into the model's prompt (characters of `charset`). */
  readonly prompt: (observation: string) => string;
  /** Characters the model reads and writes. */
  readonly charset: string;
  /** (prompt, answer) pairs for the cold start, from a seeded generator. */
  readonly demonstrations?: (rng: Rng, n: number) => Array<{ prompt: string; answer: string }>;
}

/** Policy-gradient algorithms the trainer runs (PPO, TRPO and DPO losses exist in lib/rl/losses but are not wired here yet). */
export const TRAIN_ALGOS = ['grpo', 'rloo', 'reinforce'] as const;
export type TrainAlgo = (typeof TRAIN_ALGOS)[number];

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
  readonly maxNewTokens: number;
  readonly temperature: number;
  readonly learningRate: number;
  readonly sftLearningRate: number;
  readonly epsilon: number;
  readonly epsilonHigh: number;
  readonly lossType: LossType;
  readonly scaleRewards: ScaleRewards;
  readonly maxGradNorm: number;
  readonly evalEvery: number;
  readonly evalEpisodes: number;
  /** Seeds >= this are held out for evaluation (training seeds stay below). */
  readonly evalSeedBase: number;
}

export interface Metric {
  readonly phase: 'sft' | 'grpo' | 'eval';
  readonly step: number;
  readonly [key: string]: number | string;
}

/** A TextPolicy over the env's prompts: maps observations through the task's prompt template. */
function policyFor(model: Transformer, task: Task): TextPolicy {
  return { generate: (prompts, opts) => model.generate(prompts.map(task.prompt), opts) };
}

/** Exact-match rate of greedy decoding on `n` held-out seeds, scored by the env. */
export async function evaluate(model: Transformer, task: Task, envs: VectorEnv<string, string>, seedBase: number, n: number, maxNewTokens: number): Promise<number> {
  const policy = policyFor(model, task);
  let solved = 0;
  let done = 0;
  for (let start = 0; done < n; start += envs.numEnvs) {
    const k = Math.min(envs.numEnvs, n - done);
    const { observations } = await envs.reset({ seed: Array.from({ length: envs.numEnvs }, (_, i) => seedBase + start + i) });
    const gens = await policy.generate([...observations], { temperature: 0, topP: 1, maxNewTokens, seed: 0 });
    const r = await envs.step(gens.map((g) => g.text));
    for (let i = 0; i < k; i++) solved += r.rewards[i] === 1 ? 1 : 0;
    done += k;
  }
  return solved / n;
}

/** The chosen algorithm's loss and its gradient w.r.t. the per-token log-probs. */
function policyLoss(cfg: TrainConfig, rewards: readonly (number | null)[], logp: number[][], oldLogp: number[][], mask: number[][]): { loss: number; grad: number[][]; clipFraction: number } {
  const algo = cfg.algo ?? 'grpo';
  if (algo === 'grpo') {
    const adv = groupAdvantages(rewards, { numGenerations: cfg.numGenerations, scaleRewards: cfg.scaleRewards });
    const r = grpoLoss({ logp, oldLogp, advantages: adv.advantages, mask }, { epsilon: cfg.epsilon, epsilonHigh: cfg.epsilonHigh, lossType: cfg.lossType, maxCompletionLength: cfg.maxNewTokens });
    return { loss: r.loss, grad: r.grad, clipFraction: r.stats.lowClipFraction + r.stats.highClipFraction };
  }
  if (algo === 'rloo') {
    const r = rlooLoss({ logp, rewards, mask }, { numGenerations: cfg.numGenerations });
    return { loss: r.loss, grad: r.grad, clipFraction: 0 };
  }
  if (algo === 'reinforce') {
    const r = reinforceLoss({ logp, advantages: reinforceAdvantages(rewards, { baseline: true, numGenerations: cfg.numGenerations }), mask });
    return { loss: r.loss, grad: r.grad, clipFraction: 0 };
  }
  throw new ConfigError(`unknown algo ${JSON.stringify(algo)}; expected one of ${TRAIN_ALGOS.join(', ')}`);
}

export async function train(cfg: TrainConfig, onMetric: (m: Metric) => void = () => undefined): Promise<{ model: Transformer; metrics: Metric[] }> {
  const rng = Rng.fromSeed(cfg.seed);
  const tok = new CharTokenizer(cfg.task.charset);
  const model = new Transformer({ vocabSize: tok.vocabSize, ...cfg.model }, rng, tok);
  const metrics: Metric[] = [];
  const emit = (m: Metric): void => {
    metrics.push(m);
    onMetric(m);
  };
  const n = cfg.numPrompts * cfg.numGenerations;
  const envs = await makeVec<string, string>(cfg.task.envId, { numEnvs: n, kwargs: cfg.task.envKwargs });
  const evalEnvs = await makeVec<string, string>(cfg.task.envId, { numEnvs: Math.min(64, cfg.evalEpisodes), kwargs: cfg.task.envKwargs });
  try {
    const evalNow = async (phase: 'sft' | 'grpo', step: number): Promise<void> => {
      const acc = await evaluate(model, cfg.task, evalEnvs, cfg.evalSeedBase, cfg.evalEpisodes, cfg.maxNewTokens);
      emit({ phase: 'eval', step, after: phase, accuracy: acc });
    };
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
      }
      await evalNow('sft', cfg.sftSteps);
    }

    // phase 2: GRPO
    const opt = new AdamW(model.parameters(), { lr: cfg.learningRate, weightDecay: 0 });
    const policy = policyFor(model, cfg.task);
    for (let update = 1; update <= cfg.updates; update++) {
      const t0 = performance.now();
      const seed = cfg.seed * 100_003 + update * cfg.numPrompts; // training seeds stay far below evalSeedBase
      const batch = await collectRollouts(envs, policy, { numPrompts: cfg.numPrompts, numGenerations: cfg.numGenerations, seed: seed % cfg.evalSeedBase, maxNewTokens: cfg.maxNewTokens, temperature: cfg.temperature });
      const prompts = batch.prompts.map((p) => tok.encode(cfg.task.prompt(p), { bos: true }));
      const seqs = batch.generations.map((g, i) => [...prompts[i]!, ...g.tokens]);
      const promptLens = prompts.map((p) => p.length);
      opt.zeroGrad();
      const lp = model.sequenceLogprobs(seqs, promptLens);
      const lc = lp.logp.shape[1]!;
      const rows = (flat: ArrayLike<number>): number[][] => Array.from({ length: n }, (_, b) => Array.from({ length: lc }, (_, j) => flat[b * lc + j]!));
      const logp = rows(lp.logp.data);
      const oldLogp = batch.generations.map((g) => Array.from({ length: lc }, (_, j) => g.logprobs[j] ?? 0));
      const mask = rows(lp.mask);
      const loss = policyLoss(cfg, batch.rewards, logp, oldLogp, mask);
      // push d(loss)/d(logp) into the model: the gradient of sum(g * logp) w.r.t. the parameters
      const g = Tensor.from(loss.grad.flat(), [n, lc]);
      sum(mul(lp.logp, g)).backward();
      const gradNorm = clipGradNorm(model.parameters(), cfg.maxGradNorm);
      opt.step();
      const rewards = batch.rewards.filter((r): r is number => r !== null);
      const tokens = batch.generations.reduce((a, x) => a + x.tokens.length, 0);
      emit({
        phase: 'grpo',
        algo: cfg.algo ?? 'grpo',
        step: update,
        loss: loss.loss,
        reward: rewards.reduce((a, b) => a + b, 0) / Math.max(1, rewards.length),
        clipFraction: loss.clipFraction,
        gradNorm,
        tokensPerSecond: tokens / ((performance.now() - t0) / 1000),
      });
      if (update === cfg.updates || (cfg.evalEvery > 0 && update % cfg.evalEvery === 0)) await evalNow('grpo', update);
    }
  } finally {
    await envs.close();
    await evalEnvs.close();
  }
  return { model, metrics };
}
