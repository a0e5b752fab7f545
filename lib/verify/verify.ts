/**
 * verify(gold, pred): does the predicted answer equal the gold answer? Synchronous, pure and
 * deterministic (numeric sampling is seeded; work is bounded by a step budget, not the clock). It
 * never throws: a wrong or unreadable prediction is a judgement (`correct: false`), a failure of the
 * verifier itself sets `error`.
 *
 * The gold is read whole (gold.ts); the prediction's final answer is chosen as a reader would
 * (final-answer.ts); the two are compared by kind (equivalence/compare.ts).
 */
import { budgetLeft, DEFAULT_WORK_BUDGET, spend, withBudget, WorkBudgetExceeded } from './budget.js';
import { compareNodes, type CompareOptions, kindOf } from './equivalence/compare.js';
import { exact } from './equivalence/evaluate.js';
import { extractChoice, type Candidate } from './extract.js';
import { finalAnswer } from './final-answer.js';
import { goldAlternatives, goldCandidates } from './gold.js';
import type { Node } from './parse/ast.js';
import { freeSymbols, renameSymbols, show } from './parse/ast.js';
import { parseAnswer } from './parse/parser.js';
import { literalNumberVerdict } from './literal-number.js';
import { refuseQuestionCopy } from './question-copy.js';
import { FORM_NAMES, parseRational } from './rational.js';
import { ParseFailure } from './parse/tokenize.js';
import { DEFAULT_MAX_INPUT_LENGTH, DEFAULT_TIMEOUT_MS, type Extraction, type Verdict, type VerifyErrorCode, type VerifyOptions, type WrittenForm } from './types.js';

export const verifyOptionsDefaults = {
  floatRounding: 6,
  relTol: 1e-9,
  exact: false,
  unorderedTuples: false,
  allowEquationValue: true,
  allowSetRelationComp: false,
  multipleBoxed: 'adjacent',
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxInputLength: DEFAULT_MAX_INPUT_LENGTH,
  seed: 0,
  workBudget: DEFAULT_WORK_BUDGET,
} as const;

interface Parsed {
  readonly cand: Candidate;
  readonly node: Node;
}

function parsed(cand: Candidate, raw = cand.raw): Parsed | undefined {
  try {
    return { cand: raw === cand.raw ? cand : { ...cand, raw }, node: parseAnswer(raw) };
  } catch (e) {
    if (!(e instanceof ParseFailure) && !(e instanceof RangeError)) throw e;
    return undefined;
  }
}

function firstParsed(cands: readonly Candidate[]): Parsed | undefined {
  for (const cand of cands) {
    const p = parsed(cand);
    if (p) return p;
  }
  return undefined;
}

/** Whitespace- and delimiter-insensitive form for the string-equality rule. */
function squash(s: string): string {
  return s
    .replace(/(\d)\s+(?=\d)/g, '$1\u0001') // "1 2" is not "12" (digit groups "1 000" are read by the parser)
    .replace(/\\(?:left|right|[!,;: ]|displaystyle)|\$|\s+/g, '')
    .replace(/\\[dtc]frac/g, '\\frac')
    .replace(/\.$/, '');
}

function extraction(c: Candidate | undefined, node: Node | undefined): Extraction | null {
  if (!c) return null;
  if (!node) return { strategy: c.strategy, raw: c.raw, normalized: null, kind: 'text' };
  // a rational value prints as one: \frac{1}{2} is "1/2", not "1*2^-1"; a huge one by its size
  const value = exact(node);
  if (!value) return { strategy: c.strategy, raw: c.raw, normalized: show(node), kind: kindOf(node) };
  const digits = value.n.toString().length;
  const normalized = digits > 400 ? `${show(node)} (an exact number of ${digits} digits)` : value.toFraction();
  return { strategy: c.strategy, raw: c.raw, normalized, kind: 'number' };
}

/** strict: false: try the prediction with its variables renamed to the gold's (at most 4 variables). */
function renamedComparison(gold: Node, pred: Node, opts: CompareOptions): { equal: boolean; rule: string } | undefined {
  const gv = [...freeSymbols(gold)].sort();
  const pv = [...freeSymbols(pred)].sort();
  if (gv.length !== pv.length || gv.length === 0 || gv.length > 4) return undefined;
  const perms = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest])));
  for (const target of perms(gv)) {
    const c = compareNodes(gold, renameSymbols(pred, new Map(pv.map((v, i) => [v, target[i] as string]))), opts);
    if (c.equal) return { equal: true, rule: `renamed-variables/${c.rule}` };
  }
  return undefined;
}

const isChoiceLetter = (s: string): boolean => /^\s*(?:\\text\{\s*)?\(?[A-E]\)?\s*\}?\s*$/.test(s);
const isCollection = (n: Node): boolean => n.t === 'list' || n.t === 'set' || n.t === 'tuple';

/** The last sentence of a text (a final period dropped): how a text answer is stated ("The function is even."). */
function lastSentence(text: string): Candidate[] {
  const trimmed = text.replace(/[\s.!]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('\n'), trimmed.search(/[.!?]\s+(?=[^.!?]*$)/) + 1);
  const sentence = trimmed.slice(cut).replace(/^[\s#>*-]+/, '').trim();
  return sentence && sentence.length <= 200 ? [{ strategy: 'last-sentence', raw: sentence, end: text.length }] : [];
}

export function verify(gold: string, pred: string, options: VerifyOptions = {}): Verdict {
  const steps = options.workBudget ?? DEFAULT_WORK_BUDGET;
  // unreadable candidates are refused by exceptions; their stack traces are never shown, so not captured
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const v = withBudget(steps > 0 ? steps : DEFAULT_WORK_BUDGET, () => byMode(gold, pred, options));
    return options.question !== undefined && typeof pred === 'string' ? refuseQuestionCopy(v, pred, options.question, gold) : v;
  } finally {
    Error.stackTraceLimit = traces;
  }
}

/** The judge the options ask for: exact-rational mode, literal-number mode, or the general comparison. */
function byMode(gold: string, pred: string, options: VerifyOptions): Verdict {
  if (typeof gold !== 'string' || typeof pred !== 'string') return verifyWithin(gold, pred, options);
  if (options.forms) return writtenRational(gold, pred, options.forms, options);
  const maxLength = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  const literal = options.literalNumber && gold.length <= maxLength && pred.length <= maxLength ? literalNumberVerdict(gold, pred) : undefined;
  return literal ?? verifyWithin(gold, pred, options);
}

interface GoldReading {
  readonly cands: Candidate[];
  readonly g: Parsed | undefined;
  /** Other readings of an ambiguous gold ("1,22": the list or 1.22). */
  readonly alternatives: readonly Node[];
  /** What the verdict reports of the gold. */
  readonly extraction: Extraction | null;
  /** Squashed texts a prediction may equal verbatim: the gold's answer and the whole gold. */
  readonly texts: ReadonlySet<string>;
  /** Work the reading took, charged again on every use so that a verdict does not depend on the cache. */
  readonly steps: number;
}

/** Recently read golds: an RL batch verifies many completions against one gold. */
const goldCache = new Map<string, GoldReading>();

function readGold(gold: string, strategies: VerifyOptions['goldStrategies']): GoldReading {
  const key = strategies ? undefined : gold;
  const hit = key === undefined ? undefined : goldCache.get(key);
  if (hit) {
    spend(hit.steps);
    return hit;
  }
  const before = budgetLeft();
  const cands = goldCandidates(gold, strategies);
  const g = firstParsed(cands);
  const alternatives = g ? goldAlternatives(g.cand.raw).flatMap((a) => parsed(g.cand, a)?.node ?? []) : [];
  const raw = (g?.cand ?? cands[0])?.raw ?? '';
  const texts = new Set([raw, ...cands.filter((c) => c.strategy === 'whole').map((c) => c.raw)].map(squash));
  const reading = { cands, g, alternatives, extraction: extraction(g?.cand ?? cands[0], g?.node), texts, steps: before - budgetLeft() };
  if (key !== undefined && key.length <= 10_000) {
    if (goldCache.size >= 512) goldCache.delete(goldCache.keys().next().value as string);
    goldCache.set(key, reading);
  }
  return reading;
}

function verifyWithin(gold: string, pred: string, options: VerifyOptions): Verdict {
  const start = performance.now();
  const o = { ...verifyOptionsDefaults, ...options };
  const deadline = start + o.timeoutMs;
  const done = (v: Omit<Verdict, 'timeMs' | 'score'>): Verdict => ({ ...v, score: v.correct ? 1 : 0, timeMs: performance.now() - start });
  const fail = (code: VerifyErrorCode, message: string, g: Extraction | null = null, p: Extraction | null = null): Verdict =>
    done({ correct: false, rule: 'error', reason: `verifier failure (${code}): ${message}`, gold: g, pred: p, error: { code, message } });

  if (typeof gold !== 'string' || typeof pred !== 'string') return fail('INTERNAL', 'gold and pred must be strings');
  for (const [side, text] of [['gold', gold], ['pred', pred]] as const) {
    if (text.length > o.maxInputLength) {
      return fail('INPUT_TOO_LARGE', `${side} is ${text.length} characters, over the limit of ${o.maxInputLength}; raise maxInputLength or truncate the completion`);
    }
  }
  try {
    const { cands: goldCands, g, alternatives, extraction: gx, texts: goldTexts } = readGold(gold, o.goldStrategies);
    if (goldCands.length === 0) return fail('GOLD_UNPARSEABLE', `no answer found in the gold ${JSON.stringify(gold.slice(0, 80))}`);
    const goldRaw = (g?.cand ?? (goldCands[0] as Candidate)).raw;
    // multiple choice: a gold letter makes the prediction a letter too
    const choice = isChoiceLetter(goldRaw);
    const goldList = g !== undefined && isCollection(g.node);
    const goldText = g?.node.t === 'text';
    const opts: CompareOptions = o;
    const read = (c: Candidate): Parsed | undefined => {
      if (choice && !isChoiceLetter(c.raw) && c.strategy !== 'choice') {
        const letter = extractChoice(c.raw)[0];
        if (letter) return parsed({ ...c, ...(letter.hedged ? { hedged: true } : {}) }, letter.raw);
      }
      // "11,13" read as the decimal 11.13 is, next to a list gold, the list it is written as
      const math = (goldList && c.written !== undefined ? parsed(c, c.written) : undefined) ?? parsed(c);
      // words are no answer to a mathematical gold, except in a box ("#### garbage token" is not an answer)
      if (!goldText && !choice && math?.node.t === 'text' && c.strategy !== 'boxed') return undefined;
      // next to a text gold, a sentence of words is a text answer ("The function is even.")
      if (goldText && (!math || math.node.t !== 'text') && /^[\p{L}\s,'’-]+$/u.test(c.raw.replace(/\\text\{([^}]*)\}|[.!*_$]/g, '$1'))) {
        return { cand: c, node: { t: 'text', s: c.raw.replace(/\\text\{([^}]*)\}|[.!*_$]/g, '$1') } };
      }
      return math;
    };
    // words read from a sentence ("so our final answer is of") do not rival a formula, unless the gold is words
    const words = (x: Parsed): boolean => x.node.t === 'text' && g?.node.t !== 'text';
    const same = (a: Parsed, b: Parsed): boolean => words(a) || words(b) || squash(a.cand.raw) === squash(b.cand.raw) || compareNodes(a.node, b.node, opts).equal;
    const extra = choice ? extractChoice : goldText ? lastSentence : undefined;
    const fa = finalAnswer(pred, { strategies: o.strategies, multipleBoxed: o.multipleBoxed, read, same, ...(extra ? { extra } : {}) });
    const p = fa.answer;
    const first = p?.cand ?? fa.cands[0];
    const px = extraction(first, p?.node);
    if (fa.refusal) return done({ correct: false, rule: fa.refusal.rule, reason: fa.refusal.reason, gold: gx, pred: px });
    if (!first) return done({ correct: false, rule: 'no-answer', reason: 'no answer could be extracted from the prediction', gold: gx, pred: null });
    // the preferred answer is offered as one of several ("either 3 or 4"): never rewarded, unless every
    // option is the same answer restated ("$15\\frac{39}{40}$, or $\\frac{639}{40}$")
    if (first.hedged && !(g && p && compareNodes(g.node, p.node, opts).rule === 'restated')) {
      return done({ correct: false, rule: 'hedged', reason: `the prediction hedges between several answers (${JSON.stringify(first.raw)}); the gold is ${gx?.normalized ?? gx?.raw}`, gold: gx, pred: px });
    }
    // the same text as the gold's answer, or as the whole gold (a gold in prose: "$f(x)=ax+b$, where ...")
    const written = fa.cands[0];
    if (goldTexts.has(squash(first.raw)) || (written && !written.hedged && goldTexts.has(squash(written.raw)))) {
      return done({ correct: true, rule: 'string-equal', reason: `same answer text: ${JSON.stringify(first.raw)}`, gold: gx, pred: px });
    }
    if (!g) return fail('GOLD_UNPARSEABLE', `the gold answer ${JSON.stringify(goldRaw.slice(0, 80))} could not be parsed`, gx, px);
    if (!p) return done({ correct: false, rule: 'no-answer', reason: `could not read a mathematical answer in ${JSON.stringify(first.raw.slice(0, 80))}`, gold: gx, pred: px });
    if (performance.now() > deadline) return fail('TIMEOUT', `verification exceeded ${o.timeoutMs} ms`, gx, px);
    let c = compareNodes(g.node, p.node, opts);
    for (const alt of alternatives) if (!c.equal) c = compareNodes(alt, p.node, opts);
    if (!c.equal && o.strict === false) c = renamedComparison(g.node, p.node, opts) ?? c;
    if (performance.now() > deadline) return fail('TIMEOUT', `verification exceeded ${o.timeoutMs} ms`, gx, px);
    // several answers offered for one ("3 and 5", "A, B, C, D, E") is a hedge, whatever joins them
    const hedged = !c.equal && (p.node.t === 'list' || p.node.t === 'set') && p.node.items.length > 1 && !isCollection(g.node);
    const rule = hedged ? 'hedged' : c.rule;
    const reason = c.equal
      ? `${gx?.normalized} and ${px?.normalized} are equal (${rule})`
      : hedged
        ? `the prediction hedges between several answers (${px?.normalized}); the gold is ${gx?.normalized}`
        : `${px?.normalized} is not ${gx?.normalized} (${rule})`;
    return done({ correct: c.equal, rule, reason, gold: gx, pred: px });
  } catch (e) {
    if (e instanceof WorkBudgetExceeded) return fail('WORK_BUDGET', `${e.message}; raise workBudget if the answer is legitimately this large`);
    if (e instanceof RangeError) return fail('INTERNAL', `resource limit while verifying: ${e.message}`);
    return fail('INTERNAL', `verifier bug: ${(e as Error).message}`);
  }
}

/**
 * Exact-rational mode (VerifyOptions.forms): the answer is a number written out — the whole text, or
 * the final answer a completion with an answer marker gives — equal to the gold exactly and written in
 * one of `forms` (`112/2`, `6/4`, `1 1/2` and `7 × 8` are not "an integer or a fraction in lowest terms").
 */
function writtenRational(gold: string, pred: string, forms: readonly WrittenForm[], o: VerifyOptions): Verdict {
  // a bare number is judged here without the extraction's set-up: Arithmetic-v0 steps are mostly that
  const start = performance.now();
  const done = (v: Omit<Verdict, 'timeMs' | 'score'>): Verdict => ({ ...v, score: v.correct ? 1 : 0, timeMs: performance.now() - start });
  const maxLength = o.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (gold.length > maxLength || pred.length > maxLength) return verifyWithin(gold, pred, { ...o, forms: undefined });
  const goldValue = parseRational(gold);
  if (!goldValue.ok) {
    const message = `the gold ${JSON.stringify(gold.slice(0, 80))} is not a rational number: ${goldValue.reason}`;
    return done({ correct: false, rule: 'error', reason: `verifier failure (GOLD_UNPARSEABLE): ${message}`, gold: null, pred: null, error: { code: 'GOLD_UNPARSEABLE', message } });
  }
  const gx: Extraction = { strategy: 'whole', raw: gold, normalized: goldValue.normalized, kind: 'number' };
  const shown = JSON.stringify(pred.length > 60 ? `${pred.slice(0, 60)}…` : pred);
  let text = pred;
  let strategy: Extraction['strategy'] = 'whole';
  let written = parseRational(pred);
  if (!written.ok) {
    // only text with an answer marker (a word, \boxed, $, <answer>, ####, "Answer:") holds a final
    // answer to extract; bare arithmetic such as `7*8` is refused without the extraction's cost
    const v = /[A-Za-z\\$<:#]/.test(pred) ? verifyWithin(gold, pred, { ...o, forms: undefined, exact: true }) : undefined;
    if (!v?.correct || !v.pred) return done({ correct: false, rule: v?.rule ?? 'no-answer', reason: `could not parse ${shown}: ${written.reason}`, gold: gx, pred: v?.pred ?? null });
    text = v.pred.raw;
    strategy = v.pred.strategy;
    written = parseRational(text);
    if (!written.ok) return done({ correct: false, rule: 'wrong-form', reason: `final answer ${JSON.stringify(text)} is not a number written out: ${written.reason}`, gold: gx, pred: v.pred });
  }
  const px: Extraction = { strategy, raw: text, normalized: written.normalized, kind: 'number' };
  if (!written.value.equals(goldValue.value)) return done({ correct: false, rule: 'rational-exact', reason: `wrong: ${shown} = ${written.normalized}, expected ${goldValue.normalized}`, gold: gx, pred: px });
  if (!forms.includes(written.form)) {
    const asked = forms.map((f) => FORM_NAMES[f]).join(' or ');
    return done({ correct: false, rule: 'wrong-form', reason: `right value, wrong form: ${JSON.stringify(text)} is ${FORM_NAMES[written.form]}; the question asks for ${asked}`, gold: gx, pred: px });
  }
  const reason = pred.trim() === goldValue.normalized ? `exact match: ${goldValue.normalized}` : `exact match: ${shown} = ${goldValue.normalized}`;
  return done({ correct: true, rule: 'rational-exact', reason, gold: gx, pred: px });
}
