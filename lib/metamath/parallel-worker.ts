/**
 * Worker thread of verifyDatabaseParallel: parses the database itself (once), reports how many $p
 * statements are selected, then verifies the chunks of that list the main thread hands it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MetamathError } from './errors.js';
import { parseFile } from './parse.js';
import type { FromVerifyWorker, VerifyChunk, VerifyWorkerData, WorkerErrorInfo } from './parallel.js';
import type { Statement } from './types.js';
import { Verifier, type VerifyFailure } from './verify.js';

const port = parentPort;
if (!port) throw new Error('lib/metamath/parallel-worker must run in a worker thread');
const send = (m: FromVerifyWorker): void => port.postMessage(m);

function errorInfo(e: unknown): WorkerErrorInfo {
  const err = e instanceof Error ? e : new Error(String(e));
  if (err instanceof MetamathError) {
    const loc = err.location;
    const prefix = loc ? `${loc.path}:${loc.line}:${loc.column}: ` : '';
    const bare = prefix && err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    return { name: err.name, message: err.message, stack: err.stack, metamath: { location: loc, bare } };
  }
  return { name: err.name, message: err.message, stack: err.stack };
}

try {
  const data = workerData as VerifyWorkerData;
  const db = parseFile(data.path);
  const only = data.labels ? new Set(data.labels) : undefined;
  // the same selection, in the same (database) order, as verifyDatabase
  const selected: Statement[] = db.statements.filter((s) => s.kind === 'p' && (!only || only.has(s.label)));
  const unknown: string[] = [];
  if (only) {
    for (const l of only) {
      const s = db.labels.get(l);
      if (!s || s.kind !== 'p') unknown.push(l);
    }
  }
  const verifier = new Verifier(db);
  port.on('message', (m: VerifyChunk) => {
    try {
      const failures: { pos: number; failure: VerifyFailure }[] = [];
      const incomplete: { pos: number; label: string }[] = [];
      for (let pos = m.start; pos < m.end; pos++) {
        const s = selected[pos];
        const r = verifier.check(s);
        if (r.status === 'incomplete') incomplete.push({ pos, label: s.label });
        else if (r.status === 'fail') {
          const loc = db.locate(s);
          failures.push({ pos, failure: { label: s.label, reason: r.reason, path: loc.path, line: loc.line, column: loc.column } });
        }
      }
      send({ type: 'done', chunk: m.chunk, failures, incomplete });
    } catch (e) {
      send({ type: 'error', error: errorInfo(e) });
    }
  });
  send({ type: 'ready', total: selected.length, unknown });
} catch (e) {
  send({ type: 'error', error: errorInfo(e) });
}
