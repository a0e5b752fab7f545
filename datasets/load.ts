/**
 * Loading JSONL datasets as ProblemRecords. `streamDataset` reads line by line (bytes, constant
 * memory, a per-line byte cap) and yields every non-empty line as either a record or a bad line;
 * `loadDataset` collects them. Bad lines (over the byte cap, invalid UTF-8, invalid JSON, an
 * unrecognised or invalid record, a duplicate id, a GSM8K solution without `#### N`) are reported
 * with file:line, a kind and the schema path that failed; good lines are kept; nothing is dropped
 * silently and no line, however long, ends the process.
 */
import { Rng } from '../lib/core/rng.js';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ConfigError, MathgymError } from '../lib/errors.js';
import { BUNDLED_DATASETS, bundledPath } from './bundled.js';
import { normalizeRecord } from './normalize.js';
import { checkRecord, type ProblemRecord } from './record.js';
import { invalidUtf8Offset, readRawLines } from './line-reader.js';

/** Default per-line byte cap: far above any real problem record (MATH solutions are a few KB). */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Upper bound of `maxLineBytes`: a longer line would not fit in one JavaScript string. */
export const MAX_LINE_BYTES_LIMIT = 256 * 1024 * 1024;

export interface LoadOptions {
  /** Stop after this many good records. */
  readonly limit?: number;
  /** Split of a bundled dataset or of a folder holding `<split>.jsonl` (default `test`). */
  readonly split?: string;
  /** loadDataset only: shuffle the records (with `seed`, default 0) before applying `limit`. */
  readonly shuffle?: boolean;
  readonly seed?: number;
  /** Lines longer than this many bytes are reported (kind `too-long`) and skipped unread (default 16 MiB). */
  readonly maxLineBytes?: number;
  /** Decode invalid UTF-8 with U+FFFD instead of reporting the line (kind `invalid-utf8`); default false. */
  readonly allowInvalidUtf8?: boolean;
  /** Throw a BadLineError at the first bad line instead of reporting it and going on; default false. */
  readonly strict?: boolean;
}

/** Why a line was rejected. */
export type BadLineKind = 'too-long' | 'invalid-utf8' | 'json' | 'schema' | 'duplicate-id' | 'no-final-answer';

export interface BadLine {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly message: string;
  /** The schema keyword that failed (`#/properties/answer/type`), or `json` for a line that is not JSON. */
  readonly schemaPath: string;
  readonly kind: BadLineKind;
}

/** A bad line, thrown in `strict` mode (code `DATASET_BAD_LINE`). */
export class BadLineError extends MathgymError {
  constructor(readonly bad: BadLine) {
    super(formatBadLine(bad), 'DATASET_BAD_LINE');
    this.name = 'BadLineError';
  }
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

function checkOptions(opts: LoadOptions): number {
  const { limit, maxLineBytes = DEFAULT_MAX_LINE_BYTES } = opts;
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) throw new ConfigError(`limit must be a non-negative integer, got ${JSON.stringify(limit)}`);
  if (!Number.isSafeInteger(maxLineBytes) || maxLineBytes < 1 || maxLineBytes > MAX_LINE_BYTES_LIMIT) {
    throw new ConfigError(`maxLineBytes must be an integer in 1..${MAX_LINE_BYTES_LIMIT}, got ${JSON.stringify(opts.maxLineBytes)}`);
  }
  return maxLineBytes;
}

/** One parsed line: a ProblemRecord, or why not. */
export function parseLine(text: string, file: string, line: number, source: string): DatasetLine {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, bad: { file, line, message: `not valid JSON: ${(e as Error).message}`, schemaPath: 'json', kind: 'json' } };
  }
  const n = normalizeRecord(raw, { source, line });
  if (!n.ok) return { ok: false, bad: { file, line, message: n.message, schemaPath: n.schemaPath, kind: n.kind ?? 'schema' } };
  const check = checkRecord(n.record);
  if (check.ok) return { ok: true, line, record: check.record };
  const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.keys(raw).join(', ') : typeof raw;
  const prefix = n.format === 'unknown' ? `unrecognised record format (fields: ${fields}); ` : '';
  return { ok: false, bad: { file, line, message: `${prefix}${check.message}`, schemaPath: check.schemaPath, kind: 'schema' } };
}

/** Yields each non-empty line of the dataset as a record or a bad line, reading one line at a time. */
export async function* streamDataset(nameOrPath: string, opts: LoadOptions = {}): AsyncGenerator<DatasetLine> {
  const maxLineBytes = checkOptions(opts);
  const { file, source } = resolveDataset(nameOrPath, opts.split);
  if (opts.limit === 0) return;
  const seen = new Map<string, number>();
  let kept = 0;
  const bad = (line: number, kind: BadLineKind, message: string, schemaPath: string): DatasetLine => {
    const b: BadLine = { file, line, message, schemaPath, kind };
    if (opts.strict) throw new BadLineError(b);
    return { ok: false, bad: b };
  };
  for await (const raw of readRawLines(file, maxLineBytes)) {
    const { line } = raw;
    if (raw.bytes === undefined) {
      yield bad(line, 'too-long', `line is ${raw.tooLong} bytes, over the ${maxLineBytes}-byte line limit; split the record or raise maxLineBytes (--max-line-bytes)`, 'line');
      continue;
    }
    const at = opts.allowInvalidUtf8 ? -1 : invalidUtf8Offset(raw.bytes);
    if (at >= 0) {
      const hex = [...raw.bytes.subarray(at, at + 4)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
      yield bad(line, 'invalid-utf8', `invalid UTF-8 at byte ${at} of the line (bytes ${hex}); re-encode the file as UTF-8, or accept it with allowInvalidUtf8 (--allow-invalid-utf8) to read U+FFFD there`, 'utf8');
      continue;
    }
    const text = raw.bytes.toString('utf8');
    if (text.trim() === '') continue;
    // a UTF-8 byte-order mark (Windows, spreadsheet exports) is not part of the first record
    const item = parseLine(line === 1 ? text.replace(/^\uFEFF/, '') : text, file, line, source);
    if (!item.ok) {
      if (opts.strict) throw new BadLineError(item.bad);
      yield item;
      continue;
    }
    const first = seen.get(item.record.id);
    if (first !== undefined) {
      yield bad(line, 'duplicate-id', `duplicate id ${JSON.stringify(item.record.id)} (first at line ${first}); ids must be unique within a dataset`, '#/properties/id');
      continue;
    }
    seen.set(item.record.id, line);
    yield item;
    if (++kept === opts.limit) return;
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
