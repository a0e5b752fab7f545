/**
 * `mathgym/MathQA-v0`: single-turn question answering over dataset records. `reset` shows one problem
 * (drawn with this.npRandom, or `options.index`), `step` takes the model's completion and scores it
 * with a registered reward (default `math`: the verifier's judgement of the final \boxed{} answer).
 *
 * A wrong answer is reward 0; a verifier failure is also reward 0 but is reported in
 * `info.verifierError`, so it is never mistaken for a wrong answer. Answers are checked by the
 * process-wide sandboxed verifier (hard time limit), acquired on the first step and released by close().
 */
import { checkKnownOptions } from '../../lib/core/options.js';
import { checkRenderMode, emitRender } from '../../lib/core/render.js';
import { ConfigError } from '../../lib/errors.js';
import { checkSplit, type Split } from '../../lib/core/split.js';
import { Env, type Info, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { Text } from '../../lib/core/spaces/text.js';
import { warn } from '../../lib/core/warnings.js';
import { listRewards, makeReward } from '../../lib/rewards/registry.js';
import type { RewardFn } from '../../lib/rewards/types.js';
import { sharedVerifier, type Verifier } from '../../lib/verify/sandbox.js';
import { verdictInfo } from '../../lib/verify/verdict-info.js';
import { DEFAULT_MAX_INPUT_LENGTH, type VerifyOptions } from '../../lib/verify/types.js';
import { resolveDataset } from '../../datasets/load.js';
import { checkExclude } from '../../datasets/exclude.js';
import type { ProblemRecord } from '../../datasets/record.js';
import { charactersOutside, MATH_TEXT_CHARSET } from './charset.js';
import { datasetRecords } from './records.js';

export interface MathQAEnvKwargs {
  /** Bundled dataset name (`math500`, `gsm8k`) or a JSONL path (or folder of `<split>.jsonl`). Default `math500`. */
  readonly dataset?: string;
  /** The dataset's file of that name (`test`, `train`, ...: `<split>.jsonl` of a folder); not a problem-disjoint split, see problemSplit. */
  readonly split?: string;
  /**
   * `train` / `test`: only the records whose problem text hashes into that problem-disjoint split
   * (lib/core/split.ts, the split of every procedural env), so an env on `test` never shows a
   * problem of one on `train`; default `all`.
   */
  readonly problemSplit?: string;
  /** Use only the first `limit` records (of the problem split). */
  readonly limit?: number;
  /** Evaluation sets (bundled names or JSONL paths) whose problems, exact or near (numbers changed), are dropped from the dataset. */
  readonly exclude?: readonly string[];
  /** A registered reward name (see listRewards); default `math`. */
  readonly reward?: string;
  /** Characters to add to the observation and action charset (a dataset in another script, say). */
  readonly extraCharacters?: string;
  /** Options for the reward's factory (e.g. `{maxLength, bufferLength}` for `overlong`, `{style}` for `format`). */
  readonly rewardOptions?: Readonly<Record<string, unknown>>;
  /** Prompt text; `{problem}` is replaced by the problem. Default: DEFAULT_PROMPT_TEMPLATE. */
  readonly promptTemplate?: string;
  /** Options of every verification (timeoutMs, strategies, tolerance, ...). */
  readonly verifyOptions?: VerifyOptions;
  /** `ansi` (render returns text) or `human` (render prints it). */
  readonly renderMode?: string;
}

export const DEFAULT_PROMPT_TEMPLATE = '{problem}\n\nPut your final answer within \\boxed{}.';
/** Prompts longer than this fall outside observationSpace (MATH-500's longest is under 2,000). */
export const MAX_PROMPT_LENGTH = 32_768;
/** Completions longer than the verifier's input limit are verifier failures (INPUT_TOO_LARGE). */
export const MAX_COMPLETION_LENGTH = DEFAULT_MAX_INPUT_LENGTH;

const KWARGS = ['dataset', 'split', 'problemSplit', 'limit', 'exclude', 'reward', 'rewardOptions', 'extraCharacters', 'promptTemplate', 'verifyOptions', 'renderMode'];

/** What `info.verdict` carries: every env's verdict shape (lib/verify/verdict-info.ts). */
export type { VerdictInfo } from '../../lib/verify/verdict-info.js';

export class MathQAEnv extends Env<string, string> {
  readonly dataset: string;
  readonly split: string | undefined;
  readonly problemSplit: Split;
  readonly limit: number | undefined;
  readonly exclude: readonly string[];
  readonly rewardName: string;
  readonly promptTemplate: string;
  readonly verifyOptions: VerifyOptions;
  private readonly obsSpace: Text;
  private readonly actSpace: Text;
  private verifier: Verifier | undefined;
  private reward: RewardFn | undefined;
  private readonly rewardOptions: Readonly<Record<string, unknown>>;
  private record: ProblemRecord | undefined;
  private prompt = '';
  private last: { readonly completion: string; readonly reward: number } | undefined;

  /** @throws ConfigError for an unknown option, dataset or reward, a bad limit or problemSplit, or a template without {problem}. */
  constructor(kwargs: MathQAEnvKwargs = {}) {
    super();
    checkKnownOptions('MathQAEnv', kwargs, KWARGS);
    const extra = kwargs.extraCharacters ?? '';
    if (typeof extra !== 'string') throw new ConfigError(`MathQAEnv: extraCharacters must be a string, got ${typeof extra}`);
    this.obsSpace = new Text({ maxLength: MAX_PROMPT_LENGTH, minLength: 1, charset: MATH_TEXT_CHARSET + extra });
    this.actSpace = new Text({ maxLength: MAX_COMPLETION_LENGTH, minLength: 0, charset: MATH_TEXT_CHARSET + extra });
    this.dataset = kwargs.dataset ?? 'math500';
    this.split = kwargs.split;
    resolveDataset(this.dataset, this.split); // fail at make(), not at the first reset
    this.problemSplit = checkSplit('MathQAEnv', kwargs.problemSplit, 'problemSplit');
    if (kwargs.limit !== undefined && (!Number.isSafeInteger(kwargs.limit) || kwargs.limit < 1)) {
      throw new ConfigError(`MathQAEnv: limit must be a positive integer, got ${JSON.stringify(kwargs.limit)}`);
    }
    this.limit = kwargs.limit;
    this.exclude = checkExclude('MathQAEnv', kwargs.exclude);
    for (const e of this.exclude) resolveDataset(e);
    this.rewardName = kwargs.reward ?? 'math';
    if (!listRewards().includes(this.rewardName)) throw new ConfigError(`MathQAEnv: unknown reward ${JSON.stringify(this.rewardName)}; registered: ${listRewards().join(', ')}`);
    this.rewardOptions = kwargs.rewardOptions ?? {};
    // build it once now (in-process, no workers) so a bad reward option fails at make(), not at the first step
    makeReward(this.rewardName, { ...this.rewardOptions });
    this.promptTemplate = kwargs.promptTemplate ?? DEFAULT_PROMPT_TEMPLATE;
    if (typeof this.promptTemplate !== 'string' || !this.promptTemplate.includes('{problem}')) {
      throw new ConfigError(`MathQAEnv: promptTemplate must be a string containing "{problem}", got ${JSON.stringify(this.promptTemplate)}`);
    }
    const outside = charactersOutside(this.promptTemplate);
    if (outside.size > 0) warn('PROMPT_CHARSET', `MathQAEnv: promptTemplate uses characters outside the observation charset: ${[...outside].map((c) => JSON.stringify(c)).join(' ')}`);
    if (kwargs.verifyOptions !== undefined && (typeof kwargs.verifyOptions !== 'object' || kwargs.verifyOptions === null)) {
      throw new ConfigError(`MathQAEnv: verifyOptions must be an object, got ${JSON.stringify(kwargs.verifyOptions)}`);
    }
    this.verifyOptions = kwargs.verifyOptions ?? {};
    this.metadata = { renderModes: ['ansi', 'human'], nondeterministicInfoKeys: ['timeMs'] };
    checkRenderMode('MathQAEnv', this.metadata.renderModes, kwargs.renderMode);
    this.renderMode = kwargs.renderMode;
  }

  get observationSpace(): Text {
    return this.obsSpace;
  }

  get actionSpace(): Text {
    return this.actSpace;
  }

  /** The records this env draws from (loads them on first call). */
  records(): Promise<readonly ProblemRecord[]> {
    return datasetRecords(this.dataset, this.split, this.limit, this.exclude, this.problemSplit);
  }

  /** The current record (after reset). */
  get current(): ProblemRecord | undefined {
    return this.record;
  }

  /** Options: `index` picks that record instead of a random one. */
  protected async resetEpisode(options: Readonly<Record<string, unknown>>): Promise<ResetResult<string>> {
    const records = await this.records();
    let index: number;
    if (options.index === undefined) index = this.npRandom.integer(0, records.length - 1);
    else if (Number.isSafeInteger(options.index) && (options.index as number) >= 0 && (options.index as number) < records.length) index = options.index as number;
    else throw new ConfigError(`MathQAEnv.reset: options.index must be an integer in [0, ${records.length - 1}], got ${JSON.stringify(options.index)}`);
    const record = records[index] as ProblemRecord;
    this.record = record;
    this.prompt = this.promptTemplate.split('{problem}').join(record.problem);
    this.last = undefined;
    // record metadata (solutions, golds of sub-questions) reaches info only at the terminal step
    return { observation: this.prompt, info: { id: record.id, index, source: record.source } };
  }

  private rewardFn(): RewardFn {
    if (!this.reward) {
      this.verifier ??= sharedVerifier.acquire();
      this.reward = makeReward(this.rewardName, { ...this.rewardOptions, verifier: this.verifier, verifyOptions: this.verifyOptions });
    }
    return this.reward;
  }

  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    const record = this.record as ProblemRecord; // set by every reset, and Env.step runs only after one
    const base = { observation: this.prompt, terminated: true, truncated: false } as const;
    if (typeof action !== 'string') {
      this.last = { completion: `<${typeof action}>`, reward: 0 };
      const error = `action must be a string (the completion), got ${action === null ? 'null' : typeof action}`;
      return { ...base, reward: 0, info: { id: record.id, gold: record.answer, correct: false, verdict: null, components: {}, error } };
    }
    const start = performance.now();
    const out = await this.rewardFn()({ prompt: this.prompt, completion: action, answer: record.answer, info: { id: record.id, source: record.source, ...record.metadata } });
    const v = out.verdict;
    // a verifier failure's code in the verdict too (the reward's error when the verdict lacks it)
    const verdict = v ? verdictInfo({ ...v, error: v.error ?? out.error }) : null;
    const info: Info = {
      id: record.id,
      gold: record.answer,
      correct: v?.correct ?? false,
      verdict,
      components: out.components ?? { [this.rewardName]: out.reward },
      timeMs: performance.now() - start,
      metadata: record.metadata,
    };
    if (out.error) info.verifierError = out.error;
    this.last = { completion: action, reward: out.reward };
    return { ...base, reward: out.reward, info };
  }

  override render(): string | undefined {
    this.assertStarted('render()');
    let text = `Problem: ${this.prompt}`;
    if (this.last !== undefined) text += `\nCompletion: ${this.last.completion}\nReward: ${this.last.reward}`;
    return emitRender(text, this.renderMode);
  }

  /** Releases the shared verifier; safe to call twice (a later step acquires it again). */
  override async close(): Promise<void> {
    const v = this.verifier;
    this.verifier = undefined;
    this.reward = undefined;
    if (v) await sharedVerifier.release(v);
  }
}
