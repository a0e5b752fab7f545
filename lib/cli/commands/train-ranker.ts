/**
 * `mathgym train --env mathgym/EquationRewrite-v0` (or MetamathProof-v0): environments whose steps
 * choose among candidate actions are trained with the action-ranking policy (lib/rl/ranker-trainer.ts),
 * not the text transformer (lib/rl/tasks.ts envTrainer decides). Same outputs as the text path:
 * metrics.jsonl, a learning curve, checkpoint.bin, a held-out evaluation.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveCheckpoint } from '../../nn/checkpoint-file.js';
import { learningCurve, type CurveRow } from '../../rl/plot.js';
import { evaluateRanker, initialRanker, trainRanker, type CandidateFeaturizer } from '../../rl/ranker-trainer.js';
import type { Ranker } from '../../nn/models/ranker.js';
import { printJson, progressBar } from '../util.js';
import { ConfigError } from '../../errors.js';

/** Training iterations between the curriculum's evaluations. */
export const RANKER_CURRICULUM_CHUNK = 5;

export interface RankerTrainOpts {
  readonly env: string;
  /** The env kwargs at a difficulty. */
  readonly envKwargs: (difficulty: number) => Record<string, unknown>;
  readonly featurizer: CandidateFeaturizer;
  /** Difficulty levels of the env (the curriculum's last). */
  readonly levels: number;
  /** Step the difficulty up when the held-out success of an evaluation (every RANKER_CURRICULUM_CHUNK iterations) reaches this. */
  readonly curriculum?: number;
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
  if (!Number.isSafeInteger(opts.iterations) || opts.iterations < 1) throw new ConfigError(`--updates must be a positive integer for the action-ranking policy, got ${opts.iterations}`);
  mkdirSync(opts.outDir, { recursive: true });
  const metricsPath = join(opts.outDir, 'metrics.jsonl');
  writeFileSync(metricsPath, '');
  const envOpts = (difficulty: number) => ({ env: opts.env, envKwargs: opts.envKwargs(difficulty), featurizer: opts.featurizer });
  const rows: CurveRow[] = [];
  const record = (m: CurveRow): void => {
    rows.push(m);
    appendFileSync(metricsPath, `${JSON.stringify(m)}\n`);
  };
  const t0 = performance.now();
  const bar = progressBar(opts.iterations, 'ranker', !opts.json);
  let difficulty = opts.difficulty;
  // the untrained baseline: the same seed's initial weights (trainRanker trains its model in place)
  const before = await evaluateRanker(initialRanker({ seed: opts.seed, featurizer: opts.featurizer }), { ...envOpts(difficulty), episodes: opts.evalEpisodes });
  record({ phase: 'eval', step: 0, after: 'init', accuracy: before.successRate, meanReturn: before.meanReturn });
  // without a curriculum one run of all iterations; with one, chunks that continue the same model, each followed by an evaluation
  const chunk = opts.curriculum === undefined ? opts.iterations : RANKER_CURRICULUM_CHUNK;
  let model: Ranker | undefined;
  let seconds = 0;
  let after = before;
  for (let done = 0; done < opts.iterations; ) {
    const iterations = Math.min(chunk, opts.iterations - done);
    const r = await trainRanker(
      { ...envOpts(difficulty), seed: opts.seed + done, iterations, problemsPerIteration: opts.numPrompts, groupSize: opts.numGenerations, ...(model ? { initialModel: model } : {}), ...(opts.learningRate === undefined ? {} : { lr: opts.learningRate }) },
      (m) => {
        // the batch success rate is the curve's "reward" series: the per-step return mixes in the step penalty
        record({ phase: 'ranker', step: done + m.iteration, reward: m.successRate, meanReturn: m.meanReturn, meanLength: m.meanLength, zeroStdFraction: m.zeroStdFraction });
        bar.tick({ status: `success ${m.successRate.toFixed(3)} return ${m.meanReturn.toFixed(3)} length ${m.meanLength.toFixed(1)}` });
      },
    );
    model = r.model;
    seconds += r.seconds;
    done += iterations;
    after = await evaluateRanker(model, { ...envOpts(difficulty), episodes: opts.evalEpisodes });
    record({ phase: 'eval', step: done, after: 'ranker', accuracy: after.successRate, meanReturn: after.meanReturn, meanLength: after.meanLength });
    if (opts.curriculum !== undefined && after.successRate >= opts.curriculum && difficulty < opts.levels && done < opts.iterations) {
      difficulty++;
      record({ phase: 'curriculum', step: done, envKwargs: JSON.stringify(opts.envKwargs(difficulty)) });
    }
  }
  bar.stop();
  const checkpoint = join(opts.outDir, 'checkpoint.bin');
  await saveCheckpoint(checkpoint, { model: model!, step: opts.iterations, meta: { policy: 'ranker', config: model!.config, env: opts.env, difficulty } });
  const curve = await learningCurve(rows.filter((m) => m.phase !== 'curriculum'), {
    title: `${opts.env} difficulty ${opts.difficulty}${difficulty === opts.difficulty ? '' : `..${difficulty} (curriculum)`}: action-ranking policy, REINFORCE with a group baseline`,
    metric: `held-out success rate (${opts.env.includes('Metamath') ? 'theorems proved' : 'equations solved'})`,
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
    ...(opts.curriculum === undefined ? {} : { finalDifficulty: difficulty, curriculum: rows.filter((m) => m.phase === 'curriculum').map((m) => ({ update: m.step, envKwargs: JSON.parse(String(m.envKwargs)) as unknown })) }),
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
