/**
 * Worker thread of AsyncVectorEnv: hosts `count` sub-envs made from the default registry (plus the
 * target's plugins) and serves `init`, `run`, `call` and `close` to the shared pool, one at a time, so
 * ops on one sub-env never interleave. A thread entry point: nothing imports it.
 */
import type { Env } from '../env.js';
import { loadPlugins } from '../plugins.js';
import { serializeError, serveTasks } from '../pool-worker.js';
import { make, registry } from '../registry.js';
import type { EnvTarget, Ready, RunResult } from './protocol.js';
import { runOp } from './sync.js';
import type { SubEnvOp, SubEnvOutcome } from './vector-env.js';

let envs: Env<unknown, unknown>[] = [];

serveTasks({
  init: async (target: EnvTarget, count: number): Promise<Ready> => {
    await loadPlugins(target.modules ?? [], registry);
    for (let i = 0; i < count; i++) envs.push(await make(target.id, { ...(target.kwargs ?? {}) }));
    const env = envs[0] as Env<unknown, unknown>;
    return { observationSpace: env.observationSpace.toJSON(), actionSpace: env.actionSpace.toJSON() };
  },
  run: async (ops: readonly SubEnvOp<unknown>[]): Promise<RunResult> => {
    const outcomes: SubEnvOutcome<unknown>[] = [];
    for (const op of ops) {
      try {
        outcomes.push(await runOp(envs[op.index] as Env<unknown, unknown>, op));
      } catch (e) {
        return { failed: { index: op.index, error: serializeError(e) } };
      }
    }
    return { outcomes };
  },
  call: (name: string, args: readonly unknown[]): Promise<unknown[]> =>
    Promise.all(
      envs.map(async (env) => {
        const attr = env.getWrapperAttr(name);
        // call a method on the env in the stack that owns it, not on the outermost wrapper
        let owner: Env<unknown, unknown> = env;
        while (!(name in owner) && 'env' in owner) owner = (owner as unknown as { env: Env<unknown, unknown> }).env;
        return typeof attr === 'function' ? await (attr as (...a: unknown[]) => unknown).apply(owner, [...args]) : attr;
      }),
    ),
  close: async (): Promise<null> => {
    await Promise.allSettled(envs.map((e) => e.close()));
    envs = [];
    return null;
  },
});
