/**
 * `mathgym mm fuzz`: differential fuzzing of the Metamath kernel: seeded mutants of set-prop.mm, the kernel's
 * verdict on each compared with metamath-exe's (live when installed, else recorded verdicts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { exeInstalled, exeVersion } from '../../metamath/differential.js';
import { corpusOf, FUZZ_BASE, FUZZ_CORPUS, FUZZ_COUNT, FUZZ_SEED, readCorpus, runFuzz, sha256 } from '../../metamath/fuzz.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { formatTable, parseIntOption, printJson, progressBar } from '../util.js';

interface FuzzOpts {
  seed: number;
  count: number;
  base?: string;
  skip: number;
  targets: number;
  reference: 'auto' | 'exe' | 'corpus';
  writeCorpus?: boolean;
  json?: boolean;
}

/** `mathgym mm fuzz`: the kernel against metamath-exe on seeded mutants of the bundled set-prop.mm. */
export function mmFuzzCommand(mm: Command): void {
  mm.command('fuzz')
    .description('differential fuzzing: seeded mutants of set-prop.mm (proof labels, compressed letters, Z, ?, $d, $e, statements), the kernel\'s verdict on each against metamath-exe\'s (live when installed, else the checked-in corpus); exits 1 on any disagreement')
    .option('--seed <n>', 'mutation seed', parseIntOption('--seed'), FUZZ_SEED)
    .option('--count <n>', 'mutants', parseIntOption('--count'), FUZZ_COUNT)
    .option('--base <file>', 'another base database (needs metamath-exe), e.g. set.mm with --skip 1700 to reach theorems with $d')
    .option('--skip <n>', 'draw targets after the first n theorems of the base', parseIntOption('--skip'), 0)
    .option('--targets <n>', 'draw targets from this many theorems', parseIntOption('--targets'), 300)
    .option('--reference <r>', 'auto (metamath-exe when installed, else the corpus), exe, or corpus', 'auto')
    .option('--write-corpus', `write metamath-exe's verdicts to ${relative(PACKAGE_ROOT, FUZZ_CORPUS)} (needs metamath-exe)`)
    .option('--json', 'print the report as JSON')
    .action((_o: unknown, command: Command) => {
      const opts = command.optsWithGlobals<FuzzOpts>();
      if (!['auto', 'exe', 'corpus'].includes(opts.reference)) throw new ConfigError(`--reference must be auto, exe or corpus, got ${JSON.stringify(opts.reference)}`);
      const haveExe = opts.reference !== 'corpus' && exeInstalled();
      if ((opts.reference === 'exe' || opts.writeCorpus) && !haveExe) throw new ConfigError('metamath-exe is not installed (apt-get install metamath); use --reference corpus');
      if (opts.base && !haveExe) throw new ConfigError('--base needs metamath-exe (the corpus is for the bundled base only)');
      if (opts.base && opts.writeCorpus) throw new ConfigError('--write-corpus writes the corpus of the bundled base; drop --base');
      const base = readFileSync(opts.base ?? FUZZ_BASE, 'utf8');
      const corpus = haveExe ? undefined : readCorpus();
      if (corpus && (corpus.seed !== opts.seed || corpus.baseSha256 !== sha256(base))) {
        throw new ConfigError(`the corpus was made with seed ${corpus.seed} on another base; use --seed ${corpus.seed}, or install metamath-exe to fuzz with other seeds`);
      }
      if (corpus && opts.count > corpus.mutants.length) throw new ConfigError(`the corpus holds ${corpus.mutants.length} mutants; use --count <= ${corpus.mutants.length}`);
      const bar = progressBar(opts.count, 'mm fuzz', !opts.json);
      const report = runFuzz({ base, seed: opts.seed, count: opts.count, maxTargets: opts.targets, skipTargets: opts.skip, expected: corpus?.mutants, onProgress: () => bar.tick() });
      bar.stop();
      if (opts.writeCorpus) {
        const c = corpusOf(report, {
          command: `mathgym mm fuzz --seed ${opts.seed} --count ${opts.count} --write-corpus`,
          exe: exeVersion() ?? 'metamath-exe',
          base: relative(PACKAGE_ROOT, FUZZ_BASE),
          baseSha256: sha256(base),
          maxTargets: 300,
        });
        writeFileSync(FUZZ_CORPUS, `${JSON.stringify(c, null, 1)}\n`);
      }
      process.exitCode = report.disagreements.length ? 1 : 0;
      const { cases: _cases, ...summary } = report;
      if (opts.json) return printJson(summary);
      const rows = Object.entries(report.byKind).map(([k, [a, n]]) => [k, `${a}/${n}`]);
      console.log(formatTable(['mutation', 'agree'], rows));
      for (const d of report.disagreements) console.log(`DISAGREE #${d.index} ${d.kind} ${d.edit}\n  kernel:    ${d.kernel}\n  reference: ${d.reference}`);
      const v = report.verdicts;
      console.log(
        `${report.agree}/${report.count} agree with ${report.reference === 'corpus' ? `the corpus (${corpus?.exe ?? ''})` : exeVersion() ?? 'metamath-exe'} ` +
          `(seed ${report.seed}; reference: ${v.accepted} accepted, ${v.rejected} rejected, ${v.incomplete} incomplete, ${v.malformed} malformed)` +
          `${opts.writeCorpus ? `; wrote ${relative(PACKAGE_ROOT, FUZZ_CORPUS)}` : ''}`,
      );
    });
}
