/**
 * A small benchmark harness: each case runs batches for a fixed wall-clock budget after a warm-up,
 * several times, and reports the median rate. Ratios are against a baseline case measured in the
 * same run, so numbers from different machines are comparable as ratios, not as absolutes.
 */
import { ConfigError } from '../errors.js';

export interface BenchCase {
  readonly name: string;
  /** Set up once before timing (e.g. create workers); returns the batch function and a teardown. */
  readonly setup: () => Promise<{ readonly batch: () => Promise<number>; readonly teardown?: () => Promise<void> }>;
}

export interface BenchOptions {
  readonly warmupMs?: number;
  readonly durationMs?: number;
  readonly repeats?: number;
  readonly onProgress?: (caseName: string, repeat: number) => void;
}

export interface BenchResult {
  readonly name: string;
  /** Median units per second over the repeats. */
  readonly perSecond: number;
  /** Every repeat's rate, for spread. */
  readonly samples: readonly number[];
  /** perSecond / the baseline's perSecond. */
  readonly ratio: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function timeFor(batch: () => Promise<number>, ms: number): Promise<number> {
  let units = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    units += await batch();
    now = performance.now();
  }
  return units / ((now - start) / 1000);
}

/** Runs the cases in order; the first one is the baseline. */
export async function runBench(cases: readonly BenchCase[], opts: BenchOptions = {}): Promise<BenchResult[]> {
  if (cases.length === 0) throw new ConfigError('runBench needs at least one case (the first is the baseline)');
  const { warmupMs = 300, durationMs = 1500, repeats = 3 } = opts;
  const rates: { name: string; samples: number[] }[] = [];
  for (const c of cases) {
    const { batch, teardown } = await c.setup();
    try {
      await timeFor(batch, warmupMs);
      const samples: number[] = [];
      for (let r = 0; r < repeats; r++) {
        samples.push(await timeFor(batch, durationMs));
        opts.onProgress?.(c.name, r);
      }
      rates.push({ name: c.name, samples });
    } finally {
      await teardown?.();
    }
  }
  const base = median(rates[0]?.samples ?? [1]);
  return rates.map(({ name, samples }) => ({ name, samples, perSecond: median(samples), ratio: median(samples) / base }));
}
