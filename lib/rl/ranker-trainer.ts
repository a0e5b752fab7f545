/**
 * Policy-gradient training of an action-ranking policy (lib/nn Ranker) on a multi-step environment
 * whose info lists the legal actions (`info.legalActions`; the action is an index into it), by
 * default `mathgym/EquationRewrite-v0`.
 *
 * Each iteration draws `problemsPerIteration` problem seeds and plays `groupSize` sampled episodes
 * of each through the Env API (`make`, `reset({seed})`, `step(index)`). Every step t is weighted by
 * REINFORCE's `-A_t * log pi(a_t | s_t)`, with A_t its discounted return-to-go (`gamma`) minus the
 * mean return-to-go of its problem's group (a GRPO-style per-problem baseline), over the batch's std.
 * Discounting matters: with the undiscounted return, moves that loop (factor, expand, factor, ...)
 * inside a successful episode are credited as much as the moves that solve it. One AdamW step per
 * iteration. Everything is seeded: the same config gives the same model and metrics. `evaluateRanker` plays held-out seeds (by default 1_000_000 + i, disjoint
 * from the training seeds, which are below 1_000_000).
 */
import type { Info } from '../core/env.js';
import { make } from '../core/registry.js';
import { Rng } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { AdamW } from '../nn/optim/adamw.js';
import { pick, scale } from '../nn/kernels/index.js';
import { Ranker } from '../nn/models/ranker.js';
import { Tensor } from '../nn/tensor.js';
import { discountedReturns, groupAdvantages } from './advantages.js';
import type { EvaluateResult } from './evaluate.js';
import { EQUATION_FEATURES, equationRewriteFeatures } from '../../environments/equation-rewrite/features.js';

/**
 * Turns a step's info into one feature row per legal action (`info.legalActions` order). `seen` holds
 * the `info.equation` (or observation) strings of the episode so far, current one included.
 */
export interface CandidateFeaturizer {
  /** Features per candidate. */
  readonly size: number;
  features(info: Info, seen: ReadonlySet<string>): number[][];
  /** The env action for candidate `index` (default: the index itself, as EquationRewrite-v0 takes). */
  readonly action?: (info: Info, index: number) => unknown;
}

export const equationRewriteFeaturizer: CandidateFeaturizer = { size: EQUATION_FEATURES, features: equationRewriteFeatures };

export interface RankerEnvOptions {
  /** Environment id (default `mathgym/EquationRewrite-v0`). */
  readonly env?: string;
  /** Passed to make, e.g. {difficulty: 2}. */
  readonly envKwargs?: Readonly<Record<string, unknown>>;
  /** Overrides the spec's step limit. */
  readonly maxEpisodeSteps?: number;
  /** Default: the EquationRewrite-v0 features. */
  readonly featurizer?: CandidateFeaturizer;
}

export interface TrainRankerConfig extends RankerEnvOptions {
  /** Seeds the model, the problem seeds and the action sampling (default 0). */
  readonly seed?: number;
  /** Optimizer steps (default 30). */
  readonly iterations?: number;
  /** Problems (seeds) per iteration (default 8). */
  readonly problemsPerIteration?: number;
  /** Sampled episodes per problem, G (default 4; >= 2 for a group baseline). */
  readonly groupSize?: number;
  /** AdamW learning rate (default 0.03). */
  readonly lr?: number;
  /** Hidden width of the Ranker (default 32). */
  readonly hidden?: number;
  /** Continue training this model (a curriculum: difficulty 1, then 2, ...) instead of a fresh one; trained in place. */
  readonly initialModel?: Ranker;
  /** Discount of the per-step returns-to-go (default 0.9: shorter solutions earn more credit). */
  readonly gamma?: number;
}

export interface RankerMetric {
  /** 1-based. */
  readonly iteration: number;
  readonly episodes: number;
  /** Over this iteration's sampled episodes. */
  readonly meanReturn: number;
  readonly successRate: number;
  readonly meanLength: number;
  /** Fraction of problems whose G returns were all equal (no learning signal). */
  readonly zeroStdFraction: number;
  /** Wall-clock seconds since training started. */
  readonly seconds: number;
}

export interface TrainRankerResult {
  readonly model: Ranker;
  readonly metrics: readonly RankerMetric[];
  readonly featurizer: CandidateFeaturizer;
  readonly seconds: number;
}

export interface EvaluateRankerOptions extends RankerEnvOptions {
  /** Episodes, one per seed `seedOffset + i` (default 100). */
  readonly episodes?: number;
  /** First evaluation seed (default 1_000_000: disjoint from training seeds). */
  readonly seedOffset?: number;
  /** Greedy (default) or sampled actions; sampling is seeded by `seed`. */
  readonly greedy?: boolean;
  readonly seed?: number;
}

/** The common EvaluateResult (lib/rl/evaluate.ts); successRate counts episodes that ended with info.solved (or reward 1 at termination). */
export type RankerEvalResult = EvaluateResult;

/** Training seeds are drawn below this; evaluation seeds start at it by default. */
export const HELD_OUT_SEED_OFFSET = 1_000_000;

interface Episode {
  readonly steps: { features: Tensor; action: number; reward: number }[];
  readonly ret: number;
  readonly solved: boolean;
}

type Act = (features: Tensor) => number;

function positiveInt(name: string, v: unknown, dflt: number): number {
  const x = v ?? dflt;
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 1) throw new ConfigError(`trainRanker: ${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return x;
}

async function makeEnv(opts: RankerEnvOptions) {
  const overrides: Record<string, unknown> = { ...(opts.envKwargs ?? {}) };
  if (opts.maxEpisodeSteps !== undefined) overrides.maxEpisodeSteps = opts.maxEpisodeSteps;
  return make<unknown, unknown>(opts.env ?? 'mathgym/EquationRewrite-v0', overrides);
}

/** Plays one episode of problem `seed`, choosing with `act`; records the feature tensors when `record`. */
async function playEpisode(env: Awaited<ReturnType<typeof makeEnv>>, featurizer: CandidateFeaturizer, seed: number, act: Act, record: boolean): Promise<Episode> {
  const first = await env.reset({ seed });
  let info = first.info;
  const seen = new Set<string>([String(info.equation ?? first.observation)]);
  const steps: Episode['steps'] = [];
  let ret = 0;
  for (let t = 0; ; t++) {
    const rows = featurizer.features(info, seen);
    if (rows.length === 0) return { steps, ret, solved: false }; // no legal action: a dead end
    const features = Tensor.from(rows.flat(), [rows.length, featurizer.size]);
    const action = act(features);
    const r = await env.step(featurizer.action ? featurizer.action(info, action) : action);
    if (record) steps.push({ features, action, reward: r.reward });
    ret += r.reward;
    info = r.info;
    seen.add(String(info.equation ?? r.observation));
    if (r.terminated || r.truncated) return { steps, ret, solved: r.info.solved === true || (r.terminated && r.reward === 1) };
    if (t > 100_000) throw new ConfigError('trainRanker: an episode ran past 100000 steps; give the env a maxEpisodeSteps');
  }
}

/**
 * Trains a Ranker; `onMetric` gets one metric per iteration.
 * @throws ConfigError for a bad config or an env whose info has no legalActions.
 */
/** The model `trainRanker` starts from for this config (its untrained baseline): the same seed gives the same weights. */
export function initialRanker(config: Pick<TrainRankerConfig, 'seed' | 'hidden' | 'featurizer'> = {}): Ranker {
  const featurizer = config.featurizer ?? equationRewriteFeaturizer;
  return new Ranker({ features: featurizer.size, hidden: config.hidden ?? 32 }, Rng.fromSeed(Rng.fromSeed(config.seed ?? 0).spawnSeed()));
}

export async function trainRanker(config: TrainRankerConfig = {}, onMetric?: (m: RankerMetric) => void): Promise<TrainRankerResult> {
  const start = Date.now();
  const seed = config.seed ?? 0;
  const iterations = positiveInt('iterations', config.iterations, 30);
  const B = positiveInt('problemsPerIteration', config.problemsPerIteration, 8);
  const G = positiveInt('groupSize', config.groupSize, 4);
  const featurizer = config.featurizer ?? equationRewriteFeaturizer;
  const gamma = config.gamma ?? 0.9;
  if (typeof gamma !== 'number' || !(gamma >= 0 && gamma <= 1)) throw new ConfigError(`trainRanker: gamma must be in [0, 1], got ${JSON.stringify(config.gamma)}`);
  const rng = Rng.fromSeed(seed);
  const initSeed = rng.spawnSeed();
  const model = config.initialModel ?? new Ranker({ features: featurizer.size, hidden: config.hidden ?? 32 }, Rng.fromSeed(initSeed));
  if (model.config.features !== featurizer.size) throw new ConfigError(`trainRanker: initialModel takes ${model.config.features} features, the featurizer gives ${featurizer.size}`);
  const opt = new AdamW(model.parameters(), { lr: config.lr ?? 0.03, weightDecay: 0 });
  const sampler = Rng.fromSeed(rng.spawnSeed());
  const env = await makeEnv(config);
  const metrics: RankerMetric[] = [];
  try {
    for (let it = 1; it <= iterations; it++) {
      const episodes: Episode[] = [];
      for (let b = 0; b < B; b++) {
        const problem = rng.integer(0, HELD_OUT_SEED_OFFSET - 1);
        for (let g = 0; g < G; g++) episodes.push(await playEpisode(env, featurizer, problem, (x) => model.sample(x, sampler).index, true));
      }
      const { zeroStdFraction } = groupAdvantages(episodes.map((e) => e.ret), { numGenerations: G, scaleRewards: 'none' });
      // per step: the discounted return-to-go minus the mean of its problem's group, over the batch's std
      const returns = episodes.map((e) => discountedReturns(e.steps.map((s) => s.reward), { gamma }));
      const all = returns.flat();
      const std = Math.sqrt(mean(all.map((x) => (x - mean(all)) ** 2))) + 1e-6;
      opt.zeroGrad();
      let any = false;
      for (let b = 0; b < B; b++) {
        const group = returns.slice(b * G, (b + 1) * G);
        const baseline = mean(group.flat());
        group.forEach((rets, g) => {
          const e = episodes[b * G + g]!;
          e.steps.forEach((s, t) => {
            const a = (rets[t]! - baseline) / std;
            if (a === 0) return;
            // gradients accumulate in the leaves over the per-step backward passes
            scale(pick(model.logProbs(s.features), [0], [s.action]), -a / all.length).backward();
            any = true;
          });
        });
      }
      if (any) opt.step();
      const m: RankerMetric = {
        iteration: it,
        episodes: episodes.length,
        meanReturn: mean(episodes.map((e) => e.ret)),
        successRate: mean(episodes.map((e) => Number(e.solved))),
        meanLength: mean(episodes.map((e) => e.steps.length)),
        zeroStdFraction,
        seconds: (Date.now() - start) / 1000,
      };
      metrics.push(m);
      onMetric?.(m);
    }
  } finally {
    await env.close();
  }
  return { model, metrics, featurizer, seconds: (Date.now() - start) / 1000 };
}

/** Plays `episodes` held-out problems with `model` (greedy by default). */
export async function evaluateRanker(model: Ranker, opts: EvaluateRankerOptions = {}): Promise<RankerEvalResult> {
  const n = positiveInt('episodes', opts.episodes, 100);
  const offset = opts.seedOffset ?? HELD_OUT_SEED_OFFSET;
  if (!Number.isSafeInteger(offset) || offset < 0) throw new ConfigError(`evaluateRanker: seedOffset must be a non-negative integer, got ${JSON.stringify(opts.seedOffset)}`);
  const featurizer = opts.featurizer ?? equationRewriteFeaturizer;
  if (featurizer.size !== model.config.features) throw new ConfigError(`evaluateRanker: the featurizer gives ${featurizer.size} features, the model takes ${model.config.features}`);
  const sampler = Rng.fromSeed(opts.seed ?? 0);
  const act: Act = opts.greedy === false ? (x) => model.sample(x, sampler).index : (x) => model.greedy(x).index;
  const env = await makeEnv(opts);
  const start = performance.now();
  const results: { ret: number; solved: boolean; length: number }[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const e = await playEpisode(env, featurizer, offset + i, act, true);
      results.push({ ret: e.ret, solved: e.solved, length: e.steps.length });
    }
  } finally {
    await env.close();
  }
  return {
    episodes: n,
    successRate: mean(results.map((r) => Number(r.solved))),
    meanReturn: mean(results.map((r) => r.ret)),
    exactMatch: mean(results.map((r) => Number(r.ret === 1))),
    meanLength: mean(results.map((r) => r.length)),
    steps: results.reduce((a, r) => a + r.length, 0),
    seconds: (performance.now() - start) / 1000,
  };
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, x) => a + x, 0) / xs.length;
}
