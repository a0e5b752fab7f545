/**
 * `mathgym mm verify`: the kernel as a command-line verifier. Imports only the kernel (not
 * lib/index.ts), so that bin/mathgym.js can start it without loading the rest of mathgym: on a
 * one-proof file start-up is the whole cost.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { ConfigError, WorkerError } from '../../errors.js';
import { MetamathError } from '../../metamath/errors.js';
import { parseFile } from '../../metamath/parse.js';
import type { Database } from '../../metamath/types.js';
import { verifyDatabase, type VerifyFailure } from '../../metamath/verify.js';
import { collect, parseIntOption, printJson, progressBar } from '../util.js';

/** $p labels verified per verifyDatabase call; the progress bar ticks between chunks. */
const CHUNK = 2000;
/** $p labels per chunk handed to a worker with --jobs > 1 (small, so that the workers finish together). */
const PARALLEL_CHUNK = 500;

interface VerifyOpts {
  label: string[];
  json?: boolean;
  maxFailures?: number;
  jobs: number;
}

export interface MmVerifyReport {
  file: string;
  /** Worker threads (1 = verified in the CLI's own thread). */
  jobs: number;
  checked: number;
  failures: VerifyFailure[];
  incomplete: string[];
  parseSeconds: number;
  verifySeconds: number;
  ok: boolean;
}

/** Verifies the $p labels of `db` (all, or `labels`), calling `onChunk` every CHUNK proofs. */
export function verifyInChunks(db: Database, labels: readonly string[] | undefined, maxFailures: number | undefined, onChunk: (done: number, total: number) => void): { checked: number; failures: VerifyFailure[]; incomplete: string[] } {
  return verifyDatabase(db, { labels, maxFailures, onProgress: onChunk, progressEvery: CHUNK });
}

/** `--jobs`: an integer >= 1. */
function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new ConfigError(`--jobs must be an integer >= 1 (worker threads; this machine has ${availableParallelism()} cores, e.g. --jobs ${Math.max(2, availableParallelism())}), got ${JSON.stringify(value)}`);
  }
  return n;
}

export function checkFile(file: string): void {
  if (!existsSync(file)) throw new ConfigError(`no such Metamath file: ${file}`);
  if (!statSync(file).isFile()) throw new ConfigError(`not a file: ${file}`);
}

/** A malformed database is a failed check, not misuse: report it, exit 1. */
export function reportParseError(file: string, e: MetamathError, json: boolean | undefined): void {
  if (json) printJson({ file, ok: false, parseError: e.message });
  else process.stderr.write(`mathgym: ${file}: parse error: ${e.message}\n`);
  process.exitCode = 1;
}

type VerifyOutcome = Pick<MmVerifyReport, 'checked' | 'failures' | 'incomplete' | 'parseSeconds' | 'verifySeconds'>;

/** --jobs 1: parse and verify in this thread. Undefined after a parse error (reported). */
function verifyHere(file: string, labels: string[] | undefined, opts: VerifyOpts): VerifyOutcome | undefined {
  let t = performance.now();
  let db: Database;
  try {
    db = parseFile(file);
  } catch (e) {
    if (!(e instanceof MetamathError)) throw e;
    reportParseError(file, e, opts.json);
    return undefined;
  }
  const parseSeconds = (performance.now() - t) / 1000;
  const total = labels?.length ?? db.statements.filter((s) => s.kind === 'p').length;
  const bar = progressBar(Math.ceil(total / CHUNK), 'mm verify', !opts.json && total > CHUNK);
  t = performance.now();
  const r = verifyInChunks(db, labels, opts.maxFailures, (done, all) => bar.tick({ status: `${done}/${all} proofs` }));
  bar.stop();
  return { ...r, parseSeconds, verifySeconds: (performance.now() - t) / 1000 };
}

/** --jobs n > 1: worker threads, each parsing the file itself. Undefined after a parse error or a worker crash (reported). */
async function verifyInWorkers(file: string, labels: string[] | undefined, opts: VerifyOpts): Promise<VerifyOutcome | undefined> {
  let bar: ReturnType<typeof progressBar> | undefined;
  try {
    // loaded only here: worker threads are not needed by --jobs 1
    const { verifyDatabaseParallel } = await import('../../metamath/parallel.js');
    const r = await verifyDatabaseParallel(file, {
      jobs: opts.jobs,
      labels,
      maxFailures: opts.maxFailures,
      chunkSize: PARALLEL_CHUNK,
      onProgress: (done, total) => {
        if (done === 0) bar = progressBar(Math.ceil(total / PARALLEL_CHUNK), `mm verify (${opts.jobs} jobs)`, !opts.json && total > CHUNK);
        else bar?.tick({ status: `${done}/${total} proofs` });
      },
    });
    return { checked: r.checked, failures: r.failures, incomplete: r.incomplete, parseSeconds: r.parseSeconds, verifySeconds: r.verifySeconds };
  } catch (e) {
    if (e instanceof MetamathError) {
      reportParseError(file, e, opts.json);
      return undefined;
    }
    if (!(e instanceof WorkerError)) throw e;
    // a crashed worker (out of memory, say) is a failed job, not misuse
    if (opts.json) printJson({ file, jobs: opts.jobs, ok: false, error: e.message });
    else process.stderr.write(`mathgym: ${file}: ${e.message}\n`);
    process.exitCode = 1;
    return undefined;
  } finally {
    bar?.stop();
  }
}

/** Adds `verify` to the `mm` command. */
export function mmVerifyCommand(cmd: Command): void {
  cmd
    .command('verify')
    .description('parse a .mm database and verify its $p proofs; exits 0 when all verify, 1 when any fails')
    .argument('<file>', 'path of the .mm database')
    .option('--label <label>', 'verify only this $p label (repeatable)', collect, [])
    .option('--max-failures <n>', 'stop after this many failures (>= 1)', parseIntOption('--max-failures'))
    .option('--jobs <n>', 'worker threads verifying in parallel, each parsing the file itself (1 = in this thread)', parseJobs, 1)
    .option('--json', 'print the report as JSON')
    .action(async (file: string, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<VerifyOpts>();
      checkFile(file);
      if (opts.maxFailures === 0) throw new ConfigError('--max-failures must be at least 1');

      const labels = opts.label.length > 0 ? opts.label : undefined;
      const r = opts.jobs === 1 ? verifyHere(file, labels, opts) : await verifyInWorkers(file, labels, opts);
      if (!r) return;
      const { parseSeconds, verifySeconds } = r;

      const report: MmVerifyReport = {
        file,
        jobs: opts.jobs,
        checked: r.checked,
        failures: r.failures,
        incomplete: r.incomplete,
        parseSeconds,
        verifySeconds,
        ok: r.failures.length === 0,
      };
      process.exitCode = report.ok ? 0 : 1;
      if (opts.json) return printJson(report);
      for (const f of r.failures) {
        const where = f.path ? `${f.path}:${f.line}:${f.column}` : '(no location)';
        console.log(`FAIL ${f.label}  ${where}  ${f.reason}`);
      }
      for (const l of r.incomplete) console.log(`incomplete ${l}`);
      const stopped = opts.maxFailures !== undefined && r.failures.length >= opts.maxFailures ? ` (stopped after --max-failures ${opts.maxFailures})` : '';
      console.log(
        `${file}: ${r.checked} proofs checked, ${r.failures.length} failed, ${r.incomplete.length} incomplete${stopped}; ` +
          `parse ${parseSeconds.toFixed(2)} s, verify ${verifySeconds.toFixed(2)} s${opts.jobs > 1 ? ` (${opts.jobs} jobs)` : ''}`,
      );
      // incomplete (`?`) proofs are a warning, as in metamath-exe: not failures, but not proofs either
      console.log(!report.ok ? 'FAILED' : r.incomplete.length ? `OK: no proof fails; ${r.incomplete.length} incomplete (not proved)` : 'OK: all checked proofs verify');
    });

}
