import type { Command } from 'commander';
import { GENERATORS, generateDataset, getGenerator } from '../../../datasets/index.js';
import { formatTable, parseIntOption, printJson } from '../util.js';

export function genCommand(program: Command): void {
  program
    .command('gen')
    .description('generate problems of a procedural family as JSONL on stdout (`mathgym gen` alone lists the families)')
    .argument('[family]', 'family name, e.g. linear_equations')
    .option('-n, --n <n>', 'number of problems', parseIntOption('--n'), 100)
    .option('-s, --seed <n>', 'seed', parseIntOption('--seed'), 0)
    .option('-d, --difficulty <n>', 'difficulty level', parseIntOption('--difficulty'), 1)
    .option('--json', 'with no family: list the families as JSON')
    .action((family: string | undefined, opts: { n: number; seed: number; difficulty: number; json?: boolean }) => {
      if (!family) {
        const rows = GENERATORS.map((g) => ({ name: g.name, env: `mathgym/${g.envName}-v0`, levels: g.levels.length, description: g.description }));
        if (opts.json) return printJson(rows);
        console.log(formatTable(['family', 'environment', 'levels', 'description'], rows.map((r) => [r.name, r.env, String(r.levels), r.description])));
        return;
      }
      const gen = getGenerator(family);
      for (const record of generateDataset(gen, { seed: opts.seed, size: opts.n, difficulty: opts.difficulty })) {
        process.stdout.write(`${JSON.stringify(record)}\n`);
      }
    });
}
