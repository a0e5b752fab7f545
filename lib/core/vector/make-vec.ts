/**
 * `makeVec(id, opts)`: builds a vector of `numEnvs` copies of a registered environment, in this thread
 * (SyncVectorEnv) or in worker threads (AsyncVectorEnv), as Gymnasium's make_vec.
 */
import { ConfigError } from '../../errors.js';
import { type MakeOptions, type Registry, registry as defaultRegistry } from '../registry.js';
import { SyncVectorEnv } from './sync.js';
import type { AutoresetMode, VectorEnv } from './vector-env.js';

export interface MakeVecOptions {
  readonly numEnvs?: number;
  /** `sync` (default): one thread; `async`: worker threads. */
  readonly vectorizationMode?: 'sync' | 'async';
  readonly autoresetMode?: AutoresetMode;
  /** Constructor kwargs and make options for every sub-env. */
  readonly kwargs?: MakeOptions;
  /** async only: plugin modules registering the id, loaded in each worker. */
  readonly modules?: readonly string[];
  /** async only. */
  readonly workers?: number;
  readonly timeoutMs?: number;
  /** sync only: registry to make from (async workers always use the default registry plus `modules`). */
  readonly registry?: Registry;
}

/** Gymnasium's make_vec: `numEnvs` copies of `id`, in this thread or in workers. */
export async function makeVec<Obs = unknown, Act = unknown>(id: string, opts: MakeVecOptions = {}): Promise<VectorEnv<Obs, Act>> {
  const numEnvs = opts.numEnvs ?? 1;
  if (!Number.isInteger(numEnvs) || numEnvs < 1) throw new ConfigError(`numEnvs must be a positive integer, got ${numEnvs}`);
  const mode = opts.vectorizationMode ?? 'sync';
  if (mode === 'async') {
    // loaded on use: worker threads are Node-only and the browser bundle leaves them out
    const { AsyncVectorEnv } = await import('./async.js');
    return AsyncVectorEnv.create<Obs, Act>(
      { id, kwargs: opts.kwargs ?? {}, modules: opts.modules ?? [] },
      { numEnvs, autoresetMode: opts.autoresetMode, workers: opts.workers, timeoutMs: opts.timeoutMs },
    );
  }
  if (mode !== 'sync') throw new ConfigError(`vectorizationMode must be "sync" or "async", got ${JSON.stringify(mode)}`);
  const reg = opts.registry ?? defaultRegistry;
  const envs = await Promise.all(Array.from({ length: numEnvs }, () => reg.make<Obs, Act>(id, opts.kwargs)));
  return new SyncVectorEnv(envs, { autoresetMode: opts.autoresetMode });
}
