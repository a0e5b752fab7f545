import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { train, TRAIN_ALGOS, type Metric, type TrainAlgo } from '../../rl/trainer.js';
import { arithmeticTask, defaultTrainConfig } from '../../rl/tasks.js';
import { saveCheckpoint } from '../../nn/checkpoint.js';
import { BACKEND_NAMES, setBackend, type BackendName } from '../../nn/backend.js';
import { learningCurve } from '../../rl/plot.js';
import { ConfigError } from '../../errors.js';
import { parseIntOption, printJson, progressBar } from '../util.js';

interface TrainOpts {
  env: string;
  difficulty: number;
  algo: string;
  seed: number;
  sftSteps: number;
  updates: number;
  numPrompts: number;
  numGenerations: number;
  evalEpisodes: number;
  outDir: string;
  backend: string;
  json?: boolean;
}

/** `mathgym train`: supervised cold start, then GRPO, on a built-in task; metrics JSONL and a checkpoint in --out-dir. */
export function trainCommand(program: Command): void {
  program
    .command('train')
    .description('train a small transformer from random initialization: supervised cold start on generated solutions, then GRPO through the Env API; evaluates on held-out seeds')
    .option('--env <id>', 'environment (built-in tasks: mathgym/Arithmetic-v0)', 'mathgym/Arithmetic-v0')
    .option('--difficulty <n>', 'task difficulty', parseIntOption('--difficulty'), 1)
    .option('--algo <name>', `policy-gradient algorithm: ${TRAIN_ALGOS.join(', ')} (PPO, TRPO and DPO losses are in lib/rl/losses, not wired here yet)`, 'grpo')
    .option('--seed <n>', 'seed of everything (same seed, same run on one backend)', parseIntOption('--seed'), 1)
    .option('--sft-steps <n>', 'supervised cold-start steps (0: none)', parseIntOption('--sft-steps'), 800)
    .option('--updates <n>', 'GRPO updates', parseIntOption('--updates'), 150)
    .option('--num-prompts <n>', 'problems per GRPO update', parseIntOption('--num-prompts'), 8)
    .option('--num-generations <n>', 'completions per problem (the group size)', parseIntOption('--num-generations'), 8)
    .option('--eval-episodes <n>', 'held-out problems per evaluation', parseIntOption('--eval-episodes'), 200)
    .option('--out-dir <dir>', 'where metrics.jsonl and checkpoint.bin go', 'runs/train')
    .option('--backend <name>', `tensor kernels: ${BACKEND_NAMES.join(', ')} (auto: the fastest gpu.js mode this machine has)`, 'auto')
    .option('--json', 'print the final summary as JSON')
    .action(async (opts: TrainOpts) => {
      if (opts.env !== 'mathgym/Arithmetic-v0') throw new ConfigError(`train has a built-in task for mathgym/Arithmetic-v0 only so far, got ${opts.env}`);
      if (!(TRAIN_ALGOS as readonly string[]).includes(opts.algo)) throw new ConfigError(`--algo ${opts.algo} is not wired into the trainer; choose one of ${TRAIN_ALGOS.join(', ')}`);
      const backend = setBackend(opts.backend as BackendName);
      if (!opts.json) console.error(`nn backend: ${backend.mode} (asked for ${opts.backend})`);
      mkdirSync(opts.outDir, { recursive: true });
      const metricsPath = join(opts.outDir, 'metrics.jsonl');
      writeFileSync(metricsPath, '');
      const sftBar = progressBar(opts.sftSteps, 'cold start', !opts.json && opts.sftSteps > 0);
      const rlBar = progressBar(opts.updates, 'grpo', false);
      let lastAcc = 0;
      const onMetric = (m: Metric): void => {
        appendFileSync(metricsPath, `${JSON.stringify(m)}\n`);
        if (m.phase === 'eval') lastAcc = Number(m.accuracy);
        if (m.phase === 'sft') sftBar.tick({ status: `loss ${Number(m.loss).toFixed(3)} held-out acc ${lastAcc.toFixed(3)}` });
        if (m.phase === 'grpo') rlBar.tick({ status: `reward ${Number(m.reward).toFixed(3)} held-out acc ${lastAcc.toFixed(3)}` });
        if (!opts.json && m.phase === 'eval') console.error(`eval after ${m.after} step ${m.step}: held-out exact match ${lastAcc.toFixed(3)}`);
      };
      const t0 = performance.now();
      const { model, metrics } = await train(
        defaultTrainConfig({
          task: arithmeticTask(opts.difficulty),
          algo: opts.algo as TrainAlgo,
          seed: opts.seed,
          sftSteps: opts.sftSteps,
          updates: opts.updates,
          numPrompts: opts.numPrompts,
          numGenerations: opts.numGenerations,
          evalEpisodes: opts.evalEpisodes,
        }),
        onMetric,
      );
      sftBar.stop();
      rlBar.stop();
      const checkpoint = join(opts.outDir, 'checkpoint.bin');
      await saveCheckpoint(checkpoint, { model, step: opts.sftSteps + opts.updates, meta: { config: model.config, charset: model.tokenizer?.charset ?? '', env: opts.env, difficulty: opts.difficulty } });
      const curve = await learningCurve(metrics, `${opts.env} difficulty ${opts.difficulty}: transformer from random init, cold start then GRPO`);
      const plotSvg = join(opts.outDir, 'learning-curve.svg');
      const plotPng = join(opts.outDir, 'learning-curve.png');
      writeFileSync(plotSvg, curve.svg);
      writeFileSync(plotPng, curve.png);
      const evals = metrics.filter((m) => m.phase === 'eval');
      const afterSft = [...evals].reverse().find((m) => m.after === 'sft');
      const summary = {
        env: opts.env,
        difficulty: opts.difficulty,
        seconds: (performance.now() - t0) / 1000,
        heldOutAccuracy: { start: Number(evals[0]?.accuracy ?? 0), afterColdStart: Number(afterSft?.accuracy ?? 0), final: Number(evals[evals.length - 1]?.accuracy ?? 0) },
        backend: backend.mode,
        metrics: metricsPath,
        checkpoint,
        plot: { svg: plotSvg, png: plotPng },
      };
      if (opts.json) return printJson(summary);
      console.log(
        `held-out exact match on ${opts.evalEpisodes} problems: ${summary.heldOutAccuracy.start.toFixed(3)} at random init, ${summary.heldOutAccuracy.afterColdStart.toFixed(3)} after the cold start, ${summary.heldOutAccuracy.final.toFixed(3)} after GRPO (${summary.seconds.toFixed(0)} s)`,
      );
      console.log(`learning curve: ${plotPng} (and ${plotSvg})\nmetrics: ${metricsPath}\ncheckpoint: ${checkpoint}`);
    });
}
