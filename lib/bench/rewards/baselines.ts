/**
 * Baseline rewards for the reward benchmark, to show what the symbolic verifier buys:
 * - `exact-match`: the last `\boxed{}` body (or the whole trimmed text) equals the gold string exactly;
 * - `normalized-match`: the same after stripping whitespace, `$`, `\left`/`\right` and lower-casing;
 * - `numeric-match`: the last number of each side (parseFloat) within 1e-6.
 */
import type { RewardFn, RewardOutput } from '../../rewards/types.js';
import { lastBoxed } from '../../verify/boxed.js';


/** The answer a string baseline reads: the last box, else the whole trimmed text. */
export function baselineAnswer(text: string): string {
  return (lastBoxed(text) ?? text).trim();
}

export function normalizeAnswer(text: string): string {
  return baselineAnswer(text)
    .replace(/\\left|\\right/g, '')
    .replace(/[\s$]+/g, '')
    .toLowerCase();
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi;

/** The last number in the text, parsed with parseFloat, or NaN. */
export function lastNumber(text: string): number {
  const all = text.match(NUMBER);
  return all && all.length > 0 ? parseFloat(all[all.length - 1] as string) : NaN;
}

const score = (ok: boolean): RewardOutput => ({ reward: ok ? 1 : 0 });

export function exactMatch(): RewardFn {
  return async ({ completion, answer }) => score(typeof completion === 'string' && baselineAnswer(completion) === baselineAnswer(answer));
}

export function normalizedMatch(): RewardFn {
  return async ({ completion, answer }) => {
    if (typeof completion !== 'string') return score(false);
    const n = normalizeAnswer(completion);
    return score(n !== '' && n === normalizeAnswer(answer));
  };
}

export function numericMatch(): RewardFn {
  return async ({ completion, answer }) => {
    if (typeof completion !== 'string') return score(false);
    const a = lastNumber(completion);
    const b = lastNumber(answer);
    return score(Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) < 1e-6);
  };
}

/** The three baselines, as reward specs for `benchmarkRewards`. */
export function baselineRewards(): { name: string; fn: RewardFn; baseline: true }[] {
  return [
    { name: 'baseline:exact', fn: exactMatch(), baseline: true },
    { name: 'baseline:normalized', fn: normalizedMatch(), baseline: true },
    { name: 'baseline:numeric', fn: numericMatch(), baseline: true },
  ];
}
