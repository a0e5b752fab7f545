import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { train, trainCheckpoint, TRAIN_ALGOS, type Metric, type TrainAlgo, type TrainConfig, type TrainResult } from '../../rl/trainer.js';
import { arithmeticTask, defaultTrainConfig } from '../../rl/tasks.js';
import { upgradeSavedConfig } from '../../rl/config.js';
import { loadCheckpoint, saveCheckpoint, type Checkpoint } from '../../nn/checkpoint.js';
import { BACKEND_NAMES, setBackend, type BackendName } from '../../nn/backend.js';
import { learningCurve } from '../../rl/plot.js';
import { LOSS_TYPES, type LossType } from '../../rl/aggregate.js';
import type { DpoLossType, GrpoObjective, ImportanceSamplingLevel } from '../../rl/algos/index.js';
import { REWARD_COMPONENTS, type RewardWeights } from '../../rl/reward-mix.js';
import { checkKnownKeys } from '../../core/validate.js';
import type { KlEstimator } from '../../rl/kl.js';
import { ConfigError } from '../../errors.js';
import { parseIntOption, printJson, progressBar } from '../util.js';
import { RANKER_ENVS, trainRankerCommand } from './train-ranker.js';

interface TrainOpts {
  env: string;
  difficulty: number;
  algo: string;
  lossType?: string;
  beta?: number;
  klEstimator: string;
  temperature?: number;
  topP?: number;
  learningRate?: number;
  numIterations?: number;
  maxKl?: number;
  importanceSampling?: string;
  objective?: string;
  tisCap?: number;
  entropyCoef?: number;
  overlongMask?: boolean;
  rewards?: RewardWeights;
  overlongBuffer?: number;
  seed: number;
  sftSteps: number;
  updates: number;
  numPrompts: number;
  numGenerations: number;
  evalEpisodes: number;
  outDir: string;
  resume?: string;
  checkpointEvery: number;
  backend: string;
  json?: boolean;
}

const DPO_LOSS_TYPES = ['sigmoid', 'ipo'] as const;

/** Parses an option that takes one of `values`. */
function choice(name: string, values: readonly string[]): (value: string) => string {
  return (value) => {
    if (!values.includes(value)) throw new ConfigError(`${name} must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
    return value;
  };
}

/** Parses a finite number option, with the option name in the error. */
function parseNumberOption(name: string, ok: (x: number) => boolean, want: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || !ok(n)) throw new ConfigError(`${name} must be ${want}, got ${JSON.stringify(value)}`);
    return n;
  };
}

/** The flags that belong to one algorithm's config group, put there (a flag for another algorithm's group is an error, not ignored). */
function groupOptions(opts: TrainOpts, algo: TrainAlgo): Pick<TrainConfig, 'grpo' | 'ppo' | 'trpo' | 'dpo'> {
  const pg = algo === 'grpo' || algo === 'dapo';
  const only = (flag: string, value: unknown, ok: boolean, algos: string): void => {
    if (value !== undefined && !ok) throw new ConfigError(`${flag} is a ${algos} option; --algo is ${algo}`);
  };
  if (opts.lossType !== undefined) {
    const types: readonly string[] = algo === 'dpo' ? DPO_LOSS_TYPES : LOSS_TYPES;
    if (!types.includes(opts.lossType)) throw new ConfigError(`--loss-type${algo === 'dpo' ? ' for dpo' : ''} must be one of ${types.join(', ')}${algo === 'dpo' ? '' : ' (dpo: sigmoid, ipo)'}, got ${opts.lossType}`);
    only('--loss-type', opts.lossType, pg || algo === 'dpo', 'grpo, dapo or dpo');
  }
  for (const [flag, v] of [['--importance-sampling', opts.importanceSampling], ['--objective', opts.objective], ['--tis-cap', opts.tisCap], ['--entropy-coef', opts.entropyCoef], ['--overlong-mask', opts.overlongMask]] as const) only(flag, v, pg, 'grpo / dapo');
  only('--max-kl', opts.maxKl, algo === 'trpo', 'trpo');
  only('--num-iterations', opts.numIterations, pg || algo === 'ppo' || algo === 'dpo', 'grpo, dapo, ppo or dpo');
  const def = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  if (pg) {
    return {
      grpo: def({
        lossType: opts.lossType as LossType | undefined,
        ...(opts.lossType === 'dr_grpo' ? { scaleRewards: 'none' as const } : {}),
        numIterations: opts.numIterations,
        importanceSampling: opts.importanceSampling as ImportanceSamplingLevel | undefined,
        objective: opts.objective as GrpoObjective | undefined,
        tisCap: opts.tisCap,
        entropyCoef: opts.entropyCoef,
        overlongMask: opts.overlongMask,
      }),
    };
  }
  if (algo === 'ppo') return { ppo: def({ numIterations: opts.numIterations }) };
  if (algo === 'trpo') return { trpo: def({ maxKl: opts.maxKl }) };
  if (algo === 'dpo') return { dpo: def({ lossType: opts.lossType as DpoLossType | undefined, numIterations: opts.numIterations, beta: opts.beta }) };
  return {};
}

/** Parses `env=1,overlong=0.5`: reward components and their weights. */
function parseRewardWeights(value: string): RewardWeights {
  const out: Record<string, number> = {};
  for (const part of value.split(',')) {
    const [name, w] = part.split('=');
    const x = Number(w);
    if (!name || w === undefined || w.trim() === '' || !Number.isFinite(x)) throw new ConfigError(`--rewards takes name=weight pairs separated by commas (components: ${REWARD_COMPONENTS.join(', ')}), got ${JSON.stringify(part)}`);
    out[name.trim()] = x;
  }
  checkKnownKeys('--rewards', out, REWARD_COMPONENTS);
  return out;
}

/** The run's config: defaults + options, or (with --resume) the checkpoint's config with the new --updates / --eval-episodes. */
function configFrom(opts: TrainOpts, resume: Checkpoint | undefined): { cfg: TrainConfig; env: string; difficulty: number } {
  if (resume) {
    const saved = resume.meta.train as (Omit<TrainConfig, 'task'> & { task?: { envId?: string } }) | undefined;
    if (!saved || typeof resume.meta.rlUpdate !== 'number') throw new ConfigError(`${opts.resume} holds no training state; resume needs a checkpoint written by mathgym train`);
    const env = typeof resume.meta.env === 'string' ? resume.meta.env : 'mathgym/Arithmetic-v0';
    if (env !== 'mathgym/Arithmetic-v0') throw new ConfigError(`train has a built-in task for mathgym/Arithmetic-v0 only so far; the checkpoint is for ${env}`);
    const difficulty = typeof resume.meta.difficulty === 'number' ? resume.meta.difficulty : 1;
    const { task: _task, ...rest } = upgradeSavedConfig(saved as unknown as Record<string, unknown>) as unknown as Omit<TrainConfig, 'task'> & { task?: unknown };
    return { cfg: { ...rest, task: arithmeticTask(difficulty), updates: opts.updates, evalEpisodes: opts.evalEpisodes }, env, difficulty };
  }
  if (opts.env !== 'mathgym/Arithmetic-v0') throw new ConfigError(`train has a built-in task for mathgym/Arithmetic-v0 only so far, got ${opts.env}`);
  if (!(TRAIN_ALGOS as readonly string[]).includes(opts.algo)) throw new ConfigError(`--algo ${opts.algo} is not one of ${TRAIN_ALGOS.join(', ')}`);
  const algo = opts.algo as TrainAlgo;
  if (opts.klEstimator !== 'k1' && opts.klEstimator !== 'k3') throw new ConfigError(`--kl-estimator must be k1 or k3, got ${opts.klEstimator}`);
  const groups = groupOptions(opts, algo);
  const set = <K extends keyof TrainConfig>(k: K, v: TrainConfig[K] | undefined): Partial<TrainConfig> => (v === undefined ? {} : ({ [k]: v } as Partial<TrainConfig>));
  const cfg = defaultTrainConfig({
    task: arithmeticTask(opts.difficulty),
    algo,
    seed: opts.seed,
    sftSteps: opts.sftSteps,
    updates: opts.updates,
    numPrompts: opts.numPrompts,
    numGenerations: opts.numGenerations,
    evalEpisodes: opts.evalEpisodes,
    klEstimator: opts.klEstimator as KlEstimator,
    ...groups,
    ...(algo === 'dpo' ? {} : set('beta', opts.beta)),
    ...set('temperature', opts.temperature),
    ...set('topP', opts.topP),
    ...set('learningRate', opts.learningRate),
    ...(opts.rewards === undefined ? {} : { rewardWeights: opts.rewards }),
    ...set('overlongBuffer', opts.overlongBuffer),
  });
  return { cfg, env: opts.env, difficulty: opts.difficulty };
}

/** `mathgym train`: supervised cold start, then an RL algorithm, on a built-in task; metrics JSONL, a learning curve and a resumable checkpoint in --out-dir. */
export function trainCommand(program: Command): void {
  program
    .command('train')
    .description('train a small transformer from random initialization: supervised cold start on generated solutions, then RL (GRPO by default) through the Env API; evaluates on the test split: problems it never trained on')
    .option('--env <id>', `environment: mathgym/Arithmetic-v0 (text transformer), ${RANKER_ENVS.join(', ')} (action-ranking policy; --updates defaults to 25 there)`, 'mathgym/Arithmetic-v0')
    .option('--difficulty <n>', 'task difficulty', parseIntOption('--difficulty'), 1)
    .option('--algo <name>', `RL algorithm: ${TRAIN_ALGOS.join(', ')} (dapo = GRPO with dynamic sampling)`, 'grpo')
    .option('--loss-type <type>', `loss aggregation (TRL loss_type): ${LOSS_TYPES.join(', ')} (dr_grpo also stops dividing advantages by the group std, as Dr. GRPO); for dpo: sigmoid, ipo (default dapo / sigmoid)`)
    .option('--beta <x>', 'KL penalty to the frozen reference (TRL beta; default 0 = none; not for trpo); for dpo its beta (default 0.1)', parseNumberOption('--beta', (x) => x >= 0, 'a number >= 0'))
    .option('--kl-estimator <k>', 'estimator of the KL penalty: k3 (TRL) or k1', 'k3')
    .option('--temperature <x>', 'sampling temperature of the rollouts (default 1)', parseNumberOption('--temperature', (x) => x > 0, 'a number > 0'))
    .option('--top-p <x>', 'nucleus sampling of the rollouts (default 1)', parseNumberOption('--top-p', (x) => x > 0 && x <= 1, 'a number in (0, 1]'))
    .option('--learning-rate <x>', 'AdamW learning rate of the RL phase (default 3e-4; ppo 1e-4)', parseNumberOption('--learning-rate', (x) => x > 0, 'a number > 0'))
    .option('--num-iterations <n>', 'optimizer passes per rollout batch (TRL num_iterations; PPO epochs, default 4 there, 1 elsewhere)', parseIntOption('--num-iterations'))
    .option('--max-kl <x>', 'trpo: trust-region radius on the mean KL (default 0.01)', parseNumberOption('--max-kl', (x) => x > 0, 'a number > 0'))
    .option('--importance-sampling <level>', 'grpo/dapo: importance ratio per token (default) or per sequence (GSPO: exp of the mean log-ratio of the completion)', choice('--importance-sampling', ['token', 'sequence']))
    .option('--objective <name>', 'grpo/dapo: clip (PPO clipped surrogate, default) or cispo (REINFORCE weighted by the stop-gradient ratio clipped at 1 + epsilon_high: clipped tokens keep a gradient)', choice('--objective', ['clip', 'cispo']))
    .option('--tis-cap <c>', 'grpo/dapo: truncated importance sampling: weigh each token by min(pi_old/mu, c), mu the sampler (differs from pi_old with --temperature or --top-p); default off', parseNumberOption('--tis-cap', (x) => x >= 1, 'a number >= 1'))
    .option('--entropy-coef <x>', 'grpo/dapo: entropy bonus, subtract x times the mean token entropy from the loss (default 0)', parseNumberOption('--entropy-coef', (x) => x >= 0, 'a number >= 0'))
    .option('--overlong-mask', 'grpo/dapo: drop completions cut at the length limit from the loss (DAPO overlong filtering)')
    .option('--rewards <list>', `weighted reward components, e.g. env=1,overlong=0.5 (${REWARD_COMPONENTS.join(', ')}: the env's verdict, DAPO's soft overlong penalty, ended with eos); each is logged as reward/<name> (default env=1)`, parseRewardWeights)
    .option('--overlong-buffer <n>', "the 'overlong' reward's ramp in tokens before the length limit (default 2)", parseNumberOption('--overlong-buffer', (x) => x > 0, 'a number > 0'))
    .option('--seed <n>', 'seed of everything (same seed, same run on one backend)', parseIntOption('--seed'), 1)
    .option('--sft-steps <n>', 'supervised cold-start steps (0: none)', parseIntOption('--sft-steps'), 800)
    .option('--updates <n>', 'RL updates in total (with --resume: the update to stop at)', parseIntOption('--updates'), 150)
    .option('--num-prompts <n>', 'problems per update', parseIntOption('--num-prompts'), 8)
    .option('--num-generations <n>', 'completions per problem (the group size)', parseIntOption('--num-generations'), 8)
    .option('--eval-episodes <n>', 'held-out problems per evaluation', parseIntOption('--eval-episodes'), 200)
    .option('--out-dir <dir>', 'where metrics.jsonl, the learning curve and checkpoint.bin go', 'runs/train')
    .option('--resume <checkpoint>', 'continue a run from its checkpoint.bin (model, AdamW state, update counter and config; other training options are taken from it)')
    .option('--checkpoint-every <n>', 'also write checkpoint.bin every n updates (0: at the end only)', parseIntOption('--checkpoint-every'), 0)
    .option('--backend <name>', `tensor kernels: ${BACKEND_NAMES.join(', ')} (auto: the fastest gpu.js mode this machine has)`, 'auto')
    .option('--json', 'print the final summary as JSON')
    .action(async (opts: TrainOpts, cmd: Command) => {
      if ((RANKER_ENVS as readonly string[]).includes(opts.env)) {
        if (opts.resume !== undefined) throw new ConfigError(`--resume is for the transformer tasks; ${opts.env} trains an action-ranking policy in seconds, run it again`);
        const given = (name: string): boolean => cmd.getOptionValueSource(name) !== 'default';
        return trainRankerCommand({
          env: opts.env,
          difficulty: opts.difficulty,
          seed: opts.seed,
          iterations: given('updates') ? opts.updates : 25,
          numPrompts: opts.numPrompts,
          numGenerations: given('numGenerations') ? opts.numGenerations : 4,
          ...(opts.learningRate === undefined ? {} : { learningRate: opts.learningRate }),
          evalEpisodes: given('evalEpisodes') ? opts.evalEpisodes : 100,
          outDir: opts.outDir,
          ...(opts.json ? { json: true } : {}),
        });
      }
      const resume = opts.resume === undefined ? undefined : await loadCheckpoint(opts.resume).catch((e: unknown) => {
        throw new ConfigError(`cannot read checkpoint ${opts.resume}: ${e instanceof Error ? e.message : String(e)}`);
      });
      const { cfg, env, difficulty } = configFrom(opts, resume);
      const algo = cfg.algo ?? 'grpo';
      const backend = setBackend(opts.backend as BackendName);
      if (!opts.json) console.error(`nn backend: ${backend.mode} (asked for ${opts.backend})`);
      mkdirSync(opts.outDir, { recursive: true });
      const metricsPath = join(opts.outDir, 'metrics.jsonl');
      const checkpoint = join(opts.outDir, 'checkpoint.bin');
      if (!resume) writeFileSync(metricsPath, '');
      const startUpdate = resume ? Number(resume.meta.rlUpdate) : 0;
      // the trainer reports the cold start every 25 steps and at its last step
      const sftBar = progressBar(Math.ceil(cfg.sftSteps / 25), 'cold start', !opts.json && !resume && cfg.sftSteps > 0);
      let rlBar: ReturnType<typeof progressBar> | undefined;
      let lastAcc = Number.NaN;
      const onMetric = (m: Metric): void => {
        appendFileSync(metricsPath, `${JSON.stringify(m)}\n`);
        if (m.phase === 'eval') lastAcc = Number(m.accuracy);
        if (m.phase === 'sft') sftBar.tick({ status: `loss ${Number(m.loss).toFixed(3)} held-out acc ${lastAcc.toFixed(3)}` });
        if (m.phase === algo) {
          if (!rlBar) {
            sftBar.stop();
            rlBar = progressBar(cfg.updates - startUpdate, algo, !opts.json);
          }
          const kl = m.kl ?? m.stepKl ?? m.approxKl;
          rlBar.tick({
            status: `update ${m.step} reward ${Number(m.reward).toFixed(3)} held-out acc ${lastAcc.toFixed(3)} kl ${kl === undefined ? '-' : Number(kl).toExponential(2)} ${Number(m.tokensPerSecond).toFixed(0)} tok/s`,
          });
        }
        if (!opts.json && m.phase === 'eval' && !rlBar) console.error(`eval after ${m.after} step ${m.step}: held-out exact match ${lastAcc.toFixed(3)}`);
      };
      const meta = { env, difficulty };
      const save = (r: TrainResult): Promise<void> => saveCheckpoint(checkpoint, trainCheckpoint(r, meta));
      const t0 = performance.now();
      const result = await train(cfg, onMetric, {
        ...(resume ? { resume } : {}),
        ...(opts.checkpointEvery > 0 ? { onUpdate: async (r: TrainResult) => (r.update % opts.checkpointEvery === 0 ? save(r) : undefined) } : {}),
      });
      sftBar.stop();
      rlBar?.stop();
      await save(result);
      const { metrics } = result;
      const curve = await learningCurve(metrics, `${env} difficulty ${difficulty}: transformer from random init, cold start then ${algo.toUpperCase()}`);
      const plotSvg = join(opts.outDir, 'learning-curve.svg');
      const plotPng = join(opts.outDir, 'learning-curve.png');
      writeFileSync(plotSvg, curve.svg);
      writeFileSync(plotPng, curve.png);
      const evals = metrics.filter((m) => m.phase === 'eval');
      const afterSft = [...evals].reverse().find((m) => m.after === 'sft');
      const summary = {
        env,
        difficulty,
        algo,
        updates: result.update,
        ...(resume ? { resumedFrom: startUpdate } : {}),
        seconds: (performance.now() - t0) / 1000,
        heldOutAccuracy: { start: Number(evals[0]?.accuracy ?? Number.NaN), afterColdStart: Number(afterSft?.accuracy ?? Number.NaN), final: Number(evals[evals.length - 1]?.accuracy ?? 0) },
        backend: backend.mode,
        metrics: metricsPath,
        checkpoint,
        plot: { svg: plotSvg, png: plotPng },
      };
      if (opts.json) return printJson(summary);
      const h = summary.heldOutAccuracy;
      console.log(
        resume
          ? `test-split exact match (problems never trained on) on ${cfg.evalEpisodes} episodes: ${h.final.toFixed(3)} after ${algo} update ${result.update} (resumed at ${startUpdate}; ${summary.seconds.toFixed(0)} s)`
          : `test-split exact match (problems never trained on) on ${cfg.evalEpisodes} episodes: ${h.start.toFixed(3)} at random init, ${h.afterColdStart.toFixed(3)} after the cold start, ${h.final.toFixed(3)} after ${algo} (${summary.seconds.toFixed(0)} s)`,
      );
      console.log(`learning curve: ${plotPng} (and ${plotSvg})\nmetrics: ${metricsPath}\ncheckpoint: ${checkpoint}`);
    });
}
