/**
 * `mathgym demo`: checks every environment, then scores two scripted policies on Arithmetic-v0 at each difficulty,
 * a quick end-to-end smoke run that needs no training.
 */
import type { Command } from 'commander';
import { exactCalculator, floatCalculator } from '../../../environments/arithmetic/baselines.js';
import { listEnvs, make } from '../../core/registry.js';
import { makeVec } from '../../core/vector/make-vec.js';
import { evaluate } from '../../rl/evaluate.js';
import { formatTable, parseIntOption, printJson, progressBar } from '../util.js';
import { printCheckResults, runChecks } from './check.js';

const POLICIES = { 'exact calculator': exactCalculator, 'float calculator': floatCalculator } as const;

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('a quick tour without training: check every env, then score two scripted policies on Arithmetic-v0 at each difficulty (npm start runs train)')
    .option('-n, --episodes <n>', 'episodes per policy and difficulty', parseIntOption('--episodes'), 200)
    .option('-s, --seed <n>', 'seed', parseIntOption('--seed'), 0)
    .option('--json', 'print results as JSON')
    .action(async (opts: { episodes: number; seed: number; json?: boolean }) => {
      const checks = await runChecks(listEnvs().map((s) => s.id), {}, !opts.json);
      if (!opts.json) {
        console.log('== mathgym check all ==');
        printCheckResults(checks);
      }
      const rows: { difficulty: number; policy: string; meanReward: number; episodes: number; stepsPerSecond: number }[] = [];
      const bar = progressBar(5 * Object.keys(POLICIES).length, 'demo', !opts.json);
      for (let difficulty = 1; difficulty <= 5; difficulty++) {
        for (const [policy, answer] of Object.entries(POLICIES)) {
          const envs = await makeVec<string, string>('mathgym/Arithmetic-v0', { numEnvs: 8, kwargs: { difficulty } });
          const r = await evaluate(envs, { kind: 'batch', act: (obs) => obs.map(answer) }, { episodes: opts.episodes, seed: opts.seed });
          await envs.close();
          rows.push({ difficulty, policy, meanReward: r.meanReturn, episodes: r.episodes, stepsPerSecond: r.steps / r.seconds });
          bar.tick({ status: `difficulty ${difficulty}, ${policy}` });
        }
      }
      bar.stop();
      const example = await make<string, string>('mathgym/Arithmetic-v0', { difficulty: 5, renderMode: 'ansi' });
      const { observation } = await example.reset({ seed: opts.seed });
      const shown = [];
      for (const [policy, answer] of Object.entries(POLICIES)) {
        await example.reset({ seed: opts.seed });
        const r = await example.step(answer(observation));
        shown.push({ policy, answer: answer(observation), reward: r.reward, reason: r.info.reason });
      }
      await example.close();
      if (opts.json) return printJson({ checks, results: rows, example: { question: observation, answers: shown } });
      console.log('\n== Arithmetic-v0: mean reward of scripted policies ==');
      const names = Object.keys(POLICIES);
      console.log(
        formatTable(
          ['difficulty', ...names],
          [1, 2, 3, 4, 5].map((d) => [String(d), ...names.map((n) => rows.find((r) => r.difficulty === d && r.policy === n)?.meanReward.toFixed(3) ?? '-')]),
        ),
      );
      console.log(`(${opts.episodes} episodes each, seed ${opts.seed}, SyncVectorEnv x8)`);
      console.log(`\n== one difficulty-5 episode ==\n${observation}`);
      for (const s of shown) console.log(`  ${s.policy}: ${JSON.stringify(s.answer)} -> reward ${s.reward} (${String(s.reason)})`);
      console.log('\nThe float calculator loses reward wherever doubles are inexact: the checker compares exact rationals.');
      if (checks.some((c) => !c.ok)) process.exitCode = 1;
    });
}
