import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { MetamathError, parseDatabase, verifyDatabase, type Database, type VerifyFailure } from '../../metamath/index.js';
import { collect, parseIntOption, printJson, progressBar } from '../util.js';

/** $p labels verified per verifyDatabase call; the progress bar ticks between chunks. */
const CHUNK = 2000;

interface VerifyOpts {
  label: string[];
  json?: boolean;
  maxFailures?: number;
}

export interface MmVerifyReport {
  file: string;
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

export function mmCommand(program: Command): void {
  const cmd = program.command('mm').description('Metamath databases: verify the proofs of a .mm file with the built-in kernel');

  cmd
    .command('verify')
    .description('parse a .mm database and verify its $p proofs; exits 0 when all verify, 1 when any fails')
    .argument('<file>', 'path of the .mm database')
    .option('--label <label>', 'verify only this $p label (repeatable)', collect, [])
    .option('--max-failures <n>', 'stop after this many failures (>= 1)', parseIntOption('--max-failures'))
    .option('--json', 'print the report as JSON')
    .action((file: string, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<VerifyOpts>();
      if (!existsSync(file)) throw new ConfigError(`no such Metamath file: ${file}`);
      if (!statSync(file).isFile()) throw new ConfigError(`not a file: ${file}`);
      if (opts.maxFailures === 0) throw new ConfigError('--max-failures must be at least 1');

      let t = performance.now();
      let db: Database;
      try {
        db = parseDatabase(file);
      } catch (e) {
        if (!(e instanceof MetamathError)) throw e;
        // a malformed database is a failed check, not misuse
        if (opts.json) printJson({ file, ok: false, parseError: e.message });
        else process.stderr.write(`mathgym: ${file}: parse error: ${e.message}\n`);
        process.exitCode = 1;
        return;
      }
      const parseSeconds = (performance.now() - t) / 1000;

      const labels = opts.label.length > 0 ? opts.label : undefined;
      const total = labels?.length ?? db.statements.filter((s) => s.kind === 'p').length;
      const bar = progressBar(Math.ceil(total / CHUNK), 'mm verify', !opts.json && total > CHUNK);
      t = performance.now();
      const r = verifyInChunks(db, labels, opts.maxFailures, (done, all) => bar.tick({ status: `${done}/${all} proofs` }));
      bar.stop();
      const verifySeconds = (performance.now() - t) / 1000;

      const report: MmVerifyReport = { file, ...r, parseSeconds, verifySeconds, ok: r.failures.length === 0 };
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
          `parse ${parseSeconds.toFixed(2)} s, verify ${verifySeconds.toFixed(2)} s`,
      );
      console.log(report.ok ? 'OK: all checked proofs verify' : 'FAILED');
    });
}
