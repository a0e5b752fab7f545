/**
 * `mathgym mm`: the Metamath command group: `verify` the proofs of a .mm file with the built-in kernel (optionally
 * in parallel), `stats`, plus the `prove` and `fuzz` subcommands.
 */
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { MetamathError, databaseStats, parseDatabase, type Database, type DatabaseStats } from '../../metamath/index.js';
import { formatTable, printJson } from '../util.js';
import { mmFuzzCommand } from './mm-fuzz.js';
import { mmProveCommand } from './mm-prove.js';
import { checkFile, mmVerifyCommand, reportParseError } from './mm-verify.js';

export interface MmStatsReport extends DatabaseStats {
  file: string;
  /** Size of the file named on the command line. */
  bytes: number;
  /** Size of all source files, included ones too. */
  totalBytes: number;
  parseSeconds: number;
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
  mmVerifyCommand(cmd);

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
