/** Worker thread of AsyncVectorEnv: hosts `count` sub-envs and runs ops on them. */
import { parentPort } from 'node:worker_threads';
import { make, registry } from '../registry.js';
import type { Env } from '../env.js';
import { loadPlugins } from '../plugins.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { serializeError } from './protocol.js';
import { runOp } from './sync.js';

const port = parentPort;
if (!port) throw new Error('lib/core/vector/worker must run in a worker thread');
/** Posts a reply; a value that cannot be cloned (a function in info, say) becomes an error for that request. */
const send = (m: FromWorker): void => {
  try {
    port.postMessage(m);
  } catch (e) {
    const id = 'id' in m ? m.id : undefined;
    port.postMessage({
      type: 'error',
      id,
      index: undefined,
      error: serializeError(new Error(`a sub-env returned a value that cannot cross threads (${(e as Error).message}); keep observations and infos to plain data`)),
    } satisfies FromWorker);
  }
};
let envs: Env<unknown, unknown>[] = [];

async function handle(msg: ToWorker): Promise<void> {
  switch (msg.type) {
    case 'init': {
      try {
        await loadPlugins(msg.target.modules ?? [], registry);
        for (let i = 0; i < msg.count; i++) envs.push(await make(msg.target.id, { ...(msg.target.kwargs ?? {}) }));
        const env = envs[0] as Env<unknown, unknown>;
        send({ type: 'ready', observationSpace: env.observationSpace.toJSON(), actionSpace: env.actionSpace.toJSON() });
      } catch (e) {
        send({ type: 'error', id: undefined, index: undefined, error: serializeError(e) });
      }
      return;
    }
    case 'run': {
      const outcomes = [];
      for (const op of msg.ops) {
        try {
          outcomes.push(await runOp(envs[op.index] as Env<unknown, unknown>, op));
        } catch (e) {
          send({ type: 'error', id: msg.id, index: op.index, error: serializeError(e) });
          return;
        }
      }
      send({ type: 'result', id: msg.id, outcomes });
      return;
    }
    case 'call': {
      try {
        const values = await Promise.all(
          envs.map(async (env) => {
            const attr = env.getWrapperAttr(msg.name);
            // call a method on the env in the stack that owns it, not on the outermost wrapper
            let owner: Env<unknown, unknown> = env;
            while (!(msg.name in owner) && 'env' in owner) owner = (owner as unknown as { env: Env<unknown, unknown> }).env;
            return typeof attr === 'function' ? await (attr as (...a: unknown[]) => unknown).apply(owner, [...msg.args]) : attr;
          }),
        );
        send({ type: 'values', id: msg.id, values });
      } catch (e) {
        send({ type: 'error', id: msg.id, index: undefined, error: serializeError(e) });
      }
      return;
    }
    case 'close': {
      await Promise.allSettled(envs.map((e) => e.close()));
      envs = [];
      send({ type: 'closed', id: msg.id });
      return;
    }
  }
}

// Messages are handled strictly in order, so ops on one sub-env never interleave.
let queue: Promise<void> = Promise.resolve();
port.on('message', (msg: ToWorker) => {
  queue = queue.then(() => handle(msg)).catch(() => undefined);
});
