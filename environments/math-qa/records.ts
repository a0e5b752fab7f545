/**
 * Dataset records for MathQA envs, loaded once per (file, limit) and shared by every env in the
 * thread through a module-level cache. Bad lines and characters outside the observation charset are
 * reported once per load as warnings; a dataset with no good record is an error.
 */
import { ConfigError } from '../../lib/errors.js';
import { warn } from '../../lib/core/warnings.js';
import { formatBadLine, loadDataset, resolveDataset } from '../../datasets/load.js';
import type { ProblemRecord } from '../../datasets/record.js';
import { excludeIndex } from '../../datasets/exclude.js';
import { charactersOutside } from './charset.js';

const cache = new Map<string, Promise<readonly ProblemRecord[]>>();

async function load(file: string, limit: number | undefined, exclude: readonly string[]): Promise<readonly ProblemRecord[]> {
  const loaded = await loadDataset(file, { limit: exclude.length > 0 ? undefined : limit });
  const { summary } = loaded;
  let records = loaded.records;
  if (exclude.length > 0) {
    // exclusion comes before `limit`, so limit still counts clean records
    const index = excludeIndex(exclude);
    const clean = records.filter((r) => !index.contains(r.problem));
    if (clean.length < records.length) warn('DATASET_EXCLUDED', `${records.length - clean.length} of ${records.length} record(s) of ${file} match ${exclude.join(', ')} and were excluded`);
    records = clean.slice(0, limit ?? clean.length);
  }
  if (summary.bad.length > 0) {
    const first = summary.bad.slice(0, 3).map(formatBadLine).join('\n  ');
    warn('DATASET_BAD_LINES', `${summary.bad.length} of ${summary.read} line(s) of ${file} are not valid problem records and were skipped:\n  ${first}`);
  }
  if (records.length === 0) throw new ConfigError(`dataset ${file} has no valid problem records (${summary.read} line(s) read, ${summary.bad.length} bad${exclude.length > 0 ? `, the rest excluded as ${exclude.join(', ')} problems` : ''})`);
  const outside = new Set<string>();
  for (const r of records) charactersOutside(r.problem, outside);
  if (outside.size > 0) {
    const shown = [...outside].slice(0, 20).map((c) => JSON.stringify(c)).join(' ');
    warn('DATASET_CHARSET', `problems of ${file} use ${outside.size} character(s) outside the MathQA observation charset (${shown}); those observations fall outside observationSpace unless you pass them as extraCharacters`);
  }
  return Object.freeze(records);
}

/** The records of `dataset` (bundled name or path), loaded on first use and cached. */
export function datasetRecords(dataset: string, split: string | undefined, limit: number | undefined, exclude: readonly string[] = []): Promise<readonly ProblemRecord[]> {
  const { file } = resolveDataset(dataset, split);
  const key = `${file}#${limit ?? 'all'}#${JSON.stringify(exclude)}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = load(file, limit, exclude);
    cache.set(key, entry);
    // a failed load is not cached, so a fixed file can be retried
    entry.catch(() => cache.delete(key));
  }
  return entry;
}
