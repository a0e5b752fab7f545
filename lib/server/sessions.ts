/**
 * Remote environment sessions: `reset` opens one (or resets an existing one), `step` advances it,
 * `close` ends it. Sessions idle longer than `ttlMs` are closed by a sweeper; at most `maxSessions`
 * are open at once, at most `maxPerClient` per client. A call that exceeds `stepTimeoutMs` ends its
 * session (its state can no longer be trusted) and answers 504.
 *
 * With `workers > 0` the envs live in session worker threads (session-pool.ts): a slow env blocks its
 * worker, not the server, and a call past the limit is stopped for real by terminating the worker
 * (which ends the other sessions on it too: they answer 404 SESSION_NOT_FOUND next). With `workers: 0`
 * they run on the server's main thread, where the limit only abandons the call.
 */
import { randomUUID } from 'node:crypto';
import type { Env } from '../core/env.js';
// the package entry registers the built-in environments
import { make } from '../core/registry.js';
import { EnvNotFoundError, MathgymError } from '../errors.js';
import { KWARG_PATH_CODE, KWARG_PATH_MESSAGE, refusedKwarg } from './kwargs.js';
import { RemoteEnvError, SessionWorker, WorkerGone } from './session-pool.js';

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
  readonly worker?: SessionWorker;
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

/** A call abandoned after `ms` (in-process sessions: the env cannot be interrupted, only left behind). */
function timed<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WorkerGone(`${what} took longer than ${ms} ms`, true)), ms);
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

/** An error from the worker as the routes expect it: EnvNotFoundError 404, other mathgym errors 400, the rest 500. */
function local(e: unknown): unknown {
  if (!(e instanceof RemoteEnvError)) return e;
  if (e.name === 'EnvNotFoundError') return new EnvNotFoundError(e.message, 'name');
  if (e.code) return new MathgymError(e.message, e.code);
  return new Error(e.message);
}

function workerBackend(w: SessionWorker, sid: string): Backend {
  return {
    worker: w,
    reset: (seed, options, ms, what) => w.call({ op: 'reset', sid, seed, options }, ms, what).catch((e: unknown) => Promise.reject(local(e))) as Promise<ResetResult>,
    step: (action, ms, what) => w.call({ op: 'step', sid, action }, ms, what).catch((e: unknown) => Promise.reject(local(e))) as Promise<StepResult>,
    close: async () => {
      if (!w.gone) await w.call({ op: 'close', sid }, 10_000, 'close').catch(() => undefined);
    },
  };
}

/** Making an env (loading a database, say) is not a step: it gets this long in a session worker. */
const OPEN_MS = 60_000;

export class Sessions {
  private readonly open = new Map<string, Session>();
  /** New sessions being built (make() in progress): they hold a slot of the cap already. */
  private creating = 0;
  /** Open or opening sessions per client. */
  private readonly perClient = new Map<string, number>();
  private readonly workers: SessionWorker[] = [];
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
      if (e instanceof WorkerGone) {
        await this.drop(s.id);
        if (e.timedOut) throw new SessionError(504, 'STEP_TIMEOUT', `${e.message}; the session was closed${s.backend.worker ? ' (with the other sessions of its worker thread)' : ''}`);
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

  /** The live session worker with the fewest sessions, starting one while fewer than `workers` run. */
  private pickWorker(): SessionWorker {
    const live = this.workers.filter((w) => !w.gone);
    if (live.length < (this.opts.workers ?? 0)) {
      const w = new SessionWorker(this.opts.plugins ?? [], (gone) => this.lost(gone));
      this.workers.push(w);
      return w;
    }
    return live.reduce((a, b) => (b.sessions < a.sessions ? b : a));
  }

  /** Starts the session workers and waits until they have loaded the environments (a first reset then pays nothing). */
  async warmup(): Promise<void> {
    while (this.workers.filter((w) => !w.gone).length < (this.opts.workers ?? 0)) this.pickWorker();
    await Promise.all(this.workers.map((w) => w.started()));
  }

  /** A worker ended: its sessions are gone (their next call answers 404). */
  private lost(w: SessionWorker): void {
    const i = this.workers.indexOf(w);
    if (i >= 0) this.workers.splice(i, 1);
    for (const s of [...this.open.values()]) {
      if (s.backend.worker === w) {
        this.open.delete(s.id);
        this.hold(s.client, -1);
      }
    }
  }

  private async build(envId: string, kwargs: Record<string, unknown>): Promise<{ id: string; backend: Backend }> {
    const id = randomUUID();
    if (!(this.opts.workers ?? 0)) return { id, backend: localBackend(await make(envId, kwargs)) };
    const w = this.pickWorker();
    w.sessions++;
    try {
      await w.call({ op: 'open', sid: id, envId, kwargs }, OPEN_MS, `opening ${envId}`);
    } catch (e) {
      w.sessions--;
      if (e instanceof WorkerGone) throw new SessionError(e.timedOut ? 504 : 500, e.timedOut ? 'STEP_TIMEOUT' : 'SESSION_LOST', `${e.message}; retry`);
      throw local(e);
    }
    const backend = workerBackend(w, id);
    return { id, backend: { ...backend, close: () => ((w.sessions = Math.max(0, w.sessions - 1)), backend.close()) } };
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
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
