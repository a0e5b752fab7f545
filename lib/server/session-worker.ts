/**
 * Worker thread that hosts remote environment sessions (`mathgym serve --session-workers N`) for the
 * shared pool (lib/core/pool.ts): the envs live here, so a slow or stuck `reset`/`step` blocks this
 * thread only, and the server can end it by terminating the worker. The pool sends one task at a time,
 * so one session's calls never interleave. A thread entry point: nothing imports it.
 */
import { workerData } from 'node:worker_threads';
import type { Env } from '../core/env.js';
import { loadPlugins } from '../core/plugins.js';
import { serveTasks } from '../core/pool-worker.js';
import { make, registry } from '../core/registry.js';

const envs = new Map<string, Env<unknown, unknown>>();

function session(sid: string): Env<unknown, unknown> {
  const env = envs.get(sid);
  // the server drops a worker's sessions when it replaces the worker, so this is a server bug, not a client's
  if (!env) throw new Error(`session ${sid} is not in this worker`);
  return env;
}

serveTasks(
  {
    open: async (sid: string, envId: string, kwargs: Record<string, unknown>): Promise<null> => {
      envs.set(sid, await make(envId, kwargs));
      return null;
    },
    reset: async (sid: string, seed: number | undefined, options: Record<string, unknown> | undefined) => {
      const r = await session(sid).reset({ seed, options });
      return { observation: r.observation, info: r.info };
    },
    step: async (sid: string, action: unknown) => {
      const r = await session(sid).step(action);
      return { observation: r.observation, reward: r.reward, terminated: r.terminated, truncated: r.truncated, info: r.info };
    },
    close: async (sid: string): Promise<null> => {
      const env = envs.get(sid);
      envs.delete(sid);
      await env?.close().catch(() => undefined);
      return null;
    },
  },
  () => loadPlugins((workerData as { plugins?: string[] } | undefined)?.plugins ?? [], registry),
);
