/**
 * Loading JSONL datasets as ProblemRecords. `streamDataset` reads line by line (node:readline, constant
 * memory) and yields every non-empty line as either a record or a bad line; `loadDataset` collects
 * them. Bad lines (invalid JSON, an unrecognised or invalid record) are reported with file:line and
 * the schema path that failed; good lines are kept; nothing is dropped silently.
 */
import { Rng } from '../lib/core/rng.js';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ConfigError } from '../lib/errors.js';
import { BUNDLED_DATASETS, bundledPath } from './bundled.js';
import { normalizeRecord } from './normalize.js';
import { checkRecord, type ProblemRecord } from './record.js';

export interface LoadOptions {
  /** Stop after this many good records. */
  readonly limit?: number;
  /** Split of a bundled dataset or of a folder holding `<split>.jsonl` (default `test`). */
  readonly split?: string;
  /** loadDataset only: shuffle the records (with `seed`, default 0) before applying `limit`. */
  readonly shuffle?: boolean;
  readonly seed?: number;
}

export interface BadLine {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly message: string;
  /** The schema keyword that failed (`#/properties/answer/type`), or `json` for a line that is not JSON. */
  readonly schemaPath: string;
}

export type DatasetLine = { readonly ok: true; readonly line: number; readonly record: ProblemRecord } | { readonly ok: false; readonly bad: BadLine };

export interface LoadSummary {
  /** Non-empty lines read. */
  readonly read: number;
  readonly kept: number;
  readonly bad: readonly BadLine[];
}

export interface LoadedDataset {
  readonly records: ProblemRecord[];
  readonly summary: LoadSummary;
}

export interface ResolvedDataset {
  /** Absolute path of the JSONL file. */
  readonly file: string;
  /** Default `source` of its records: the bundled name, or the file name without extension. */
  readonly source: string;
}

/** Formats a bad line as `file:line: message (schema #/...)`. */
export function formatBadLine(b: BadLine): string {
  return `${b.file}:${b.line}: ${b.message} (schema ${b.schemaPath})`;
}

/**
 * Finds the file behind a bundled name (`math500`, `gsm8k`) or a path (a .jsonl file, or a folder with
 * `<split>.jsonl`). @throws ConfigError for an unknown name, a missing file or a bad split.
 */
export function resolveDataset(nameOrPath: string, split?: string): ResolvedDataset {
  if (typeof nameOrPath !== 'string' || nameOrPath === '') throw new ConfigError(`dataset must be a bundled name (${Object.keys(BUNDLED_DATASETS).join(', ')}) or a JSONL path, got ${JSON.stringify(nameOrPath)}`);
  const bundled = BUNDLED_DATASETS[nameOrPath];
  if (bundled) {
    const s = split ?? bundled.defaultSplit;
    if (!bundled.splits.includes(s)) throw new ConfigError(`dataset ${nameOrPath} has no split ${JSON.stringify(s)}; bundled splits: ${bundled.splits.join(', ')}`);
    return { file: bundledPath(nameOrPath, s), source: nameOrPath };
  }
  const path = resolve(nameOrPath);
  if (!existsSync(path)) {
    throw new ConfigError(`dataset ${JSON.stringify(nameOrPath)} is neither a bundled dataset (${Object.keys(BUNDLED_DATASETS).join(', ')}) nor an existing file or folder`);
  }
  if (statSync(path).isDirectory()) {
    const file = join(path, `${split ?? 'test'}.jsonl`);
    if (!existsSync(file)) throw new ConfigError(`dataset folder ${path} has no ${basename(file)}; pass split to choose another file`);
    return { file, source: basename(path) };
  }
  if (split !== undefined) throw new ConfigError(`split applies to bundled datasets and folders, but ${JSON.stringify(nameOrPath)} is a file; omit split`);
  return { file: path, source: sourceName(path) };
}

const SPLIT_NAMES = new Set(['test', 'train', 'validation', 'val', 'dev']);

/** `data/aime25/test.jsonl` → `aime25`; `my-set.jsonl` → `my-set`. */
function sourceName(file: string): string {
  const stem = basename(file, extname(file));
  return SPLIT_NAMES.has(stem) ? basename(dirname(file)) || stem : stem;
}

function checkLimit(limit: number | undefined): void {
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) throw new ConfigError(`limit must be a non-negative integer, got ${JSON.stringify(limit)}`);
}

/** One parsed line: a ProblemRecord, or why not. */
export function parseLine(text: string, file: string, line: number, source: string): DatasetLine {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, bad: { file, line, message: `not valid JSON: ${(e as Error).message}`, schemaPath: 'json' } };
  }
  const n = normalizeRecord(raw, { source, line });
  if (!n.ok) return { ok: false, bad: { file, line, message: n.message, schemaPath: n.schemaPath } };
  const check = checkRecord(n.record);
  if (check.ok) return { ok: true, line, record: check.record };
  const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.keys(raw).join(', ') : typeof raw;
  const prefix = n.format === 'unknown' ? `unrecognised record format (fields: ${fields}); ` : '';
  return { ok: false, bad: { file, line, message: `${prefix}${check.message}`, schemaPath: check.schemaPath } };
}

/** Yields each non-empty line of the dataset as a record or a bad line, reading one line at a time. */
export async function* streamDataset(nameOrPath: string, opts: LoadOptions = {}): AsyncGenerator<DatasetLine> {
  checkLimit(opts.limit);
  const { file, source } = resolveDataset(nameOrPath, opts.split);
  if (opts.limit === 0) return;
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let kept = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      // a UTF-8 byte-order mark (Windows, spreadsheet exports) is not part of the first record
      const item = parseLine(line === 1 ? text.replace(/^\uFEFF/, '') : text, file, line, source);
      yield item;
      if (item.ok && ++kept === opts.limit) return;
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/** Reads a whole dataset (up to `limit` good records) and summarises what was read, kept and rejected. */
export async function loadDataset(nameOrPath: string, opts: LoadOptions = {}): Promise<LoadedDataset> {
  let records: ProblemRecord[] = [];
  const bad: BadLine[] = [];
  let read = 0;
  // shuffling picks a seeded random subset, so it reads everything before `limit` applies
  const { shuffle, seed, limit, ...rest } = opts;
  for await (const item of streamDataset(nameOrPath, shuffle ? rest : opts)) {
    read++;
    if (item.ok) records.push(item.record);
    else bad.push(item.bad);
  }
  if (shuffle) records = Rng.fromSeed(seed ?? 0).shuffle(records).slice(0, limit ?? records.length);
  return { records, summary: { read, kept: records.length, bad } };
}
