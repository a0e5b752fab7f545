/** `mathgym redteam [id|all]`: the adversarial policy suite against one env or every registered one. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { listEnvs, spec } from '../../core/registry.js';
import { difficultyLevels, REDTEAM_HEADER, redteam, redteamHtml, redteamTable, type EnvRedteamReport } from '../../redteam/index.js';
import { collect, formatTable, parseIntOption, parseKwargs, printJson, progressBar } from '../util.js';

interface RedteamCliOptions {
  readonly kwarg: string[];
  readonly episodes: number;
  readonly calibration: number;
  readonly seed: number;
  readonly html?: string;
  readonly json?: boolean;
  readonly verbose?: boolean;
  readonly levels?: boolean;
}

export function redteamCommand(program: Command): void {
  program
    .command('redteam')
    .description('play environments with a catalogue of exploits (copy the question, info leaks, hedges, LaTeX tricks, steps after the end, ...) and fail any env that pays an exploit more than chance')
    .argument('[id]', 'environment id, or "all" (third-party envs too, with --require)', 'all')
    .option('-k, --kwarg <key=value>', 'constructor kwarg (repeatable)', collect, [])
    .option('--episodes <n>', 'evaluation episodes per exploit', parseIntOption('--episodes'), 40)
    .option('--calibration <n>', 'calibration episodes (golds and answer format a policy could learn)', parseIntOption('--calibration'), 30)
    .option('--seed <n>', 'base seed', parseIntOption('--seed'), 0)
    .option('--html <file>', 'also write an HTML report')
    .option('--levels', 'red-team every difficulty level of envs that have levels (1, 2, ... as make() accepts them)')
    .option('--verbose', 'print every exploit of every env, not only the summary')
    .option('--json', 'print the full reports as JSON')
    .addHelpText('after', '\nExit status: 0 when no env is exploitable, 1 otherwise. How the verdict is made: docs/reward-integrity.md.')
    .action(async (id: string, opts: RedteamCliOptions) => {
      const ids = id === 'all' ? listEnvs().map((s) => s.id) : [spec(id).id];
      const kwargs = parseKwargs(opts.kwarg);
      const jobs: { id: string; kwargs: Record<string, unknown> }[] = [];
      for (const envId of ids) {
        const levels = opts.levels && kwargs.difficulty === undefined ? await difficultyLevels(envId) : [];
        if (levels.length === 0) jobs.push({ id: envId, kwargs });
        for (const difficulty of levels) jobs.push({ id: envId, kwargs: { ...kwargs, difficulty } });
      }
      const reports: EnvRedteamReport[] = [];
      const bar = progressBar(jobs.length, 'redteam', !opts.json);
      for (const job of jobs) {
        bar.tick({ status: job.id });
        reports.push(await redteam(job.id, { episodes: Math.max(1, opts.episodes), calibration: opts.calibration, seed: opts.seed, kwargs: job.kwargs }));
      }
      bar.stop();
      if (opts.html) writeFileSync(opts.html, redteamHtml(reports));
      if (opts.json) printJson(reports);
      else {
        console.log(formatTable(REDTEAM_HEADER, redteamTable(reports)));
        if (opts.verbose) {
          for (const r of reports) {
            console.log(`\n${redteamTable([r])[0]?.[0] ?? r.id}`);
            console.log(formatTable(['exploit', 'applicable', 'win rate', 'mean return', 'errors', 'flag'], r.exploits.map((x) => [x.id, `${x.applicable}/${x.episodes}`, x.winRate.toFixed(3), x.meanReturn.toFixed(3), String(x.errors), x.exploitable ? 'EXPLOIT' : ''])));
          }
        }
        const bad = reports.filter((r) => r.exploitable);
        console.log(`\n${bad.length === 0 ? 'no exploitable environment' : `${bad.length} of ${reports.length} environment configuration(s) exploitable`} (${opts.episodes} episodes per exploit)${opts.html ? `; report: ${opts.html}` : ''}`);
      }
      if (reports.some((r) => r.exploitable)) process.exitCode = 1;
    });
}
