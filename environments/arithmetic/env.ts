/**
 * `mathgym/Arithmetic-v0`: a single-turn environment. `reset` shows one generated problem, `step`
 * takes a free-text answer and scores it with `scoreAnswer`: exact rational equality with the gold
 * answer, in the form the question asks for.
 *
 * A wrong or unparseable answer is a judgement (reward 0, `info.reason` says why), not an error;
 * only misuse throws (bad config, stepping before `reset` or after the episode ended).
 */
import { checkKnownOptions } from '../../lib/core/options.js';
import { checkRenderMode, emitRender } from '../../lib/core/render.js';
import { ConfigError } from '../../lib/errors.js';
import { Env, type Info, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { PRINTABLE_CHARSET, Text } from '../../lib/core/spaces/text.js';
import { generateProblem, validateConfig, type ArithmeticConfig, type ArithmeticProblem, type Difficulty } from './generator.js';
import { parseRational, type RationalForm } from './rational.js';
import { verify } from '../../lib/verify/verify.js';
import { checkSplit, drawInSplit, type Split } from '../../lib/core/split.js';
import { completionCopiesQuestion } from '../../lib/rewards/question-copy.js';

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

/** The forms the prompt at `difficulty` asks for: a terminating decimal only at difficulty 4. */
export function acceptedForms(difficulty: number): readonly RationalForm[] {
  return difficulty === 4 ? ['integer', 'fraction', 'decimal'] : ['integer', 'fraction'];
}

const FORM_NAMES: Record<RationalForm, string> = {
  integer: 'an integer',
  decimal: 'a decimal',
  fraction: 'a fraction in lowest terms',
  'unreduced-fraction': 'a fraction not in lowest terms',
  mixed: 'a mixed number',
};

/**
 * THE scorer of Arithmetic-v0 and of the `arithmetic` generator family (one scorer per task): reward 1
 * iff the answer is exactly the gold rational AND written in a form the prompt at `difficulty` asks
 * for (acceptedForms: an integer or a fraction in lowest terms, plus a terminating decimal at
 * difficulty 4; `112/2`, `6/4`, `1 1/2` and `7 × 8` score 0). The answer is a bare number (`56`,
 * `-3/4`, `\frac{-3}{4}`, `$56$`), or a completion whose final answer the verifier extracts
 * (`\boxed{56}`, "the answer is 56"; hedged answers are the verifier's no).
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
  const shown = JSON.stringify(answer.length > 60 ? `${answer.slice(0, 60)}…` : answer);
  let text = answer;
  let parsed = parseRational(text);
  if (!parsed.ok) {
    // a completion: the verifier extracts its final answer (and refuses hedges); the form is then checked on that
    // only text with an answer marker (a word, \boxed, $, <answer>, ####, "Answer:") can hold a final
    // answer to extract; bare arithmetic such as `7*8` is refused here without the verifier's cost
    const v = answer.length <= MAX_ACTION_LENGTH * 16 && /[A-Za-z\\$<:#]/.test(answer) ? verify(gold, answer, { exact: true }) : undefined;
    if (!v?.correct || !v.pred) return { reward: 0, correct: false, parsed: null, reason: `could not parse ${shown}: ${parsed.reason}` };
    text = v.pred.raw;
    parsed = parseRational(text);
    if (!parsed.ok) return { reward: 0, correct: false, parsed: null, reason: `final answer ${JSON.stringify(text)} is not a number written out: ${parsed.reason}` };
  }
  const forms = acceptedForms(difficulty);
  if (!parsed.value.equals(goldValue.value)) {
    return { reward: 0, correct: false, parsed: parsed.normalized, reason: `wrong: ${shown} = ${parsed.normalized}, expected ${goldValue.normalized}` };
  }
  if (!forms.includes(parsed.form)) {
    const asked = forms.map((f) => FORM_NAMES[f]).join(' or ');
    return { reward: 0, correct: false, parsed: parsed.normalized, reason: `right value, wrong form: ${JSON.stringify(text)} is ${FORM_NAMES[parsed.form]}; the question asks for ${asked}` };
  }
  const reason = answer.trim() === goldValue.normalized ? `exact match: ${goldValue.normalized}` : `exact match: ${shown} = ${goldValue.normalized}`;
  return { reward: 1, correct: true, parsed: parsed.normalized, reason };
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
    const copied = typeof action === 'string' && completionCopiesQuestion(action, problem.question);
    const { reward, correct, parsed, reason, error } = copied
      ? { reward: 0, correct: false, parsed: null, reason: 'the completion is a copy of the question', error: undefined }
      : scoreAnswer(action, problem.answer, this.episodeDifficulty);
    this.last = { answer: typeof action === 'string' ? action : `<${typeof action}>`, reward };
    const info: Info = { gold: problem.answer, parsed, correct, reason, difficulty: this.episodeDifficulty, metadata: problem.metadata };
    if (error !== undefined) info.error = error;
    return { observation: problem.question, reward, terminated: true, truncated: false, info };
  }

  override render(): string | undefined {
    this.assertStarted('render()');
    let text = `Question: ${(this.problem as ArithmeticProblem).question}`;
    if (this.last !== undefined) text += `\nAnswer: ${this.last.answer}\nReward: ${this.last.reward}`;
    return emitRender(text, this.renderMode);
  }
}
