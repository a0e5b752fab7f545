/**
 * `mathgym check <id|all>`: runs the env checker (Gymnasium's check_env) on registered environments and prints one
 * line per env, or JSON; also used by `demo`.
 */
import type { Command } from 'commander';
import { checkEnv, type CheckEnvReport } from '../../core/check-env.js';
import { listEnvs, make, spec } from '../../core/registry.js';
import { EnvCheckError, MathgymError } from '../../errors.js';
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
    spec(id); // an unknown id is misuse (exit 2), not a failing env
    // any failure of one env (a bad constructor, a step that throws) is that env's FAIL, not the end of the run
    let env: Awaited<ReturnType<typeof make>> | undefined;
    try {
      env = await make(id, kwargs);
      const report = await checkEnv(env.unwrapped);
      results.push({ id, ok: true, ...report });
    } catch (e) {
      const err = e as Error;
      const kind = e instanceof EnvCheckError || e instanceof MathgymError ? '' : `${err.name}: `;
      results.push({ id, ok: false, error: `${kind}${err.message}` });
    } finally {
      await env?.close().catch(() => undefined);
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
