import type { Command } from 'commander';
import { GENERATORS, generateExcluding, getGenerator } from '../../../datasets/index.js';
import { collect, formatTable, parseIntOption, printJson } from '../util.js';

export function genCommand(program: Command): void {
  program
    .command('gen')
    .description('generate problems of a procedural family as JSONL on stdout (`mathgym gen` alone lists the families)')
    .argument('[family]', 'family name, e.g. linear_equations')
    .option('-n, --n <n>', 'number of problems', parseIntOption('--n'), 100)
    .option('-s, --seed <n>', 'seed', parseIntOption('--seed'), 0)
    .option('-d, --difficulty <n>', 'difficulty level', parseIntOption('--difficulty'), 1)
    .option('--exclude <name>', 'evaluation set (bundled name or JSONL path) whose problems, exact or near, are replaced by further draws (repeatable)', collect, [])
    .option('--json', 'with no family: list the families as JSON')
    .action((family: string | undefined, opts: { n: number; seed: number; difficulty: number; exclude: string[]; json?: boolean }) => {
      if (!family) {
        const rows = GENERATORS.map((g) => ({ name: g.name, env: `mathgym/${g.envName}-v0`, levels: g.levels.length, description: g.description }));
        if (opts.json) return printJson(rows);
        console.log(formatTable(['family', 'environment', 'levels', 'description'], rows.map((r) => [r.name, r.env, String(r.levels), r.description])));
        return;
      }
      const gen = getGenerator(family);
      for (const record of generateExcluding(gen, { seed: opts.seed, size: opts.n, difficulty: opts.difficulty }, opts.exclude)) {
        process.stdout.write(`${JSON.stringify(record)}\n`);
      }
    });
}
