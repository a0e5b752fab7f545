/** Metrics arithmetic of the reward benchmark: confusion counts, rates and latency percentiles. */
import type { CaseResult, LabelledCase, RewardMetrics } from './types.js';

/** A reward accepts a completion when its reward is at least this. */
export const ACCEPT_THRESHOLD = 0.5;

export const accepts = (reward: number): boolean => reward >= ACCEPT_THRESHOLD;

/** Whether the reward's judgement agrees with the label. */
export const isCorrect = (reward: number, expected: 0 | 1): boolean => accepts(reward) === (expected === 1);

/** Nearest-rank percentile of an ascending array (0 for an empty one). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Metrics of one reward over `cases`, whose results are `results` (same order). */
export function computeMetrics(reward: string, suite: string, cases: readonly LabelledCase[], results: readonly CaseResult[]): RewardMetrics {
  if (cases.length !== results.length) throw new Error(`computeMetrics: ${cases.length} cases but ${results.length} results`);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  let errors = 0;
  let timeouts = 0;
  let totalMs = 0;
  cases.forEach((c, i) => {
    const r = results[i] as CaseResult;
    const yes = accepts(r.reward);
    if (c.expected === 1) yes ? tp++ : fn++;
    else yes ? fp++ : tn++;
    if (r.error !== undefined || r.timedOut) errors++;
    if (r.timedOut) timeouts++;
    totalMs += r.ms;
  });
  const lat = results.map((r) => r.ms).sort((a, b) => a - b);
  const n = cases.length;
  return {
    reward,
    suite,
    cases: n,
    tp,
    fp,
    tn,
    fn,
    accuracy: n === 0 ? 0 : (tp + tn) / n,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    falsePositiveRate: ratio(fp, fp + tn),
    errors,
    timeouts,
    perSecond: totalMs > 0 ? n / (totalMs / 1000) : 0,
    p50Ms: percentile(lat, 50),
    p99Ms: percentile(lat, 99),
  };
}
