/**
 * Evaluation: what a policy earns on a vector env.
 *
 *   evaluatePolicy    any batch policy on any registered env, for a number of finished episodes
 *                     (NextStep autoreset assumed, the default)
 *   evaluate          the trainer's held-out metric: greedy exact match of a text policy on single-turn
 *                     episodes of fixed seeds seedBase, seedBase + 1, ...
 *   evaluateSampled   the mean reward of sampled completions on the same seeds (the RL objective)
 */
import { ConfigError } from '../errors.js';
import type { VectorEnv } from '../core/vector/vector-env.js';
import type { Transformer } from '../nn/models/transformer.js';
import type { SampleOptions, TextPolicy } from '../policy/text-policy.js';
import type { Task } from './config.js';

/** Maps a batch of observations to a batch of actions. */
export type BatchPolicy<Obs, Act> = (observations: readonly Obs[]) => readonly Act[] | Promise<readonly Act[]>;

export interface EvaluateOptions {
  /** Finished episodes to collect (episodes still running at that point are discarded). */
  readonly episodes: number;
  readonly seed?: number;
  /** Called after each finished episode, e.g. to advance a progress bar. */
  readonly onEpisode?: (done: number, total: number) => void;
}

export interface EvaluateResult {
  readonly episodes: number;
  /** Mean undiscounted return per episode. */
  readonly meanReturn: number;
  /** Fraction of episodes whose return is positive. */
  readonly successRate: number;
  readonly steps: number;
  readonly seconds: number;
}

export async function evaluatePolicy<Obs, Act>(envs: VectorEnv<Obs, Act>, policy: BatchPolicy<Obs, Act>, opts: EvaluateOptions): Promise<EvaluateResult> {
  if (!Number.isInteger(opts.episodes) || opts.episodes < 1) throw new ConfigError(`episodes must be a positive integer, got ${opts.episodes}`);
  const start = performance.now();
  let { observations } = await envs.reset({ seed: opts.seed });
  const returns = new Array<number>(envs.numEnvs).fill(0);
  // with NextStep autoreset, the step after an episode ends is a reset step: its reward is not part of any episode
  let resetting = new Array<boolean>(envs.numEnvs).fill(false);
  const finished: number[] = [];
  let steps = 0;
  while (finished.length < opts.episodes) {
    const actions = await policy(observations);
    const r = await envs.step(actions);
    steps += envs.numEnvs;
    observations = r.observations;
    const next = resetting.slice();
    for (let i = 0; i < envs.numEnvs; i++) {
      if (resetting[i]) {
        next[i] = false;
        returns[i] = 0;
        continue;
      }
      returns[i]! += r.rewards[i] as number;
      if (r.terminations[i] || r.truncations[i]) {
        if (finished.length < opts.episodes) {
          finished.push(returns[i] as number);
          opts.onEpisode?.(finished.length, opts.episodes);
        }
        next[i] = true;
      }
    }
    resetting = next;
  }
  const sum = finished.reduce((a, b) => a + b, 0);
  return {
    episodes: finished.length,
    meanReturn: sum / finished.length,
    successRate: finished.filter((x) => x > 0).length / finished.length,
    steps,
    seconds: (performance.now() - start) / 1000,
  };
}

/** A TextPolicy over the env's prompts: maps observations through the task's prompt template. */
export function taskPolicy(model: Transformer, task: Task): TextPolicy {
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
  const policy = taskPolicy(model, task);
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
