/**
 * The verifier sandbox: `verify` runs in worker threads with a hard time limit. A verification that
 * exceeds `timeoutMs` has its worker terminated (and replaced) and yields a Verdict whose
 * `error.code` is TIMEOUT; a worker that dies (e.g. over its memory limit) yields WORKER_CRASHED.
 * Either way the caller gets a Verdict, never a hang or a silent zero.
 *
 * `workers: 0` runs in-process instead (fast, only the verifier's soft time budget applies).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import workerpool from 'workerpool';
import { ConfigError } from '../errors.js';
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
   * A different worker module (file URL of a .js/.ts module that calls `workerpool.worker({ verify })`),
   * e.g. a custom checker; default: mathgym's own verifier.
   */
  readonly workerModule?: string;
}

export interface VerifyItem {
  readonly gold: string;
  readonly pred: string;
  readonly options?: VerifyOptions;
}

const WORKER = workerScript(import.meta.url, 'worker');
/** Emitted by the worker when a verification begins (worker.ts). */
const STARTED = 'verify-started';
/** Time a worker may take to start (load its modules) before its first verification, on top of the limit. */
const STARTUP_ALLOWANCE_MS = 30_000;

function failure(code: VerifyErrorCode, message: string, timeMs: number): Verdict {
  return { correct: false, score: 0, rule: 'error', reason: `verifier failure (${code}): ${message}`, gold: null, pred: null, timeMs, error: { code, message } };
}

export class Verifier {
  private readonly pool: workerpool.Pool | undefined;
  private readonly timeoutMs: number;
  private readonly maxInputLength: number;
  private readonly maxQueue: number;
  /** mathgym's worker reports when a verification starts; a custom worker module may not. */
  private readonly reportsStart: boolean;
  private closed = false;

  constructor(opts: VerifierOptions = {}) {
    const workers = opts.workers ?? Math.min(2, availableParallelism());
    if (!Number.isInteger(workers) || workers < 0) throw new ConfigError(`Verifier: workers must be a non-negative integer, got ${workers}`);
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxInputLength = opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
    this.maxQueue = opts.maxQueue ?? 10_000;
    this.reportsStart = opts.workerModule === undefined;
    if (!(this.timeoutMs > 0)) throw new ConfigError(`Verifier: timeoutMs must be > 0, got ${this.timeoutMs}`);
    if (workers > 0) {
      const w = opts.workerModule ? moduleScript(opts.workerModule) : WORKER;
      this.pool = workerpool.pool(typeof w.script === 'string' ? w.script : fileURLToPath(w.script), {
        workerType: 'thread',
        maxWorkers: workers,
        // started up front (and replaced when one dies), so the first verifications do not pay for start-up
        minWorkers: workers,
        workerThreadOpts: { ...w.options, resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb ?? 256 } },
        workerTerminateTimeout: 100,
      });
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
    const stats = this.pool.stats();
    if (stats.pendingTasks >= this.maxQueue) {
      return failure('INTERNAL', `verifier queue is full (${stats.pendingTasks} pending); retry later or add workers`, elapsed());
    }
    const timeLimit = opts.timeoutMs as number;
    let started = !this.reportsStart;
    try {
      // the limit counts from the moment the worker begins this verification (worker.ts says when), so a
      // worker's start-up or a wait in the queue is never charged to it; until then a start-up allowance applies
      const task = this.pool.exec('verify', [gold, pred, opts], {
        on: (event: unknown) => {
          if (event !== STARTED || started) return;
          started = true;
          task.timeout(timeLimit);
        },
      });
      return (await task.timeout(this.reportsStart ? timeLimit + STARTUP_ALLOWANCE_MS : timeLimit)) as Verdict;
    } catch (e) {
      const err = e as Error;
      if (err.name === 'TimeoutError') {
        // a worker that exits on its own while being stopped (busy allocating) hits the same lost-queue path as a crash
        this.kick();
        if (!started) return failure('TIMEOUT', `the verifier worker did not start within ${STARTUP_ALLOWANCE_MS + timeLimit} ms; the worker was stopped`, elapsed());
        return failure('TIMEOUT', `verification exceeded ${timeLimit} ms; the worker was stopped`, elapsed());
      }
      if (/terminated/i.test(err.message)) {
        this.kick();
        return failure('WORKER_CRASHED', `the verifier worker died (memory limit or crash): ${err.message.split('\n')[0]}`, elapsed());
      }
      return failure('INTERNAL', `the verifier threw: ${err.message}`, elapsed());
    }
  }

  /**
   * workerpool 10 loses its queue when a worker dies: it waits for an exit event that has already
   * fired, so the tasks queued behind the crashed one never start (and their timeouts, which start
   * only when a task starts, never fire). Once its own clean-up ran, restart the dispatch loop.
   */
  private kick(): void {
    const pool = this.pool as unknown as { _next?: () => void } | undefined;
    setTimeout(() => {
      if (!this.closed) pool?._next?.();
    }, 0);
  }

  /** Resolves once every worker has started and answered (a verification's time limit would otherwise include start-up). */
  async warmup(): Promise<void> {
    if (!this.pool) return;
    const n = this.pool.maxWorkers ?? 1;
    await Promise.all(Array.from({ length: n }, () => this.pool!.exec('verify', ['1', '1', { timeoutMs: 1000 }]).timeout(60_000).catch(() => undefined)));
  }

  /** Verifies many answers concurrently (bounded by the pool); results are in input order. */
  verifyBatch(items: readonly VerifyItem[]): Promise<Verdict[]> {
    return Promise.all(items.map((it) => this.verify(it.gold, it.pred, it.options)));
  }

  /** Stops the workers. Pending verifications resolve to error verdicts. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool?.terminate(true);
  }
}

/** A process-wide sandboxed Verifier shared by environments: pair each `acquire` with one `release`; the workers stop at the last. */
export const sharedVerifier: SharedResource<Verifier> = sharedResource(
  () => new Verifier(),
  (v) => v.close(),
);
