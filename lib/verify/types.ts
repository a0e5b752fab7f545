/**
 * The data types of answer verification. A Verdict is data, never an exception: a wrong answer, an
 * unparseable answer and a verifier failure (timeout, oversized input, internal error) are all
 * returned as Verdicts, and a failure is marked in `error` so it is never mistaken for "wrong".
 */

/** Where in a completion an answer was found. */
export type ExtractionStrategy =
  | 'boxed' // last \boxed{...} / \fbox{...} (several boxed answers: see VerifyOptions.multipleBoxed)
  | 'final-answer' // "The final answer is ...", "final answer: ..."
  | 'gsm8k' // "#### 42"
  | 'answer-tag' // <answer>...</answer> (last one)
  | 'latex-env' // $...$, $$...$$, \(...\), \[...\] (rightmost)
  | 'answer-colon' // "Answer: ..." line
  | 'last-number' // the last number in the text
  | 'choice' // a multiple-choice letter (A-E) after an anchor, or alone
  | 'whole' // the whole (trimmed) text
  | 'last-sentence'; // the last sentence, for a text gold ("The function is even.")

/** One strategy, or several of equal priority (their candidates are tried rightmost first). */
export type StrategyTier = ExtractionStrategy | readonly ExtractionStrategy[];

/** The kind of mathematical object an answer denotes. */
export type AnswerKind =
  | 'number' // exact rational or decimal, percentages and scientific notation normalised
  | 'expression' // contains free variables or irrationals (sqrt(2), pi)
  | 'equation' // lhs = rhs
  | 'inequality' // a < x <= b, x >= 3
  | 'interval' // (a, b], unions of intervals
  | 'set' // {1, 2, 3}: unordered
  | 'tuple' // (1, 2): ordered
  | 'matrix' // \begin{pmatrix}...\end{pmatrix}, vectors
  | 'choice' // multiple-choice letter
  | 'text'; // anything else, compared after normalisation

export interface Extraction {
  /** Strategy that found it. */
  readonly strategy: ExtractionStrategy;
  /** The extracted substring, as written. */
  readonly raw: string;
  /** Canonical printed form after parsing, when it parsed (e.g. "1/2", "x^2 + 1", "{1, 2}"). */
  readonly normalized: string | null;
  readonly kind: AnswerKind;
}

/** Codes of verifier failures (the checker could not decide); distinct from a wrong answer. */
export type VerifyErrorCode =
  | 'TIMEOUT' // exceeded timeoutMs; the worker was stopped
  | 'WORK_BUDGET' // needed more than workBudget steps (adversarial input); deterministic, unlike TIMEOUT
  | 'INPUT_TOO_LARGE' // gold or pred longer than maxInputLength
  | 'GOLD_UNPARSEABLE' // no answer could be extracted or parsed from the gold side: a data problem
  | 'WORKER_CRASHED' // the worker died (out of memory, ...)
  | 'INTERNAL'; // a bug: an exception inside the verifier

export interface VerifyError {
  readonly code: VerifyErrorCode;
  readonly message: string;
}

/** The outcome of comparing a predicted answer with a gold answer. */
export interface Verdict {
  readonly correct: boolean;
  /** 1 when correct, 0 otherwise (partial credit is the job of reward functions, not the verifier). */
  readonly score: 0 | 1;
  /**
   * Which rule decided, e.g. `string-equal`, `rational-equal`, `numeric-tolerance`, `symbolic-equal`,
   * `numeric-sampling` (a sample point tells them apart), `symbolic-differs` / `precise-differs` (sampling
   * agreed, the exact normal form or 50-digit evaluation of the difference refutes it), `sampling-unconfirmed`
   * (sampling agreed and the symbolic step could not decide: credited, see docs/verifier.md), `equation-sides`, `interval-equal`, `set-unordered`, `tuple-ordered`,
   * `matrix-equal`, `choice-equal`, `text-normalized`, `text-stated`, `restated`, `no-answer`, `hedged`,
   * `contradictory` (rival final answers), `refused` (LaTeX that hides or redefines what shows),
   * `kind-mismatch`, `not-equal`, or `error` when `error` is set.
   */
  readonly rule: string;
  /** A sentence for people: what was compared and why it was judged so. */
  readonly reason: string;
  readonly gold: Extraction | null;
  readonly pred: Extraction | null;
  /** Wall time of the verification, ms. */
  readonly timeMs: number;
  /** Set only when the verifier failed; then `correct` is false but the answer was NOT judged wrong. */
  readonly error?: VerifyError;
}

export interface VerifyOptions {
  /**
   * Strategies tried on the prediction, in priority order; an inner array is one priority tier whose
   * candidates are tried rightmost first (as Math-Verify does). Default: DEFAULT_STRATEGIES.
   */
  readonly strategies?: readonly StrategyTier[];
  /** Strategies tried on the gold answer. Default: the same as `strategies`. */
  readonly goldStrategies?: readonly StrategyTier[];
  /**
   * Several \boxed{} in one completion: `adjacent` (default): boxes joined only by separators, "and"/"or"
   * or a few words inside one formula form one answer list, else the last box counts (Math-Verify); `last`:
   * the last box only; `reject`: no answer.
   */
  readonly multipleBoxed?: 'adjacent' | 'last' | 'reject';
  /** A gold set-membership (x \in [a, b]) may match a predicted inequality (Math-Verify's allow_set_relation_comp). Default false. */
  readonly allowSetRelationComp?: boolean;
  /**
   * Variable names matter (default true). `false` also accepts the prediction with its free variables
   * renamed to the gold's (f(x) matches f(y)), as Math-Verify's strict=False does.
   */
  readonly strict?: boolean;
  /** Decimal places numbers are rounded to before comparing non-exact values (Math-Verify float_rounding; default 6). */
  readonly floatRounding?: number;
  /** Relative tolerance for numeric-sampling equivalence of expressions (default 1e-9). */
  readonly relTol?: number;
  /** Exact mode: decimals must equal the gold rational exactly (no rounding). Default false. */
  readonly exact?: boolean;
  /** Tuples compared as sets. Default false (ordered). */
  readonly unorderedTuples?: boolean;
  /** Whether `x = 2` may match a bare `2` (and the reverse). Default true. */
  readonly allowEquationValue?: boolean;
  /** Time bound for one verification, ms (default 1000). Enforced by a hard stop in the sandbox. */
  readonly timeoutMs?: number;
  /** Inputs longer than this many characters are rejected with INPUT_TOO_LARGE (default 1 MiB, 1,048,576). */
  readonly maxInputLength?: number;
  /** Seed of the random points used by numeric sampling (default 0): same inputs, same verdict. */
  readonly seed?: number;
  /**
   * The question the completion answers. When set, a correct verdict is refused (rule `question-copy`)
   * if the completion is a copy of the question or its answer was copied from it (question-copy.ts).
   */
  readonly question?: string;
  /**
   * Exact-rational mode (Arithmetic-v0): the gold is a rational and the final answer must be a number
   * written in one of these forms (rational.ts: `integer`, `decimal`, `fraction` in lowest terms,
   * `unreduced-fraction`, `mixed`), with the exact value of the gold (rule `rational-exact`; right value
   * in another form: `wrong-form`). Implies `exact`.
   */
  readonly forms?: readonly WrittenForm[];
  /**
   * Literal-number mode (CalculatorTool-v0): when the gold is a literal number, the answer must be one
   * too (literal-number.ts: an integer, a decimal or a reduced fraction, with a lead-in or unit), equal
   * to it exactly (rules `exact-rational`, `not-a-number`, `not-a-decimal`). Other golds are verified
   * as usual. Default false.
   */
  readonly literalNumber?: boolean;
  /**
   * Steps of work one verification may take (tokens, parse and comparison nodes, evaluations, big-number
   * word operations); past it the verdict is a WORK_BUDGET error. Deterministic, so a verdict never
   * depends on the machine's load. Default DEFAULT_WORK_BUDGET (3,000,000).
   */
  readonly workBudget?: number;
}

/** How a rational number is written (see rational.ts). */
export type WrittenForm = 'integer' | 'decimal' | 'fraction' | 'unreduced-fraction' | 'mixed';

export const DEFAULT_TIMEOUT_MS = 1000;
/** 1 MiB: a long chain of thought is verified (extraction reads its end; only candidate answers are parsed). */
export const DEFAULT_MAX_INPUT_LENGTH = 1 << 20;
