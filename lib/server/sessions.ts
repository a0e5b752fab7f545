/**
 * Remote environment sessions: `reset` opens one (or resets an existing one), `step` advances it,
 * `close` ends it. Sessions idle longer than `ttlMs` are closed by a sweeper; at most `maxSessions`
 * are open at once, at most `maxPerClient` per client. A call that exceeds `stepTimeoutMs` ends its
 * session (its state can no longer be trusted) and answers 504.
 *
 * With `workers > 0` the envs live in session worker threads (session-worker.ts), a slot of the shared
 * pool (lib/core/pool.ts) each: a slow env blocks its worker, not the server, and a call past the limit
 * is stopped for real by terminating the worker, which the pool replaces; that ends the other sessions
 * on it too (they answer 404 SESSION_NOT_FOUND next). With `workers: 0` they run on the server's main
 * thread, where the limit only abandons the call.
 */
import { randomUUID } from 'node:crypto';
import type { Env } from '../core/env.js';
import { type SerializedError, WorkerPool } from '../core/pool.js';
import { make } from '../core/registry.js';
import { workerScript } from '../core/worker-script.js';
import { EnvNotFoundError, MathgymError, WorkerError } from '../errors.js';
import { KWARG_PATH_CODE, KWARG_PATH_MESSAGE, refusedKwarg } from './kwargs.js';

export interface SessionOptions {
  readonly ttlMs: number;
  readonly maxSessions: number;
  readonly stepTimeoutMs: number;
  /** Canonical folders (resolveDataDirs) inside which a kwarg may name a file; none by default. */
  readonly dataDirs?: readonly string[];
  /** Sessions one client may hold open at once (default: maxSessions, no per-client limit). */
  readonly maxPerClient?: number;
  /** Session worker threads (default 0: envs run on the main thread). */
  readonly workers?: number;
  /** Plugin modules the session workers load (the ones the server process loaded). */
  readonly plugins?: readonly string[];
}

type ResetResult = { observation: unknown; info: Record<string, unknown> };
type StepResult = { observation: unknown; reward: number; terminated: boolean; truncated: boolean; info: Record<string, unknown> };

/** Where a session's env lives: in this thread, or in a session worker. */
interface Backend {
  reset(seed: number | undefined, options: Record<string, unknown> | undefined, timeoutMs: number, what: string): Promise<ResetResult>;
  step(action: unknown, timeoutMs: number, what: string): Promise<StepResult>;
  close(): Promise<void>;
  /** The pool slot (worker) that holds the env; none on the main thread. */
  readonly slot?: number;
}

interface Session {
  readonly id: string;
  readonly envId: string;
  readonly backend: Backend;
  /** Who opened it (clientKey): counted against that client's quota. */
  readonly client: string;
  lastUsed: number;
  busy: boolean;
}

/** A session-level failure the route turns into an HTTP status. */
export class SessionError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The call did not finish and the session's env cannot be trusted any more: past its limit, or its worker died. */
class CallLost extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

/** A call abandoned after `ms` (in-process sessions: the env cannot be interrupted, only left behind). */
function timed<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CallLost(`${what} took longer than ${ms} ms`, true)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function localBackend(env: Env<unknown, unknown>): Backend {
  return {
    reset: (seed, options, ms, what) => timed(env.reset({ seed, options }).then((r) => ({ observation: r.observation, info: r.info })), ms, what),
    step: (action, ms, what) => timed(env.step(action).then((r) => ({ observation: r.observation, reward: r.reward, terminated: r.terminated, truncated: r.truncated, info: r.info })), ms, what),
    close: () => env.close().catch(() => undefined),
  };
}

/**
 * A pool error as the routes expect it: what the env threw keeps its status (EnvNotFoundError 404, other
 * mathgym errors 400, the rest 500); a worker stopped at the limit, dead, or shut down is a CallLost.
 */
function local(e: unknown, ms: number, what: string): unknown {
  if (!(e instanceof WorkerError)) return e;
  if (e.kind === 'timeout') return new CallLost(`${what} took longer than ${ms} ms`, true);
  if (e.kind !== 'threw') return new CallLost(e.message, false);
  const remote = e.cause as SerializedError;
  if (remote.name === 'EnvNotFoundError') return new EnvNotFoundError(remote.message, 'name');
  if (remote.code) return new MathgymError(remote.message, remote.code);
  return new Error(remote.message);
}

/** Runs a session task on its worker, its limit counted from the moment the worker begins it (not while it waits behind other sessions). */
function call<R>(pool: WorkerPool, slot: number, method: string, args: readonly unknown[], ms: number, what: string): Promise<R> {
  return pool.run<R>(method, args, { slot, timeoutMs: ms }).catch((e: unknown) => Promise.reject(local(e, ms, what)));
}

function workerBackend(pool: WorkerPool, slot: number, sid: string): Backend {
  return {
    slot,
    reset: (seed, options, ms, what) => call(pool, slot, 'reset', [sid, seed, options], ms, what),
    step: (action, ms, what) => call(pool, slot, 'step', [sid, action], ms, what),
    close: () => call(pool, slot, 'close', [sid], 10_000, 'close').then(
      () => undefined,
      () => undefined,
    ),
  };
}

const SESSION_WORKER = workerScript(import.meta.url, 'session-worker');
/** Making an env (loading a database, say) is not a step: it gets this long in a session worker. */
const OPEN_MS = 60_000;
/** Start-up (importing the environments and plugins) is not a call: it gets its own, generous limit. */
const START_MS = 120_000;

export class Sessions {
  private readonly open = new Map<string, Session>();
  /** New sessions being built (make() in progress): they hold a slot of the cap already. */
  private creating = 0;
  /** Open or opening sessions per client. */
  private readonly perClient = new Map<string, number>();
  /** The session workers, started at the first session or warmup (none with `workers: 0`). */
  private workerPool: WorkerPool | undefined;
  /** Sessions being opened on each slot: counted when placing the next one. */
  private readonly opening: number[] = [];
  private closed = false;
  private readonly sweeper: NodeJS.Timeout;

  constructor(readonly opts: SessionOptions) {
    this.sweeper = setInterval(() => void this.sweep(), Math.max(50, Math.min(opts.ttlMs / 4, 30_000)));
    this.sweeper.unref();
  }

  get size(): number {
    return this.open.size;
  }

  private get(envId: string, id: string): Session {
    const s = this.open.get(id);
    if (!s) throw new SessionError(404, 'SESSION_NOT_FOUND', `no open session ${JSON.stringify(id)} (closed, expired after ${this.opts.ttlMs / 1000} s idle, ended with its worker, or never opened); call POST /v1/envs/{id}/reset for a new one`);
    if (s.envId !== envId) throw new SessionError(400, 'SESSION_ENV_MISMATCH', `session ${id} belongs to ${s.envId}, not ${envId}`);
    if (s.busy) throw new SessionError(409, 'SESSION_BUSY', `session ${id} is still running a call; send one request at a time per session`);
    return s;
  }

  private async run<T>(s: Session, what: string, f: (ms: number, what: string) => Promise<T>): Promise<T> {
    s.busy = true;
    try {
      return await f(this.opts.stepTimeoutMs, `${what} on ${s.envId}`);
    } catch (e) {
      if (e instanceof CallLost) {
        await this.drop(s.id);
        if (e.timedOut) throw new SessionError(504, 'STEP_TIMEOUT', `${e.message}; the session was closed${s.backend.slot !== undefined ? ' (with the other sessions of its worker thread)' : ''}`);
        throw new SessionError(500, 'SESSION_LOST', `${e.message}; the session was closed, open a new one`);
      }
      throw e;
    } finally {
      s.busy = false;
      s.lastUsed = Date.now();
    }
  }

  private hold(client: string, n: number): void {
    const k = (this.perClient.get(client) ?? 0) + n;
    if (k > 0) this.perClient.set(client, k);
    else this.perClient.delete(client);
  }

  /** The session worker pool, started on first use; a worker that dies or is stopped is replaced by the pool. */
  private pool(): WorkerPool {
    const size = this.opts.workers ?? 0;
    this.workerPool ??= new WorkerPool({
      name: 'session',
      script: SESSION_WORKER,
      size,
      workerData: { plugins: [...(this.opts.plugins ?? [])] },
      startTimeoutMs: START_MS,
      onLost: (slot) => this.lost(slot),
    });
    return this.workerPool;
  }

  /** The slot with the fewest open and opening sessions. */
  private pickSlot(): number {
    const load = Array.from({ length: this.opts.workers ?? 0 }, (_, i) => this.opening[i] ?? 0);
    for (const s of this.open.values()) if (s.backend.slot !== undefined) load[s.backend.slot] = (load[s.backend.slot] ?? 0) + 1;
    return load.reduce((best, n, i) => (n < (load[best] as number) ? i : best), 0);
  }

  /** Starts the session workers and waits until they have loaded the environments (a first reset then pays nothing). */
  async warmup(): Promise<void> {
    if (this.opts.workers) await this.pool().warmup();
  }

  /** The worker of `slot` ended: its sessions are gone (their next call answers 404). */
  private lost(slot: number): void {
    for (const s of [...this.open.values()]) {
      if (s.backend.slot === slot) {
        this.open.delete(s.id);
        this.hold(s.client, -1);
      }
    }
  }

  private async build(envId: string, kwargs: Record<string, unknown>): Promise<{ id: string; backend: Backend }> {
    const id = randomUUID();
    if (!(this.opts.workers ?? 0)) return { id, backend: localBackend(await make(envId, kwargs)) };
    const pool = this.pool();
    const slot = this.pickSlot();
    this.opening[slot] = (this.opening[slot] ?? 0) + 1;
    try {
      await call(pool, slot, 'open', [id, envId, kwargs], OPEN_MS, `opening ${envId}`);
    } catch (e) {
      if (e instanceof CallLost) throw new SessionError(e.timedOut ? 504 : 500, e.timedOut ? 'STEP_TIMEOUT' : 'SESSION_LOST', `${e.message}; retry`);
      throw e;
    } finally {
      this.opening[slot] = (this.opening[slot] ?? 1) - 1;
    }
    return { id, backend: workerBackend(pool, slot, id) };
  }

  /** Opens a session (or resets `sessionId`) and returns the first observation; `client` is who asks (for the per-client quota). */
  async reset(envId: string, body: { session_id?: string; seed?: number; options?: Record<string, unknown>; kwargs?: Record<string, unknown> }, client = ''): Promise<{ session_id: string; observation: unknown; info: Record<string, unknown> }> {
    let s: Session;
    if (body.session_id !== undefined) s = this.get(envId, body.session_id);
    else {
      // kwargs naming server files are refused before anything reads them (see kwargs.ts)
      if (refusedKwarg(body.kwargs, this.opts.dataDirs ?? []) !== undefined) throw new SessionError(400, KWARG_PATH_CODE, KWARG_PATH_MESSAGE);
      if (this.open.size + this.creating >= this.opts.maxSessions) {
        throw new SessionError(429, 'SESSION_CAP', `${this.open.size + this.creating} sessions are open or opening, the cap is ${this.opts.maxSessions}; close sessions you no longer use, or retry after idle ones expire`);
      }
      const quota = this.opts.maxPerClient ?? this.opts.maxSessions;
      const mine = this.perClient.get(client) ?? 0;
      if (mine >= quota) {
        throw new SessionError(429, 'SESSION_QUOTA', `this client holds ${mine} open sessions, its quota is ${quota} (mathgym serve --max-sessions-per-client); close sessions you no longer use, or retry after idle ones expire`);
      }
      // the slots are reserved before the await, so concurrent resets cannot all pass the checks above
      this.creating++;
      this.hold(client, 1);
      let built: { id: string; backend: Backend };
      try {
        built = await this.build(envId, body.kwargs ?? {});
      } catch (e) {
        this.hold(client, -1);
        throw e;
      } finally {
        this.creating--;
      }
      s = { id: built.id, envId, backend: built.backend, client, lastUsed: Date.now(), busy: false };
      this.open.set(s.id, s);
      if (this.closed) {
        await this.drop(s.id);
        throw new SessionError(503, 'DRAINING', 'the server is shutting down; open the session on another replica');
      }
      try {
        const r = await this.run(s, 'reset', (ms, what) => s.backend.reset(body.seed, body.options, ms, what));
        return { session_id: s.id, observation: r.observation, info: r.info };
      } catch (e) {
        // the client never got this id: do not leave the session holding a slot
        await this.drop(s.id);
        throw e;
      }
    }
    const r = await this.run(s, 'reset', (ms, what) => s.backend.reset(body.seed, body.options, ms, what));
    return { session_id: s.id, observation: r.observation, info: r.info };
  }

  async step(envId: string, id: string, action: unknown): Promise<{ session_id: string; observation: unknown; reward: number; terminated: boolean; truncated: boolean; info: Record<string, unknown> }> {
    const s = this.get(envId, id);
    const r = await this.run(s, 'step', (ms, what) => s.backend.step(action, ms, what));
    return { session_id: id, ...r };
  }

  async close(envId: string, id: string): Promise<void> {
    this.get(envId, id);
    await this.drop(id);
  }

  private async drop(id: string): Promise<void> {
    const s = this.open.get(id);
    if (!s) return;
    this.open.delete(id);
    this.hold(s.client, -1);
    await s.backend.close();
  }

  private async sweep(): Promise<void> {
    const now = Date.now();
    for (const s of [...this.open.values()]) if (!s.busy && now - s.lastUsed > this.opts.ttlMs) await this.drop(s.id);
  }

  async closeAll(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweeper);
    await Promise.all([...this.open.keys()].map((id) => this.drop(id)));
    await this.workerPool?.close();
  }
}
