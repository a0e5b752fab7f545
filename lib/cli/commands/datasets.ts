/**
 * `mathgym datasets`: lists the bundled datasets; `stats` counts and summarises one, `decontam` reports overlap
 * between a training set and the bundled test sets.
 */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { BUNDLED_DATASETS, decontaminate, formatBadLine, loadDataset, type ProblemRecord } from '../../../datasets/index.js';
import { ConfigError } from '../../errors.js';
import { parseAnswer } from '../../verify/parse/parser.js';
import { kindOf } from '../../verify/equivalence/compare.js';
import { collect, formatTable, parseIntOption, printJson, progressBar } from '../util.js';

function answerKind(answer: string): string {
  try {
    return kindOf(parseAnswer(answer));
  } catch {
    return 'unparsed';
  }
}

export function datasetsCommand(program: Command): void {
  const cmd = program
    .command('datasets')
    .description('list the bundled datasets, or (with a subcommand) inspect one')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const rows = [];
      for (const d of Object.values(BUNDLED_DATASETS)) {
        const { records } = await loadDataset(d.name);
        rows.push({ name: d.name, records: records.length, license: d.license, description: d.description });
      }
      if (opts.json) return printJson(rows);
      console.log(formatTable(['name', 'records', 'license', 'source'], rows.map((r) => [r.name, String(r.records), r.license, r.description])));
      console.log('\nProvenance and attribution: datasets/README.md. Load any JSONL by path, e.g. `mathgym datasets stats ./train.jsonl`.');
    });

  cmd
    .command('stats')
    .description('count records and bad lines of a dataset (bundled name or JSONL path), and summarise its answers')
    .argument('<dataset>', 'bundled name or path')
    .option('--split <split>', 'split of a bundled dataset or folder')
    .option('--max-line-bytes <n>', 'report lines longer than this many bytes as bad (default 16 MiB)', parseIntOption('--max-line-bytes'))
    .option('--allow-invalid-utf8', 'read invalid UTF-8 as U+FFFD instead of reporting the line')
    .option('--allow-bad-lines', 'exit 0 even when some lines are bad (default: exit 1)')
    .option('--json', 'print as JSON')
    .action(async (name: string, _opts: unknown, command: Command) => {
      // --json may be parsed by the parent `datasets` command: read it from both
      const opts = command.optsWithGlobals<{ split?: string; json?: boolean; maxLineBytes?: number; allowInvalidUtf8?: boolean; allowBadLines?: boolean }>();
      const t = performance.now();
      const { records, summary } = await loadDataset(name, { split: opts.split, maxLineBytes: opts.maxLineBytes, allowInvalidUtf8: opts.allowInvalidUtf8 });
      // bad lines are data loss: a script must not mistake them for a clean read
      if (summary.bad.length > 0 && !opts.allowBadLines) process.exitCode = 1;
      const kinds: Record<string, number> = {};
      for (const r of records) {
        const kind = answerKind(r.answer);
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      }
      const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
      const stats = {
        dataset: name,
        read: summary.read,
        kept: summary.kept,
        badLines: summary.bad.length,
        withSolution: records.filter((r) => r.solution).length,
        meanProblemChars: Math.round(mean(records.map((r) => r.problem.length))),
        answerKinds: kinds,
        seconds: (performance.now() - t) / 1000,
      };
      if (opts.json) return printJson({ ...stats, bad: summary.bad });
      console.log(formatTable(['field', 'value'], Object.entries(stats).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)])));
      for (const b of summary.bad.slice(0, 20)) console.log(`bad: ${formatBadLine(b)} [${b.kind}]`);
      if (summary.bad.length > 20) console.log(`... and ${summary.bad.length - 20} more bad lines (--json lists all)`);
      if (summary.bad.length > 0 && !opts.allowBadLines) console.error(`${summary.bad.length} bad line(s): exit status 1 (pass --allow-bad-lines to accept them)`);
    });

  cmd
    .command('decontam')
    .description('report exact and near-duplicate problems (numbers changed included) of a dataset that also occur in evaluation sets; with --exclude, write the dataset without them')
    .argument('<dataset>', 'the set to check: bundled name or JSONL path (e.g. generated problems)')
    .option('--against <name>', 'evaluation set to compare with (repeatable; default: every bundled set)', collect, [])
    .option('--exclude <name>', 'evaluation set whose problems to remove (repeatable): writes the cleaned JSONL to --out (or stdout)', collect, [])
    .option('-o, --out <file>', 'with --exclude: where to write the cleaned JSONL (default stdout; the report then goes to stderr)')
    .option('-n, --ngram <n>', 'token n-gram length (>= 1)', parseIntOption('--ngram'), 6)
    .option('--threshold <x>', 'near-duplicate overlap threshold', (v) => Number(v), 0.5)
    .option('--json', 'print the report as JSON')
    .action(async (name: string, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ against: string[]; exclude: string[]; out?: string; ngram: number; threshold: number; json?: boolean }>();
      if (opts.out !== undefined && opts.exclude.length === 0) throw new ConfigError('--out writes the cleaned dataset: name the evaluation sets to remove with --exclude');
      const cleaning = opts.exclude.length > 0;
      const against = cleaning ? [...opts.exclude, ...opts.against] : opts.against.length > 0 ? opts.against : Object.keys(BUNDLED_DATASETS);
      // with the cleaned JSONL on stdout, everything else goes to stderr
      const say = cleaning && opts.out === undefined ? (s: string) => console.error(s) : (s: string) => console.log(s);
      const refs: ProblemRecord[] = [];
      const bar = progressBar(against.length, 'loading', !opts.json && !cleaning);
      for (const a of against) {
        refs.push(...(await loadDataset(a)).records.map((r) => ({ ...r, id: `${a}:${r.id}` })));
        bar.tick({ status: a });
      }
      bar.stop();
      const { records } = await loadDataset(name);
      const report = decontaminate(records, refs, { n: opts.ngram, threshold: opts.threshold });
      if (cleaning) {
        const removed = new Set([...report.exact, ...report.near].map((o) => o.id));
        const clean = records.filter((r) => !removed.has(r.id));
        const text = clean.map((r) => `${JSON.stringify(r)}\n`).join('');
        if (opts.out === undefined) process.stdout.write(text);
        else writeFileSync(opts.out, text);
        say(`wrote ${clean.length} of ${records.length} records${opts.out === undefined ? '' : ` to ${opts.out}`}: ${records.length - clean.length} removed (${report.exact.length} exact, ${report.near.length} near duplicates of ${against.join(', ')})`);
      }
      if (opts.json) return say(JSON.stringify({ dataset: name, against, ...report }, null, 2));
      if (cleaning) return;
      say(`${report.checked} problems checked against ${refs.length} (${against.join(', ')}): ${report.exact.length} exact, ${report.near.length} near duplicates`);
      for (const o of [...report.exact, ...report.near].slice(0, 30)) say(`  ${o.id} ~ ${o.referenceId} (${(o.overlap * 100).toFixed(0)}%)`);
    });
}
