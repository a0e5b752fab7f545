/**
 * The main-thread side of session worker threads (session-worker.ts). Each session is pinned to one
 * worker; a call that runs past its limit terminates that worker (a stuck env cannot be interrupted
 * any other way), which ends every session on it, and a fresh worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { workerScript } from '../core/worker-script.js';
import type { SerializedError } from '../core/pool.js';

export type SessionCall =
  | { readonly id: number; readonly op: 'open'; readonly sid: string; readonly envId: string; readonly kwargs?: Record<string, unknown> }
  | { readonly id: number; readonly op: 'reset'; readonly sid: string; readonly seed?: number; readonly options?: Record<string, unknown> }
  | { readonly id: number; readonly op: 'step'; readonly sid: string; readonly action: unknown }
  | { readonly id: number; readonly op: 'close'; readonly sid: string };

export type SessionReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: SerializedError }
  /** The worker began the call (its time limit starts here, not while it waits behind other sessions' calls). */
  | { readonly id: number; readonly started: true };

/** An error thrown inside the worker, carried back with its name and code. */
export class RemoteEnvError extends Error {
  readonly code: string | undefined;
  constructor(e: SerializedError) {
    super(e.message);
    this.name = e.name;
    this.code = e.code;
  }
}

/** The worker was terminated (a call past its limit) or died: its sessions are gone. */
export class WorkerGone extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

type CallBody = SessionCall extends infer C ? (C extends SessionCall ? Omit<C, 'id'> : never) : never;

const SCRIPT = workerScript(import.meta.url, 'session-worker');
/** Start-up (importing the environments) is not a call: it gets its own, generous limit. */
const START_MS = 120_000;

export class SessionWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; start?: () => void }>();
  private nextId = 0;
  private readonly ready: Promise<void>;
  gone: WorkerGone | undefined;
  /** Sessions pinned here. */
  sessions = 0;

  constructor(
    plugins: readonly string[],
    private readonly onGone: (w: SessionWorker) => void,
  ) {
    const script = typeof SCRIPT.script === 'string' ? SCRIPT.script : fileURLToPath(SCRIPT.script);
    this.worker = new Worker(script, { ...SCRIPT.options, workerData: { plugins: [...plugins] } });
    this.worker.unref();
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new WorkerGone(`the session worker did not start within ${START_MS / 1000} s`, false)), START_MS);
      this.pending.set(-1, {
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
    });
    this.ready.catch(() => undefined);
    this.worker.on('message', (m: SessionReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      if ('started' in m) return p.start?.();
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(new RemoteEnvError(m.error));
    });
    this.worker.on('error', (e) => this.fail(new WorkerGone(`the session worker crashed: ${e.message}`, false)));
    this.worker.on('exit', (code) => this.fail(new WorkerGone(`the session worker exited (${code})`, false)));
  }

  private fail(g: WorkerGone): void {
    if (this.gone) return;
    this.gone = g;
    for (const p of this.pending.values()) p.reject(g);
    this.pending.clear();
    void this.worker.terminate();
    this.onGone(this);
  }

  /** Resolves once the worker has loaded the environments (rejects if it could not). */
  started(): Promise<void> {
    return this.ready;
  }

  /** Runs one call; past `timeoutMs` the worker is terminated and the call rejects with WorkerGone (timedOut). */
  async call(body: CallBody, timeoutMs: number, what: string): Promise<unknown> {
    if (this.gone) throw this.gone;
    await this.ready;
    if (this.gone) throw this.gone;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
        start: () => {
          timer = setTimeout(() => this.fail(new WorkerGone(`${what} took longer than ${timeoutMs} ms`, true)), timeoutMs);
        },
      });
      this.worker.postMessage({ ...body, id } as SessionCall);
    });
  }

  async close(): Promise<void> {
    this.gone ??= new WorkerGone('the server is shutting down', false);
    await this.worker.terminate();
  }
}
