/**
 * Worker thread that hosts remote environment sessions (`mathgym serve --session-workers N`): the
 * envs live here, so a slow or stuck `reset`/`step` blocks this thread only, and the server can end it
 * by terminating the worker. Messages are handled in order; one session's calls never interleave.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Env } from '../core/env.js';
import { loadPlugins } from '../core/plugins.js';
import { make, registry } from '../core/registry.js';
import { serializeError } from '../core/pool-worker.js';
import type { SessionCall, SessionReply } from './session-pool.js';

const port = parentPort;
if (!port) throw new Error('lib/server/session-worker must run in a worker thread');
const envs = new Map<string, Env<unknown, unknown>>();

async function run(m: SessionCall): Promise<unknown> {
  switch (m.op) {
    case 'open': {
      envs.set(m.sid, await make(m.envId, m.kwargs ?? {}));
      return null;
    }
    case 'reset': {
      const r = await envs.get(m.sid)!.reset({ seed: m.seed, options: m.options });
      return { observation: r.observation, info: r.info };
    }
    case 'step': {
      const r = await envs.get(m.sid)!.step(m.action);
      return { observation: r.observation, reward: r.reward, terminated: r.terminated, truncated: r.truncated, info: r.info };
    }
    case 'close': {
      const env = envs.get(m.sid);
      envs.delete(m.sid);
      await env?.close().catch(() => undefined);
      return null;
    }
  }
}

let chain: Promise<void> = (async () => {
  await loadPlugins((workerData as { plugins?: string[] } | undefined)?.plugins ?? [], registry);
  port.postMessage({ id: -1, ok: true, value: 'ready' } satisfies SessionReply);
})().catch((e: unknown) => port.postMessage({ id: -1, ok: false, error: serializeError(e) } satisfies SessionReply));

port.on('message', (m: SessionCall) => {
  chain = chain.then(async () => {
    port.postMessage({ id: m.id, started: true } satisfies SessionReply);
    let reply: SessionReply;
    try {
      reply = { id: m.id, ok: true, value: await run(m) };
    } catch (e) {
      reply = { id: m.id, ok: false, error: serializeError(e) };
    }
    try {
      port.postMessage(reply);
    } catch (e) {
      port.postMessage({ id: m.id, ok: false, error: serializeError(new Error(`the environment returned a value that cannot cross threads (${(e as Error).message}); keep observations and infos to plain data`)) } satisfies SessionReply);
    }
  });
});
