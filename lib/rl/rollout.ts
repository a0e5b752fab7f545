/**
 * Rollouts through the Env API, so any registered text environment can be trained on. For GRPO-style
 * training a batch is `numPrompts` groups of `numGenerations` completions: sub-envs of one group are
 * reset with the same seed, so they pose the same problem, and the group's rewards are compared with
 * each other. The policy is anything that turns prompts into sampled completions with their
 * per-token log-probs (lib/nn's transformer, a scripted policy in tests, a remote model).
 */
import { ConfigError } from '../errors.js';
import type { VectorEnv } from '../core/vector/vector-env.js';
import { infoToList } from '../core/vector/info.js';
import type { Generation, SampleOptions, TextPolicy } from '../nn/text-policy.js';

export type { Generation, SampleOptions, TextPolicy } from '../nn/text-policy.js';

export interface RolloutOptions extends Partial<Omit<SampleOptions, 'seed'>> {
  readonly numPrompts: number;
  readonly numGenerations: number;
  /** Seed of the first group's problem; group g uses seed + g. Sampling is seeded from it too. */
  readonly seed: number;
}

export interface RolloutBatch {
  readonly prompts: string[];
  readonly generations: Generation[];
  /** The env's reward per completion; null where the env reports that its judge failed (not a wrong answer). */
  readonly rewards: (number | null)[];
  /** Group index of each completion (contiguous, as TRL). */
  readonly groups: number[];
  readonly infos: Record<string, unknown>[];
}

/** An env info says its verifier failed: MathQA's `verifierError`, a reward's `error`, Metamath's `verifierError`. */
function judgeFailed(info: Record<string, unknown>): boolean {
  return info.verifierError !== undefined || (typeof info.error === 'object' && info.error !== null && 'code' in info.error);
}

/**
 * One batch of single-turn episodes: reset every sub-env (group g's seed for its numGenerations
 * sub-envs), sample one completion per observation, step each sub-env with it. `envs` must have
 * numPrompts * numGenerations sub-envs.
 */
export async function collectRollouts(envs: VectorEnv<string, string>, policy: TextPolicy, opts: RolloutOptions): Promise<RolloutBatch> {
  const { numPrompts, numGenerations, seed } = opts;
  const n = numPrompts * numGenerations;
  if (!Number.isInteger(numPrompts) || numPrompts < 1 || !Number.isInteger(numGenerations) || numGenerations < 1) {
    throw new ConfigError(`numPrompts and numGenerations must be positive integers, got ${numPrompts} and ${numGenerations}`);
  }
  if (envs.numEnvs !== n) throw new ConfigError(`the vector env has ${envs.numEnvs} sub-envs; numPrompts x numGenerations = ${n} are needed (make it with numEnvs: ${n})`);
  const groups = Array.from({ length: n }, (_, i) => Math.floor(i / numGenerations));
  const { observations } = await envs.reset({ seed: groups.map((g) => seed + g) });
  const prompts = [...observations];
  const generations = await policy.generate(prompts, {
    temperature: opts.temperature ?? 1,
    topP: opts.topP ?? 1,
    maxNewTokens: opts.maxNewTokens ?? 32,
    seed,
  });
  if (generations.length !== n) throw new ConfigError(`policy.generate returned ${generations.length} completions for ${n} prompts`);
  const r = await envs.step(generations.map((g) => g.text));
  const infos = infoToList(r.infos, n) as Record<string, unknown>[];
  const rewards = r.rewards.map((x, i) => (judgeFailed(infos[i] ?? {}) ? null : (x as number)));
  return { prompts, generations, rewards, groups, infos };
}
