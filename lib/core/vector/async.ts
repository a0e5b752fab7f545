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
import { ConfigError, WorkerError } from '../../errors.js';
import { resolveModule } from '../modules.js';
import { type SerializedError, WorkerPool } from '../pool.js';
import { workerScript } from '../worker-script.js';
import { spaceFromJSON } from '../spaces/json.js';
import type { Space } from '../spaces/space.js';
import type { EnvTarget, Ready, RunResult } from './protocol.js';
import { type SubEnvOp, type SubEnvOutcome, VectorEnv, type VectorEnvOptions } from './vector-env.js';

export interface AsyncVectorEnvOptions extends VectorEnvOptions {
  readonly numEnvs: number;
  /** Worker threads to spread the sub-envs over; default min(numEnvs, available cores). */
  readonly workers?: number;
  /** Per-call limit; a worker that does not answer in time is terminated. Default: none. */
  readonly timeoutMs?: number;
  /** Limit on starting a worker, and again on making its envs (default 60 s each). */
  readonly initTimeoutMs?: number;
}

const WORKER = workerScript(import.meta.url, 'worker');

function describe(e: SerializedError, index: number | undefined, where: string): WorkerError {
  const err = new WorkerError(`${where} threw ${e.name}${e.code ? ` [${e.code}]` : ''}: ${e.message}`, index, { kind: 'threw' });
  if (e.stack) err.stack = `${err.name}: ${err.message}\n--- in worker ---\n${e.stack}`;
  return err;
}

/**
 * The pool's error for a task on worker `slot`, in this env's words: what the sub-env or worker threw, or
 * that the worker died or did not answer in time (`what` names the task: "answer", "create its envs").
 */
function explain(e: unknown, slot: number, what: string, limitMs: number | undefined): Error {
  if (!(e instanceof WorkerError)) return e instanceof Error ? e : new Error(String(e));
  if (e.kind === 'threw') return describe(e.cause as SerializedError, undefined, what === 'answer' ? `worker ${slot}` : `worker ${slot} could not ${what}`);
  if (e.kind === 'timeout') return new WorkerError(`worker ${slot} did not ${what} within ${limitMs} ms; it was terminated`, undefined, { kind: 'timeout', cause: e });
  return e;
}

export class AsyncVectorEnv<Obs = unknown, Act = unknown> extends VectorEnv<Obs, Act> {
  /** One worker per slot, each holding a contiguous run of sub-envs; a worker that dies is not replaced (its envs are gone). */
  private readonly pool: WorkerPool;
  /** Sub-env index → [worker slot, local index]. */
  private readonly placement: readonly (readonly [number, number])[];
  /** Global index of each worker's first sub-env. */
  private readonly offsets: readonly number[];
  private readonly timeoutMs: number | undefined;
  private dead = false;

  private constructor(
    pool: WorkerPool,
    counts: readonly number[],
    spaces: { observation: Space<Obs, unknown>; action: Space<Act, unknown> },
    opts: AsyncVectorEnvOptions,
  ) {
    super(opts.numEnvs, spaces.observation, spaces.action, opts);
    this.pool = pool;
    this.placement = counts.flatMap((c, w) => Array.from({ length: c }, (_, local) => [w, local] as const));
    this.offsets = counts.map((_, w) => counts.slice(0, w).reduce((a, b) => a + b, 0));
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
    const initMs = opts.initTimeoutMs ?? 60_000;
    const pool = new WorkerPool({ name: 'vector env', script: WORKER, size: nWorkers, replace: false, startTimeoutMs: initMs });
    const resolvedTarget: EnvTarget = { ...target, modules: (target.modules ?? []).map(resolveModule) };
    try {
      const ready = await Promise.all(
        counts.map((c, w) => pool.run<Ready>('init', [resolvedTarget, c], { slot: w, timeoutMs: initMs }).catch((e: unknown) => Promise.reject(explain(e, w, 'create its envs', initMs)))),
      );
      const first = ready[0] as Ready;
      const spaces = {
        observation: spaceFromJSON(first.observationSpace) as Space<O, unknown>,
        action: spaceFromJSON(first.actionSpace) as Space<A, unknown>,
      };
      return new AsyncVectorEnv<O, A>(pool, counts, spaces, opts);
    } catch (e) {
      await pool.close();
      throw e;
    }
  }

  /** Runs a task on worker `slot`; a worker that dies or times out leaves the batch unusable, so the vector env closes. */
  private async task<R>(slot: number, method: string, args: readonly unknown[], timeoutMs = this.timeoutMs): Promise<R> {
    try {
      return await this.pool.run<R>(method, args, { slot, timeoutMs });
    } catch (e) {
      if (e instanceof WorkerError && (e.kind === 'crashed' || e.kind === 'timeout')) {
        this.dead = true;
        await this.close().catch(() => undefined);
      }
      throw explain(e, slot, 'answer', timeoutMs);
    }
  }

  protected async run(ops: readonly SubEnvOp<Act>[]): Promise<SubEnvOutcome<Obs>[]> {
    const byWorker = new Map<number, { ops: SubEnvOp<unknown>[]; slots: number[] }>();
    ops.forEach((op, k) => {
      const [w, local] = this.placement[op.index] as readonly [number, number];
      const entry = byWorker.get(w) ?? { ops: [], slots: [] };
      entry.ops.push({ ...op, index: local });
      entry.slots.push(k);
      byWorker.set(w, entry);
    });
    const out = new Array<SubEnvOutcome<Obs>>(ops.length);
    await Promise.all(
      [...byWorker].map(async ([w, { ops: local, slots }]) => {
        const r = await this.task<RunResult>(w, 'run', [local]);
        if ('failed' in r) {
          // an env that threw: the caller can still reset the batch
          const index = r.failed.index + (this.offsets[w] as number);
          throw describe(r.failed.error, index, `sub-env ${index}`);
        }
        r.outcomes.forEach((o, j) => {
          out[slots[j] as number] = o as SubEnvOutcome<Obs>;
        });
      }),
    );
    return out;
  }

  /** Calls a method (or reads an attribute) on every sub-env, in sub-env order (Gymnasium's `call`). */
  async call(name: string, ...args: unknown[]): Promise<unknown[]> {
    const results = await Promise.all(this.offsets.map((_, w) => this.task<unknown[]>(w, 'call', [name, args])));
    return results.flat();
  }

  protected async closeEnvs(): Promise<void> {
    if (!this.dead) await Promise.allSettled(this.offsets.map((_, w) => this.pool.run('close', [], { slot: w, timeoutMs: this.timeoutMs ?? 10_000 })));
    await this.pool.close();
  }
}
