/**
 * Runs a policy on a vector env for a number of finished episodes and reports what it earned.
 * Works with any registered env through the VectorEnv API (NextStep autoreset assumed, the default).
 */
import { ConfigError } from '../errors.js';
import type { VectorEnv } from '../core/vector/vector-env.js';

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
