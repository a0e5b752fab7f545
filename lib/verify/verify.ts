/**
 * verify(gold, pred): does the predicted answer equal the gold answer? Synchronous, pure and
 * deterministic (numeric sampling is seeded). It never throws: a wrong or unreadable prediction is a
 * judgement (`correct: false`), a failure of the verifier itself sets `error`.
 *
 * Semantics follow Math-Verify: both sides go through the same extraction; the first candidate that
 * parses is compared, and the first candidates' normalised strings are compared too.
 */
import { extractCandidates, extractChoice, type Candidate } from './extract.js';
import { compareNodes, type CompareOptions, kindOf } from './equivalence/compare.js';
import { exact } from './equivalence/evaluate.js';
import type { Node } from './parse/ast.js';
import { freeSymbols, renameSymbols, show } from './parse/ast.js';
import { parseAnswer } from './parse/parser.js';
import { ParseFailure } from './parse/tokenize.js';
import { DEFAULT_MAX_INPUT_LENGTH, DEFAULT_TIMEOUT_MS, type Extraction, type Verdict, type VerifyErrorCode, type VerifyOptions } from './types.js';

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
} as const;

interface Parsed {
  readonly cand: Candidate;
  readonly node: Node;
}

const EXPLICIT = new Set(['boxed', 'answer-tag', 'gsm8k', 'final-answer', 'answer-colon']);

function firstParsed(cands: readonly Candidate[], deadline: number): Parsed | undefined {
  const unread: string[] = [];
  for (const cand of cands) {
    if (performance.now() > deadline) return undefined;
    // a number inside an explicit answer we could not read is a fragment of it: "\boxed{\int_0^1 x\,dx}" is not 1
    if (cand.strategy === 'last-number' && unread.some((u) => u.includes(cand.raw))) continue;
    try {
      return { cand, node: parseAnswer(cand.raw) };
    } catch (e) {
      if (!(e instanceof ParseFailure) && !(e instanceof RangeError)) throw e;
      if (EXPLICIT.has(cand.strategy)) unread.push(cand.raw);
    }
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
  // a rational value prints as one: \frac{1}{2} is "1/2", not "1*2^-1"
  const value = exact(node);
  return value ? { strategy: c.strategy, raw: c.raw, normalized: value.toFraction(), kind: 'number' } : { strategy: c.strategy, raw: c.raw, normalized: show(node), kind: kindOf(node) };
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

export function verify(gold: string, pred: string, options: VerifyOptions = {}): Verdict {
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
    const goldCands = extractCandidates(gold, o.goldStrategies ?? o.strategies, o);
    if (goldCands.length === 0) return fail('GOLD_UNPARSEABLE', `no answer found in the gold ${JSON.stringify(gold.slice(0, 80))}`);
    // multiple choice: a gold letter makes the prediction a letter too
    const choice = isChoiceLetter((goldCands[0] as Candidate).raw);
    const predCands = choice ? [...extractCandidates(pred, ['boxed'], o), ...extractChoice(pred)] : extractCandidates(pred, o.strategies, o);
    const g = firstParsed(goldCands, deadline);
    const p = firstParsed(predCands, deadline);
    if (performance.now() > deadline) return fail('TIMEOUT', `verification exceeded ${o.timeoutMs} ms`);
    const gx = extraction(g?.cand ?? goldCands[0], g?.node);
    const px = extraction(p?.cand ?? predCands[0], p?.node);
    if (predCands.length === 0) return done({ correct: false, rule: 'no-answer', reason: 'no answer could be extracted from the prediction', gold: gx, pred: null });
    // the preferred answer is offered as one of several ("either 3 or 4"): never rewarded
    const first = p?.cand ?? (predCands[0] as Candidate);
    if (first.hedged || (predCands[0] as Candidate).hedged) {
      return done({ correct: false, rule: 'hedged', reason: `the prediction hedges between several answers (${JSON.stringify(first.raw)}); the gold is ${gx?.normalized ?? gx?.raw}`, gold: gx, pred: px });
    }
    if (squash((goldCands[0] as Candidate).raw) === squash((predCands[0] as Candidate).raw)) {
      return done({ correct: true, rule: 'string-equal', reason: `same answer text: ${JSON.stringify((predCands[0] as Candidate).raw)}`, gold: gx, pred: px });
    }
    if (!g) return fail('GOLD_UNPARSEABLE', `the gold answer ${JSON.stringify((goldCands[0] as Candidate).raw.slice(0, 80))} could not be parsed`, gx, px);
    if (!p) return done({ correct: false, rule: 'no-answer', reason: `could not read a mathematical answer in ${JSON.stringify((predCands[0] as Candidate).raw.slice(0, 80))}`, gold: gx, pred: px });
    const opts: CompareOptions = o;
    let c = compareNodes(g.node, p.node, opts);
    if (!c.equal && o.strict === false) c = renamedComparison(g.node, p.node, opts) ?? c;
    if (performance.now() > deadline) return fail('TIMEOUT', `verification exceeded ${o.timeoutMs} ms`, gx, px);
    const hedged = !c.equal && (p.node.t === 'list' || p.node.t === 'set') && g.node.t !== 'list' && g.node.t !== 'set' && /\bor\b|\beither\b/i.test(p.cand.raw);
    const rule = hedged ? 'hedged' : c.rule;
    const reason = c.equal
      ? `${gx?.normalized} and ${px?.normalized} are equal (${rule})`
      : hedged
        ? `the prediction hedges between several answers (${px?.normalized}); the gold is ${gx?.normalized}`
        : `${px?.normalized} is not ${gx?.normalized} (${rule})`;
    return done({ correct: c.equal, rule, reason, gold: gx, pred: px });
  } catch (e) {
    if (e instanceof RangeError) return fail('INTERNAL', `resource limit while verifying: ${e.message}`);
    return fail('INTERNAL', `verifier bug: ${(e as Error).message}`);
  }
}
