/**
 * Evaluation: what a policy earns on a vector env, through one function, `evaluate(envs, policy, opts)`,
 * for every kind of policy the project has:
 *
 *   { kind: 'batch', act }          observations in, actions out (a scripted policy, any registered env)
 *   { kind: 'text', policy, sample } a TextPolicy (lib/nn/text-policy.ts): prompts in, sampled
 *                                   completions out, seeded per call (the transformer, greedy at temperature 0)
 *
 * and two ways to choose the episodes:
 *
 *   seedBase set   fixed problems: seeds seedBase, seedBase + 1, ..., one episode each (`repeats` times
 *                  each, for a sampled policy's expected reward); the trainer's held-out metric
 *   seedBase unset the first `episodes` finished episodes of an autoreset stream seeded by `seed`
 *                  (NextStep autoreset assumed, the default)
 *
 * Every evaluation reports the same EvaluateResult. The action-ranking policy (ranker-trainer.ts
 * evaluateRanker) returns it too.
 */
import { ConfigError } from '../errors.js';
import type { VectorEnv } from '../core/vector/vector-env.js';
import type { Transformer } from '../nn/models/transformer.js';
import type { SampleOptions, TextPolicy } from '../nn/text-policy.js';
import type { Task } from './config.js';

/** Maps a batch of observations to a batch of actions. */
export type BatchPolicy<Obs, Act> = (observations: readonly Obs[]) => readonly Act[] | Promise<readonly Act[]>;

/** The policy `evaluate` runs; see the file comment. A 'text' policy needs an env whose observations and actions are strings. */
export type EvalPolicy<Obs, Act> =
  | { readonly kind: 'batch'; readonly act: BatchPolicy<Obs, Act> }
  | { readonly kind: 'text'; readonly policy: TextPolicy; readonly sample: Omit<SampleOptions, 'seed'>; /** Seed of the sampling streams (default 0). */ readonly seed?: number };

export interface EvaluateOptions {
  /** Episodes to collect (distinct problems with seedBase). */
  readonly episodes: number;
  /** Fixed problems seedBase, seedBase + 1, ...; without it, an autoreset stream seeded by `seed`. */
  readonly seedBase?: number;
  /** With seedBase: play every problem this many times (default 1). */
  readonly repeats?: number;
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
  /** Fraction of episodes whose return is exactly 1 (exact match on a single-turn text env). */
  readonly exactMatch: number;
  /** Mean steps per episode. */
  readonly meanLength: number;
  /** Env steps taken (all sub-envs). */
  readonly steps: number;
  readonly seconds: number;
}

/** The policy as one function of (observations, call index within its chunk of problems). */
function actor<Obs, Act>(policy: EvalPolicy<Obs, Act>): (observations: readonly Obs[], call: number) => Promise<readonly Act[]> {
  if (policy.kind === 'batch') return async (obs) => policy.act(obs);
  return async (obs, call) => {
    const gens = await policy.policy.generate(obs as unknown as string[], { ...policy.sample, seed: (policy.seed ?? 0) * 1_000_003 + call });
    return gens.map((g) => g.text) as unknown as Act[];
  };
}

export async function evaluate<Obs, Act>(envs: VectorEnv<Obs, Act>, policy: EvalPolicy<Obs, Act>, opts: EvaluateOptions): Promise<EvaluateResult> {
  if (!Number.isInteger(opts.episodes) || opts.episodes < 1) throw new ConfigError(`episodes must be a positive integer, got ${opts.episodes}`);
  const repeats = opts.repeats ?? 1;
  if (!Number.isInteger(repeats) || repeats < 1) throw new ConfigError(`repeats must be a positive integer, got ${opts.repeats}`);
  if (repeats > 1 && opts.seedBase === undefined) throw new ConfigError('repeats needs seedBase: only fixed problems can be played again');
  const start = performance.now();
  const act = actor(policy);
  const run = opts.seedBase === undefined ? await streamEpisodes(envs, act, opts) : await fixedEpisodes(envs, act, { ...opts, seedBase: opts.seedBase, repeats });
  const { returns, lengths, steps } = run;
  const n = returns.length;
  return {
    episodes: n,
    meanReturn: returns.reduce((a, r) => a + r, 0) / n,
    successRate: returns.filter((x) => x > 0).length / n,
    exactMatch: returns.filter((x) => x === 1).length / n,
    meanLength: lengths.reduce((a, r) => a + r, 0) / n,
    steps,
    seconds: (performance.now() - start) / 1000,
  };
}

interface Episodes {
  readonly returns: number[];
  readonly lengths: number[];
  readonly steps: number;
}

type Act_<Obs, Act> = (observations: readonly Obs[], call: number) => Promise<readonly Act[]>;

/** Problems seedBase + i in chunks of numEnvs: each chunk reset to its seeds (`repeats` times), stepped until every sub-env's episode has ended. */
async function fixedEpisodes<Obs, Act>(envs: VectorEnv<Obs, Act>, act: Act_<Obs, Act>, opts: EvaluateOptions & { seedBase: number; repeats: number }): Promise<Episodes> {
  const n = opts.episodes;
  const returns: number[] = [];
  const lengths: number[] = [];
  let steps = 0;
  for (let start = 0; start < n; start += envs.numEnvs) {
    const k = Math.min(envs.numEnvs, n - start);
    const seeds = Array.from({ length: envs.numEnvs }, (_, i) => opts.seedBase + start + i);
    for (let s = 0; s < opts.repeats; s++) {
      let { observations } = await envs.reset({ seed: seeds });
      const ret = new Array<number>(envs.numEnvs).fill(0);
      const len = new Array<number>(envs.numEnvs).fill(0);
      const done = new Array<boolean>(envs.numEnvs).fill(false);
      for (let t = 0; done.slice(0, k).some((d) => !d); t++) {
        if (t > 100_000) throw new ConfigError('evaluate: an episode ran past 100000 steps; give the env a maxEpisodeSteps');
        // the sampling stream of each call: start * repeats + s for the first step (t = 0), unique for later ones
        const r = await envs.step(await act(observations, (start + t * n) * opts.repeats + s));
        steps += envs.numEnvs;
        observations = r.observations;
        for (let i = 0; i < k; i++) {
          if (done[i]) continue;
          ret[i]! += r.rewards[i] as number;
          len[i]!++;
          if (r.terminations[i] || r.truncations[i]) done[i] = true;
        }
      }
      for (let i = 0; i < k; i++) {
        returns.push(ret[i]!);
        lengths.push(len[i]!);
        opts.onEpisode?.(returns.length, n * opts.repeats);
      }
    }
  }
  return { returns, lengths, steps };
}

/** The first `episodes` finished episodes of the autoreset stream from reset({ seed }). */
async function streamEpisodes<Obs, Act>(envs: VectorEnv<Obs, Act>, act: Act_<Obs, Act>, opts: EvaluateOptions): Promise<Episodes> {
  let { observations } = await envs.reset({ seed: opts.seed });
  const ret = new Array<number>(envs.numEnvs).fill(0);
  const len = new Array<number>(envs.numEnvs).fill(0);
  // with NextStep autoreset, the step after an episode ends is a reset step: its reward is not part of any episode
  let resetting = new Array<boolean>(envs.numEnvs).fill(false);
  const returns: number[] = [];
  const lengths: number[] = [];
  let steps = 0;
  for (let call = 0; returns.length < opts.episodes; call++) {
    const r = await envs.step(await act(observations, call));
    steps += envs.numEnvs;
    observations = r.observations;
    const next = resetting.slice();
    for (let i = 0; i < envs.numEnvs; i++) {
      if (resetting[i]) {
        next[i] = false;
        ret[i] = 0;
        len[i] = 0;
        continue;
      }
      ret[i]! += r.rewards[i] as number;
      len[i]!++;
      if (r.terminations[i] || r.truncations[i]) {
        if (returns.length < opts.episodes) {
          returns.push(ret[i]!);
          lengths.push(len[i]!);
          opts.onEpisode?.(returns.length, opts.episodes);
        }
        next[i] = true;
      }
    }
    resetting = next;
  }
  return { returns, lengths, steps };
}

/** A TextPolicy over the env's prompts: maps observations through the task's prompt template. */
export function taskPolicy(model: Transformer, task: Task): TextPolicy {
  return { generate: (prompts, opts) => model.generate(prompts.map(task.prompt), opts) };
}
