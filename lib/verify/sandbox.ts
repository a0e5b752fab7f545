/**
 * The verifier sandbox: `verify` runs in worker threads of the shared pool (lib/core/pool.ts) with a
 * hard time limit. A verification that exceeds `timeoutMs` has its worker terminated (and replaced)
 * and yields a Verdict whose `error.code` is TIMEOUT; a worker that dies (e.g. over its memory limit)
 * yields WORKER_CRASHED. Either way the caller gets a Verdict, never a hang or a silent zero. The
 * limit counts from the moment a started worker begins the verification, so worker start-up and a
 * wait in the queue never turn a verdict into a time-out: verdicts do not change with load.
 *
 * `workers: 0` runs in-process instead (fast, only the verifier's soft time budget applies).
 */
import { availableParallelism } from 'node:os';
import { ConfigError, WorkerError } from '../errors.js';
import { WorkerPool } from '../core/pool.js';
import { sharedResource, type SharedResource } from '../core/shared-resource.js';
import { moduleScript, workerScript } from '../core/worker-script.js';
import { DEFAULT_MAX_INPUT_LENGTH, DEFAULT_TIMEOUT_MS, type Verdict, type VerifyErrorCode, type VerifyOptions } from './types.js';

export interface VerifierOptions {
  /** Worker threads; 0 = in-process. Default: min(2, cores). */
  readonly workers?: number;
  /** Default per-verification limit (ms), overridable per call via VerifyOptions.timeoutMs. */
  readonly timeoutMs?: number;
  /** Default input length limit. */
  readonly maxInputLength?: number;
  /** Heap limit of each worker, MiB (default 256). */
  readonly maxMemoryMb?: number;
  /** Queued verifications beyond which `verify` answers with an error verdict rather than queue more. Default 10_000. */
  readonly maxQueue?: number;
  /**
   * A different worker module (file URL of a .js/.ts module that calls `serveTasks({ verify })` from
   * lib/core/pool-worker.ts), e.g. a custom checker; default: mathgym's own verifier.
   */
  readonly workerModule?: string;
}

export interface VerifyItem {
  readonly gold: string;
  readonly pred: string;
  readonly options?: VerifyOptions;
}

const WORKER = workerScript(import.meta.url, 'worker');

function failure(code: VerifyErrorCode, message: string, timeMs: number): Verdict {
  return { correct: false, score: 0, rule: 'error', reason: `verifier failure (${code}): ${message}`, gold: null, pred: null, timeMs, error: { code, message } };
}

export class Verifier {
  private readonly pool: WorkerPool | undefined;
  private readonly timeoutMs: number;
  private readonly maxInputLength: number;
  private readonly maxQueue: number;
  private closed = false;

  constructor(opts: VerifierOptions = {}) {
    const workers = opts.workers ?? Math.min(2, availableParallelism());
    if (!Number.isInteger(workers) || workers < 0) throw new ConfigError(`Verifier: workers must be a non-negative integer, got ${workers}`);
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxInputLength = opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
    this.maxQueue = opts.maxQueue ?? 10_000;
    if (!(this.timeoutMs > 0)) throw new ConfigError(`Verifier: timeoutMs must be > 0, got ${this.timeoutMs}`);
    if (workers > 0) {
      const script = opts.workerModule ? moduleScript(opts.workerModule) : WORKER;
      this.pool = new WorkerPool({ name: 'verifier', script, size: workers, maxMemoryMb: opts.maxMemoryMb ?? 256 });
    }
  }

  /** Whether verifications run in worker threads (hard time limit) or in-process (soft limit). */
  get sandboxed(): boolean {
    return this.pool !== undefined;
  }

  /** Verifies one answer. Always resolves to a Verdict. */
  async verify(gold: string, pred: string, options: VerifyOptions = {}): Promise<Verdict> {
    const start = performance.now();
    const elapsed = (): number => performance.now() - start;
    if (this.closed) return failure('INTERNAL', 'the Verifier was closed; create a new one', 0);
    const opts: VerifyOptions = { timeoutMs: this.timeoutMs, maxInputLength: this.maxInputLength, ...options };
    const limit = opts.maxInputLength as number;
    for (const [side, text] of [['gold', gold], ['pred', pred]] as const) {
      if (typeof text !== 'string') return failure('INTERNAL', `${side} must be a string, got ${text === null ? 'null' : typeof text}`, elapsed());
      if (text.length > limit) {
        return failure('INPUT_TOO_LARGE', `${side} is ${text.length} characters, over the limit of ${limit}; raise maxInputLength or truncate the completion`, elapsed());
      }
    }
    // loaded lazily: pool users never need the verifier (and its parsers) in this thread
    if (!this.pool) return (await import('./verify.js')).verify(gold, pred, opts);
    if (this.pool.queued >= this.maxQueue) {
      return failure('INTERNAL', `verifier queue is full (${this.pool.queued} pending); retry later or add workers`, elapsed());
    }
    const timeLimit = opts.timeoutMs as number;
    try {
      return await this.pool.run<Verdict>('verify', [gold, pred, opts], { timeoutMs: timeLimit });
    } catch (e) {
      const kind = e instanceof WorkerError ? e.kind : 'threw';
      if (kind === 'timeout') return failure('TIMEOUT', `verification exceeded ${timeLimit} ms; the worker was stopped`, elapsed());
      if (kind === 'crashed') return failure('WORKER_CRASHED', `the verifier worker died (memory limit or crash): ${(e as Error).message.split('\n')[0]}`, elapsed());
      if (kind === 'closed') return failure('INTERNAL', 'the Verifier was closed; create a new one', elapsed());
      return failure('INTERNAL', `the verifier threw: ${(e as Error).message}`, elapsed());
    }
  }

  /** Resolves once every worker has started (a verification's time limit never includes start-up anyway). */
  async warmup(): Promise<void> {
    await this.pool?.warmup();
  }

  /** Verifies many answers concurrently (bounded by the pool); results are in input order. */
  verifyBatch(items: readonly VerifyItem[]): Promise<Verdict[]> {
    return Promise.all(items.map((it) => this.verify(it.gold, it.pred, it.options)));
  }

  /** Stops the workers. Pending verifications resolve to error verdicts. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool?.close();
  }
}

/** A process-wide sandboxed Verifier shared by environments: pair each `acquire` with one `release`; the workers stop at the last. */
export const sharedVerifier: SharedResource<Verifier> = sharedResource(
  () => new Verifier(),
  (v) => v.close(),
);
