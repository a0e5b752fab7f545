/** What AsyncVectorEnv's workers are told and answer (tasks on the shared pool). Everything here must survive structured clone. */
import type { SerializedError } from '../pool.js';
import type { SpaceJSON } from '../spaces/space.js';
import type { SubEnvOutcome } from './vector-env.js';

export type { SerializedError } from '../pool.js';

/** What a worker builds: `make(id, kwargs)` after importing the plugin `modules`. */
export interface EnvTarget {
  readonly id: string;
  readonly kwargs?: Readonly<Record<string, unknown>>;
  /** Plugin modules (paths or package names) that register `id`, loaded in the worker first. */
  readonly modules?: readonly string[];
}

/** The `init` task's answer: the spaces of the envs it made. */
export interface Ready {
  readonly observationSpace: SpaceJSON;
  readonly actionSpace: SpaceJSON;
}

/** The `run` task's answer: every outcome, or the first sub-env (local index) that threw and what it threw. */
export type RunResult =
  | { readonly outcomes: readonly SubEnvOutcome<unknown>[] }
  | { readonly failed: { readonly index: number; readonly error: SerializedError } };
