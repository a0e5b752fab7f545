/** Messages between AsyncVectorEnv and its workers. Everything here must survive structured clone. */
import type { SpaceJSON } from '../spaces/space.js';
import type { SubEnvOp, SubEnvOutcome } from './vector-env.js';

/** What a worker builds: `make(id, kwargs)` after importing the plugin `modules`. */
export interface EnvTarget {
  readonly id: string;
  readonly kwargs?: Readonly<Record<string, unknown>>;
  /** Plugin modules (paths or package names) that register `id`, loaded in the worker first. */
  readonly modules?: readonly string[];
}

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code: string | undefined;
  readonly stack: string | undefined;
}

export type ToWorker =
  | { readonly type: 'init'; readonly target: EnvTarget; readonly count: number }
  | { readonly type: 'run'; readonly id: number; readonly ops: readonly SubEnvOp<unknown>[] }
  | { readonly type: 'call'; readonly id: number; readonly name: string; readonly args: readonly unknown[] }
  | { readonly type: 'close'; readonly id: number };

export type FromWorker =
  | { readonly type: 'ready'; readonly observationSpace: SpaceJSON; readonly actionSpace: SpaceJSON }
  | { readonly type: 'result'; readonly id: number; readonly outcomes: readonly SubEnvOutcome<unknown>[] }
  | { readonly type: 'values'; readonly id: number; readonly values: readonly unknown[] }
  | { readonly type: 'closed'; readonly id: number }
  | { readonly type: 'error'; readonly id: number | undefined; readonly index: number | undefined; readonly error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  const err = e instanceof Error ? e : new Error(String(e));
  const code = (err as { code?: unknown }).code;
  return { name: err.name, message: err.message, code: typeof code === 'string' ? code : undefined, stack: err.stack };
}
