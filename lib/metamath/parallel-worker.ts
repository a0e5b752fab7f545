/**
 * Worker thread of verifyDatabaseParallel (parallel.ts): parses the database itself at start-up (a
 * MetamathError there fails the pool with its location), then serves two tasks to the shared pool:
 * `selection` (how many $p statements are selected) and `chunk` (verify a range of that list).
 */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../core/pool-worker.js';
import { parseFile } from './parse.js';
import type { ChunkResult, Selection, VerifyWorkerData } from './parallel.js';
import type { Statement } from './types.js';
import { Verifier, type VerifyFailure } from './verify.js';
import type { Database } from './types.js';

let db: Database;
let selected: Statement[] = [];
let selection: Selection;
let verifier: Verifier;

function load(): void {
  const data = workerData as VerifyWorkerData;
  db = parseFile(data.path);
  const only = data.labels ? new Set(data.labels) : undefined;
  // the same selection, in the same (database) order, as verifyDatabase
  selected = db.statements.filter((s) => s.kind === 'p' && (!only || only.has(s.label)));
  const unknown: string[] = [];
  if (only) {
    for (const l of only) {
      const s = db.labels.get(l);
      if (!s || s.kind !== 'p') unknown.push(l);
    }
  }
  selection = { total: selected.length, unknown };
  verifier = new Verifier(db);
}

function chunk(start: number, end: number): ChunkResult {
  const failures: { pos: number; failure: VerifyFailure }[] = [];
  const incomplete: { pos: number; label: string }[] = [];
  for (let pos = start; pos < end; pos++) {
    const s = selected[pos] as Statement;
    const r = verifier.check(s);
    if (r.status === 'incomplete') incomplete.push({ pos, label: s.label });
    else if (r.status === 'fail') {
      const loc = db.locate(s);
      failures.push({ pos, failure: { label: s.label, reason: r.reason, code: r.code, path: loc.path, line: loc.line, column: loc.column } });
    }
  }
  return { total: selected.length, failures, incomplete };
}

serveTasks({ selection: () => selection, chunk }, load);
