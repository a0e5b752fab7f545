/**
 * The worker side of lib/core/pool.ts: a worker module calls `serveTasks(handlers, init)` once. `init`
 * (loading a database, say) runs before the worker reports ready, so its time is start-up, never a
 * task's; an error in it fails the pool with that error. Tasks arrive one at a time and are answered
 * with the handler's value or its error, serialized with its own fields (a MetamathError's location).
 */
import { parentPort } from 'node:worker_threads';
import type { FromPoolWorker, SerializedError, ToPoolWorker } from './pool.js';

/** A task handler: takes the structured-cloned arguments, returns a cloneable value (or a promise of one). */
export type TaskHandler = (...args: never[]) => unknown;

/** An error as it crosses threads: name, message, code, stack and any own field that survives structured clone. */
export function serializeError(e: unknown): SerializedError {
  const err = e instanceof Error ? e : new Error(String(e));
  const code = (err as { code?: unknown }).code;
  const details: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(err)) {
    if (k === 'code' || k === 'cause') continue;
    try {
      details[k] = structuredClone(v);
    } catch {
      // a field that cannot cross threads is left out
    }
  }
  return { name: err.name, message: err.message, code: typeof code === 'string' ? code : undefined, stack: err.stack, details };
}

/** Serves `handlers` to the pool that started this worker, after `init`. */
export function serveTasks(handlers: Readonly<Record<string, TaskHandler>>, init?: () => void | Promise<void>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread started by WorkerPool');
  const send = (m: FromPoolWorker): void => port.postMessage(m);
  const start = async (): Promise<void> => {
    try {
      await init?.();
    } catch (e) {
      return send({ type: 'start-error', error: serializeError(e) });
    }
    port.on('message', async (m: ToPoolWorker) => {
      try {
        const handler = handlers[m.method];
        if (!handler) throw new Error(`no task named ${JSON.stringify(m.method)}; this worker serves ${Object.keys(handlers).join(', ')}`);
        const value = await (handler as (...args: unknown[]) => unknown)(...m.args);
        try {
          send({ type: 'result', id: m.id, value });
        } catch (e) {
          throw new Error(`the result of ${m.method} cannot cross threads (${(e as Error).message}); return plain data`);
        }
      } catch (e) {
        send({ type: 'error', id: m.id, error: serializeError(e) });
      }
    });
    send({ type: 'ready' });
  };
  void start();
}
