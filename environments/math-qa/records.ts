/**
 * Dataset records for MathQA envs, loaded once per (file, limit, exclude, problem split) and shared by
 * every env in the thread through a module-level cache. A problem split (lib/core/split.ts) keeps the
 * records whose problem text hashes into it, so train and test records never share a problem. Bad lines and characters outside the observation charset are
 * reported once per load as warnings; a dataset with no good record is an error.
 */
import { ConfigError } from '../../lib/errors.js';
import { inSplit, type Split } from '../../lib/core/split.js';
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

function cached(key: string, make: () => Promise<readonly ProblemRecord[]>): Promise<readonly ProblemRecord[]> {
  let entry = cache.get(key);
  if (!entry) {
    entry = make();
    cache.set(key, entry);
    // a failed load is not cached, so a fixed file can be retried
    entry.catch(() => cache.delete(key));
  }
  return entry;
}

/**
 * The records of `dataset` (bundled name or path; `split` names its file), loaded on first use and
 * cached: those of `problemSplit` only (default `all`), then the first `limit`.
 * @throws ConfigError when no record is left (a dataset too small to have that problem split).
 */
export function datasetRecords(dataset: string, split: string | undefined, limit: number | undefined, exclude: readonly string[] = [], problemSplit: Split = 'all'): Promise<readonly ProblemRecord[]> {
  const { file } = resolveDataset(dataset, split);
  const key = `${file}#${JSON.stringify(exclude)}`;
  if (problemSplit === 'all') return cached(`${key}#${limit ?? 'all'}`, () => load(file, limit, exclude));
  // the split is taken from the whole (clean) file, so its warnings come once and `limit` counts split records
  return cached(`${key}#${problemSplit}#${limit ?? 'all'}`, async () => {
    const all = await cached(`${key}#all`, () => load(file, undefined, exclude));
    const kept = all.filter((r) => inSplit(r.problem, problemSplit)).slice(0, limit ?? all.length);
    if (kept.length === 0) throw new ConfigError(`dataset ${file}: none of its ${all.length} record(s) is in the ${problemSplit} problem split (lib/core/split.ts hashes the problem text); use a larger dataset or problemSplit "all"`);
    return Object.freeze(kept);
  });
}
