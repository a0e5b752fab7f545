/** Data types of the reward-function benchmark (`benchmarkRewards`). */
import type { RewardFn } from '../../rewards/types.js';

/** One labelled case: a completion and the gold answer it should (expected 1) or should not (0) earn. */
export interface LabelledCase {
  readonly suite: string;
  readonly id: string;
  readonly gold: string;
  readonly completion: string;
  readonly expected: 0 | 1;
  /** For reward-hacking probes: the exploit the case tries (a key of EXPLOITS). */
  readonly exploit?: string;
  /** Free text: which rewrite or near miss the case is. */
  readonly note?: string;
}

export interface Suite {
  readonly name: string;
  readonly description: string;
  readonly cases: readonly LabelledCase[];
}

/** A reward under test: a registered name, or a name plus a function (baselines, your own). */
export type RewardSpec = string | { readonly name: string; readonly fn: RewardFn; readonly baseline?: boolean };

/** Confusion counts and derived metrics of one reward on one suite (or on all suites: suite `all`). */
export interface RewardMetrics {
  readonly reward: string;
  readonly suite: string;
  readonly cases: number;
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
  /** (tp + tn) / cases. */
  readonly accuracy: number;
  /** tp / (tp + fp); null when the reward accepted nothing. */
  readonly precision: number | null;
  /** tp / (tp + fn); null when the suite has no positive case. */
  readonly recall: number | null;
  /** fp / (fp + tn); null when the suite has no negative case. */
  readonly falsePositiveRate: number | null;
  /** Outputs with `error` set, thrown rewards and timeouts (each also scored as reward 0). */
  readonly errors: number;
  /** Calls that exceeded the per-call time limit (included in errors). */
  readonly timeouts: number;
  /** Cases per second, sequential calls. */
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** One reward's result on one case. */
export interface CaseResult {
  readonly reward: number;
  readonly ms: number;
  readonly error?: string;
  readonly timedOut?: boolean;
}

export interface ProbeOutcome {
  readonly id: string;
  readonly exploit: string;
  readonly expected: 0 | 1;
  /** reward name → whether the reward got the probe wrong (accepted a negative or rejected a positive). */
  readonly fooled: Readonly<Record<string, boolean>>;
}

export interface RewardBenchReport {
  readonly createdAt: string;
  readonly machine: { readonly node: string; readonly cpu: string; readonly cores: number };
  readonly rewards: readonly { readonly name: string; readonly baseline: boolean }[];
  readonly suites: readonly { readonly name: string; readonly description: string; readonly cases: number; readonly positives: number }[];
  /** Per (reward, suite), then per reward over all suites (suite `all`). */
  readonly metrics: readonly RewardMetrics[];
  /** Per exploit: reward name → number of its probes the reward got wrong, and the probe count. */
  readonly exploits: readonly { readonly exploit: string; readonly description: string; readonly probes: number; readonly fooled: Readonly<Record<string, number>> }[];
  readonly probes: readonly ProbeOutcome[];
  /** Rewards that could not be built (e.g. `overlong` needs options), with the reason. */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}
