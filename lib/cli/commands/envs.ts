/** `mathgym envs`: the registered environments, one line each (the description's first sentence, cut to the terminal), or their specs as JSON. */
import type { Command } from 'commander';
import { listEnvs } from '../../core/registry.js';
import { specToJSON } from '../../core/spec.js';
import { formatTable, printJson } from '../util.js';

/** The first sentence of `text`, cut to `width` characters with an ellipsis. */
export function summary(text: string, width: number): string {
  const first = /^.*?[.;:](?=\s|$)/s.exec(text)?.[0] ?? text;
  const one = first.replace(/\s+/g, ' ').trim().replace(/[.;:]$/, '');
  return one.length <= width ? one : `${one.slice(0, Math.max(1, width - 1)).trimEnd()}…`;
}

export function envsCommand(program: Command): void {
  program
    .command('envs')
    .description('list registered environments (first sentence of each description; --json for the full specs)')
    .option('--json', 'print the specs as JSON (id, description, kwargs, maxEpisodeSteps, entryPoint, ...)')
    .action((opts: { json?: boolean }) => {
      const specs = listEnvs();
      if (opts.json) return printJson(specs.map(specToJSON));
      const idWidth = Math.max(2, ...specs.map((s) => s.id.length));
      // the description column gets what is left of the terminal (100 columns when not a terminal)
      const room = Math.max(30, (process.stdout.columns ?? 100) - idWidth - 'max steps'.length - 4);
      const rows = specs.map((s) => [s.id, s.maxEpisodeSteps === undefined ? '-' : String(s.maxEpisodeSteps), summary(s.deprecated ? `(deprecated) ${s.description}` : s.description, room)]);
      console.log(formatTable(['id', 'max steps', 'description'], rows));
    });
}
