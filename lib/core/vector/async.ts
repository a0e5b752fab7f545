/**
 * AsyncVectorEnv: sub-envs live in worker threads (node:worker_threads) and are stepped in
 * parallel. Functions cannot cross threads, so a worker builds its envs from an EnvTarget
 * (`{id, kwargs, modules}`) with `make`, after loading the plugin modules that register the id.
 *
 * Failure is an error, never a hang: an env that throws rejects the call with a WorkerError naming
 * the sub-env; a worker that dies or exceeds `timeoutMs` is terminated and the vector env closed.
 * After a sub-env throws, the other sub-envs of that batch may have stepped: call `reset()` before
 * stepping again (as with Gymnasium, a failed step leaves the batch in an undefined state).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ConfigError, WorkerError } from '../../errors.js';
import { resolveModule } from '../modules.js';
import { workerScript } from '../worker-script.js';
import { spaceFromJSON } from '../spaces/json.js';
import type { Space } from '../spaces/space.js';
import type { EnvTarget, FromWorker, SerializedError, ToWorker } from './protocol.js';
import { type SubEnvOp, type SubEnvOutcome, VectorEnv, type VectorEnvOptions } from './vector-env.js';

export interface AsyncVectorEnvOptions extends VectorEnvOptions {
  readonly numEnvs: number;
  /** Worker threads to spread the sub-envs over; default min(numEnvs, available cores). */
  readonly workers?: number;
  /** Per-call limit; a worker that does not answer in time is terminated. Default: none. */
  readonly timeoutMs?: number;
  /** Limit on starting a worker and making its envs (default 60 s). */
  readonly initTimeoutMs?: number;
}

interface Pending {
  resolve: (m: FromWorker) => void;
  reject: (e: Error) => void;
}

const WORKER = workerScript(import.meta.url, 'worker');

class WorkerHandle {
  readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private initWaiter: Pending | undefined;
  dead: Error | undefined;

  constructor(
    readonly slot: number,
    /** Global index of this worker's first sub-env. */
    readonly offset: number,
  ) {
    this.worker = new Worker(WORKER.script, WORKER.options);
    // like Gymnasium's daemon workers: an idle worker does not keep the process alive
    this.worker.unref();
    this.worker.on('message', (m: FromWorker) => this.onMessage(m));
    this.worker.on('error', (e) => this.fail(new WorkerError(`worker ${slot} crashed: ${e.message}`, undefined, { cause: e })));
    this.worker.on('exit', (code) => this.fail(new WorkerError(`worker ${slot} exited (code ${code})`)));
  }

  init(target: EnvTarget, count: number, timeoutMs: number | undefined): Promise<FromWorker> {
    this.worker.ref();
    return new Promise<FromWorker>((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.fail(new WorkerError(`worker ${this.slot} did not create its envs within ${timeoutMs} ms; it was terminated`));
              void this.worker.terminate();
            }, timeoutMs);
      const settle = (): void => {
        if (timer) clearTimeout(timer);
        this.worker.unref();
      };
      this.initWaiter = { resolve: (m) => (settle(), resolve(m)), reject: (e) => (settle(), reject(e)) };
      this.post({ type: 'init', target, count });
    });
  }

  request(build: (id: number) => ToWorker, timeoutMs: number | undefined): Promise<FromWorker> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<FromWorker>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        if (timer) clearTimeout(timer);
        this.pending.delete(id);
        if (this.pending.size === 0) this.worker.unref();
      };
      this.worker.ref();
      this.pending.set(id, {
        resolve: (m) => (done(), resolve(m)),
        reject: (e) => (done(), reject(e)),
      });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.fail(new WorkerError(`worker ${this.slot} did not answer within ${timeoutMs} ms; it was terminated`));
          void this.worker.terminate();
        }, timeoutMs);
      }
      this.post(build(id));
    });
  }

  private post(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  private onMessage(m: FromWorker): void {
    if (m.type === 'ready' || (m.type === 'error' && m.id === undefined)) {
      const w = this.initWaiter;
      this.initWaiter = undefined;
      if (m.type === 'ready') w?.resolve(m);
      else w?.reject(toError(m.error, undefined, `worker ${this.slot} could not create its envs`));
      return;
    }
    if (m.id === undefined) return;
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'error') {
      const index = m.index === undefined ? undefined : m.index + this.offset;
      p.reject(toError(m.error, index, index === undefined ? `worker ${this.slot}` : `sub-env ${index}`));
    } else p.resolve(m);
  }

  /** Rejects everything outstanding; later requests fail at once. */
  fail(e: Error): void {
    if (this.dead) return;
    this.dead = e;
    this.initWaiter?.reject(e);
    this.initWaiter = undefined;
    for (const p of [...this.pending.values()]) p.reject(e);
  }
}

function toError(e: SerializedError, index: number | undefined, where: string): WorkerError {
  const err = new WorkerError(`${where} threw ${e.name}${e.code ? ` [${e.code}]` : ''}: ${e.message}`, index);
  if (e.stack) err.stack = `${err.name}: ${err.message}\n--- in worker ---\n${e.stack}`;
  return err;
}

export class AsyncVectorEnv<Obs = unknown, Act = unknown> extends VectorEnv<Obs, Act> {
  private readonly handles: readonly WorkerHandle[];
  /** Sub-env index → [worker, local index]. */
  private readonly placement: readonly (readonly [WorkerHandle, number])[];
  private readonly timeoutMs: number | undefined;

  private constructor(
    handles: readonly WorkerHandle[],
    counts: readonly number[],
    spaces: { observation: Space<Obs, unknown>; action: Space<Act, unknown> },
    opts: AsyncVectorEnvOptions,
  ) {
    super(opts.numEnvs, spaces.observation, spaces.action, opts);
    this.handles = handles;
    this.placement = handles.flatMap((h, w) => Array.from({ length: counts[w] as number }, (_, local) => [h, local] as const));
    this.timeoutMs = opts.timeoutMs;
  }

  /** Starts the workers and makes the sub-envs in them. */
  static async create<O = unknown, A = unknown>(target: EnvTarget, opts: AsyncVectorEnvOptions): Promise<AsyncVectorEnv<O, A>> {
    const { numEnvs } = opts;
    if (!Number.isInteger(numEnvs) || numEnvs < 1) throw new ConfigError(`numEnvs must be a positive integer, got ${numEnvs}`);
    const nWorkers = opts.workers ?? Math.min(numEnvs, availableParallelism());
    if (!Number.isInteger(nWorkers) || nWorkers < 1 || nWorkers > numEnvs) {
      throw new ConfigError(`workers must be an integer in 1..numEnvs (${numEnvs}), got ${nWorkers}`);
    }
    // contiguous, balanced chunks: sub-env i lives in worker floor(i * W / n)
    const counts = Array.from({ length: nWorkers }, (_, w) => Math.floor(((w + 1) * numEnvs) / nWorkers) - Math.floor((w * numEnvs) / nWorkers));
    let offset = 0;
    const handles = counts.map((c, w) => {
      const h = new WorkerHandle(w, offset);
      offset += c;
      return h;
    });
    const resolvedTarget: EnvTarget = { ...target, modules: (target.modules ?? []).map(resolveModule) };
    try {
      const ready = await Promise.all(handles.map((h, w) => h.init(resolvedTarget, counts[w] as number, opts.initTimeoutMs ?? 60_000)));
      const first = ready[0] as Extract<FromWorker, { type: 'ready' }>;
      const spaces = {
        observation: spaceFromJSON(first.observationSpace) as Space<O, unknown>,
        action: spaceFromJSON(first.actionSpace) as Space<A, unknown>,
      };
      return new AsyncVectorEnv<O, A>(handles, counts, spaces, opts);
    } catch (e) {
      await Promise.allSettled(handles.map((h) => h.worker.terminate()));
      throw e;
    }
  }

  protected async run(ops: readonly SubEnvOp<Act>[]): Promise<SubEnvOutcome<Obs>[]> {
    const byWorker = new Map<WorkerHandle, { ops: SubEnvOp<unknown>[]; slots: number[] }>();
    ops.forEach((op, k) => {
      const [h, local] = this.placement[op.index] as readonly [WorkerHandle, number];
      const entry = byWorker.get(h) ?? { ops: [], slots: [] };
      entry.ops.push({ ...op, index: local });
      entry.slots.push(k);
      byWorker.set(h, entry);
    });
    const out = new Array<SubEnvOutcome<Obs>>(ops.length);
    try {
      await Promise.all(
        [...byWorker].map(async ([h, { ops: local, slots }]) => {
          const m = await h.request((id) => ({ type: 'run', id, ops: local }), this.timeoutMs);
          if (m.type !== 'result') throw new WorkerError(`unexpected worker reply ${m.type}`);
          m.outcomes.forEach((o, j) => {
            out[slots[j] as number] = o as SubEnvOutcome<Obs>;
          });
        }),
      );
    } catch (e) {
      // a dead worker leaves the batch unusable, so close; an env that threw can still be reset by the caller
      if (this.handles.some((h) => h.dead)) await this.close().catch(() => undefined);
      throw e;
    }
    return out;
  }

  /** Calls a method (or reads an attribute) on every sub-env, in sub-env order (Gymnasium's `call`). */
  async call(name: string, ...args: unknown[]): Promise<unknown[]> {
    const results = await Promise.all(
      this.handles.map(async (h) => {
        const m = await h.request((id) => ({ type: 'call', id, name, args }), this.timeoutMs);
        return m.type === 'values' ? m.values : [];
      }),
    );
    return results.flat();
  }

  protected async closeEnvs(): Promise<void> {
    await Promise.allSettled(
      this.handles.map(async (h) => {
        if (!h.dead) await h.request((id) => ({ type: 'close', id }), this.timeoutMs ?? 10_000).catch(() => undefined);
        h.fail(new WorkerError('AsyncVectorEnv is closed'));
        await h.worker.terminate();
      }),
    );
  }
}
