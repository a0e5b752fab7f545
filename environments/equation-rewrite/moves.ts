/**
 * The algebraic moves of `mathgym/EquationRewrite-v0`, their text form, and which of them apply.
 *
 * Grammar (keywords are case-insensitive; TERM is a number such as `5`, `-3/4`, `0.5`, or a multiple of
 * x such as `x`, `2*x`, `-x/3`):
 *
 *   add TERM | subtract TERM          add the term to (subtract it from) both sides, unsimplified
 *   multiply [by] TERM                multiply both sides by the term (0 or a multiple of x: flagged)
 *   divide [by] TERM                  divide both sides by it (0: invalid; a multiple of x: flagged)
 *   expand                            multiply out products and quotients into monomials
 *   collect                           combine like terms inside every sum
 *   factor                            pull the common rational factor out of a side's terms
 *   simplify                          fold number arithmetic: 3*2*x -> 6*x, 15/3 -> 5, x + 0 -> x, 1*x -> x
 *   swap                              exchange the two sides
 *   substitute [x =] NUMBER           evaluate both sides at x = NUMBER (a check; the equation stays)
 *
 * Moves are pure functions of an Equation; `legalMoves` lists the useful ones for a state (each
 * applies and changes it), which the env offers as its discrete action list.
 */
import Fraction from 'fraction.js';
import {
  containsVar,
  dividesByVar,
  fractionText,
  monomial,
  negate,
  nodeCount,
  num,
  parseExpr,
  printEquation,
  product,
  quotient,
  sum,
  toLaurent,
  X,
  type Equation,
  type Expr,
} from './expr.js';
import { singleTerm } from './poly.js';

export type TermMoveKind = 'add' | 'subtract' | 'multiply' | 'divide';
export type PlainMoveKind = 'expand' | 'collect' | 'factor' | 'simplify' | 'swap';
export type MoveKind = TermMoveKind | PlainMoveKind | 'substitute';

/** Every move kind, in a fixed order (the one-hot order of the ranker features). */
export const MOVE_KINDS: readonly MoveKind[] = ['add', 'subtract', 'multiply', 'divide', 'expand', 'collect', 'factor', 'simplify', 'swap', 'substitute'];

/** coef * x^power with power 0 or 1. */
export interface Term {
  readonly coef: Fraction;
  readonly power: 0 | 1;
}

export type Move =
  | { readonly kind: TermMoveKind; readonly term: Term }
  | { readonly kind: PlainMoveKind }
  | { readonly kind: 'substitute'; readonly value: Fraction };

export const ACTION_GRAMMAR =
  'add TERM | subtract TERM | multiply TERM | divide TERM | expand | collect | factor | simplify | swap | substitute x = NUMBER ' +
  '(TERM: a number like 5 or -3/4, or a multiple of x like 2*x or -x/3)';

export interface MoveLimits {
  /** Most tree nodes one side may have. */
  readonly maxNodes: number;
  /** Largest |numerator| or |denominator| of any number. */
  readonly maxMagnitude: bigint;
  /** Largest |power| of x in a side's value. */
  readonly maxPower: number;
}

export const DEFAULT_LIMITS: MoveLimits = { maxNodes: 40, maxMagnitude: 10n ** 9n, maxPower: 4 };

const TERM_KINDS: readonly string[] = ['add', 'subtract', 'multiply', 'divide'];
const PLAIN_KINDS: readonly string[] = ['expand', 'collect', 'factor', 'simplify', 'swap'];

export function termText(t: Term): string {
  if (t.power === 0) return fractionText(t.coef);
  if (t.coef.equals(1)) return 'x';
  if (t.coef.equals(-1)) return '-x';
  return t.coef.d === 1n ? `${fractionText(t.coef)}*x` : `(${fractionText(t.coef)})*x`;
}

/** The canonical text of a move (parseMove(formatMove(m)) is m). */
export function formatMove(m: Move): string {
  if (m.kind === 'substitute') return `substitute x = ${fractionText(m.value)}`;
  if ('term' in m) return `${m.kind} ${termText(m.term)}`;
  return m.kind;
}

/** Parses a move; a string says what is wrong with it. Never throws. */
export function parseMove(text: string): Move | string {
  if (typeof text !== 'string') return `an action is a move index or a string (${ACTION_GRAMMAR})`;
  const s = text.trim();
  if (s === '') return `empty action; expected ${ACTION_GRAMMAR}`;
  const sp = s.search(/\s/);
  const word = (sp < 0 ? s : s.slice(0, sp)).toLowerCase();
  let rest = sp < 0 ? '' : s.slice(sp + 1).trim();
  if (PLAIN_KINDS.includes(word)) {
    if (rest !== '') return `"${word}" takes no parameter, got "${rest.slice(0, 40)}"`;
    return { kind: word as PlainMoveKind };
  }
  if (TERM_KINDS.includes(word)) {
    rest = rest.replace(/^(both sides )?by\s+/i, '');
    if (rest === '') return `"${word}" needs a term, e.g. "${word} 3" or "${word} 2*x"`;
    const e = parseExpr(rest);
    if (typeof e === 'string') return `cannot read the term of "${word}": ${e}`;
    const v = toLaurent(e);
    if (typeof v === 'string') return `cannot read the term of "${word}": ${v}`;
    if (v.size === 0) return { kind: word as TermMoveKind, term: { coef: new Fraction(0), power: 0 } };
    const t = singleTerm(v);
    if (!t || (t.power !== 0 && t.power !== 1)) return `the term of "${word}" must be a number or a multiple of x (like 5, -3/4, 2*x), got "${rest.slice(0, 40)}"`;
    return { kind: word as TermMoveKind, term: { coef: t.coef, power: t.power } };
  }
  if (word === 'substitute') {
    const m = /^x\s*=\s*(.*)$/i.exec(rest);
    const valueText = m ? m[1]! : rest;
    const e = parseExpr(valueText);
    const v = typeof e === 'string' ? e : toLaurent(e);
    if (typeof v === 'string') return `cannot read the value of "substitute": ${v}`;
    const t = singleTerm(v);
    if (v.size > 0 && (!t || t.power !== 0)) return `"substitute" needs a number, as in "substitute x = 2"`;
    return { kind: 'substitute', value: t ? t.coef : new Fraction(0) };
  }
  return `unknown move "${word.slice(0, 40)}"; expected ${ACTION_GRAMMAR}`;
}

// ---------------------------------------------------------------- side rewrites

/** Numbers, x, and products and quotients of them: terms whose value is a single monomial. */
function isMonomialShaped(e: Expr): boolean {
  if (e.kind === 'num' || e.kind === 'var') return true;
  if (e.kind === 'product') return e.factors.every(isMonomialShaped);
  if (e.kind === 'quotient') return isMonomialShaped(e.num) && isMonomialShaped(e.den);
  return false;
}

/** The single term of a monomial-shaped expression (coef 0 for zero). */
function monomialValue(e: Expr): { coef: Fraction; power: number } | undefined {
  const v = toLaurent(e);
  if (typeof v === 'string') return undefined;
  if (v.size === 0) return { coef: new Fraction(0), power: 0 };
  return singleTerm(v);
}

export function simplifyExpr(e: Expr): Expr {
  switch (e.kind) {
    case 'num':
    case 'var':
      return e;
    case 'sum': {
      const terms = sum(e.terms.map(simplifyExpr));
      if (terms.kind !== 'sum') return terms;
      const kept = terms.terms.filter((t) => !(t.kind === 'num' && t.value.equals(0)));
      if (kept.every((t) => t.kind === 'num')) return num(kept.reduce((a, t) => a.add((t as { value: Fraction }).value), new Fraction(0)));
      return sum(kept);
    }
    case 'product': {
      const flat = product(e.factors.map(simplifyExpr));
      if (flat.kind !== 'product') return flat;
      let c = new Fraction(1);
      const others: Expr[] = [];
      for (const f of flat.factors) {
        if (f.kind === 'num') c = c.mul(f.value);
        else others.push(f);
      }
      if (c.equals(0) || others.length === 0) return num(c);
      return product(c.equals(1) ? others : [num(c), ...others]);
    }
    case 'quotient': {
      const n = simplifyExpr(e.num);
      const d = simplifyExpr(e.den);
      if (d.kind !== 'num' || d.value.equals(0)) return quotient(n, d);
      if (d.value.equals(1)) return n;
      if (n.kind === 'num') return num(n.value.div(d.value));
      if (n.kind === 'var') return product([num(d.value.inverse()), X]);
      if (n.kind === 'product') return simplifyExpr(product([num(d.value.inverse()), n]));
      if (n.kind === 'quotient' && n.den.kind === 'num') return simplifyExpr(quotient(n.num, num(n.den.value.mul(d.value))));
      return quotient(n, d);
    }
  }
}

export function collectExpr(e: Expr): Expr {
  switch (e.kind) {
    case 'num':
    case 'var':
      return e;
    case 'product':
      return product(e.factors.map(collectExpr));
    case 'quotient':
      return quotient(collectExpr(e.num), collectExpr(e.den));
    case 'sum': {
      const terms = e.terms.map(collectExpr);
      const totals = new Map<number, Fraction>();
      const values = terms.map((t) => (isMonomialShaped(t) ? monomialValue(t) : undefined));
      values.forEach((v) => {
        if (v) totals.set(v.power, (totals.get(v.power) ?? new Fraction(0)).add(v.coef));
      });
      const emitted = new Set<number>();
      const out: Expr[] = [];
      terms.forEach((t, i) => {
        const v = values[i];
        if (!v) out.push(t);
        else if (!emitted.has(v.power)) {
          emitted.add(v.power);
          const c = totals.get(v.power)!;
          if (!c.equals(0)) out.push(monomial(c, v.power));
        }
      });
      return sum(out);
    }
  }
}

type Monomial = { coef: Fraction; power: number };

/**
 * Most monomials an expansion may have: more than any side may have nodes (maxNodes <= 400), so a
 * bigger one would be refused anyway. Checked before multiplying out, since a product of k sums has
 * exponentially many monomials ((x - x + 1)^13 is 1.6 million).
 */
export const MAX_EXPANDED_TERMS = 400;
const TOO_MANY = 'too many';

/**
 * The monomials of e, multiplied out but not combined (zero ones dropped as they arise, which the
 * result drops anyway); undefined for a division by a sum or by 0, TOO_MANY past MAX_EXPANDED_TERMS.
 */
function expandTerms(e: Expr): Monomial[] | undefined | typeof TOO_MANY {
  switch (e.kind) {
    case 'num':
      return e.value.equals(0) ? [] : [{ coef: e.value, power: 0 }];
    case 'var':
      return [{ coef: new Fraction(1), power: 1 }];
    case 'sum': {
      const out: Monomial[] = [];
      for (const t of e.terms) {
        const ts = expandTerms(t);
        if (!ts || ts === TOO_MANY) return ts;
        out.push(...ts);
        if (out.length > MAX_EXPANDED_TERMS) return TOO_MANY;
      }
      return out;
    }
    case 'product': {
      let acc: Monomial[] = [{ coef: new Fraction(1), power: 0 }];
      for (const f of e.factors) {
        const ts = expandTerms(f);
        if (!ts || ts === TOO_MANY) return ts;
        // no zero monomials on either side, so the product has exactly this many
        if (acc.length * ts.length > MAX_EXPANDED_TERMS) return TOO_MANY;
        acc = acc.flatMap((a) => ts.map((b) => ({ coef: a.coef.mul(b.coef), power: a.power + b.power })));
      }
      return acc;
    }
    case 'quotient': {
      const d = monomialValue(e.den);
      const ts = expandTerms(e.num);
      if (ts === TOO_MANY) return ts;
      if (!d || d.coef.equals(0) || !ts || !isMonomialShaped(e.den)) return undefined;
      return ts.map((t) => ({ coef: t.coef.div(d.coef), power: t.power - d.power }));
    }
  }
}

export function expandExpr(e: Expr): Expr {
  const ts = expandTerms(e);
  if (!ts || ts === TOO_MANY) return e;
  return sum(ts.filter((t) => !t.coef.equals(0)).map((t) => monomial(t.coef, t.power)));
}

function fractionGcd(values: readonly Fraction[]): Fraction {
  return values.reduce((g, v) => g.gcd(v), new Fraction(0));
}

export function factorExpr(e: Expr): Expr {
  if (e.kind !== 'sum' || !e.terms.every(isMonomialShaped)) return e;
  const ms = e.terms.map(monomialValue);
  if (ms.some((m) => !m || m.coef.equals(0))) return e;
  const coefs = ms.map((m) => m!.coef);
  let g = fractionGcd(coefs);
  if (coefs[0]!.compare(0) < 0) g = g.neg();
  if (g.equals(1)) return e;
  return product([num(g), sum(ms.map((m) => monomial(m!.coef.div(g), m!.power)))]);
}

// ---------------------------------------------------------------- applying moves

export type MoveResult =
  | { readonly ok: true; readonly equation: Equation; /** set for a move that can change the solution set */ readonly warning?: string }
  | { readonly ok: false; readonly error: string };

function termExpr(t: Term): Expr {
  return monomial(t.coef, t.power);
}

function both(eq: Equation, f: (e: Expr) => Expr): Equation {
  return { left: f(eq.left), right: f(eq.right) };
}

/** Why `eq` breaks a limit, or undefined. */
export function limitViolation(eq: Equation, limits: MoveLimits): string | undefined {
  for (const [name, side] of [['left', eq.left], ['right', eq.right]] as const) {
    const n = nodeCount(side);
    if (n > limits.maxNodes) return `the ${name} side would have ${n} nodes; the limit is ${limits.maxNodes}`;
    let bad: string | undefined;
    const visit = (e: Expr): void => {
      if (bad) return;
      if (e.kind === 'num') {
        if (e.value.n > limits.maxMagnitude || e.value.d > limits.maxMagnitude) bad = `the number ${fractionText(e.value).slice(0, 30)} is too large`;
      } else if (e.kind === 'sum') e.terms.forEach(visit);
      else if (e.kind === 'product') e.factors.forEach(visit);
      else if (e.kind === 'quotient') {
        visit(e.num);
        visit(e.den);
      }
    };
    visit(side);
    if (bad) return bad;
    const v = toLaurent(side);
    if (typeof v === 'string') return `the ${name} side: ${v}`;
    for (const [k, c] of v) {
      if (Math.abs(k) > limits.maxPower) return `the ${name} side would contain x^${k}; the limit is |power| <= ${limits.maxPower}`;
      if (c.n > limits.maxMagnitude || c.d > limits.maxMagnitude) return `a coefficient of the ${name} side would be too large`;
    }
  }
  return undefined;
}

/** Applies a move (not `substitute`, which leaves the equation as it is). Never throws. */
export function applyMove(eq: Equation, move: Move, limits: MoveLimits = DEFAULT_LIMITS): MoveResult {
  let next: Equation;
  let warning: string | undefined;
  switch (move.kind) {
    case 'substitute':
      return { ok: true, equation: eq };
    case 'swap':
      next = { left: eq.right, right: eq.left };
      break;
    case 'add':
    case 'subtract': {
      const t = move.kind === 'add' ? termExpr(move.term) : negate(termExpr(move.term));
      next = both(eq, (s) => sum([s, t]));
      break;
    }
    case 'multiply': {
      const t = termExpr(move.term);
      if (move.term.coef.equals(0)) warning = 'multiplying both sides by 0 makes every x a solution';
      else if (move.term.power === 1) warning = `multiplying both sides by ${termText(move.term)} can add the solution x = 0`;
      next = both(eq, (s) => product([t, s]));
      break;
    }
    case 'divide': {
      if (move.term.coef.equals(0)) return { ok: false, error: 'division by zero' };
      if (move.term.power === 1) warning = `dividing both sides by ${termText(move.term)} loses the solution x = 0 if it was one`;
      const t = termExpr(move.term);
      next = both(eq, (s) => quotient(s, t));
      break;
    }
    case 'expand':
      if (expandTerms(eq.left) === TOO_MANY || expandTerms(eq.right) === TOO_MANY) return { ok: false, error: `"expand" refused: a side would have more than ${MAX_EXPANDED_TERMS} terms` };
      next = both(eq, expandExpr);
      break;
    case 'collect':
      next = both(eq, collectExpr);
      break;
    case 'factor':
      next = both(eq, factorExpr);
      break;
    case 'simplify':
      next = both(eq, simplifyExpr);
      break;
  }
  if (printEquation(next) === printEquation(eq)) return { ok: false, error: `"${formatMove(move)}" does not change ${printEquation(eq)}` };
  const over = limitViolation(next, limits);
  if (over) return { ok: false, error: `"${formatMove(move)}" refused: ${over}` };
  return warning ? { ok: true, equation: next, warning } : { ok: true, equation: next };
}

/** The top-level terms of a side (the side itself when it is not a sum). */
function topTerms(e: Expr): readonly Expr[] {
  return e.kind === 'sum' ? e.terms : [e];
}

function numbersOf(e: Expr, inDenominator: boolean, out: Fraction[]): void {
  if (e.kind === 'num') out.push(inDenominator ? new Fraction(e.value.n) : new Fraction(e.value.d));
  else if (e.kind === 'sum') e.terms.forEach((t) => numbersOf(t, inDenominator, out));
  else if (e.kind === 'product') e.factors.forEach((t) => numbersOf(t, inDenominator, out));
  else if (e.kind === 'quotient') {
    numbersOf(e.num, inDenominator, out);
    numbersOf(e.den, !inDenominator, out);
  }
}

/**
 * The moves worth offering in `eq`, each of which applies and changes it: the structural moves,
 * cancelling each top-level term, dividing a lone `c*x` by c, clearing number denominators, and the
 * risky divide/multiply by x. Deterministic order; duplicates removed.
 */
export function legalMoves(eq: Equation, limits: MoveLimits = DEFAULT_LIMITS): Move[] {
  const candidates: Move[] = [{ kind: 'simplify' }, { kind: 'collect' }, { kind: 'expand' }, { kind: 'factor' }, { kind: 'swap' }];
  for (const side of [eq.left, eq.right]) {
    for (const t of topTerms(side)) {
      const v = isMonomialShaped(t) ? monomialValue(t) : undefined;
      if (!v || v.coef.equals(0) || (v.power !== 0 && v.power !== 1)) continue;
      const positive = v.coef.compare(0) > 0;
      candidates.push({ kind: positive ? 'subtract' : 'add', term: { coef: v.coef.abs(), power: v.power } });
    }
  }
  for (const side of [eq.left, eq.right]) {
    const v = isMonomialShaped(side) ? monomialValue(side) : undefined;
    if (v && v.power === 1 && !v.coef.equals(1) && !v.coef.equals(0)) candidates.push({ kind: 'divide', term: { coef: v.coef, power: 0 } });
  }
  const dens: Fraction[] = [];
  numbersOf(eq.left, false, dens);
  numbersOf(eq.right, false, dens);
  const lcm = dens.reduce((a, d) => (d.equals(0) ? a : a.lcm(d.abs())), new Fraction(1));
  if (!lcm.equals(1)) candidates.push({ kind: 'multiply', term: { coef: lcm, power: 0 } });
  if (containsVar(eq.left) && containsVar(eq.right)) candidates.push({ kind: 'divide', term: { coef: new Fraction(1), power: 1 } });
  if (dividesByVar(eq.left) || dividesByVar(eq.right)) candidates.push({ kind: 'multiply', term: { coef: new Fraction(1), power: 1 } });
  const seen = new Set<string>();
  const out: Move[] = [];
  for (const m of candidates) {
    const text = formatMove(m);
    if (seen.has(text)) continue;
    seen.add(text);
    if (applyMove(eq, m, limits).ok) out.push(m);
  }
  return out;
}

/** `x = c` with c a number. */
export function isIsolated(eq: Equation): boolean {
  return eq.left.kind === 'var' && eq.right.kind === 'num';
}

/** The value of both sides at x = v (undefined where a side is undefined). */
export function substitute(eq: Equation, v: Fraction): { left: Fraction | undefined; right: Fraction | undefined } {
  const at = (e: Expr): Fraction | undefined => {
    if (v.equals(0) && dividesByVar(e)) return undefined;
    const l = toLaurent(e);
    if (typeof l === 'string') return undefined;
    let s = new Fraction(0);
    for (const [k, c] of l) s = s.add(c.mul(v.pow(k)));
    return s;
  };
  return { left: at(eq.left), right: at(eq.right) };
}

