/**
 * `mathgym/CalculatorTool-v0`: multi-turn math with a calculator tool (protocol in protocol.ts).
 *
 * `reset` shows the full prompt (instructions + problem). Each `step` takes the policy's whole
 * message: tool calls are run by a limited mathjs in a sandboxed worker (calculator.ts, sandbox.ts)
 * and their results are the next observation (`info.role: 'tool'`); a message with neither gets a
 * hint about the format (`info.role: 'user'`); a message with `<answer>` ends the episode and is
 * scored: reward 1 correct, 0 wrong. After `maxTurns` messages without an answer the episode is
 * truncated (reward 0). Tool errors are observations.
 *
 * Reward integrity (issue 15): the answer is judged by the verifier (one judge, issue 23) in its
 * literal-number mode: when the gold is a number (every procedural problem, gsm8k) the answer must be a
 * literal number (lib/verify/literal-number.ts) equal to it as an exact rational; an expression, a
 * hedge, an unreduced fraction or several different <answer>s in one message earn 0, and an answer
 * copied from the question is refused (`question-copy`). Other dataset answers are verified as usual;
 * a verifier failure is reward 0 with `info.verifierError`. The Verdict (lib/verify/verdict-info.ts)
 * and the gold are in `info` of the final step only; nothing before it gives the answer away (the
 * problem's metadata, with its expression, comes at the end too), and `maxTurns` may not exceed the
 * TimeLimit `make()` puts around the env.
 *
 * Observations after the first are only the environment's new message; the policy keeps the history.
 */
import { checkKnownOptions } from '../../lib/core/options.js';
import { checkRenderMode, emitRender } from '../../lib/core/render.js';
import { ConfigError } from '../../lib/errors.js';
import { checkSplit, drawInSplit, type Split } from '../../lib/core/split.js';
import { Env, type Info, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { Text } from '../../lib/core/spaces/text.js';
import { makeReward } from '../../lib/rewards/registry.js';
import type { RewardFn } from '../../lib/rewards/types.js';
import { sharedVerifier, type Verifier } from '../../lib/verify/sandbox.js';
import type { Verdict, VerifyOptions } from '../../lib/verify/types.js';
import { resolveDataset } from '../../datasets/load.js';
import type { ProblemRecord } from '../../datasets/record.js';
import { arithmetic } from '../../datasets/generators/arithmetic.js';
import { checkConfig, drawItem, type TaskGenerator } from '../../datasets/generators/generator.js';
import { MATH_TEXT_CHARSET } from '../math-qa/charset.js';
import { MAX_COMPLETION_LENGTH, MAX_PROMPT_LENGTH } from '../math-qa/env.js';
import { datasetRecords } from '../math-qa/records.js';
import { DEFAULT_CALC_PROMPT_TEMPLATE, formatHint, formatResult, parseTurn, TOOL_NAME, type ToolCall } from './protocol.js';
import { type CalcLimits, checkCalcLimits, type CalculatorSandbox, sharedCalculator } from './sandbox.js';
import { arithmeticWordProblems } from './word-problems.js';
import { severalAnswers } from '../../lib/verify/literal-number.js';
import { verdictInfo } from '../../lib/verify/verdict-info.js';
import type { EnvSpec } from '../../lib/core/spec.js';
import { DEFAULT_MAX_TURNS } from './defaults.js';

/** Where problems come from: a procedural family (seeded, with difficulty) or dataset records. */
export type CalculatorProblems = 'word' | 'arithmetic' | 'dataset';

const GENERATOR_OF: Record<Exclude<CalculatorProblems, 'dataset'>, TaskGenerator> = { word: arithmeticWordProblems, arithmetic };

export interface CalculatorToolEnvKwargs {
  /** `word` (default): multi-digit word problems; `arithmetic`: Arithmetic-v0's expressions; `dataset`: records of `dataset`. */
  readonly problems?: CalculatorProblems;
  /** Procedural problems only: 1..4 (word) or 1..5 (arithmetic). Default 2 for word, 1 for arithmetic. */
  readonly difficulty?: number;
  /** `problems: 'dataset'` only: a bundled name or JSONL path; default `gsm8k`. */
  readonly dataset?: string;
  /** `problems: 'dataset'` only: the dataset's file of that name (not a problem-disjoint split, see problemSplit). */
  readonly split?: string;
  readonly limit?: number;
  /**
   * `train` / `test`: only problems whose text hashes into that problem-disjoint split (lib/core/split.ts,
   * as every procedural env and MathQA-v0), procedural or dataset; default `all`.
   */
  readonly problemSplit?: string;
  /** Messages per episode; the episode is truncated after this many without an answer. Default 8. */
  readonly maxTurns?: number;
  /** Tool calls run per message; further ones are not run (one error line in the observation, TOO_MANY_CALLS in info.toolCalls). Default 4. */
  readonly maxCallsPerTurn?: number;
  /** Calculator limits (characters, characters, ms). Defaults 500, 1000, 1000. */
  readonly maxExpressionLength?: number;
  readonly maxResultLength?: number;
  readonly calcTimeoutMs?: number;
  /** First observation; `{problem}` is replaced by the problem and `{maxTurns}` by maxTurns. */
  readonly promptTemplate?: string;
  readonly extraCharacters?: string;
  /** Options of the verifier, which judges dataset answers that are not numbers (numbers are compared exactly). */
  readonly verifyOptions?: VerifyOptions;
  readonly renderMode?: string;
}

const KWARGS = [
  'problems', 'difficulty', 'dataset', 'split', 'problemSplit', 'limit', 'maxTurns', 'maxCallsPerTurn', 'maxExpressionLength', 'maxResultLength',
  'calcTimeoutMs', 'promptTemplate', 'extraCharacters', 'verifyOptions', 'renderMode',
];

export { DEFAULT_MAX_TURNS };

/** One tool call of a turn, as reported in `info.toolCalls`. */
export interface ToolCallInfo {
  readonly tool: string;
  readonly argument: string;
  readonly ok: boolean;
  readonly result?: string;
  readonly error?: string;
  readonly code?: string;
  /** Set (true) when the result was computed in doubles and is shown rounded (its text starts with ≈). */
  readonly approximate?: true;
}

function positiveInt(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > max) {
    throw new ConfigError(`CalculatorToolEnv: ${name} must be an integer in 1..${max}, got ${JSON.stringify(value)}`);
  }
  return value as number;
}

export class CalculatorToolEnv extends Env<string, string> {
  readonly problems: CalculatorProblems;
  readonly difficulty: number | undefined;
  readonly dataset: string | undefined;
  readonly split: string | undefined;
  readonly limit: number | undefined;
  readonly problemSplit: Split;
  readonly maxTurns: number;
  readonly maxCallsPerTurn: number;
  readonly limits: CalcLimits;
  readonly promptTemplate: string;
  readonly verifyOptions: VerifyOptions;
  private readonly generator: TaskGenerator | undefined;
  private readonly obsSpace: Text;
  private readonly actSpace: Text;
  private readonly charset: ReadonlySet<string>;
  private verifier: Verifier | undefined;
  private reward: RewardFn | undefined;
  private calculator: CalculatorSandbox | undefined;
  private record: ProblemRecord | undefined;
  private prompt = '';
  private turn = 0;
  private counts = { total_tool_calls: 0, calc_calls: 0, tool_errors: 0 };
  private transcript: string[] = [];
  private lastReward = 0;

  /** @throws ConfigError for an unknown option or a value out of range. */
  constructor(kwargs: CalculatorToolEnvKwargs = {}) {
    super();
    checkKnownOptions('CalculatorToolEnv', kwargs, KWARGS);
    this.problems = kwargs.problems ?? 'word';
    if (this.problems === 'dataset') {
      if (kwargs.difficulty !== undefined) throw new ConfigError('CalculatorToolEnv: difficulty applies to procedural problems (word, arithmetic), not to problems: "dataset"');
      this.dataset = kwargs.dataset ?? 'gsm8k';
      this.split = kwargs.split;
      resolveDataset(this.dataset, this.split); // fail at make(), not at the first reset
      if (kwargs.limit !== undefined && (!Number.isSafeInteger(kwargs.limit) || kwargs.limit < 1)) throw new ConfigError(`CalculatorToolEnv: limit must be a positive integer, got ${JSON.stringify(kwargs.limit)}`);
      this.limit = kwargs.limit;
    } else if (this.problems === 'word' || this.problems === 'arithmetic') {
      for (const k of ['dataset', 'split', 'limit'] as const) {
        if (kwargs[k] !== undefined) throw new ConfigError(`CalculatorToolEnv: ${k} applies to problems: "dataset" only (problems is ${JSON.stringify(this.problems)})`);
      }
      this.generator = GENERATOR_OF[this.problems];
      this.difficulty = checkConfig(this.generator, { difficulty: kwargs.difficulty ?? (this.problems === 'word' ? 2 : 1) }).difficulty;
    } else {
      throw new ConfigError(`CalculatorToolEnv: problems must be "word", "arithmetic" or "dataset", got ${JSON.stringify(kwargs.problems)}`);
    }
    this.problemSplit = checkSplit('CalculatorToolEnv', kwargs.problemSplit, 'problemSplit');
    this.maxTurns = positiveInt(kwargs.maxTurns, 'maxTurns', DEFAULT_MAX_TURNS, 1000);
    this.maxCallsPerTurn = positiveInt(kwargs.maxCallsPerTurn, 'maxCallsPerTurn', 4, 64);
    this.limits = checkCalcLimits({ maxExpressionLength: kwargs.maxExpressionLength, maxResultLength: kwargs.maxResultLength, timeoutMs: kwargs.calcTimeoutMs }, 'CalculatorToolEnv');
    this.promptTemplate = kwargs.promptTemplate ?? DEFAULT_CALC_PROMPT_TEMPLATE;
    if (typeof this.promptTemplate !== 'string' || !this.promptTemplate.includes('{problem}')) {
      throw new ConfigError(`CalculatorToolEnv: promptTemplate must be a string containing "{problem}", got ${JSON.stringify(this.promptTemplate)}`);
    }
    const extra = kwargs.extraCharacters ?? '';
    if (typeof extra !== 'string') throw new ConfigError(`CalculatorToolEnv: extraCharacters must be a string, got ${typeof extra}`);
    this.obsSpace = new Text({ maxLength: MAX_PROMPT_LENGTH, minLength: 1, charset: MATH_TEXT_CHARSET + extra });
    this.actSpace = new Text({ maxLength: MAX_COMPLETION_LENGTH, minLength: 0, charset: MATH_TEXT_CHARSET + extra });
    this.charset = new Set(this.obsSpace.characterList);
    if (kwargs.verifyOptions !== undefined && (typeof kwargs.verifyOptions !== 'object' || kwargs.verifyOptions === null)) {
      throw new ConfigError(`CalculatorToolEnv: verifyOptions must be an object, got ${JSON.stringify(kwargs.verifyOptions)}`);
    }
    this.verifyOptions = kwargs.verifyOptions ?? {};
    this.metadata = { renderModes: ['ansi', 'human'], nondeterministicInfoKeys: ['timeMs'] };
    checkRenderMode('CalculatorToolEnv', this.metadata.renderModes, kwargs.renderMode);
    this.renderMode = kwargs.renderMode;
  }

  /** The spec `make()` sets: its TimeLimit (maxEpisodeSteps) may not cut episodes before maxTurns does. */
  override get spec(): EnvSpec | undefined {
    return super.spec;
  }
  override set spec(value: EnvSpec | undefined) {
    const limit = value?.maxEpisodeSteps;
    if (limit !== undefined && this.maxTurns > limit) {
      throw new ConfigError(
        `CalculatorToolEnv: maxTurns ${this.maxTurns} is above the maxEpisodeSteps ${limit} of the TimeLimit make() wraps the env in, which would cut ` +
          `episodes short while the prompt promises ${this.maxTurns} turns; pass maxEpisodeSteps: ${this.maxTurns} to make() as well (or -1 for no TimeLimit), or a smaller maxTurns`,
      );
    }
    super.spec = value;
  }

  get observationSpace(): Text {
    return this.obsSpace;
  }

  get actionSpace(): Text {
    return this.actSpace;
  }

  /** The current problem (after reset; for scripted policies and tests, never in `info` before the end); `metadata.expression` holds the expression of procedural problems. */
  get current(): ProblemRecord | undefined {
    return this.record;
  }

  /** Options: `difficulty` (procedural problems, this episode only) or `index` (dataset problems). */
  protected async resetEpisode(options: Readonly<Record<string, unknown>>): Promise<ResetResult<string>> {
    let record: ProblemRecord;
    const info: Info = {};
    if (this.generator) {
      const difficulty = options.difficulty === undefined ? (this.difficulty as number) : checkConfig(this.generator, { difficulty: options.difficulty as number }).difficulty;
      const generator = this.generator;
      // a fresh item generator per episode, seeded from the env's stream (as ProceduralEnv does)
      record = drawInSplit('CalculatorTool-v0', this.problemSplit, () => drawItem(generator, this.npRandom, difficulty), (r) => r.problem);
      info.difficulty = difficulty;
    } else {
      const records = await datasetRecords(this.dataset as string, this.split, this.limit, [], this.problemSplit);
      let index: number;
      if (options.index === undefined) index = this.npRandom.integer(0, records.length - 1);
      else if (Number.isSafeInteger(options.index) && (options.index as number) >= 0 && (options.index as number) < records.length) index = options.index as number;
      else throw new ConfigError(`CalculatorToolEnv.reset: options.index must be an integer in [0, ${records.length - 1}], got ${JSON.stringify(options.index)}`);
      record = records[index] as ProblemRecord;
      info.index = index;
    }
    this.record = record;
    this.prompt = this.promptTemplate.split('{maxTurns}').join(String(this.maxTurns)).split('{problem}').join(record.problem);
    this.turn = 0;
    this.counts = { total_tool_calls: 0, calc_calls: 0, tool_errors: 0 };
    this.transcript = [this.prompt];
    this.lastReward = 0;
    // no metadata: a procedural problem's expression evaluates to the answer (it comes with the final step)
    return { observation: this.prompt, info: { role: 'user', id: record.id, source: record.source, ...info } };
  }

  private rewardFn(): RewardFn {
    if (!this.reward) {
      this.verifier ??= sharedVerifier.acquire();
      this.reward = makeReward('correctness', { verifier: this.verifier, verifyOptions: { ...this.verifyOptions, literalNumber: true } });
    }
    return this.reward;
  }

  /**
   * Scores the final answer(s) of a message through the verifier: different answers in one message are
   * a hedge (`several-answers`); the last one is verified in literal-number mode (a numeric gold wants a
   * literal number of exactly its value) with the prompt as the question, so an answer copied from it is
   * refused (`question-copy`).
   */
  private async judge(record: ProblemRecord, answers: readonly string[]): Promise<{ reward: number; verdict: Verdict | undefined; error?: unknown }> {
    const hedge = severalAnswers(answers);
    if (hedge) return { reward: 0, verdict: hedge };
    const out = await this.rewardFn()({ prompt: this.prompt, completion: answers.at(-1) as string, answer: record.answer, info: { id: record.id, source: record.source } });
    return out.error ? { reward: out.reward, verdict: out.verdict, error: out.error } : { reward: out.reward, verdict: out.verdict };
  }

  /** Environment text stays inside the observation charset (a mathjs message could quote anything). */
  private clean(text: string): string {
    let out = '';
    for (const c of text) out += this.charset.has(c) ? c : '?';
    return out;
  }

  private async runTool(call: ToolCall, index: number): Promise<ToolCallInfo> {
    this.counts.total_tool_calls += 1;
    if (call.name === TOOL_NAME) this.counts.calc_calls += 1;
    const failed = (code: string, error: string): ToolCallInfo => {
      this.counts.tool_errors += 1;
      return { tool: call.name, argument: call.argument, ok: false, code, error: this.clean(error) };
    };
    if (index >= this.maxCallsPerTurn) return failed('TOO_MANY_CALLS', `at most ${this.maxCallsPerTurn} tool calls run per message; this one was not run`);
    if (call.name === '') return failed('BAD_CALL', `a tool call must name its tool: <tool>${TOOL_NAME}: EXPRESSION</tool>`);
    if (call.name !== TOOL_NAME) return failed('UNKNOWN_TOOL', `unknown tool ${JSON.stringify(call.name)}; the only tool is ${TOOL_NAME}`);
    this.calculator ??= sharedCalculator.acquire();
    const out = await this.calculator.calc(call.argument, this.limits);
    if (!out.ok) return failed(out.code, out.error);
    return { tool: call.name, argument: call.argument, ok: true, result: this.clean(out.result), ...(out.approximate ? { approximate: true as const } : {}) };
  }

  /**
   * One line per call that ran; the calls past maxCallsPerTurn share one line (a message with
   * hundreds of calls must not make a huge observation). A line that would take the observation past
   * the observation space's maxLength is replaced by a short error, so it always stays in the space.
   */
  private toolObservation(calls: readonly ToolCallInfo[]): string {
    const run = calls.slice(0, this.maxCallsPerTurn);
    const lines = run.map((c) => (c.ok ? formatResult(true, c.result as string) : formatResult(false, c.error as string)));
    const skipped = calls.length - run.length;
    if (skipped > 0) lines.push(formatResult(false, `${skipped} more tool call(s) were not run: at most ${this.maxCallsPerTurn} run per message`));
    const budget = this.obsSpace.maxLength;
    const dropped = formatResult(false, `output dropped: this message's tool output is over ${budget} characters`);
    let used = 0;
    return lines
      .map((line, i) => {
        // room is kept for a dropped line per later call (at most 65 short lines, far below the budget)
        const reserve = (lines.length - 1 - i) * (dropped.length + 1);
        const out = used + line.length + reserve <= budget ? line : dropped;
        used += out.length + 1;
        return out;
      })
      .join('\n');
  }

  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    const record = this.record as ProblemRecord; // set by every reset, and Env.step runs only after one
    this.turn += 1;
    const turnsLeft = this.maxTurns - this.turn;
    const base = (): Info => ({ turn: this.turn, turnsLeft, ...this.counts });
    const text = typeof action === 'string' ? action : '';
    this.transcript.push(typeof action === 'string' ? action : `<${typeof action}>`);
    const parsed = parseTurn(text);

    if (parsed.answer !== undefined) {
      const start = performance.now();
      const judged = await this.judge(record, parsed.answers);
      const info: Info = { role: 'user', ...base(), answer: parsed.answer, gold: record.answer, correct: judged.verdict?.correct ?? false, verdict: judged.verdict ? verdictInfo(judged.verdict) : null, metadata: record.metadata, timeMs: performance.now() - start };
      if (parsed.toolCalls.length > 0) info.ignoredToolCalls = parsed.toolCalls.length;
      if (judged.error) info.verifierError = judged.error;
      this.lastReward = judged.reward;
      const observation = 'Final answer received.';
      this.transcript.push(observation);
      return { observation, reward: judged.reward, terminated: true, truncated: false, info };
    }

    let observation: string;
    const info: Info = {};
    if (parsed.toolCalls.length > 0) {
      const calls: ToolCallInfo[] = [];
      for (const [i, call] of parsed.toolCalls.entries()) calls.push(await this.runTool(call, i));
      observation = this.toolObservation(calls);
      Object.assign(info, { role: 'tool', ...base(), toolCalls: calls });
    } else {
      observation = formatHint(turnsLeft, parsed.unclosed);
      Object.assign(info, { role: 'user', ...base(), formatError: true });
      if (typeof action !== 'string') info.error = `action must be a string (the policy's message), got ${action === null ? 'null' : typeof action}`;
    }
    const truncated = turnsLeft <= 0;
    if (truncated) {
      info.reason = `no <answer> within ${this.maxTurns} turns`;
    }
    this.transcript.push(observation);
    return { observation, reward: 0, terminated: false, truncated, info };
  }

  override render(): string | undefined {
    this.assertStarted('render()');
    const lines = this.transcript.map((t, i) => `${i % 2 === 0 ? (i === 0 ? 'Prompt' : 'Env') : 'Policy'}: ${t}`);
    if (this.episodeEnded) lines.push(`Reward: ${this.lastReward}`);
    const text = lines.join('\n');
    return emitRender(text, this.renderMode);
  }

  /** Releases the shared verifier and calculator; safe to call twice (a later step acquires them again). */
  override async close(): Promise<void> {
    const v = this.verifier;
    const c = this.calculator;
    this.verifier = undefined;
    this.reward = undefined;
    this.calculator = undefined;
    if (v) await sharedVerifier.release(v);
    if (c) await sharedCalculator.release(c);
  }
}

