/**
 * Remote environment sessions: `reset` opens one (or resets an existing one), `step` advances it,
 * `close` ends it. Sessions idle longer than `ttlMs` are closed by a sweeper; at most `maxSessions`
 * are open at once. A step that exceeds `stepTimeoutMs` ends its session (its state can no longer
 * be trusted) and answers 504.
 */
import { randomUUID } from 'node:crypto';
import type { Env } from '../core/env.js';
// the package entry registers the built-in environments
import { make } from '../index.js';
import { KWARG_PATH_CODE, KWARG_PATH_MESSAGE, refusedKwarg } from './kwargs.js';

export interface SessionOptions {
  readonly ttlMs: number;
  readonly maxSessions: number;
  readonly stepTimeoutMs: number;
  /** Canonical folders (resolveDataDirs) inside which a kwarg may name a file; none by default. */
  readonly dataDirs?: readonly string[];
  /** Sessions one client may hold open at once (default: maxSessions, no per-client limit). */
  readonly maxPerClient?: number;
}

interface Session {
  readonly id: string;
  readonly envId: string;
  readonly env: Env<unknown, unknown>;
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

export class Sessions {
  private readonly open = new Map<string, Session>();
  /** New sessions being built (make() in progress): they hold a slot of the cap already. */
  private creating = 0;
  /** Open or opening sessions per client. */
  private readonly perClient = new Map<string, number>();
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
    if (!s) throw new SessionError(404, 'SESSION_NOT_FOUND', `no open session ${JSON.stringify(id)} (closed, expired after ${this.opts.ttlMs / 1000} s idle, or never opened); call POST /v1/envs/{id}/reset for a new one`);
    if (s.envId !== envId) throw new SessionError(400, 'SESSION_ENV_MISMATCH', `session ${id} belongs to ${s.envId}, not ${envId}`);
    if (s.busy) throw new SessionError(409, 'SESSION_BUSY', `session ${id} is still running a call; send one request at a time per session`);
    return s;
  }

  private async run<T>(s: Session, what: string, f: () => Promise<T>): Promise<T> {
    s.busy = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SessionError(504, 'STEP_TIMEOUT', `${what} on ${s.envId} took longer than ${this.opts.stepTimeoutMs} ms; the session was closed`)), this.opts.stepTimeoutMs);
    });
    try {
      return await Promise.race([f(), timeout]);
    } catch (e) {
      if (e instanceof SessionError && e.code === 'STEP_TIMEOUT') await this.drop(s.id);
      throw e;
    } finally {
      clearTimeout(timer);
      s.busy = false;
      s.lastUsed = Date.now();
    }
  }

  /** Opens a session (or resets `sessionId`) and returns the first observation. */
  private hold(client: string, n: number): void {
    const k = (this.perClient.get(client) ?? 0) + n;
    if (k > 0) this.perClient.set(client, k);
    else this.perClient.delete(client);
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
      let env: Env<unknown, unknown>;
      try {
        env = await make(envId, body.kwargs ?? {});
      } catch (e) {
        this.hold(client, -1);
        throw e;
      } finally {
        this.creating--;
      }
      s = { id: randomUUID(), envId, env, client, lastUsed: Date.now(), busy: false };
      this.open.set(s.id, s);
      try {
        const r = await this.run(s, 'reset', () => s.env.reset({ seed: body.seed, options: body.options }));
        return { session_id: s.id, observation: r.observation, info: r.info };
      } catch (e) {
        // the client never got this id: do not leave the session holding a slot
        await this.drop(s.id);
        throw e;
      }
    }
    const r = await this.run(s, 'reset', () => s.env.reset({ seed: body.seed, options: body.options }));
    return { session_id: s.id, observation: r.observation, info: r.info };
  }

  async step(envId: string, id: string, action: unknown): Promise<{ session_id: string; observation: unknown; reward: number; terminated: boolean; truncated: boolean; info: Record<string, unknown> }> {
    const s = this.get(envId, id);
    const r = await this.run(s, 'step', () => s.env.step(action));
    return { session_id: id, observation: r.observation, reward: r.reward, terminated: r.terminated, truncated: r.truncated, info: r.info };
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
    await s.env.close().catch(() => undefined);
  }

  private async sweep(): Promise<void> {
    const now = Date.now();
    for (const s of [...this.open.values()]) if (!s.busy && now - s.lastUsed > this.opts.ttlMs) await this.drop(s.id);
  }

  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all([...this.open.keys()].map((id) => this.drop(id)));
  }
}
