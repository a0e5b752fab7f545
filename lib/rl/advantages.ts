/**
 * Advantage estimators on plain arrays.
 *
 * Outcome (one reward a completion), rewards laid out as TRL does: B prompts × G = `numGenerations`
 * completions, each prompt's G completions contiguous (`rewards[g·G .. g·G+G−1]` is group g).
 *   groupAdvantages    GRPO (TRL `scale_rewards` 'group' | 'batch' | 'none', verl `grpo`, OpenRLHF `group_norm`)
 *   rlooAdvantages     leave-one-out baseline (verl `rloo`, OpenRLHF `rloo`)
 *   reinforceAdvantages  the reward itself, optionally minus a mean baseline (OpenRLHF `reinforce` /
 *                      `reinforce_baseline`)
 *   dynamicSamplingFilter  DAPO's dynamic sampling: which groups carry a learning signal
 * Per step (a trajectory with values):
 *   gae, discountedReturns, whiten
 *
 * Missing rewards: `null` or NaN means no reward applied to that sample (TRL turns a reward function's
 * None into NaN). Means and standard deviations skip them (NaN-aware, like TRL's nanmean/nanstd) and the
 * sample's advantage is 0, so it adds nothing to the policy gradient. `weightedRewardSum` combines several
 * reward functions TRL's way (weighted nansum; all-missing stays missing).
 */
import { ConfigError } from '../errors.js';
import { checkNumber, checkPositiveInteger } from '../core/validate.js';

/** A reward, or null / NaN where no reward function applied. */
export type Reward = number | null;

/** TRL GRPOConfig `scale_rewards`; `true` = 'group', `false` = 'none' as in TRL. */
export type ScaleRewards = 'group' | 'batch' | 'none';

function present(r: Reward): r is number {
  return r !== null && !Number.isNaN(r);
}

function checkRewards(where: string, rewards: readonly Reward[]): void {
  if (!Array.isArray(rewards)) throw new ConfigError(`${where}: rewards must be an array of numbers (null for a missing reward)`);
  for (let i = 0; i < rewards.length; i++) {
    const r = rewards[i];
    if (r !== null && (typeof r !== 'number' || r === Infinity || r === -Infinity)) {
      throw new ConfigError(`${where}: rewards[${i}] must be a finite number, NaN or null, got ${JSON.stringify(r)}`);
    }
  }
}

function checkGroups(where: string, n: number, numGenerations: unknown): number {
  const G = checkPositiveInteger(where, 'numGenerations', numGenerations);
  if (n % G !== 0) {
    throw new ConfigError(`${where}: the batch (${n} rewards) must be a whole number of groups of numGenerations = ${G}; each prompt's completions contiguous`);
  }
  return G;
}

/** Mean and unbiased (Bessel) standard deviation of the present values; std is 0 for fewer than 2. */
function nanMeanStd(xs: readonly Reward[]): { mean: number; std: number; count: number } {
  let sum = 0;
  let count = 0;
  for (const x of xs) {
    if (present(x)) {
      sum += x;
      count++;
    }
  }
  if (count === 0) return { mean: Number.NaN, std: Number.NaN, count };
  const mean = sum / count;
  if (count < 2) return { mean, std: 0, count };
  let ss = 0;
  for (const x of xs) if (present(x)) ss += (x - mean) * (x - mean);
  return { mean, std: Math.sqrt(ss / (count - 1)), count };
}

/**
 * Combines several reward functions into one reward per sample (TRL `sum_then_normalize`):
 * `r_i = Σ_k w_k·r_ik` over the functions that returned a value for sample i; null when none did.
 * `perFunction[k][i]` is function k's reward for sample i.
 */
export function weightedRewardSum(perFunction: readonly (readonly Reward[])[], weights?: readonly number[]): Reward[] {
  const where = 'weightedRewardSum';
  if (!Array.isArray(perFunction) || perFunction.length === 0) throw new ConfigError(`${where}: pass one reward array per reward function (at least one)`);
  const n = perFunction[0]!.length;
  perFunction.forEach((rs, k) => {
    checkRewards(where, rs);
    if (rs.length !== n) throw new ConfigError(`${where}: reward function ${k} gave ${rs.length} rewards, function 0 gave ${n}; all must score every sample`);
  });
  const w = weights ?? perFunction.map(() => 1);
  if (w.length !== perFunction.length) throw new ConfigError(`${where}: ${w.length} weights for ${perFunction.length} reward functions`);
  w.forEach((x, k) => checkNumber(where, `weights[${k}]`, x, () => true, 'a finite number'));
  const out: Reward[] = [];
  for (let i = 0; i < n; i++) {
    let s = 0;
    let any = false;
    for (let k = 0; k < perFunction.length; k++) {
      const r = perFunction[k]![i]!;
      if (present(r)) {
        s += w[k]! * r;
        any = true;
      }
    }
    out.push(any ? s : null);
  }
  return out;
}

export interface GroupAdvantageOptions {
  /** Completions per prompt, G (TRL num_generations). */
  readonly numGenerations: number;
  /** 'group' (default): divide by the group's std; 'batch': by the whole batch's std; 'none': no division (Dr.GRPO). */
  readonly scaleRewards?: ScaleRewards | boolean;
  /** Added to the std before dividing: TRL 1e-4 (default), verl 1e-6, OpenRLHF 1e-9. */
  readonly stdEpsilon?: number;
}

export interface GroupAdvantages {
  /** One advantage per sample; 0 where the reward is missing. */
  readonly advantages: number[];
  /** Group mean of the present rewards, one per group (NaN for a group with none). */
  readonly groupMeans: number[];
  /** The std each group was scaled by (the group's, or the batch's for 'batch'; still reported for 'none'). */
  readonly groupStds: number[];
  /** Fraction of groups whose std is 0 (TRL logs it as frac_reward_zero_std). */
  readonly zeroStdFraction: number;
}

/**
 * GRPO advantages as TRL computes them: `A_i = r_i − mean_group(r)`, divided by `std + stdEpsilon` unless
 * scaleRewards is 'none'. std is unbiased (Bessel) and NaN-aware; a group with fewer than two present
 * rewards has std 0 (TRL uses zeros for G = 1). The mean is always per group, also for 'batch'.
 */
export function groupAdvantages(rewards: readonly Reward[], opts: GroupAdvantageOptions): GroupAdvantages {
  const where = 'groupAdvantages';
  checkRewards(where, rewards);
  const G = checkGroups(where, rewards.length, opts?.numGenerations);
  const raw = opts.scaleRewards ?? 'group';
  const scale: ScaleRewards = raw === true ? 'group' : raw === false ? 'none' : raw;
  if (scale !== 'group' && scale !== 'batch' && scale !== 'none') {
    throw new ConfigError(`${where}: scaleRewards must be 'group', 'batch', 'none' (or true/false), got ${JSON.stringify(raw)}`);
  }
  const eps = checkNumber(where, 'stdEpsilon', opts.stdEpsilon ?? 1e-4, (x) => x >= 0, 'a non-negative number');
  const groups = rewards.length / G;
  const batchStd = nanMeanStd(rewards).std;
  const groupMeans: number[] = [];
  const groupStds: number[] = [];
  const advantages = new Array<number>(rewards.length).fill(0);
  let zero = 0;
  for (let g = 0; g < groups; g++) {
    const slice = rewards.slice(g * G, g * G + G);
    const { mean, std, count } = nanMeanStd(slice);
    const s = scale === 'batch' ? batchStd : std;
    groupMeans.push(mean);
    groupStds.push(count === 0 ? Number.NaN : s);
    if (count === 0 || s === 0) zero++;
    for (let j = 0; j < G; j++) {
      const r = slice[j]!;
      if (!present(r)) continue;
      const a = r - mean;
      advantages[g * G + j] = scale === 'none' ? a : a / (s + eps);
    }
  }
  return { advantages, groupMeans, groupStds, zeroStdFraction: groups === 0 ? 0 : zero / groups };
}

/**
 * RLOO advantages: `A_i = r_i − (1/(G'−1)) Σ_{j≠i} r_j = G'/(G'−1)·(r_i − mean)`, over the G' present
 * rewards of the group. No std division. A group with one present reward has no baseline and keeps
 * `A = r` (verl's rloo gives a single-sample group mean 0); missing rewards get 0.
 */
export function rlooAdvantages(rewards: readonly Reward[], opts: { readonly numGenerations: number }): number[] {
  const where = 'rlooAdvantages';
  checkRewards(where, rewards);
  const G = checkGroups(where, rewards.length, opts?.numGenerations);
  const out = new Array<number>(rewards.length).fill(0);
  for (let g = 0; g < rewards.length; g += G) {
    let sum = 0;
    let n = 0;
    for (let j = g; j < g + G; j++) {
      const r = rewards[j]!;
      if (present(r)) {
        sum += r;
        n++;
      }
    }
    for (let j = g; j < g + G; j++) {
      const r = rewards[j]!;
      if (!present(r)) continue;
      out[j] = n === 1 ? r : r - (sum - r) / (n - 1);
    }
  }
  return out;
}

export interface ReinforceAdvantageOptions {
  /** Subtract the mean reward (default false). */
  readonly baseline?: boolean;
  /** With a baseline: the mean is taken per group of this size; omitted = over the whole batch. */
  readonly numGenerations?: number;
}

/** REINFORCE: `A_i = r_i`, or `r_i − mean` with a baseline (per group or over the batch). Missing → 0. */
export function reinforceAdvantages(rewards: readonly Reward[], opts: ReinforceAdvantageOptions = {}): number[] {
  const where = 'reinforceAdvantages';
  checkRewards(where, rewards);
  if (!opts.baseline) return rewards.map((r) => (present(r) ? r : 0));
  const G = opts.numGenerations === undefined ? Math.max(rewards.length, 1) : checkGroups(where, rewards.length, opts.numGenerations);
  const out = new Array<number>(rewards.length).fill(0);
  for (let g = 0; g < rewards.length; g += G) {
    const { mean } = nanMeanStd(rewards.slice(g, g + G));
    for (let j = g; j < g + G; j++) {
      const r = rewards[j]!;
      if (present(r)) out[j] = r - mean;
    }
  }
  return out;
}

export interface DynamicSamplingOptions {
  readonly numGenerations: number;
  /**
   * OpenRLHF `dynamic_filtering_range [lo, hi]`: keep a group when lo < mean < hi (open interval) instead
   * of the default rule.
   */
  readonly scoreRange?: readonly [number, number];
}

export interface DynamicSamplingResult {
  /** Indices of the groups to keep, ascending. */
  readonly keepGroups: number[];
  /** Indices of the samples of those groups, ascending. */
  readonly keepSamples: number[];
}

/**
 * DAPO dynamic sampling: drop the groups whose present rewards are all equal (std 0, so every GRPO
 * advantage is 0: all-correct or all-wrong), and the groups with no present reward. As in verl's
 * `filter_groups`, a group with a single present reward is kept. With `scoreRange`, OpenRLHF's rule
 * instead. The caller keeps sampling until the batch is full.
 */
export function dynamicSamplingFilter(scores: readonly Reward[], opts: DynamicSamplingOptions): DynamicSamplingResult {
  const where = 'dynamicSamplingFilter';
  checkRewards(where, scores);
  const G = checkGroups(where, scores.length, opts?.numGenerations);
  const range = opts.scoreRange;
  if (range !== undefined) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((x) => typeof x === 'number' && !Number.isNaN(x)) || !(range[0] < range[1])) {
      throw new ConfigError(`${where}: scoreRange must be [lo, hi] with lo < hi, got ${JSON.stringify(range)}`);
    }
  }
  const keepGroups: number[] = [];
  const keepSamples: number[] = [];
  for (let g = 0; g * G < scores.length; g++) {
    const { mean, std, count } = nanMeanStd(scores.slice(g * G, g * G + G));
    const keep = count > 0 && (range ? range[0] < mean && mean < range[1] : std > 0 || count === 1);
    if (!keep) continue;
    keepGroups.push(g);
    for (let j = 0; j < G; j++) keepSamples.push(g * G + j);
  }
  return { keepGroups, keepSamples };
}

export interface GaeInput {
  /** r_t for steps 0..T−1. */
  readonly rewards: readonly number[];
  /** V(s_t) for steps 0..T−1. */
  readonly values: readonly number[];
  /**
   * dones[t]: the episode ended after step t, so s_{t+1} is terminal (V = 0) and nothing flows back
   * across the boundary. Default: no step ends an episode. For a truncated (not terminated) episode pass
   * done and add γ·V(final observation) to that step's reward.
   */
  readonly dones?: readonly boolean[];
  /** V(s_T), bootstraps the step after the last one when it is not done; default 0. */
  readonly lastValue?: number;
}

export interface GaeOptions {
  /** Discount γ in [0, 1] (verl default 1.0). */
  readonly gamma: number;
  /** λ in [0, 1] (verl `lam` default 1.0; OpenRLHF `lambd`). */
  readonly lambda: number;
}

export interface GaeResult {
  /** A_t = Σ_l (γλ)^l δ_{t+l} within the episode, δ_t = r_t + γ·V(s_{t+1})·(1 − done_t) − V(s_t). */
  readonly advantages: number[];
  /** R_t = A_t + V(s_t), the value targets. */
  readonly returns: number[];
}

/** Generalised advantage estimation, computed backwards: `A_t = δ_t + γλ(1 − done_t)·A_{t+1}`. */
export function gae(input: GaeInput, opts: GaeOptions): GaeResult {
  const where = 'gae';
  const { rewards, values } = input;
  if (!Array.isArray(rewards) || !Array.isArray(values) || rewards.length !== values.length) {
    throw new ConfigError(`${where}: rewards and values must be arrays of the same length, got ${rewards?.length} and ${values?.length}`);
  }
  const T = rewards.length;
  const dones = input.dones ?? new Array<boolean>(T).fill(false);
  if (dones.length !== T) throw new ConfigError(`${where}: dones must have one entry per step (${T}), got ${dones.length}`);
  const gamma = checkNumber(where, 'gamma', opts?.gamma, (x) => x >= 0 && x <= 1, 'a number in [0, 1]');
  const lambda = checkNumber(where, 'lambda', opts.lambda, (x) => x >= 0 && x <= 1, 'a number in [0, 1]');
  const lastValue = checkNumber(where, 'lastValue', input.lastValue ?? 0, () => true, 'a finite number');
  const advantages = new Array<number>(T).fill(0);
  let next = 0;
  for (let t = T - 1; t >= 0; t--) {
    const nonTerminal = dones[t] ? 0 : 1;
    const nextValue = t === T - 1 ? lastValue : values[t + 1]!;
    const delta = rewards[t]! + gamma * nextValue * nonTerminal - values[t]!;
    next = delta + gamma * lambda * nonTerminal * next;
    advantages[t] = next;
  }
  return { advantages, returns: advantages.map((a, t) => a + values[t]!) };
}

/** Discounted returns-to-go `G_t = r_t + γ(1 − done_t)·G_{t+1}`, bootstrapped with lastValue after the last step. */
export function discountedReturns(rewards: readonly number[], opts: { readonly gamma: number; readonly dones?: readonly boolean[]; readonly lastValue?: number }): number[] {
  const where = 'discountedReturns';
  const gamma = checkNumber(where, 'gamma', opts?.gamma, (x) => x >= 0 && x <= 1, 'a number in [0, 1]');
  const dones = opts.dones ?? new Array<boolean>(rewards.length).fill(false);
  if (dones.length !== rewards.length) throw new ConfigError(`${where}: dones must have one entry per step (${rewards.length}), got ${dones.length}`);
  const out = new Array<number>(rewards.length).fill(0);
  let g = checkNumber(where, 'lastValue', opts.lastValue ?? 0, () => true, 'a finite number');
  for (let t = rewards.length - 1; t >= 0; t--) {
    g = rewards[t]! + gamma * (dones[t] ? 0 : 1) * g;
    out[t] = g;
  }
  return out;
}

export interface WhitenOptions {
  /** Weights / 0-1 mask of the entries that count; default all. Excluded entries come back as 0. */
  readonly mask?: readonly (number | boolean)[];
  /** Subtract the mean (default true); false keeps the mean and only rescales (verl shift_mean=False). */
  readonly shiftMean?: boolean;
  /** Added to the variance under the square root; default 1e-8 (verl masked_whiten). */
  readonly epsilon?: number;
}

/**
 * verl `masked_whiten`: `(x − mean)·(var + ε)^−½` over the masked entries, var unbiased (Bessel). Needs
 * at least two entries (verl raises for a mask sum of one). Flatten a per-token batch to call it.
 */
export function whiten(values: readonly number[], opts: WhitenOptions = {}): number[] {
  const where = 'whiten';
  const mask = (opts.mask ?? values.map(() => 1)).map((m) => (typeof m === 'boolean' ? (m ? 1 : 0) : m));
  if (mask.length !== values.length) throw new ConfigError(`${where}: mask has ${mask.length} entries for ${values.length} values`);
  const eps = checkNumber(where, 'epsilon', opts.epsilon ?? 1e-8, (x) => x >= 0, 'a non-negative number');
  let n = 0;
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    if (mask[i] === 0) continue;
    n += mask[i]!;
    s += mask[i]! * values[i]!;
  }
  if (!(n > 1)) throw new ConfigError(`${where}: needs a mask sum above 1 (an unbiased variance), got ${n}`);
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) if (mask[i] !== 0) ss += mask[i]! * (values[i]! - mean) ** 2;
  const variance = (ss / n) * (n / (n - 1));
  const inv = 1 / Math.sqrt(variance + eps);
  const shift = opts.shiftMean ?? true;
  return values.map((x, i) => (mask[i] === 0 ? 0 : shift ? (x - mean) * inv : (x - mean) * inv + mean));
}
