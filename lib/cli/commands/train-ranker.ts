/**
 * `mathgym train --env mathgym/EquationRewrite-v0`: environments with a discrete legal-action list are
 * trained with the action-ranking policy (lib/rl/ranker-trainer.ts), not the text transformer. Same
 * outputs as the text path: metrics.jsonl, a learning curve, checkpoint.bin, a held-out evaluation.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveCheckpoint } from '../../nn/checkpoint-file.js';
import { learningCurve, type CurveRow } from '../../rl/plot.js';
import { evaluateRanker, initialRanker, trainRanker } from '../../rl/ranker-trainer.js';
import { printJson, progressBar } from '../util.js';

/** Environments `train` runs with the ranker. */
export const RANKER_ENVS = ['mathgym/EquationRewrite-v0'] as const;

export interface RankerTrainOpts {
  readonly env: string;
  readonly difficulty: number;
  readonly seed: number;
  /** Optimizer steps. */
  readonly iterations: number;
  readonly numPrompts: number;
  readonly numGenerations: number;
  readonly learningRate?: number;
  readonly evalEpisodes: number;
  readonly outDir: string;
  readonly json?: boolean;
}

export async function trainRankerCommand(opts: RankerTrainOpts): Promise<void> {
  mkdirSync(opts.outDir, { recursive: true });
  const metricsPath = join(opts.outDir, 'metrics.jsonl');
  writeFileSync(metricsPath, '');
  const envOpts = { env: opts.env, envKwargs: { difficulty: opts.difficulty } };
  const evalOpts = { ...envOpts, episodes: opts.evalEpisodes };
  const rows: CurveRow[] = [];
  const record = (m: CurveRow): void => {
    rows.push(m);
    appendFileSync(metricsPath, `${JSON.stringify(m)}\n`);
  };
  const t0 = performance.now();
  const bar = progressBar(opts.iterations, 'ranker', !opts.json);
  const { model, seconds } = await trainRanker(
    { ...envOpts, seed: opts.seed, iterations: opts.iterations, problemsPerIteration: opts.numPrompts, groupSize: opts.numGenerations, ...(opts.learningRate === undefined ? {} : { lr: opts.learningRate }) },
    (m) => {
      // the batch success rate is the curve's "reward" series: the per-step return mixes in the step penalty
      record({ phase: 'ranker', step: m.iteration, reward: m.successRate, meanReturn: m.meanReturn, meanLength: m.meanLength, zeroStdFraction: m.zeroStdFraction });
      bar.tick({ status: `success ${m.successRate.toFixed(3)} return ${m.meanReturn.toFixed(3)} length ${m.meanLength.toFixed(1)}` });
    },
  );
  bar.stop();
  // the untrained baseline: the same seed's initial weights (trainRanker trains its model in place)
  const before = await evaluateRanker(initialRanker({ seed: opts.seed }), evalOpts);
  const after = await evaluateRanker(model, evalOpts);
  record({ phase: 'eval', step: 0, after: 'init', accuracy: before.successRate, meanReturn: before.meanReturn });
  record({ phase: 'eval', step: opts.iterations, after: 'ranker', accuracy: after.successRate, meanReturn: after.meanReturn, meanLength: after.meanLength });
  const checkpoint = join(opts.outDir, 'checkpoint.bin');
  await saveCheckpoint(checkpoint, { model, step: opts.iterations, meta: { policy: 'ranker', config: model.config, env: opts.env, difficulty: opts.difficulty } });
  const curve = await learningCurve(rows, {
    title: `${opts.env} difficulty ${opts.difficulty}: action-ranking policy, REINFORCE with a group baseline`,
    metric: 'held-out success rate (equations solved)',
    reward: 'batch success rate',
    start: 'untrained',
    rlStep: 'iterations',
  });
  const plotSvg = join(opts.outDir, 'learning-curve.svg');
  const plotPng = join(opts.outDir, 'learning-curve.png');
  writeFileSync(plotSvg, curve.svg);
  writeFileSync(plotPng, curve.png);
  const summary = {
    env: opts.env,
    difficulty: opts.difficulty,
    algo: 'ranker',
    updates: opts.iterations,
    seconds: (performance.now() - t0) / 1000,
    trainSeconds: seconds,
    heldOut: { episodes: opts.evalEpisodes, before, after },
    heldOutAccuracy: { start: before.successRate, final: after.successRate },
    metrics: metricsPath,
    checkpoint,
    plot: { svg: plotSvg, png: plotPng },
  };
  if (opts.json) return printJson(summary);
  console.log(
    `held-out success on ${opts.evalEpisodes} equations: ${before.successRate.toFixed(3)} untrained, ${after.successRate.toFixed(3)} after ${opts.iterations} iterations (mean length ${after.meanLength.toFixed(1)} moves; ${summary.seconds.toFixed(0)} s)`,
  );
  console.log(`learning curve: ${plotPng} (and ${plotSvg})\nmetrics: ${metricsPath}\ncheckpoint: ${checkpoint}`);
}
