import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { ConfigError, WorkerError } from '../../errors.js';
import {
  MetamathError,
  databaseStats,
  parseDatabase,
  verifyDatabase,
  verifyDatabaseParallel,
  type Database,
  type DatabaseStats,
  type VerifyFailure,
} from '../../metamath/index.js';
import { collect, formatTable, parseIntOption, printJson, progressBar } from '../util.js';
import { mmFuzzCommand } from './mm-fuzz.js';
import { mmProveCommand } from './mm-prove.js';

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

/** Verifies the $p labels of `db` (all, or `labels`) in chunks, calling `onChunk` after each. */
export function verifyInChunks(db: Database, labels: readonly string[] | undefined, maxFailures: number | undefined, onChunk: (done: number, total: number) => void): { checked: number; failures: VerifyFailure[]; incomplete: string[] } {
  const all = labels ?? db.statements.filter((s) => s.kind === 'p').map((s) => s.label);
  const failures: VerifyFailure[] = [];
  const incomplete: string[] = [];
  let checked = 0;
  for (let i = 0; i < all.length; i += CHUNK) {
    const left = maxFailures === undefined ? undefined : maxFailures - failures.length;
    const r = verifyDatabase(db, { labels: all.slice(i, i + CHUNK), maxFailures: left });
    checked += r.checked;
    failures.push(...r.failures);
    incomplete.push(...r.incomplete);
    onChunk(Math.min(i + CHUNK, all.length), all.length);
    if (maxFailures !== undefined && failures.length >= maxFailures) break;
  }
  return { checked, failures, incomplete };
}

export interface MmStatsReport extends DatabaseStats {
  file: string;
  /** Size of the file named on the command line. */
  bytes: number;
  /** Size of all source files, included ones too. */
  totalBytes: number;
  parseSeconds: number;
}

/** `--jobs`: an integer >= 1. */
function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new ConfigError(`--jobs must be an integer >= 1 (worker threads; this machine has ${availableParallelism()} cores, e.g. --jobs ${Math.max(2, availableParallelism())}), got ${JSON.stringify(value)}`);
  }
  return n;
}

function checkFile(file: string): void {
  if (!existsSync(file)) throw new ConfigError(`no such Metamath file: ${file}`);
  if (!statSync(file).isFile()) throw new ConfigError(`not a file: ${file}`);
}

/** A malformed database is a failed check, not misuse: report it, exit 1. */
function reportParseError(file: string, e: MetamathError, json: boolean | undefined): void {
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
    db = parseDatabase(file);
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

function formatStats(r: MmStatsReport): string {
  const p = r.proofs;
  const rows: string[][] = [
    ['size', `${r.bytes} bytes${r.includedFiles ? ` (${r.totalBytes} with included files)` : ''}`],
    ['parse time', `${r.parseSeconds.toFixed(2)} s`],
    ['included files', String(r.includedFiles)],
    ['constants ($c)', String(r.constants)],
    ['variables ($v)', String(r.variables)],
    ['$f hypotheses', String(r.floating)],
    ['$e hypotheses', String(r.essential)],
    ['$a axioms', `${r.axioms} (${r.syntaxAxioms} syntax, ${r.logicalAxioms} with |-: axioms, definitions, rules)`],
    ['$p theorems', String(r.theorems)],
    ['$d pairs', `${r.dvPairs} (mandatory, summed over $a/$p frames)`],
    ['proofs', `${p.normal} normal, ${p.compressed} compressed, ${p.incomplete} incomplete (with ?)`],
    ['proof steps', `${p.totalSteps} total, mean ${p.meanSteps.toFixed(1)}, max ${p.maxSteps}${p.maxStepsLabel ? ` (${p.maxStepsLabel})` : ''}`],
  ];
  return `${r.file}\n${formatTable(['statistic', 'value'], rows)}`;
}

const STATS_HELP = `
Counts (--json prints them as an object, plus bytes, totalBytes and parseSeconds):
  constants, variables   distinct $c / $v symbols (a $v redeclared in another block counts once)
  floating, essential    $f and $e hypotheses
  axioms                 $a statements: syntaxAxioms (typecode not |-, e.g. wff/class constructors)
                         + logicalAxioms (typecode |-: axioms, definitions, inference rules)
  theorems               $p statements
  dvPairs                mandatory $d variable pairs, summed over the frames of all $a and $p
  proofs                 normal / compressed format, incomplete (containing ?), and steps:
                         a normal proof's label count; a compressed proof's encoded steps (one
                         per number of the letter string, plus each ?; Z markers are not steps)
  files, includedFiles   source files (root first) and how many came in by $[ $]

A malformed database prints file:line:column: message and exits 1.`;

export function mmCommand(program: Command): void {
  const cmd = program.command('mm').description('Metamath: verify the proofs of a .mm file with the built-in kernel, print its statistics, or search for proofs');
  mmProveCommand(cmd);
  mmFuzzCommand(cmd);

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
      console.log(report.ok ? 'OK: all checked proofs verify' : 'FAILED');
    });

  cmd
    .command('stats')
    .description('parse a .mm database and print its statistics: size, parse time, symbols, statements by kind, $d pairs, proof formats and lengths')
    .argument('<file>', 'path of the .mm database')
    .option('--json', 'print the statistics as JSON')
    .addHelpText('after', STATS_HELP)
    .action((file: string, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ json?: boolean }>();
      checkFile(file);
      const t = performance.now();
      let db: Database;
      try {
        db = parseDatabase(file);
      } catch (e) {
        if (!(e instanceof MetamathError)) throw e;
        return reportParseError(file, e, opts.json);
      }
      const parseSeconds = (performance.now() - t) / 1000;
      const stats = databaseStats(db);
      const bytes = statSync(file).size;
      const totalBytes = stats.files.reduce((n, f, i) => n + (i === 0 ? bytes : statSync(f).size), 0);
      const report: MmStatsReport = { file, bytes, totalBytes, parseSeconds, ...stats };
      if (opts.json) return printJson(report);
      console.log(formatStats(report));
    });
}
