/**
 * `mathgym/Arithmetic-v0`: a single-turn environment. `reset` shows one generated problem, `step`
 * takes a free-text answer and judges it through the one judge of generated items (judgeAnswer with
 * the `arithmetic` family: the verifier in exact-rational mode): exact rational equality with the
 * gold answer, in the form the question asks for.
 *
 * A wrong or unparseable answer is a judgement (reward 0, `info.reason` and `info.verdict` say why,
 * at the end of the episode), not an error; only misuse throws (bad config, stepping before `reset`
 * or after the episode ended).
 */
import { checkKnownOptions } from '../../lib/core/options.js';
import { checkRenderMode, emitRender } from '../../lib/core/render.js';
import { ConfigError } from '../../lib/errors.js';
import { Env, type Info, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { PRINTABLE_CHARSET, Text } from '../../lib/core/spaces/text.js';
import { generateProblem, validateConfig, type ArithmeticConfig, type ArithmeticProblem, type Difficulty } from '../../datasets/generators/arithmetic-problems.js';
import { arithmetic, arithmeticVerdict } from '../../datasets/generators/arithmetic.js';
import { judgeAnswer } from '../../datasets/generators/score.js';
import { parseRational } from '../../lib/verify/rational.js';
import type { Verdict } from '../../lib/verify/types.js';
import { verdictInfo } from '../../lib/verify/verdict-info.js';
import { checkSplit, drawInSplit, type Split } from '../../lib/core/split.js';

export interface ArithmeticEnvKwargs {
  /** Integer 1..5, default 1; see the table in generator.ts. */
  readonly difficulty?: number;
  /** `ansi` (render returns text) or `human` (render prints it). */
  readonly renderMode?: string;
  /** `train` / `test`: only problems of that problem-disjoint split (lib/core/split.ts); default `all`. */
  readonly split?: string;
}

/** Questions use × ÷ and the typographic minus on top of printable ASCII. */
export const QUESTION_CHARSET = PRINTABLE_CHARSET + '×÷−';
export const ANSWER_CHARSET = PRINTABLE_CHARSET + '×÷−';
/** Generated questions stay far below this (about 140 characters at difficulty 5). */
export const MAX_QUESTION_LENGTH = 512;
export const MAX_ACTION_LENGTH = 256;

export interface AnswerScore {
  readonly reward: 0 | 1;
  readonly correct: boolean;
  /** Canonical form of the parsed answer, or null when it did not parse. */
  readonly parsed: string | null;
  readonly reason: string;
  /** Set when the answer was not a string at all. */
  readonly error?: string;
}

/** The AnswerScore view of a verdict: `parsed` is the answer's value when it was a number written out. */
function answerScore(v: Verdict): AnswerScore {
  // rational-exact read a number written out; other rules may carry a final answer that is not one
  const written = v.rule === 'rational-exact' || !v.pred ? undefined : parseRational(v.pred.raw);
  const parsed = v.rule === 'rational-exact' ? (v.pred?.normalized ?? null) : written?.ok ? written.normalized : null;
  return { reward: v.score, correct: v.correct, parsed, reason: v.reason };
}

/**
 * The scorer of Arithmetic-v0 as a reward: the arithmetic family's verdict (arithmeticVerdict, the
 * verifier in exact-rational mode): reward 1 iff the answer is exactly the gold rational AND written
 * in a form the prompt at `difficulty` asks for (an integer or a fraction in lowest terms, plus a
 * terminating decimal at difficulty 4; `112/2`, `6/4`, `1 1/2` and `7 × 8` score 0). The answer is a
 * bare number (`56`, `-3/4`, `\frac{-3}{4}`, `$56$`), or a completion whose final answer the verifier
 * extracts (`\boxed{56}`, "the answer is 56"; hedged answers are the verifier's no).
 * Any `answer` is judged, never thrown on; @throws ConfigError only if `gold` itself is not a rational.
 * @example scoreAnswer('1/2', '1/2', 5).reason // 'exact match: 1/2'
 */
export function scoreAnswer(answer: unknown, gold: string, difficulty: number): AnswerScore {
  if (typeof answer !== 'string') {
    const error = `action must be a string, got ${answer === null ? 'null' : typeof answer}`;
    return { reward: 0, correct: false, parsed: null, reason: `no answer: ${error}`, error };
  }
  const goldValue = parseRational(gold);
  if (!goldValue.ok) throw new ConfigError(`gold answer ${JSON.stringify(gold)} is not a rational: ${goldValue.reason}`);
  return answerScore(arithmeticVerdict(answer, gold, difficulty));
}

export class ArithmeticEnv extends Env<string, string> {
  readonly config: ArithmeticConfig;
  readonly split: Split;
  private readonly obsSpace = new Text({ maxLength: MAX_QUESTION_LENGTH, minLength: 1, charset: QUESTION_CHARSET });
  private readonly actSpace = new Text({ maxLength: MAX_ACTION_LENGTH, minLength: 0, charset: ANSWER_CHARSET });
  private problem: ArithmeticProblem | undefined;
  private episodeDifficulty: Difficulty;
  private last: { readonly answer: string; readonly reward: number } | undefined;

  /** @throws ConfigError for an unknown key, a difficulty outside 1..5 or an unsupported renderMode. */
  constructor(kwargs: ArithmeticEnvKwargs = {}) {
    super();
    checkKnownOptions('ArithmeticEnv', kwargs, ['difficulty', 'renderMode', 'split']);
    this.split = checkSplit('ArithmeticEnv', kwargs.split);
    this.config = validateConfig({ difficulty: kwargs.difficulty ?? 1 });
    this.episodeDifficulty = this.config.difficulty;
    this.metadata = { renderModes: ['ansi', 'human'] };
    checkRenderMode('ArithmeticEnv', this.metadata.renderModes, kwargs.renderMode);
    this.renderMode = kwargs.renderMode;
  }

  get observationSpace(): Text {
    return this.obsSpace;
  }

  get actionSpace(): Text {
    return this.actSpace;
  }

  /** Options: `difficulty` overrides the configured difficulty for this episode only. */
  protected resetEpisode(options: Readonly<Record<string, unknown>>): ResetResult<string> {
    const config = options.difficulty === undefined ? this.config : validateConfig({ difficulty: options.difficulty });
    this.problem = drawInSplit('Arithmetic-v0', this.split, () => generateProblem(this.npRandom, config), (p) => p.question);
    this.episodeDifficulty = config.difficulty;
    this.last = undefined;
    // no metadata before the episode ends: info must not carry what rebuilds the gold (the terminal step has it)
    return { observation: this.problem.question, info: { difficulty: config.difficulty } };
  }

  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    const problem = this.problem as ArithmeticProblem; // set by every reset, and Env.step runs only after one
    const entry = { id: 'arithmetic', problem: problem.question, answer: problem.answer, source: arithmetic.name, metadata: { ...problem.metadata, difficulty: this.episodeDifficulty } };
    const verdict = judgeAnswer(arithmetic, action, entry);
    const { reward, correct, parsed, reason } = answerScore(verdict);
    this.last = { answer: typeof action === 'string' ? action : `<${typeof action}>`, reward };
    // the episode has ended: the gold, what was read and why it was judged so may all be shown now
    const info: Info = { gold: problem.answer, parsed, correct, reason, verdict: verdictInfo(verdict), difficulty: this.episodeDifficulty, metadata: problem.metadata };
    if (typeof action !== 'string') info.error = `action must be a string, got ${action === null ? 'null' : typeof action}`;
    return { observation: problem.question, reward, terminated: true, truncated: false, info };
  }

  override render(): string | undefined {
    this.assertStarted('render()');
    let text = `Question: ${(this.problem as ArithmeticProblem).question}`;
    if (this.last !== undefined) text += `\nAnswer: ${this.last.answer}\nReward: ${this.last.reward}`;
    return emitRender(text, this.renderMode);
  }
}
