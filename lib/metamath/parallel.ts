/**
 * Verifies a Metamath database in worker threads of the shared pool (lib/core/pool.ts). Each worker parses the
 * file itself, once; the main thread does not parse at all (on a small machine a parse in the main
 * thread would only compete with the workers for cores). The selected $p statements are cut into
 * contiguous chunks of database order that are handed to whichever worker is free, so uneven proof
 * sizes balance out and progress ticks per chunk. Results are merged in database order and are
 * identical to `verifyDatabase(parseFile(path), { labels, maxFailures })`.
 *
 * Failure is an error, never a hang: a malformed database rejects with the workers' MetamathError
 * (same message and location as parseFile); a worker that crashes, runs out of memory or exits
 * rejects with a WorkerError naming it, and the other workers are terminated.
 */
import { ConfigError, WorkerError } from '../errors.js';
import { type SerializedError, WorkerPool } from '../core/pool.js';
import { workerScript } from '../core/worker-script.js';
import { MetamathError, type MmCode, type SourceLocation, withCode } from './errors.js';
import type { VerifyFailure, VerifyResult } from './verify.js';

export interface ParallelVerifyOptions {
  /** Worker threads (integer >= 1). */
  readonly jobs: number;
  /** Verify only these $p labels (default: all); unknown labels are failures, as with verifyDatabase. */
  readonly labels?: readonly string[];
  /** Stop after this many failures (default: no limit); the result is cut exactly where verifyDatabase stops. */
  readonly maxFailures?: number;
  /** $p statements per chunk handed to a worker (default 500). */
  readonly chunkSize?: number;
  /**
   * Called with (0, total) once the first worker has parsed the database (total = selected $p
   * statements), then after each verified chunk with the number of proofs verified so far.
   */
  readonly onProgress?: (done: number, total: number) => void;
  /** Heap limit of each worker, MiB (default: Node's default). */
  readonly maxMemoryMb?: number;
}

export interface ParallelVerifyResult extends VerifyResult {
  readonly jobs: number;
  /** Wall time until the first worker had parsed the database (the others parse at the same time). */
  readonly parseSeconds: number;
  /** Wall time from then until the last chunk was merged. */
  readonly verifySeconds: number;
}

// ---- tasks (served by parallel-worker.ts) ----

/** workerData of a verify worker: it parses `path` at start-up. */
export interface VerifyWorkerData {
  readonly path: string;
  readonly labels?: readonly string[];
}

/** `selection`: `total` $p statements selected; `unknown` = requested labels that are not $p statements. */
export interface Selection {
  readonly total: number;
  readonly unknown: readonly string[];
}

/** `chunk(start, end)`: positions [start, end) of the selected $p list verified; `total` as the worker selected it. */
export interface ChunkResult {
  readonly total: number;
  readonly failures: readonly { readonly pos: number; readonly failure: VerifyFailure }[];
  readonly incomplete: readonly { readonly pos: number; readonly label: string }[];
}

// ---- main thread ----

const WORKER = workerScript(import.meta.url, 'parallel-worker');
const DEFAULT_CHUNK = 500;
/** A worker's start-up is parsing the database: set.mm on a loaded machine takes a while, a hang does not. */
const PARSE_TIMEOUT_MS = 600_000;

/** A MetamathError thrown in a worker comes back as itself (same message and location as parseFile). */
function fromWorker(e: unknown): Error {
  const remote = e instanceof WorkerError ? (e.cause as SerializedError | undefined) : undefined;
  if (remote?.name !== 'MetamathError') return e instanceof Error ? e : new Error(String(e));
  const loc = remote.details?.location as SourceLocation | undefined;
  const err = new MetamathError(String(remote.details?.detail ?? remote.message), loc, remote.code as MmCode);
  if (remote.stack) err.stack = `${err.name}: ${err.message}\n--- in worker ---\n${remote.stack}`;
  return err;
}

/** Verifies the database file at `path` with `opts.jobs` worker threads. Bad options reject with ConfigError. */
export async function verifyDatabaseParallel(path: string, opts: ParallelVerifyOptions): Promise<ParallelVerifyResult> {
  const { jobs } = opts;
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new ConfigError(`verifyDatabaseParallel: jobs must be an integer >= 1, got ${jobs}`);
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) throw new ConfigError(`verifyDatabaseParallel: chunkSize must be an integer >= 1, got ${chunkSize}`);
  const max = opts.maxFailures ?? Infinity;
  if (!(max >= 1)) throw new ConfigError(`verifyDatabaseParallel: maxFailures must be at least 1, got ${opts.maxFailures}`);
  if (opts.maxMemoryMb !== undefined && !(opts.maxMemoryMb > 0)) throw new ConfigError(`verifyDatabaseParallel: maxMemoryMb must be > 0, got ${opts.maxMemoryMb}`);
  const data: VerifyWorkerData = { path, labels: opts.labels ? [...opts.labels] : undefined };

  const t0 = performance.now();
  // every worker parses the file as it starts; the first to finish takes the selection, the others join when ready
  const pool = new WorkerPool({ name: 'mm verify', script: WORKER, size: jobs, workerData: data, maxMemoryMb: opts.maxMemoryMb, replace: false, startTimeoutMs: PARSE_TIMEOUT_MS });
  try {
    const { total, unknown } = await pool.run<Selection>('selection');
    const tParsed = performance.now();
    const nChunks = Math.ceil(total / chunkSize);
    const results: (ChunkResult | undefined)[] = [];
    const failures: VerifyFailure[] = [];
    const incomplete: string[] = [];
    let checked = 0;
    let merged = 0;
    let done = 0;

    /** Merges finished chunks in order; true when verification is over (all merged or maxFailures reached). */
    const merge = (): boolean => {
      while (merged < nChunks && results[merged]) {
        const r = results[merged] as ChunkResult;
        results[merged] = undefined;
        const start = merged * chunkSize;
        const end = Math.min(start + chunkSize, total);
        merged++;
        let cut = end; // first position not checked
        for (const f of r.failures) {
          failures.push(f.failure);
          if (failures.length >= max) {
            cut = f.pos + 1;
            break;
          }
        }
        for (const i of r.incomplete) if (i.pos < cut) incomplete.push(i.label);
        checked += cut - start;
        if (cut < end || failures.length >= max) return true;
      }
      return merged === nChunks;
    };

    opts.onProgress?.(0, total);
    if (nChunks > 0) {
      await new Promise<void>((resolve, reject) => {
        let settled = false;
        const settle = (e?: unknown): void => {
          if (settled) return;
          settled = true;
          if (e === undefined) resolve();
          else reject(e);
        };
        for (let chunk = 0; chunk < nChunks; chunk++) {
          const start = chunk * chunkSize;
          const end = Math.min(start + chunkSize, total);
          pool.run<ChunkResult>('chunk', [start, end]).then((r) => {
            if (settled) return;
            if (r.total !== total) return settle(new WorkerError(`mm verify workers selected ${r.total} and ${total} proofs; was ${path} changed while it was read?`));
            results[chunk] = r;
            done += end - start;
            try {
              const over = merge();
              opts.onProgress?.(done, total);
              if (over) settle();
            } catch (e) {
              settle(e);
            }
          }, settle);
        }
      });
    }
    // labels that name no $p statement come last, as in verifyDatabase
    for (const l of unknown) failures.push({ label: l, reason: withCode(`no $p statement labeled \`${l}\`.`, 'MM-E101'), code: 'MM-E101', path: '', line: 0, column: 0 });
    const t1 = performance.now();
    return { checked, failures, incomplete, jobs, parseSeconds: (tParsed - t0) / 1000, verifySeconds: (t1 - tParsed) / 1000 };
  } catch (e) {
    throw fromWorker(e);
  } finally {
    await pool.close();
  }
}
