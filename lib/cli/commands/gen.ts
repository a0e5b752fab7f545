/**
 * `mathgym gen <family>`: writes generated problems of a procedural family as JSONL on stdout (seeded, distinct),
 * or lists the families.
 */
import type { Command } from 'commander';
import { GENERATORS, generateExcluding, getGenerator } from '../../../datasets/index.js';
import { distinctProblems } from '../../../datasets/generators/distinct.js';
import { collect, formatTable, parseIntOption, printJson, progressBar } from '../util.js';

export function genCommand(program: Command): void {
  program
    .command('gen')
    .description('generate problems of a procedural family as JSONL on stdout (`mathgym gen` alone lists the families)')
    .argument('[family]', 'family name, e.g. linear_equations')
    .option('-n, --n <n>', 'number of problems', parseIntOption('--n'), 100)
    .option('-s, --seed <n>', 'seed', parseIntOption('--seed'), 0)
    .option('-d, --difficulty <n>', 'difficulty level', parseIntOption('--difficulty'), 1)
    .option('--exclude <name>', 'evaluation set (bundled name or JSONL path) whose problems, exact or near, are replaced by further draws (repeatable)', collect, [])
    .option('--stats', 'instead of problems: distinct problems and answers in --draws draws per level (of the family, or of every family)')
    .option('--draws <n>', 'with --stats: draws per level', parseIntOption('--draws'), 10_000)
    .option('--json', 'with no family or --stats: print as JSON')
    .action((family: string | undefined, opts: { n: number; seed: number; difficulty: number; exclude: string[]; stats?: boolean; draws: number; json?: boolean }) => {
      if (opts.stats) {
        const gens = family ? [getGenerator(family)] : GENERATORS;
        const total = gens.reduce((s, g) => s + g.levels.length, 0);
        const bar = progressBar(total, 'counting', !opts.json);
        const rows = gens.flatMap((g) =>
          g.levels.map((_, i) => {
            const row = distinctProblems(g, i + 1, opts.draws, opts.seed);
            bar.tick({ status: `${g.name} d${i + 1}` });
            return row;
          }),
        );
        bar.stop();
        if (opts.json) return printJson(rows);
        console.log(formatTable(['family', 'difficulty', 'draws', 'distinct problems', 'distinct answers'], rows.map((r) => [r.family, String(r.difficulty), String(r.draws), String(r.distinct), String(r.answers)])));
        return;
      }
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
