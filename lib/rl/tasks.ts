/** Built-in training tasks: an env, a compact prompt for a char-level model, and demonstrations for the cold start. */
import { expressionOf } from '../../environments/arithmetic/baselines.js';
import { generateProblem } from '../../datasets/generators/arithmetic-problems.js';
import { ConfigError } from '../errors.js';
import { drawInSplit } from '../core/split.js';
import { Rng } from '../core/rng.js';
import { drawItem, type TaskGenerator } from '../../datasets/generators/generator.js';
import { GENERATORS } from '../../datasets/generators/index.js';
import { derivatives } from '../../datasets/generators/derivatives.js';
import { spec } from '../core/registry.js';
import { equationRewriteFeaturizer, type CandidateFeaturizer } from './ranker-trainer.js';
import { PROCEDURAL_CHARSET } from '../../environments/procedural/env.js';
import { DEFAULT_CALC_PROMPT_TEMPLATE } from '../../environments/calculator-tool/protocol.js';
import { arithmeticWordProblems } from '../../environments/calculator-tool/word-problems.js';
import type { Task, TrainAlgo, TrainConfig } from './trainer.js';

/**
 * Settings that differ by algorithm on the default task, applied unless the overrides set them. PPO
 * takes num_iterations x numMinibatches = 8 AdamW steps per batch where GRPO takes 1, so at GRPO's
 * learning rate it moves the policy about 8 times as far per batch and loses held-out accuracy
 * (measured: 0.805 -> 0.725 after 60 updates at 3e-4, -> 0.955 at 1e-4).
 */
export const ALGO_DEFAULTS: Readonly<Partial<Record<TrainAlgo, Partial<TrainConfig>>>> = {
  ppo: { learningRate: 1e-4 },
};

/** `mathgym/Arithmetic-v0` at a difficulty: the prompt is the bare expression, `3+4=`. */
export function arithmeticTask(difficulty = 1): Task {
  const prompt = (observation: string): string => {
    const e = expressionOf(observation);
    if (e === undefined) throw new ConfigError(`not an Arithmetic-v0 question: ${observation.slice(0, 80)}`);
    return `${e.replaceAll(' ', '')}=`;
  };
  return {
    envId: 'mathgym/Arithmetic-v0',
    envKwargs: { difficulty },
    prompt,
    charset: '0123456789+-*/()=.',
    demonstrations: (rng, n) =>
      Array.from({ length: n }, () => {
        const p = drawInSplit('Arithmetic-v0 demonstrations', 'train', () => generateProblem(rng, { difficulty: difficulty as 1 }), (x) => x.question);
        return { prompt: prompt(p.question), answer: p.answer };
      }),
  };
}

/** A compact prompt and answer form for one family (what the char model reads and writes); the env still grades the completion. */
interface CompactForm {
  readonly prompt: (observation: string) => string;
  readonly answer: (gold: string) => string;
  readonly charset: string;
}

const noSpaces = (s: string): string => s.replace(/\s+/g, '');

/** Families with a compact form: `(2-13i)+(10-3i)=` for `Compute (2 - 13i) + (10 - 3i), where i^2 = -1. Give ...`, `7x^3+5x^2-2x+1:` for `Find the derivative of f(x) = 7x^3 + 5x^2 - 2x + 1 with respect to x. ...`. */
const COMPACT: Readonly<Record<string, CompactForm>> = {
  complex_numbers: {
    prompt: (o) => {
      const m = /^Compute (.+), where i\^2 = -1\./.exec(o);
      if (!m) throw new ConfigError(`not a ComplexNumbers-v0 question: ${o.slice(0, 80)}`);
      return `${noSpaces(m[1]!)}=`;
    },
    answer: noSpaces,
    charset: '0123456789+-*/^()=i',
  },
  derivatives: {
    prompt: (o) => {
      const m = /^Find the derivative of f\(x\) = (.+) with respect to x\./.exec(o);
      if (!m) throw new ConfigError(`not a Derivatives-v0 question: ${o.slice(0, 80)}`);
      return `${noSpaces(m[1]!)}:`;
    },
    answer: noSpaces,
    // every level: polynomials, then sin, cos, exp, ln and products
    charset: '0123456789+-*/^()=:.xabcdefghijklmnopqrstuvwyz',
  },
};

/** A train-split item of `gen` at `difficulty`, drawn as ProceduralEnv draws one (lib/core/split.ts). */
function trainItem(gen: TaskGenerator, difficulty: number, rng: Rng, envName = gen.envName): { problem: string; answer: string } {
  return drawInSplit(`${envName}-v0 demonstrations`, 'train', () => drawItem(gen, rng, difficulty), (e) => e.problem);
}

/**
 * `mathgym/<Family>-v0` at a difficulty, for the char transformer: the prompt is the observation
 * (whitespace collapsed) with the env's own charset, or the family's compact form; demonstrations are
 * train-split items with their golds.
 */
export function proceduralTask(gen: TaskGenerator, difficulty = 1): Task {
  const compact = COMPACT[gen.name];
  const prompt = compact?.prompt ?? ((o: string): string => `${o.replace(/\s+/g, ' ').trim()}\n`);
  const answer = compact?.answer ?? ((g: string): string => g);
  return {
    envId: `mathgym/${gen.envName}-v0`,
    envKwargs: { difficulty },
    prompt,
    charset: compact?.charset ?? PROCEDURAL_CHARSET,
    demonstrations: (rng, n) =>
      Array.from({ length: n }, () => {
        const e = trainItem(gen, difficulty, rng);
        return { prompt: prompt(e.problem), answer: answer(e.answer) };
      }),
  };
}

/** Prompt characters a MathQA task keeps (the tail of the problem: a toy char model reads little). */
export const MATH_QA_PROMPT_CHARS = 96;

/**
 * `mathgym/MathQA-v0` over a dataset (bundled name or JSONL path), for the char transformer: the prompt
 * is the last MATH_QA_PROMPT_CHARS characters of the problem (characters outside the charset dropped),
 * the demonstrations are the dataset's train-split records answered `\boxed{gold}`. Training episodes
 * come from `problemSplit: 'train'` and evaluation from `'test'` (a hash of the problem text, so the
 * two never share a problem). With envId `mathgym/MathQAWithFeedback-v0` the same task trains the
 * first attempt (its reward: 1 or 0).
 */
export async function mathQATask(dataset: string, envId = 'mathgym/MathQA-v0'): Promise<Task> {
  // loaded on demand: the MathQA env brings the verifier
  const { datasetRecords, DEFAULT_PROMPT_TEMPLATE } = await import('../../environments/math-qa/index.js');
  const records = await datasetRecords(dataset, undefined, undefined, [], 'train');
  const keep = new Set(PROCEDURAL_CHARSET);
  const tail = (problem: string): string => `${[...problem.replace(/\s+/g, ' ').trim()].filter((c) => keep.has(c)).slice(-MATH_QA_PROMPT_CHARS).join('')}\n`;
  const suffix = DEFAULT_PROMPT_TEMPLATE.slice(DEFAULT_PROMPT_TEMPLATE.indexOf('{problem}') + '{problem}'.length);
  return {
    envId,
    envKwargs: { dataset },
    prompt: (o) => tail(o.endsWith(suffix) ? o.slice(0, -suffix.length) : o),
    charset: PROCEDURAL_CHARSET,
    splitKwarg: 'problemSplit',
    demonstrations: (rng, n) =>
      Array.from({ length: n }, () => {
        const r = records[rng.integer(0, records.length - 1)]!;
        return { prompt: tail(r.problem), answer: `\\boxed{${[...r.answer].filter((c) => keep.has(c)).join('')}}` };
      }),
  };
}

/**
 * `mathgym/CalculatorTool-v0` on its word problems at a difficulty (1..4), for the char transformer:
 * one turn (`maxTurns: 1`), the prompt is the problem (whitespace collapsed) and the completion the final
 * `<answer>N</answer>`; the calculator is offered but a one-turn policy cannot use its result, so this
 * trains mental arithmetic. Training episodes and demonstrations come from `problemSplit: 'train'`,
 * evaluation from `'test'`.
 */
export function calculatorToolTask(difficulty = 2): Task {
  const [before = '', after = ''] = DEFAULT_CALC_PROMPT_TEMPLATE.split('{maxTurns}').join('1').split('{problem}');
  const prompt = (o: string): string => `${(o.startsWith(before) && o.endsWith(after) ? o.slice(before.length, o.length - after.length) : o).replace(/\s+/g, ' ').trim()}\n`;
  return {
    envId: 'mathgym/CalculatorTool-v0',
    envKwargs: { problems: 'word', difficulty, maxTurns: 1 },
    prompt,
    charset: PROCEDURAL_CHARSET,
    splitKwarg: 'problemSplit',
    demonstrations: (rng, n) =>
      Array.from({ length: n }, () => {
        const e = trainItem(arithmeticWordProblems, difficulty, rng, 'CalculatorTool');
        return { prompt: prompt(e.problem), answer: `<answer>${e.answer}</answer>` };
      }),
  };
}

/** Longest prompt and answer over `n` demonstrations of `task` (a seeded sample), to size the model's context. */
export function demonstrationLengths(task: Task, n = 500, seed = 0): { prompt: number; answer: number } {
  const demos = task.demonstrations?.(Rng.fromSeed(seed), n) ?? [];
  return {
    prompt: Math.max(0, ...demos.map((d) => [...d.prompt].length)),
    answer: Math.max(0, ...demos.map((d) => [...d.answer].length)),
  };
}

/** Hyperparameters shared by the configs below (GRPO's own clip and loss defaults live in its config group, lib/rl/algos/grpo.ts). */
const COMMON: Omit<TrainConfig, 'task' | 'model' | 'sftSteps' | 'updates' | 'maxNewTokens'> = {
  seed: 1,
  sftBatch: 64,
  numPrompts: 8,
  numGenerations: 8,
  temperature: 1,
  learningRate: 3e-4,
  sftLearningRate: 3e-3,
  maxGradNorm: 1,
  evalEvery: 25,
  evalEpisodes: 200,
  evalSeedBase: 1_000_000_000,
};

function withOverrides(base: TrainConfig, overrides: Partial<TrainConfig>): TrainConfig {
  return { ...base, ...(overrides.algo ? ALGO_DEFAULTS[overrides.algo] : {}), ...overrides };
}

/**
 * The `npm start` run (or `overrides.algo`, with its ALGO_DEFAULTS): a 2-layer, 64-wide char
 * transformer on Derivatives-v0 difficulty 1 (d/dx of a polynomial of degree 2..3, coefficients -9..9:
 * 18·19² + 18·19³ = 129,960 distinct problems, so test-split problems are ones it never saw), with the compact
 * prompt `7x^3+5x^2-2x+1:`; a short cold start, then GRPO on the verifier's reward.
 */
export function defaultTrainConfig(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return withOverrides(
    { ...COMMON, task: proceduralTask(derivatives, 1), model: { dModel: 64, nHeads: 4, nLayers: 2, contextLength: 40 }, sftSteps: 300, updates: 60, maxNewTokens: 16, evalEvery: 20 },
    overrides,
  );
}

/**
 * A one-minute run on Arithmetic-v0 difficulty 1 (`7*8=`, the earlier `npm start`): with 681 distinct
 * problems it memorises (0.40 test-split exact match), which makes it a fast fixture for the trainer's tests.
 */
export function arithmeticTrainConfig(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return withOverrides({ ...COMMON, task: arithmeticTask(1), model: { dModel: 64, nHeads: 4, nLayers: 2, contextLength: 16 }, sftSteps: 800, updates: 150, maxNewTokens: 5 }, overrides);
}

/** How `mathgym train --env ID` trains an environment: which policy, on which task. */
export type EnvTrainer =
  | { readonly kind: 'transformer'; readonly envId: string; readonly task: (difficulty: number) => Task; readonly levels: number }
  | { readonly kind: 'ranker'; readonly envId: string; readonly envKwargs: (difficulty: number) => Record<string, unknown>; readonly featurizer: CandidateFeaturizer; readonly levels: number };

export interface EnvTrainerOptions {
  /** MathQA-v0: a bundled dataset name or a JSONL path (default math500). */
  readonly dataset?: string;
  /** MetamathProof-v0: the target selector (datasets/metamath/targets.ts; default `all`). */
  readonly theorem?: string;
}

/**
 * The one dispatch table by env class: single-turn text envs (Arithmetic-v0, every procedural family,
 * MathQA-v0, MathQAWithFeedback-v0's first attempt, CalculatorTool-v0 answered in one turn) train the char transformer; envs whose steps choose among candidate actions
 * (EquationRewrite-v0, MetamathProof-v0) train the action-ranking policy.
 * @throws EnvNotFoundError (with "did you mean") for an unregistered id; ConfigError for a registered env without a trainer.
 */
export async function envTrainer(id: string, opts: EnvTrainerOptions = {}): Promise<EnvTrainer> {
  const envId = spec(id.includes('/') ? id : `mathgym/${id}`).id;
  if (envId === 'mathgym/Arithmetic-v0') return { kind: 'transformer', envId, task: arithmeticTask, levels: 5 };
  if (envId === 'mathgym/EquationRewrite-v0') return { kind: 'ranker', envId, envKwargs: (difficulty) => ({ difficulty }), featurizer: equationRewriteFeaturizer, levels: 5 };
  if (envId === 'mathgym/MetamathProof-v0') {
    const { metamathFeaturizer } = await import('./metamath-features.js');
    return { kind: 'ranker', envId, envKwargs: () => ({ candidatesInInfo: true, ...(opts.theorem === undefined ? {} : { theorem: opts.theorem }) }), featurizer: metamathFeaturizer, levels: 1 };
  }
  if (envId === 'mathgym/CalculatorTool-v0') return { kind: 'transformer', envId, task: calculatorToolTask, levels: arithmeticWordProblems.levels.length };
  if (envId === 'mathgym/MathQA-v0' || envId === 'mathgym/MathQAWithFeedback-v0') {
    const task = await mathQATask(opts.dataset ?? 'math500', envId);
    return { kind: 'transformer', envId, task: () => task, levels: 1 };
  }
  const gen = GENERATORS.find((g) => envId === `mathgym/${g.envName}-v0`);
  if (gen) return { kind: 'transformer', envId, task: (d) => proceduralTask(gen, d), levels: gen.levels.length };
  throw new ConfigError(`${envId} has no built-in trainer yet; mathgym train knows ${TRAINABLE_ENVS.join(', ')}`);
}

/** Env ids `envTrainer` knows (the procedural families as mathgym/<Family>-v0). */
export const TRAINABLE_ENVS: readonly string[] = [
  'mathgym/Arithmetic-v0',
  'mathgym/MathQA-v0',
  'mathgym/MathQAWithFeedback-v0',
  'mathgym/CalculatorTool-v0',
  ...GENERATORS.filter((g) => g.name !== 'arithmetic').map((g) => `mathgym/${g.envName}-v0`),
  'mathgym/EquationRewrite-v0',
  'mathgym/MetamathProof-v0',
];

/**
 * The config fields that depend on the task: the task at `difficulty`, the default model with a context
 * long enough for every level up to `maxDifficulty` (a curriculum's last), and room for the longest answer.
 */
export function taskConfig(taskAt: (difficulty: number) => Task, difficulty: number, maxDifficulty = difficulty): Partial<TrainConfig> {
  const task = taskAt(difficulty);
  let prompt = 0;
  let answer = 0;
  for (let d = difficulty; d <= maxDifficulty; d++) {
    const l = demonstrationLengths(d === difficulty ? task : taskAt(d));
    prompt = Math.max(prompt, l.prompt);
    answer = Math.max(answer, l.answer);
  }
  // headroom: a test problem may be a little longer than the sample's longest, and the model may answer longer than the gold
  const maxNewTokens = answer + 4;
  return { task, model: { ...defaultTrainConfig().model, contextLength: prompt + 8 + maxNewTokens }, maxNewTokens };
}

/** The task a `mathgym train` checkpoint was trained on (its meta: env, difficulty, the config's env kwargs). */
export async function taskOfCheckpoint(meta: Readonly<Record<string, unknown>>): Promise<{ task: Task; env: string; difficulty: number }> {
  const env = typeof meta.env === 'string' ? meta.env : 'mathgym/Arithmetic-v0';
  const difficulty = typeof meta.difficulty === 'number' ? meta.difficulty : 1;
  const kwargs = ((meta.train as { task?: { envKwargs?: Record<string, unknown> } } | undefined)?.task?.envKwargs ?? {}) as Record<string, unknown>;
  const plan = await envTrainer(env, typeof kwargs.dataset === 'string' ? { dataset: kwargs.dataset } : {});
  if (plan.kind !== 'transformer') throw new ConfigError(`the checkpoint is for ${env}, which trains an action-ranking policy, not the transformer`);
  return { task: plan.task(difficulty), env: plan.envId, difficulty };
}
