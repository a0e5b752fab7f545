import type { Command } from 'commander';
import { checkEnv, type CheckEnvReport, EnvCheckError, listEnvs, make, MathgymError } from '../../index.js';
import { parseKwargs, printJson, progressBar, collect } from '../util.js';

interface CheckResult extends Partial<CheckEnvReport> {
  readonly id: string;
  readonly ok: boolean;
  readonly error?: string;
}

/** Runs checkEnv on each id; never throws for a failing env (it is reported), only for misuse. */
export async function runChecks(ids: readonly string[], kwargs: Record<string, unknown>, showProgress: boolean): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const bar = progressBar(ids.length, 'check', showProgress);
  for (const id of ids) {
    const env = await make(id, kwargs);
    try {
      const report = await checkEnv(env.unwrapped);
      results.push({ id, ok: true, ...report });
    } catch (e) {
      if (!(e instanceof EnvCheckError) && !(e instanceof MathgymError)) throw e;
      results.push({ id, ok: false, error: e.message });
    } finally {
      await env.close();
    }
    bar.tick({ status: id });
  }
  bar.stop();
  return results;
}

export function printCheckResults(results: readonly CheckResult[]): void {
  for (const r of results) {
    console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.id}${r.ok ? `  (${r.passed?.length ?? 0} checks)` : ''}`);
    if (r.error) console.log(`      ${r.error}`);
    for (const w of r.warnings ?? []) console.log(`      warning: ${w}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\n${results.length - failed} of ${results.length} environment(s) passed the checker`);
}

export function checkCommand(program: Command): void {
  program
    .command('check')
    .description("run the env checker (Gymnasium's check_env) on one environment or all of them")
    .argument('[id]', 'environment id, or "all"', 'all')
    .option('-k, --kwarg <key=value>', 'constructor kwarg (repeatable)', collect, [])
    .option('--json', 'print results as JSON')
    .action(async (id: string, opts: { kwarg: string[]; json?: boolean }) => {
      const ids = id === 'all' ? listEnvs().map((s) => s.id) : [id];
      const results = await runChecks(ids, parseKwargs(opts.kwarg), !opts.json);
      if (opts.json) printJson(results);
      else printCheckResults(results);
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });
}
