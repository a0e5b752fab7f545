/**
 * `mathgym envs`: lists the registered environments (built-ins and loaded plugins) as a table or JSON.
 */
import type { Command } from 'commander';
import { listEnvs } from '../../core/registry.js';
import { specToJSON } from '../../core/spec.js';
import { formatTable, printJson } from '../util.js';

export function envsCommand(program: Command): void {
  program
    .command('envs')
    .description('list registered environments')
    .option('--json', 'print the specs as JSON')
    .action((opts: { json?: boolean }) => {
      const specs = listEnvs();
      if (opts.json) return printJson(specs.map(specToJSON));
      const rows = specs.map((s) => [s.id, s.maxEpisodeSteps === undefined ? '-' : String(s.maxEpisodeSteps), s.deprecated ? `(deprecated) ${s.description}` : s.description]);
      console.log(formatTable(['id', 'max steps', 'description'], rows));
    });
}
