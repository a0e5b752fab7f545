/**
 * Generated items per second for every generator family (at its easiest and hardest level), and the
 * JSONL load rate (records/s, MB/s) of the streaming loader on the bundled files.
 */
import { statSync } from 'node:fs';
import { GENERATORS, generateItem, type TaskGenerator } from '../../datasets/generators/index.js';
import { resolveDataset, streamDataset } from '../../datasets/load.js';

export interface GenRate {
  readonly family: string;
  readonly difficulty: number;
  readonly itemsPerSecond: number;
}

export interface LoadRate {
  readonly dataset: string;
  readonly records: number;
  readonly megabytes: number;
  readonly recordsPerSecond: number;
  readonly megabytesPerSecond: number;
}

function rate(gen: TaskGenerator, difficulty: number, ms: number): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let k = 0; k < 20; k++) generateItem(gen, { seed: 1, size: 1e9, difficulty }, n++);
  }
  return n / ((performance.now() - start) / 1000);
}

export function generatorRates(ms = 300): GenRate[] {
  return GENERATORS.flatMap((g) => {
    rate(g, 1, 50); // warm-up
    const levels = [...new Set([1, g.levels.length])];
    return levels.map((d) => ({ family: g.name, difficulty: d, itemsPerSecond: rate(g, d, ms) }));
  });
}

/** The bundled sets the loader is timed on. */
export function loadTargets(): string[] {
  return ['math500', 'gsm8k'];
}

export async function loadRate(target: string): Promise<LoadRate> {
  const { file } = resolveDataset(target);
  const bytes = statSync(file).size;
  const start = performance.now();
  let records = 0;
  for await (const line of streamDataset(target)) if (line.ok) records++;
  const seconds = (performance.now() - start) / 1000;
  return { dataset: target.startsWith('/') ? target.split('/').slice(-2).join('/') : target, records, megabytes: bytes / 2 ** 20, recordsPerSecond: records / seconds, megabytesPerSecond: bytes / 2 ** 20 / seconds };
}
