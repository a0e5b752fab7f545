/**
 * `mathgym train`: trains a small transformer from random initialization (supervised cold start, then RL through
 * the Env API) and evaluates it on the held-out split; options map onto TrainConfig.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { serializableConfig, train, trainCheckpoint, TRAIN_ALGOS, type Metric, type TrainAlgo, type TrainConfig, type TrainResult } from '../../rl/trainer.js';
import { defaultTrainConfig, envTrainer, taskConfig, taskOfCheckpoint, TRAINABLE_ENVS, type EnvTrainer } from '../../rl/tasks.js';
import { difficultyCurriculum } from '../../rl/curriculum.js';
import type { Checkpoint } from '../../nn/checkpoint.js';
import { loadCheckpoint, saveCheckpoint } from '../../nn/checkpoint-file.js';
import { upgradeSavedConfig } from '../../rl/config.js';
import { BACKEND_NAMES, setBackend, type BackendName } from '../../nn/backend.js';
import { learningCurve } from '../../rl/plot.js';
import { LOSS_TYPES, type LossType } from '../../rl/aggregate.js';
import type { DpoLossType, GrpoObjective, ImportanceSamplingLevel } from '../../rl/algos/index.js';
import { REWARD_COMPONENTS, type RewardWeights } from '../../rl/reward-mix.js';
import { checkKnownKeys } from '../../core/validate.js';
import type { KlEstimator } from '../../rl/kl.js';
import { ConfigError } from '../../errors.js';
import { checkpointKind, describeCheckpoint, expectCheckpointKind } from '../../policy/checkpoint-kind.js';
import { assertFreeRunDir, linkLatest, newRunDir, runName } from '../run-dir.js';
import { parseIntOption, printJson, progressBar } from '../util.js';
import { trainRankerCommand } from './train-ranker.js';

interface TrainOpts {
  env?: string;
  difficulty?: number;
  dataset?: string;
  theorem?: string;
  curriculum?: number;
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
  sftSteps?: number;
  updates?: number;
  numPrompts: number;
  numGenerations: number;
  evalEpisodes: number;
  outDir?: string;
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

/** Options that set the run's config; with --resume they must agree with the checkpoint's. */
const CONFIG_OPTIONS = ['env', 'difficulty', 'algo', 'lossType', 'beta', 'klEstimator', 'temperature', 'topP', 'learningRate', 'numIterations', 'maxKl', 'seed', 'sftSteps', 'numPrompts', 'numGenerations'] as const;

/** The run's config: defaults (or the env's task, sized for it) + options, or (with --resume) the checkpoint's config with the new --updates / --eval-episodes. */
async function configFrom(opts: TrainOpts, plan: Extract<EnvTrainer, { kind: 'transformer' }> | undefined, resume: Checkpoint | undefined, given: readonly string[] = []): Promise<{ cfg: TrainConfig; env: string; difficulty: number }> {
  if (resume) {
    const path = opts.resume ?? 'the checkpoint';
    const kind = checkpointKind(resume.meta, resume.step);
    expectCheckpointKind(path, kind, 'transformer', '--resume continues a text transformer run of `mathgym train` (the ranker trains in seconds: run it again)');
    const saved = resume.meta.train as (Omit<TrainConfig, 'task'> & { task?: { envId?: string } }) | undefined;
    if (!saved || typeof resume.meta.rlUpdate !== 'number') throw new ConfigError(`${path} holds ${describeCheckpoint(kind)} but no training state; --resume needs a checkpoint written by mathgym train`);
    const savedConfig = upgradeSavedConfig(saved as unknown as Record<string, unknown>);
    // a resumed run keeps its config: an explicit option that says otherwise is a mistake, not an override
    if (given.length) {
      // the options as given, the others as the run had them: only a given option can make a difference
      const run = savedConfig as Record<string, unknown> & { task?: { envId?: string; envKwargs?: { difficulty?: number } } };
      // what only one algorithm reads sits in its config group (lib/rl/config.ts)
      const group = (run[run.algo === 'dapo' || run.algo === undefined ? 'grpo' : String(run.algo)] ?? {}) as Record<string, unknown>;
      const asRun = (o: (typeof CONFIG_OPTIONS)[number]): unknown => (o === 'env' ? run.task?.envId : o === 'difficulty' ? run.task?.envKwargs?.difficulty : (run[o] ?? group[o]));
      const merged = { ...opts, ...Object.fromEntries(CONFIG_OPTIONS.filter((o) => !given.includes(o)).map((o) => [o, asRun(o)])) } as TrainOpts;
      const runPlan = run.task?.envId === undefined ? undefined : await envTrainer(run.task.envId, {}).catch(() => undefined);
      const fresh = serializableConfig((await configFrom(merged, runPlan?.kind === 'transformer' ? runPlan : undefined, undefined)).cfg);
      // an absent config group and an empty one are the same config
      const key = (v: unknown): string => JSON.stringify(v === undefined || (typeof v === 'object' && v !== null && Object.keys(v).length === 0) ? null : v);
      const differs = Object.keys(fresh).filter((k) => !['updates', 'evalEpisodes'].includes(k) && key(fresh[k]) !== key(savedConfig[k]));
      if (differs.length) {
        throw new ConfigError(
          `${path} holds ${describeCheckpoint(kind)}; ${given.map((o) => `--${o.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')} ask${given.length > 1 ? '' : 's'} for another config (${differs.map((k) => `${k}: run ${JSON.stringify(savedConfig[k])}, asked ${JSON.stringify(fresh[k])}`).join('; ')}). A resumed run keeps its config: drop those options, or start a new run without --resume`,
        );
      }
    }
    const { task, env, difficulty } = await taskOfCheckpoint(resume.meta);
    const { task: _task, ...rest } = savedConfig as unknown as Omit<TrainConfig, 'task'> & { task?: unknown };
    return { cfg: { ...rest, task, ...(opts.updates === undefined ? {} : { updates: opts.updates }), evalEpisodes: opts.evalEpisodes }, env, difficulty };
  }
  if (!(TRAIN_ALGOS as readonly string[]).includes(opts.algo)) throw new ConfigError(`--algo ${opts.algo} is not one of ${TRAIN_ALGOS.join(', ')}`);
  const algo = opts.algo as TrainAlgo;
  if (opts.klEstimator !== 'k1' && opts.klEstimator !== 'k3') throw new ConfigError(`--kl-estimator must be k1 or k3, got ${opts.klEstimator}`);
  const groups = groupOptions(opts, algo);
  const set = <K extends keyof TrainConfig>(k: K, v: TrainConfig[K] | undefined): Partial<TrainConfig> => (v === undefined ? {} : ({ [k]: v } as Partial<TrainConfig>));
  // no --env, --difficulty or --curriculum: the npm start run as it is; otherwise the env's task at that difficulty, the model sized for it
  const base = plan ? taskConfig(plan.task, opts.difficulty ?? 1, opts.curriculum === undefined ? opts.difficulty ?? 1 : plan.levels) : {};
  const cfg = defaultTrainConfig({
    ...base,
    algo,
    seed: opts.seed,
    ...set('sftSteps', opts.sftSteps),
    ...set('updates', opts.updates),
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
  return { cfg, env: cfg.task.envId, difficulty: Number(cfg.task.envKwargs.difficulty ?? 1) };
}

/** `mathgym train`: supervised cold start, then an RL algorithm, on a built-in task; metrics JSONL, a learning curve and a resumable checkpoint in --out-dir. */
export function trainCommand(program: Command): void {
  program
    .command('train')
    .description('the main job (npm start): train a small transformer from random initialization: supervised cold start on generated solutions, then RL (GRPO by default) through the Env API; evaluates on the test split: problems it never trained on')
    .option('--env <id>', `environment (default: the npm start task, ${defaultTrainConfig().task.envId}): single-turn text envs train the char transformer (${TRAINABLE_ENVS.filter((e) => !/EquationRewrite|MetamathProof/.test(e)).length} of them: Arithmetic-v0, MathQA-v0 and every procedural family), EquationRewrite-v0 and MetamathProof-v0 the action-ranking policy (--updates defaults to 25 there); \`mathgym envs\` lists them`)
    .option('--difficulty <n>', 'task difficulty (default 1; with --curriculum the first level)', parseIntOption('--difficulty'))
    .option('--curriculum <threshold>', 'step the difficulty up one level whenever the test-split exact match of an RL-phase evaluation reaches this (0..1), up to the env\'s last level; logged as phase "curriculum" in metrics.jsonl', parseNumberOption('--curriculum', (x) => x >= 0 && x <= 1, 'a number in [0, 1]'))
    .option('--dataset <name|path>', 'MathQA-v0: a bundled dataset (math500, gsm8k) or a JSONL path (default math500)')
    .option('--theorem <selector>', 'MetamathProof-v0: the target theorems (a label, a..b, section:<title>, all; default all)')
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
    .option('--sft-steps <n>', `supervised cold-start steps (0: none; default ${defaultTrainConfig().sftSteps})`, parseIntOption('--sft-steps'))
    .option('--updates <n>', `RL updates in total (with --resume: the update to stop at; default ${defaultTrainConfig().updates})`, parseIntOption('--updates'))
    .option('--num-prompts <n>', 'problems per update', parseIntOption('--num-prompts'), 8)
    .option('--num-generations <n>', 'completions per problem (the group size)', parseIntOption('--num-generations'), 8)
    .option('--eval-episodes <n>', 'held-out problems per evaluation', parseIntOption('--eval-episodes'), 200)
    .option('--out-dir <dir>', 'the run folder for metrics.jsonl, the learning curve and checkpoint.bin (default: a new runs/<env>-<algo>-<UTC time>, and runs/latest points to it; with --resume: the checkpoint\'s folder)')
    .option('--resume <checkpoint>', 'continue a run from its checkpoint.bin (model, AdamW state, update counter and config; other training options are taken from it)')
    .option('--checkpoint-every <n>', 'also write checkpoint.bin every n updates (0: at the end only)', parseIntOption('--checkpoint-every'), 0)
    .option('--backend <name>', `tensor kernels: ${BACKEND_NAMES.join(', ')} (auto: the fastest gpu.js mode this machine has)`, 'auto')
    .option('--json', 'print the final summary as JSON')
    .action(async (opts: TrainOpts, cmd: Command) => {
      const given = (name: string): boolean => cmd.getOptionValueSource(name) !== 'default' && cmd.getOptionValueSource(name) !== undefined;
      // each run in its own folder: runs/latest is the newest default one
      const outDir = async (algo: string, env: string): Promise<{ dir: string; latest?: string }> => {
        if (opts.outDir !== undefined || opts.resume !== undefined) {
          const dir = opts.outDir ?? dirname(opts.resume as string);
          await assertFreeRunDir(dir, opts.resume);
          return { dir };
        }
        const dir = newRunDir(runName(env, algo));
        mkdirSync(dir, { recursive: true });
        const latest = linkLatest(dir);
        return { dir, ...(latest ? { latest } : {}) };
      };
      const plan = opts.env === undefined && opts.difficulty === undefined && opts.curriculum === undefined ? undefined : await envTrainer(opts.env ?? defaultTrainConfig().task.envId, { ...(opts.dataset === undefined ? {} : { dataset: opts.dataset }), ...(opts.theorem === undefined ? {} : { theorem: opts.theorem }) });
      if (plan?.kind === 'ranker') {
        if (opts.resume !== undefined) throw new ConfigError(`--resume is for the transformer tasks; ${plan.envId} trains an action-ranking policy in seconds, run it again`);
        return trainRankerCommand({
          env: plan.envId,
          envKwargs: plan.envKwargs,
          featurizer: plan.featurizer,
          levels: plan.levels,
          ...(opts.curriculum === undefined ? {} : { curriculum: opts.curriculum }),
          difficulty: opts.difficulty ?? 1,
          seed: opts.seed,
          iterations: opts.updates ?? 25,
          numPrompts: opts.numPrompts,
          numGenerations: given('numGenerations') ? opts.numGenerations : 4,
          ...(opts.learningRate === undefined ? {} : { learningRate: opts.learningRate }),
          evalEpisodes: given('evalEpisodes') ? opts.evalEpisodes : 100,
          outDir: (await outDir('ranker', plan.envId)).dir,
          ...(opts.json ? { json: true } : {}),
        });
      }
      const resume = opts.resume === undefined ? undefined : await loadCheckpoint(opts.resume).catch((e: unknown) => {
        throw new ConfigError(`cannot read checkpoint ${opts.resume}: ${e instanceof Error ? e.message : String(e)}`);
      });
      const { cfg, env, difficulty } = await configFrom(opts, plan?.kind === 'transformer' ? plan : undefined, resume, CONFIG_OPTIONS.filter(given));
      const curriculum =
        opts.curriculum === undefined
          ? undefined
          : difficultyCurriculum({ threshold: opts.curriculum, start: difficulty, max: plan?.levels ?? 1, taskAt: plan?.task ?? (() => cfg.task), onStep: (s) => !opts.json && console.error(`curriculum: test-split exact match ${s.accuracy.toFixed(3)} >= ${opts.curriculum} after update ${s.update}: difficulty ${s.from} -> ${s.to}`) });
      const algo = cfg.algo ?? 'grpo';
      const backend = setBackend(opts.backend as BackendName);
      if (!opts.json) console.error(`nn backend: ${backend.mode} (asked for ${opts.backend})`);
      const run = await outDir(algo, env);
      mkdirSync(run.dir, { recursive: true });
      if (!opts.json) console.error(`run folder: ${run.dir}${run.latest ? ` (${run.latest} points to it)` : ''}`);
      const metricsPath = join(run.dir, 'metrics.jsonl');
      const checkpoint = join(run.dir, 'checkpoint.bin');
      // a resumed run appends to its own metrics; a new folder starts them
      if (!resume || !existsSync(metricsPath)) writeFileSync(metricsPath, '');
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
      // the checkpoint's task: the difficulty the curriculum has reached
      const save = (r: TrainResult): Promise<void> => saveCheckpoint(checkpoint, trainCheckpoint(r, { policy: 'transformer', env, difficulty: curriculum?.difficulty() ?? difficulty }));
      const t0 = performance.now();
      const result = await train(cfg, onMetric, {
        ...(resume ? { resume } : {}),
        ...(curriculum ? { onEval: curriculum.onEval } : {}),
        ...(opts.checkpointEvery > 0 ? { onUpdate: async (r: TrainResult) => (r.update % opts.checkpointEvery === 0 ? save(r) : undefined) } : {}),
      });
      sftBar.stop();
      rlBar?.stop();
      await save(result);
      const { metrics } = result;
      const curve = await learningCurve(metrics.filter((m) => m.phase !== 'curriculum'), `${env} difficulty ${difficulty}${curriculum ? `..${curriculum.difficulty()} (curriculum)` : ''}: transformer from random init, cold start then ${algo.toUpperCase()}`);
      const plotSvg = join(run.dir, 'learning-curve.svg');
      const plotPng = join(run.dir, 'learning-curve.png');
      writeFileSync(plotSvg, curve.svg);
      writeFileSync(plotPng, curve.png);
      const evals = metrics.filter((m) => m.phase === 'eval');
      const afterSft = [...evals].reverse().find((m) => m.after === 'sft');
      const summary = {
        env,
        difficulty,
        ...(curriculum ? { finalDifficulty: curriculum.difficulty(), curriculum: metrics.filter((m) => m.phase === 'curriculum').map((m) => ({ update: m.step, envKwargs: JSON.parse(String(m.envKwargs)) as unknown })) } : {}),
        algo,
        updates: result.update,
        ...(resume ? { resumedFrom: startUpdate } : {}),
        seconds: (performance.now() - t0) / 1000,
        heldOutAccuracy: { start: Number(evals[0]?.accuracy ?? Number.NaN), afterColdStart: Number(afterSft?.accuracy ?? Number.NaN), final: Number(evals[evals.length - 1]?.accuracy ?? 0) },
        backend: backend.mode,
        runDir: run.dir,
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
