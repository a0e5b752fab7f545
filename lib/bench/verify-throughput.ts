/**
 * Verifications per second and per-call latency on the Math-Verify peer cases (gold/pred pairs),
 * in-process on one core and through the sandboxed worker pool, against a plain string-compare
 * baseline measured in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { Verifier } from '../verify/sandbox.js';
import { verify } from '../verify/verify.js';

/** Math-Verify's labelled cases, vendored with the package (datasets/data/math-verify, Apache-2.0). */
export const PEER_CASES_PATH = join(PACKAGE_ROOT, 'datasets', 'data', 'math-verify', 'cases.jsonl');

export interface VerifyPair {
  readonly gold: string;
  readonly pred: string;
}

export interface LabelledPair extends VerifyPair {
  /** The case's own id, else `line-N` (1-based line of the file). */
  readonly id: string;
  readonly expected: boolean;
  /** The case's kind (e.g. `hedge`, `parser`), when the file labels one. */
  readonly kind?: string;
}

/** The labelled gold/pred pairs of a peer-suite file (cases with string gold and pred and a boolean label). */
export function loadLabelledPairs(path = PEER_CASES_PATH): LabelledPair[] {
  if (!existsSync(path)) throw new ConfigError(`peer cases not found at ${path}; pass a JSONL file with gold, pred and expected fields (--cases <file>)`);
  const pairs: LabelledPair[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const c = JSON.parse(line) as { id?: unknown; gold?: unknown; pred?: unknown; expected?: unknown; kind?: unknown };
      if (typeof c.gold !== 'string' || typeof c.pred !== 'string' || typeof c.expected !== 'boolean') return;
      pairs.push({ id: typeof c.id === 'string' ? c.id : `line-${i + 1}`, gold: c.gold, pred: c.pred, expected: c.expected, ...(typeof c.kind === 'string' ? { kind: c.kind } : {}) });
    });
  return pairs;
}

/** The gold/pred pairs of the peer suite (verify cases only). */
export function loadPeerPairs(path = PEER_CASES_PATH): VerifyPair[] {
  return loadLabelledPairs(path).map(({ gold, pred }) => ({ gold, pred }));
}

export interface LatencyResult {
  readonly name: string;
  readonly calls: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** perSecond relative to the baseline. */
  readonly ratio: number;
  /** Verdicts with error set (timeouts etc.), which would count as failures, not answers. */
  readonly errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function measure(name: string, calls: number, pairs: readonly VerifyPair[], run: (p: VerifyPair) => Promise<boolean | 'error'>, concurrency = 1): Promise<Omit<LatencyResult, 'ratio'>> {
  const lat: number[] = [];
  let errors = 0;
  let next = 0;
  const start = performance.now();
  const lane = async (): Promise<void> => {
    while (next < calls) {
      const pair = pairs[next++ % pairs.length] as VerifyPair;
      const t = performance.now();
      if ((await run(pair)) === 'error') errors++;
      lat.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  return { name, calls, perSecond: calls / seconds, p50Ms: percentile(lat, 50), p99Ms: percentile(lat, 99), maxMs: lat[lat.length - 1] ?? 0, errors };
}

/** Runs the suite: `calls` verifications per case, cycling through the pairs after a warm-up pass. */
export async function runVerifyBench(pairs: readonly VerifyPair[], opts: { calls?: number; workers?: number; onCase?: (name: string) => void } = {}): Promise<LatencyResult[]> {
  const calls = opts.calls ?? 4000;
  const workers = opts.workers ?? 2;
  const results: Omit<LatencyResult, 'ratio'>[] = [];
  const strip = (s: string): string => s.replace(/\s+/g, '').replace(/^\$+|\$+$/g, '');
  results.push(await measure('baseline: string compare', calls, pairs, async (p) => strip(p.gold) === strip(p.pred)));
  opts.onCase?.('baseline');
  for (const p of pairs) verify(p.gold, p.pred); // warm-up: JIT and lazy tables
  results.push(await measure('verify, in-process (1 core)', calls, pairs, async (p) => {
    const v = verify(p.gold, p.pred);
    return v.error ? 'error' : v.correct;
  }));
  opts.onCase?.('in-process');
  const pool = new Verifier({ workers });
  try {
    await pool.verifyBatch(pairs.map((p) => ({ gold: p.gold, pred: p.pred })));
    results.push(await measure(`verify, sandbox pool (${workers} workers)`, calls, pairs, async (p) => {
      const v = await pool.verify(p.gold, p.pred);
      return v.error ? 'error' : v.correct;
    }, workers * 2));
    opts.onCase?.('pool');
  } finally {
    await pool.close();
  }
  const base = results[0]?.perSecond ?? 1;
  return results.map((r) => ({ ...r, ratio: r.perSecond / base }));
}

export interface KindAgreement {
  readonly kind: string;
  readonly cases: number;
  /** Verdicts equal to the label (a verifier error never agrees). */
  readonly agree: number;
  /** Labelled wrong, judged correct: reward hacking. */
  readonly falsePositives: number;
  /** Labelled correct, judged wrong or undecided: lost signal. */
  readonly falseNegatives: number;
}

/** Agreement of in-process verify() with the labels, per kind (cases without a kind count as `all`). */
export function agreementByKind(pairs: readonly LabelledPair[]): KindAgreement[] {
  const rows = new Map<string, { cases: number; agree: number; falsePositives: number; falseNegatives: number }>();
  for (const p of pairs) {
    const v = verify(p.gold, p.pred);
    const judged = v.correct && !v.error;
    const row = rows.get(p.kind ?? 'all') ?? { cases: 0, agree: 0, falsePositives: 0, falseNegatives: 0 };
    row.cases++;
    if (judged === p.expected && !v.error) row.agree++;
    else if (judged) row.falsePositives++;
    else if (p.expected) row.falseNegatives++;
    rows.set(p.kind ?? 'all', row);
  }
  return [...rows].map(([kind, r]) => ({ kind, ...r }));
}
