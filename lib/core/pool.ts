/**
 * The one worker pool behind everything mathgym runs in threads: the verifier sandbox, the calculator,
 * AsyncVectorEnv, `mm verify --jobs` and the reward server's env sessions. A thin layer over
 * node:worker_threads (not workerpool; the README's design section says why) with four guarantees:
 * - hard time limit: a task over `timeoutMs` has its worker terminated; the limit counts from the moment
 *   a started, idle worker receives the task, so neither start-up nor a wait in the queue is charged to it;
 * - memory cap: each worker runs with `resourceLimits` (maxOldGenerationSizeMb);
 * - crash replacement: a worker that dies or times out is replaced, or the pool fails loudly
 *   (`replace: false`, for workers whose state is all-or-nothing, such as a vector env's sub-envs); a
 *   replacing pool tells `onLost` which slot lost its state and rejects the tasks still queued for it;
 * - warm-up: workers start at construction; `warmup()` resolves once every one is ready.
 * A task always settles: with its value, or with a WorkerError whose `kind` says what happened.
 * The worker side is `serveTasks` (lib/core/pool-worker.ts).
 */
import { Worker } from 'node:worker_threads';
import { ConfigError, WorkerError } from '../errors.js';
import type { WorkerScript } from './worker-script.js';

/** An error thrown inside a worker, as it crosses back: `details` holds its own cloneable fields (e.g. a location). */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code: string | undefined;
  readonly stack: string | undefined;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Messages of the pool protocol. */
export type ToPoolWorker = { readonly id: number; readonly method: string; readonly args: readonly unknown[] };
export type FromPoolWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'start-error'; readonly error: SerializedError }
  | { readonly type: 'result'; readonly id: number; readonly value: unknown }
  | { readonly type: 'error'; readonly id: number; readonly error: SerializedError };

export interface PoolOptions {
  /** The worker module (lib/core/worker-script.ts); it calls `serveTasks`. */
  readonly script: WorkerScript;
  /** Names the pool in error messages ("the verifier worker ..."). */
  readonly name: string;
  /** Worker threads (integer >= 1). */
  readonly size: number;
  /** Heap limit of each worker, MiB (default: Node's). */
  readonly maxMemoryMb?: number;
  /** Passed to every worker as `workerData`. */
  readonly workerData?: unknown;
  /** Start a new worker after a crash or time-out (default true). False for workers that hold state: the pool fails instead. */
  readonly replace?: boolean;
  /**
   * Called when a worker of a replacing pool died or timed out, before its replacement takes any task: state
   * held on `slot` (sessions, say) is gone. Its running task rejects with `error`, its queued `slot` tasks
   * with kind 'crashed' (they addressed that state); tasks given `slot` after this call run on the new worker.
   */
  readonly onLost?: (slot: number, error: WorkerError) => void;
  /** Limit on a worker's start-up (loading its modules and its init), ms; default 60 s. Counted apart from any task. */
  readonly startTimeoutMs?: number;
}

export interface TaskOptions {
  /** Hard limit from the moment a worker begins the task, ms; default none. */
  readonly timeoutMs?: number;
  /** Run on this worker (0-based), after the tasks already sent to it: for workers that hold state. Default: the first free one. */
  readonly slot?: number;
}

interface Task {
  readonly method: string;
  readonly args: readonly unknown[];
  readonly opts: TaskOptions;
  readonly resolve: (value: unknown) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  readonly index: number;
  worker: Worker;
  ready: boolean;
  /** Whether a worker of this slot has ever started: then a slow start of its replacement is load, not a broken script. */
  everReady: boolean;
  /** Replacements of this slot that died or failed while starting, since it was last ready. */
  startFailures: number;
  running: { readonly id: number; readonly task: Task; readonly timer: NodeJS.Timeout | undefined } | undefined;
  /** Tasks for this worker only (`slot` option), in order. */
  readonly own: Task[];
}

/** Consecutive failed starts of a once-working slot before the pool gives up (see restartAfterStartFailure). */
const MAX_START_FAILURES = 3;

/** Turns a SerializedError from a worker into the WorkerError a task rejects with (the original as `cause`). */
function remoteError(pool: string, slot: number, e: SerializedError): WorkerError {
  const err = new WorkerError(`${pool} worker ${slot} threw ${e.name}${e.code ? ` [${e.code}]` : ''}: ${e.message}`, slot, { cause: e, kind: 'threw' });
  if (e.stack) err.stack = `${err.name}: ${err.message}\n--- in worker ---\n${e.stack}`;
  return err;
}

export class WorkerPool {
  readonly name: string;
  private readonly opts: PoolOptions;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  /** Set once the pool can run nothing more: closed, a worker failed to start, or a stateful worker died. */
  private failure: WorkerError | undefined;
  private readonly readyWaiters = new Set<{ resolve: () => void; reject: (e: Error) => void }>();

  constructor(opts: PoolOptions) {
    if (!Number.isSafeInteger(opts.size) || opts.size < 1) throw new ConfigError(`${opts.name} pool: size must be an integer >= 1, got ${JSON.stringify(opts.size)}`);
    if (opts.maxMemoryMb !== undefined && !(opts.maxMemoryMb > 0)) throw new ConfigError(`${opts.name} pool: maxMemoryMb must be > 0, got ${JSON.stringify(opts.maxMemoryMb)}`);
    this.name = opts.name;
    this.opts = opts;
    for (let i = 0; i < opts.size; i++) {
      const slot: Slot = { index: i, worker: undefined as unknown as Worker, ready: false, everReady: false, startFailures: 0, running: undefined, own: [] };
      this.slots.push(slot);
      this.spawn(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Tasks waiting for a worker (not yet begun). */
  get queued(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.own.length, 0);
  }

  /** Resolves once every worker has started (a task's time limit never includes start-up anyway); rejects if one cannot. */
  warmup(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.readyWaiters.add({ resolve, reject });
      this.updateRef(); // someone waits: the starting workers keep the process alive
    });
  }

  /** Runs `method(...args)` in a worker. Rejects with a WorkerError (kind threw, crashed, timeout or closed), never hangs past the limits. */
  run<R>(method: string, args: readonly unknown[] = [], opts: TaskOptions = {}): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    if (opts.slot !== undefined && !(Number.isSafeInteger(opts.slot) && opts.slot >= 0 && opts.slot < this.slots.length)) {
      return Promise.reject(new ConfigError(`${this.name} pool: slot must be an integer in 0..${this.slots.length - 1}, got ${opts.slot}`));
    }
    return new Promise<R>((resolve, reject) => {
      const task: Task = { method, args, opts, resolve: resolve as (v: unknown) => void, reject };
      if (opts.slot === undefined) this.queue.push(task);
      else (this.slots[opts.slot] as Slot).own.push(task);
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running tasks reject with kind 'closed'. Safe to call twice. */
  async close(): Promise<void> {
    this.fail(new WorkerError(`the ${this.name} pool was closed`, undefined, { kind: 'closed' }));
    await Promise.allSettled(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(slot: Slot): void {
    const { script, maxMemoryMb, workerData } = this.opts;
    const worker = new Worker(script.script, {
      ...script.options,
      workerData,
      ...(maxMemoryMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } } : {}),
    });
    slot.worker = worker;
    slot.ready = false;
    this.updateRef();
    const startTimer = setTimeout(() => {
      if (slot.worker !== worker || this.failure) return;
      const err = new WorkerError(`the ${this.name} worker ${slot.index} did not start within ${this.opts.startTimeoutMs ?? 60_000} ms`, slot.index, { kind: 'timeout' });
      // a replacement slow to start on a loaded machine is tried again, as a crash while starting is (bounded)
      if (this.restartAfterStartFailure(slot, err)) return;
      this.fail(err);
      void worker.terminate();
    }, this.opts.startTimeoutMs ?? 60_000);
    startTimer.unref();
    const current = (): boolean => slot.worker === worker;
    worker.on('message', (m: FromPoolWorker) => {
      if (!current()) return;
      if (m.type === 'ready') {
        clearTimeout(startTimer);
        slot.ready = true;
        slot.everReady = true;
        slot.startFailures = 0;
        if (this.slots.every((s) => s.ready)) {
          for (const w of this.readyWaiters) w.resolve();
          this.readyWaiters.clear();
        }
        this.dispatch();
      } else if (m.type === 'start-error') {
        clearTimeout(startTimer);
        if (this.failure) return;
        const err = remoteError(this.name, slot.index, m.error);
        if (!this.restartAfterStartFailure(slot, err)) this.fail(err);
      } else if (slot.running?.id === m.id) {
        const { task, timer } = slot.running;
        if (timer) clearTimeout(timer);
        slot.running = undefined;
        if (m.type === 'result') task.resolve(m.value);
        else task.reject(remoteError(this.name, slot.index, m.error));
        this.dispatch();
      }
    });
    const died = (message: string, cause?: unknown): void => {
      if (!current()) return;
      clearTimeout(startTimer);
      this.lost(slot, new WorkerError(`the ${this.name} worker ${slot.index} ${message}`, slot.index, { cause, kind: 'crashed' }));
    };
    worker.on('error', (e) => died(`crashed: ${e.message}`, e));
    worker.on('exit', (code) => died(`exited (code ${code})`));
  }

  /** A worker is gone: its task rejects with `err`; a stateless pool starts a replacement, a stateful one fails. */
  private lost(slot: Slot, err: WorkerError): void {
    const wasReady = slot.ready;
    const running = slot.running;
    slot.running = undefined;
    slot.ready = false;
    if (running?.timer) clearTimeout(running.timer);
    running?.task.reject(err);
    if (this.failure) return;
    if (!wasReady) {
      if (!this.restartAfterStartFailure(slot, err)) this.fail(err);
      return;
    }
    // a stateful one lost its state
    if (this.opts.replace === false) return this.fail(err);
    this.replaceWorker(slot, err, 'was replaced');
    this.opts.onLost?.(slot.index, err);
  }

  /** Starts a new worker in `slot`, stops the old one, and rejects the tasks pinned to the slot (their state is gone). */
  private replaceWorker(slot: Slot, err: WorkerError, what: string): void {
    const orphans = slot.own.splice(0);
    const old = slot.worker;
    this.spawn(slot);
    void old.terminate();
    for (const t of orphans) t.reject(new WorkerError(`the ${this.name} worker ${slot.index} ${what} before task ${t.method} began (${err.message})`, slot.index, { cause: err, kind: 'crashed' }));
  }

  /**
   * A worker died, failed or hung while starting. On a slot that never started, the script is broken and
   * the pool fails (the next start would fail the same way); a replacement on a slot that worked
   * (a crash under load, a killed thread) is started again, up to MAX_START_FAILURES in a row, so
   * one bad start does not fail every later task.
   */
  private restartAfterStartFailure(slot: Slot, err: WorkerError): boolean {
    if (!slot.everReady || this.opts.replace === false || slot.startFailures >= MAX_START_FAILURES) return false;
    slot.startFailures++;
    this.replaceWorker(slot, err, 'failed to restart');
    return true;
  }

  private dispatch(): void {
    if (this.failure) return;
    for (const slot of this.slots) {
      if (!slot.ready || slot.running) continue;
      const task = slot.own.shift() ?? this.queue.shift();
      if (!task) continue;
      const id = this.nextId++;
      const limit = task.opts.timeoutMs;
      const timer =
        limit === undefined
          ? undefined
          : setTimeout(() => {
              if (slot.running?.id !== id) return;
              this.lost(slot, new WorkerError(`the ${this.name} task ${task.method} exceeded ${limit} ms; its worker was stopped`, slot.index, { kind: 'timeout' }));
            }, limit);
      slot.running = { id, task, timer };
      try {
        slot.worker.postMessage({ id, method: task.method, args: task.args } satisfies ToPoolWorker);
      } catch (e) {
        // arguments that cannot be cloned: this task fails, the worker stays
        if (timer) clearTimeout(timer);
        slot.running = undefined;
        task.reject(new WorkerError(`the ${this.name} task ${task.method} has arguments that cannot cross threads: ${(e as Error).message}`, slot.index, { cause: e, kind: 'threw' }));
        return this.dispatch();
      }
    }
    this.updateRef();
  }

  /** Workers keep the process alive only while there is work: an idle pool never holds up exit. */
  private updateRef(): void {
    const busy = this.queued > 0 || this.readyWaiters.size > 0 || this.slots.some((s) => s.running);
    for (const s of this.slots) (busy ? s.worker.ref() : s.worker.unref());
  }

  private fail(err: WorkerError): void {
    if (this.failure) return;
    this.failure = err;
    for (const w of this.readyWaiters) w.reject(err);
    this.readyWaiters.clear();
    const tasks = [...this.queue.splice(0), ...this.slots.flatMap((s) => s.own.splice(0))];
    for (const s of this.slots) {
      if (s.running) {
        if (s.running.timer) clearTimeout(s.running.timer);
        tasks.push(s.running.task);
        s.running = undefined;
      }
      void s.worker.terminate();
    }
    for (const t of tasks) t.reject(err);
  }
}
