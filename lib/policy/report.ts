/**
 * The numbers of an evaluation run: accuracy (mean success over completed episodes, which is pass@1),
 * pass@k (Chen et al.'s unbiased estimator per problem, averaged), mean reward and turns, and the
 * failed episodes apart, by kind. Values over no episodes are null (JSON has no NaN).
 */
import type { EpisodeRecord } from './episodes.js';
import { meanPassAtK } from './pass-at-k.js';

export interface EvalSummary {
  readonly episodes: number;
  /** Episodes that ran to the end (terminated, truncated or out of turns). */
  readonly completed: number;
  /** Episodes whose request failed after retries, or whose env threw: neither right nor wrong. */
  readonly errors: number;
  readonly errorsByKind: Readonly<Record<string, number>>;
  /** The first error message of each kind, to say what went wrong. */
  readonly errorExamples: Readonly<Record<string, string>>;
  /** Mean success over completed episodes (= pass@1); null when none completed. */
  readonly accuracy: number | null;
  readonly k: number;
  /** Mean pass@k over problems with at least k completed samples; null when there are none. */
  readonly passAtK: number | null;
  /** Problems that entered pass@k (a problem with fewer than k completed samples is left out). */
  readonly passAtKProblems: number;
  readonly meanReward: number | null;
  readonly meanTurns: number | null;
  /** Completed episodes cut by the max-turns guard. */
  readonly maxTurnsReached: number;
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function summarizeEpisodes(records: readonly EpisodeRecord[], k: number): EvalSummary {
  const ok = records.filter((r) => r.error === undefined);
  const errorsByKind: Record<string, number> = {};
  const errorExamples: Record<string, string> = {};
  for (const r of records) {
    if (!r.error) continue;
    errorsByKind[r.error.kind] = (errorsByKind[r.error.kind] ?? 0) + 1;
    errorExamples[r.error.kind] ??= r.error.message;
  }
  const perProblem = new Map<number, { n: number; c: number }>();
  for (const r of ok) {
    const p = perProblem.get(r.problem) ?? { n: 0, c: 0 };
    p.n++;
    if (r.success) p.c++;
    perProblem.set(r.problem, p);
  }
  const eligible = [...perProblem.values()].filter((p) => p.n >= k);
  const pk = meanPassAtK(eligible, k);
  return {
    episodes: records.length,
    completed: ok.length,
    errors: records.length - ok.length,
    errorsByKind,
    errorExamples,
    accuracy: mean(ok.map((r) => (r.success ? 1 : 0))),
    k,
    passAtK: Number.isNaN(pk) ? null : pk,
    passAtKProblems: eligible.length,
    meanReward: mean(ok.map((r) => r.reward)),
    meanTurns: mean(ok.map((r) => r.turns)),
    maxTurnsReached: ok.filter((r) => r.maxTurnsReached).length,
  };
}
