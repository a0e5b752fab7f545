/**
 * The labelled suites of the reward benchmark: the Math-Verify peer cases (read by path), pairs
 * derived from the bundled datasets' gold answers (equivalent rewrites and near misses), and the
 * reward-hacking probes (probes.ts).
 */
import { loadDataset } from '../../../datasets/load.js';
import { ConfigError } from '../../errors.js';
import { loadLabelledPairs, PEER_CASES_PATH } from '../verify-throughput.js';
import { probeSuite } from './probes.js';
import type { LabelledCase, Suite } from './types.js';

export const BUNDLED_BENCH_DATASETS = ['math500', 'gsm8k', 'aime24', 'aime25', 'amc23'] as const;
import { SUITE_NAMES } from './suite-names.js';
import { gcd } from '../../core/bigint.js';

export { SUITE_NAMES, type SuiteName } from './suite-names.js';

/** The Math-Verify peer cases as completions `\boxed{pred}`-free: the pred text is the completion. */
export function peerSuite(path = PEER_CASES_PATH): Suite {
  const cases: LabelledCase[] = loadLabelledPairs(path).map((c) => ({ suite: 'peer', id: c.id, gold: c.gold, completion: c.pred, expected: c.expected ? 1 : 0 }));
  return { name: 'peer', description: `Math-Verify peer cases (${path})`, cases };
}

const wrap = (answer: string): string => `So the answer is $\\boxed{${answer}}$.`;


/** The exact decimal of p/q when q has only the prime factors 2 and 5 (else undefined). */
function terminatingDecimal(p: bigint, q: bigint): string | undefined {
  let d = q;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) (d /= 2n), twos++;
  while (d % 5n === 0n) (d /= 5n), fives++;
  if (d !== 1n) return undefined;
  const places = Math.max(twos, fives);
  const scaled = (p < 0n ? -p : p) * 10n ** BigInt(places) / q;
  const s = scaled.toString().padStart(places + 1, '0');
  return `${p < 0n ? '-' : ''}${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
}

interface Rewrite {
  readonly kind: string;
  readonly answer: string;
  readonly expected: 0 | 1;
}

/**
 * Equivalent rewrites and near misses of a gold answer that is a plain integer, a simple fraction
 * (`3/4`, `\frac{3}{4}`) or a bare list of integers; [] for any other gold (deterministic).
 */
export function rewritesOf(gold: string): Rewrite[] {
  const g = gold.trim().replace(/^\$+|\$+$/g, '').trim();
  const int = /^-?\d{1,12}$/.exec(g);
  if (int) {
    const n = BigInt(g);
    const out: Rewrite[] = [
      { kind: 'latex-vs-plain', answer: `${n}`, expected: 1 },
      { kind: 'decimal', answer: `${n}.0`, expected: 1 },
      { kind: 'off-by-one', answer: `${n + 1n}`, expected: 0 },
      { kind: 'rounding', answer: `${n}.4`, expected: 0 },
    ];
    if (n !== 0n) out.push({ kind: 'sign-flip', answer: `${-n}`, expected: 0 });
    return out;
  }
  const frac = /^(-)?(?:(\d{1,9})\/(\d{1,9})|\\[dt]?frac\{(\d{1,9})\}\{(\d{1,9})\})$/.exec(g);
  if (frac) {
    const sign = frac[1] ? -1n : 1n;
    const p = sign * BigInt(frac[2] ?? frac[4] ?? '0');
    const q = BigInt(frac[3] ?? frac[5] ?? '1');
    if (q === 0n || p === 0n || gcd(p, q) !== 1n || q === 1n) return [];
    const neg = p < 0n ? '-' : '';
    const ap = p < 0n ? -p : p;
    const out: Rewrite[] = [
      { kind: 'latex-vs-plain', answer: `${neg}\\frac{${ap}}{${q}}`, expected: 1 },
      { kind: 'latex-vs-plain', answer: `${p}/${q}`, expected: 1 },
      { kind: 'reciprocal', answer: `${neg}${q}/${ap}`, expected: 0 },
      { kind: 'sign-flip', answer: `${p < 0n ? '' : '-'}${ap}/${q}`, expected: 0 },
    ];
    const dec = terminatingDecimal(p, q);
    if (dec) out.push({ kind: 'fraction-vs-decimal', answer: dec, expected: 1 });
    const value = Number(p) / Number(q);
    const one = value.toFixed(1);
    if (Math.abs(Number(one) - value) > 1e-9) out.push({ kind: 'rounding', answer: one, expected: 0 });
    return out;
  }
  const list = /^-?\d{1,9}(?:\s*,\s*-?\d{1,9})+$/.test(g) ? g.split(',').map((s) => s.trim()) : undefined;
  if (list && new Set(list).size === list.length) {
    const reordered = [...list].reverse().join(', ');
    const last = list[list.length - 1] as string;
    const bumpedLast = String(BigInt(last) + 1n);
    const out: Rewrite[] = [{ kind: 'reordered-list', answer: reordered, expected: 1 }];
    if (!list.includes(bumpedLast)) out.push({ kind: 'off-by-one', answer: [...list.slice(0, -1), bumpedLast].join(', '), expected: 0 });
    return out;
  }
  return [];
}

/** Rewrites of the first `limit` records of each bundled dataset, wrapped as `So the answer is $\boxed{...}$.`. */
export async function datasetSuite(opts: { datasets?: readonly string[]; limit?: number } = {}): Promise<Suite> {
  const datasets = opts.datasets ?? BUNDLED_BENCH_DATASETS;
  const limit = opts.limit ?? 100;
  const cases: LabelledCase[] = [];
  for (const name of datasets) {
    const { records } = await loadDataset(name, { limit });
    for (const r of records) {
      rewritesOf(r.answer).forEach((w, i) => {
        cases.push({ suite: 'datasets', id: `${name}/${r.id}/${i}-${w.kind}`, gold: r.answer, completion: wrap(w.answer), expected: w.expected, note: w.kind });
      });
    }
  }
  return { name: 'datasets', description: `rewrites and near misses of the gold answers of the first ${limit} records of ${datasets.join(', ')}`, cases };
}

/** Builds the named suites (default: all three). */
export async function loadSuites(names: readonly string[] = SUITE_NAMES, opts: { peerPath?: string; datasetLimit?: number } = {}): Promise<Suite[]> {
  const out: Suite[] = [];
  for (const name of names) {
    if (name === 'peer') out.push(peerSuite(opts.peerPath));
    else if (name === 'datasets') out.push(await datasetSuite({ limit: opts.datasetLimit }));
    else if (name === 'probes') out.push(probeSuite());
    else throw new ConfigError(`unknown reward-bench suite ${JSON.stringify(name)}; choose from ${SUITE_NAMES.join(', ')}`);
  }
  return out;
}
