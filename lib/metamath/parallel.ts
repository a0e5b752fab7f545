/**
 * Verifies a Metamath database in worker threads (node:worker_threads). Each worker parses the
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
import { Worker } from 'node:worker_threads';
import { ConfigError, WorkerError } from '../errors.js';
import { workerScript } from '../core/worker-script.js';
import { MetamathError, type SourceLocation } from './errors.js';
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

// ---- protocol (shared with parallel-worker.ts) ----

/** workerData of a verify worker. */
export interface VerifyWorkerData {
  readonly path: string;
  readonly labels?: readonly string[];
}

/** Main thread → worker: verify positions [start, end) of the selected $p list. */
export interface VerifyChunk {
  readonly type: 'chunk';
  readonly chunk: number;
  readonly start: number;
  readonly end: number;
}

export interface WorkerErrorInfo {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** Set for a MetamathError: its location and its message without the `file:line:column: ` prefix. */
  readonly metamath?: { readonly location?: SourceLocation; readonly bare: string };
}

export type FromVerifyWorker =
  /** Parsed: `total` $p statements selected; `unknown` = requested labels that are not $p statements. */
  | { readonly type: 'ready'; readonly total: number; readonly unknown: readonly string[] }
  /** One chunk verified; `pos` is a position in the selected $p list. */
  | {
      readonly type: 'done';
      readonly chunk: number;
      readonly failures: readonly { readonly pos: number; readonly failure: VerifyFailure }[];
      readonly incomplete: readonly { readonly pos: number; readonly label: string }[];
    }
  | { readonly type: 'error'; readonly error: WorkerErrorInfo };

// ---- main thread ----

const WORKER = workerScript(import.meta.url, 'parallel-worker');
const DEFAULT_CHUNK = 500;

type ChunkResult = Extract<FromVerifyWorker, { type: 'done' }>;

function toError(e: WorkerErrorInfo, slot: number): Error {
  if (e.metamath) {
    const err = new MetamathError(e.metamath.bare, e.metamath.location);
    if (e.stack) err.stack = `${err.name}: ${err.message}\n--- in worker ${slot} ---\n${e.stack}`;
    return err;
  }
  const err = new WorkerError(`mm verify worker ${slot} threw ${e.name}: ${e.message}`, slot);
  if (e.stack) err.stack = `${err.name}: ${err.message}\n--- in worker ---\n${e.stack}`;
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

  return new Promise<ParallelVerifyResult>((resolve, reject) => {
    const t0 = performance.now();
    let tParsed = 0;
    const workers: Worker[] = [];
    let settled = false;
    let total = -1;
    let unknown: readonly string[] = [];
    let nChunks = 0;
    let nextChunk = 0;
    let merged = 0;
    let done = 0;
    const results: (ChunkResult | undefined)[] = [];
    const failures: VerifyFailure[] = [];
    const incomplete: string[] = [];
    let checked = 0;

    const progress = (n: number): void => {
      try {
        opts.onProgress?.(n, total);
      } catch (e) {
        finish(e instanceof Error ? e : new Error(String(e)));
      }
    };

    const finish = (err: Error | undefined): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) return reject(err);
      // labels that name no $p statement come last, as in verifyDatabase
      for (const l of unknown) failures.push({ label: l, reason: `no $p statement labeled \`${l}\`.`, path: '', line: 0, column: 0 });
      const t1 = performance.now();
      resolve({ checked, failures, incomplete, jobs, parseSeconds: (tParsed - t0) / 1000, verifySeconds: (t1 - tParsed) / 1000 });
    };

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

    const dispatch = (w: Worker): void => {
      if (nextChunk >= nChunks) return;
      const chunk = nextChunk++;
      const start = chunk * chunkSize;
      w.postMessage({ type: 'chunk', chunk, start, end: Math.min(start + chunkSize, total) } satisfies VerifyChunk);
    };

    const onMessage = (slot: number, w: Worker, m: FromVerifyWorker): void => {
      if (settled) return;
      switch (m.type) {
        case 'error':
          return finish(toError(m.error, slot));
        case 'ready': {
          if (total < 0) {
            // the first worker to finish parsing starts verifying at once; the others join when ready
            tParsed = performance.now();
            total = m.total;
            unknown = m.unknown;
            nChunks = Math.ceil(total / chunkSize);
            progress(0);
            if (nChunks === 0) return finish(undefined);
          } else if (m.total !== total) {
            return finish(new WorkerError(`mm verify worker ${slot} selected ${m.total} proofs, another ${total}; was ${path} changed while it was read?`, slot));
          }
          if (!settled) dispatch(w);
          return;
        }
        case 'done': {
          results[m.chunk] = m;
          const start = m.chunk * chunkSize;
          done += Math.min(start + chunkSize, total) - start;
          const over = merge();
          progress(done);
          if (over) return finish(undefined);
          if (!settled) dispatch(w);
          return;
        }
      }
    };

    try {
      for (let slot = 0; slot < jobs; slot++) {
        const w = new Worker(WORKER.script, {
          ...WORKER.options,
          workerData: data,
          ...(opts.maxMemoryMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb } } : {}),
        });
        workers.push(w);
        w.on('message', (m: FromVerifyWorker) => onMessage(slot, w, m));
        w.on('error', (e) => finish(new WorkerError(`mm verify worker ${slot} crashed: ${e.message}`, slot, { cause: e })));
        w.on('exit', (code) => finish(new WorkerError(`mm verify worker ${slot} exited unexpectedly (code ${code})`, slot)));
      }
    } catch (e) {
      finish(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
