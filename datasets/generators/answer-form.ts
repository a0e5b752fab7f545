/**
 * Answer FORM checks shared by the generator families: value equality alone pays for answers that do
 * no mathematics (the question copied with {} for (), `\binom{9}{4}` for a count, a factorisation with
 * the content left inside). Each family names the form its prompt asks for and scores 1 only when the
 * final answer (extracted and judged equal by the verifier) is ALSO in that form, checked exactly on
 * the parsed answer:
 *
 * - literal number: an integer, a fraction p/q in lowest terms (q >= 2; `-3/4`, `\frac{-3}{4}` and
 *   `-\frac{3}{4}` alike) or, where the prompt allows it, a terminating decimal; at most one sign;
 *   nothing left to evaluate (no operators, functions, powers, mixed numbers, `6/4`, `7/1`).
 * - expanded polynomial: a sum of monomials c·x^k with distinct k and non-zero literal c; no grouping
 *   of any kind ((), {}, [], \left( are all the same to the parser), no repeated powers.
 * - factored polynomial: [sign] [one integer] × Π (primitive polynomial with a positive leading
 *   coefficient, itself written expanded)^k; the family decides which factors count as irreducible.
 * - reduced rational function: a polynomial, or [sign] Π numerator factors / Π denominator factors
 *   with gcd(numerator, denominator) = 1 over Q (exact polynomial gcd).
 */
import Fraction from 'fraction.js';
import { parseAnswer } from '../../lib/verify/parse/parser.js';
import type { Node as AnswerNode } from '../../lib/verify/parse/ast.js';
import type { Verdict } from '../../lib/verify/types.js';
import { verify } from '../../lib/verify/verify.js';
import { inForm } from './score.js';
import { MAX_DEGREE, qAdd, qConst, qDegree, qGcd, qIntegers, qLead, qMul, qPow, qScale, type QPoly } from './qpoly.js';

/** The parsed final answer of `answer` when the verifier judges it equal to `gold`, else undefined. */
export function acceptedAnswer(answer: string, gold: string): { readonly verdict: Verdict; readonly node: AnswerNode | undefined } {
  const verdict = verify(gold, answer, { exact: true });
  if (!verdict.correct || !verdict.pred) return { verdict, node: undefined };
  try {
    return { verdict, node: parseAnswer(verdict.pred.raw) };
  } catch {
    return { verdict: inForm(verdict, false, 'cannot be read as a formula'), node: undefined };
  }
}

export type NumberForm = 'integer' | 'fraction' | 'decimal';

const isInt = (n: AnswerNode): n is Extract<AnswerNode, { t: 'num' }> => n.t === 'num' && !n.float && n.v.d === 1n;
const bigGcd = (a: bigint, b: bigint): bigint => {
  [a, b] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** An unsigned literal: integer, decimal, or p/q with integers p >= 0, q >= 2 and gcd(p, q) = 1. */
function unsignedLiteral(n: AnswerNode, allow: readonly NumberForm[]): Fraction | undefined {
  if (n.t === 'num') {
    if (n.v.s < 0n) return undefined;
    const form: NumberForm = n.float ? 'decimal' : n.v.d === 1n ? 'integer' : 'fraction';
    // a decimal with an integer value (56.0) is still a decimal: the form is what was written
    return allow.includes(form) && form !== 'fraction' ? n.v : undefined;
  }
  if (n.t === 'mul' && n.args.length === 2 && allow.includes('fraction')) {
    const [p, inv] = n.args as [AnswerNode, AnswerNode];
    const num = p.t === 'neg' ? p.arg : p;
    if (!isInt(num) || inv.t !== 'pow' || !isInt(inv.base) || !(inv.exp.t === 'num' && inv.exp.v.equals(-1))) return undefined;
    const [a, b] = [num.v.n, inv.base.v.n];
    if (inv.base.v.s < 0n || b < 2n || bigGcd(a, b) !== 1n) return undefined;
    return new Fraction(a, b).mul(p.t === 'neg' ? -1 : 1);
  }
  return undefined;
}

/** The value of a literal number in one of the `allow`ed forms, with at most one sign; else undefined. */
export function literalNumber(n: AnswerNode, allow: readonly NumberForm[]): Fraction | undefined {
  if (n.t === 'neg') {
    const v = unsignedLiteral(n.arg, allow);
    return v === undefined || (n.arg.t === 'mul' && (n.arg.args[0] as AnswerNode).t === 'neg') ? undefined : v.neg();
  }
  return unsignedLiteral(n, allow);
}

/** `x = value` (either side) or a bare value: the value side, for equation answers. */
export function equationValue(n: AnswerNode, variable: string): AnswerNode {
  if (n.t === 'rel' && n.ops.length === 1 && n.ops[0] === '=' && n.args.length === 2) {
    const [l, r] = n.args as [AnswerNode, AnswerNode];
    if (l.t === 'sym' && l.name === variable) return r;
    if (r.t === 'sym' && r.name === variable) return l;
  }
  return n;
}

/**
 * Reward for a computation task whose gold is a literal number: 1 iff the verifier accepts the answer
 * and it is a literal in one of the `allow`ed forms with exactly the gold's value (`variable`: an
 * equation answer `x = value` is also accepted).
 */
export function scoreLiteral(answer: string, gold: string, allow: readonly NumberForm[], variable?: string): Verdict {
  const { verdict, node } = acceptedAnswer(answer, gold);
  if (!node) return verdict;
  const g = parseAnswer(gold);
  const want = literalNumber(variable ? equationValue(g, variable) : g, ['integer', 'fraction', 'decimal']);
  const got = literalNumber(variable ? equationValue(node, variable) : node, allow);
  return inForm(verdict, want !== undefined && got !== undefined && got.equals(want), `is not a literal ${allow.join(' or ')}`);
}

// ---- polynomials ---------------------------------------------------------------------------------

/** The exact polynomial in `v` an expression denotes (any form), or undefined if it is not one. */
export function polynomialOf(n: AnswerNode, v = 'x'): QPoly | undefined {
  const go = (m: AnswerNode): QPoly | undefined => {
    switch (m.t) {
      case 'num':
        return qConst(m.v);
      case 'sym':
        return m.name === v ? [new Fraction(0), new Fraction(1)] : undefined;
      case 'neg': {
        const a = go(m.arg);
        return a && qScale(a, -1);
      }
      case 'add': {
        let acc: QPoly = [];
        for (const a of m.args) {
          const p = go(a);
          if (!p) return undefined;
          acc = qAdd(acc, p);
        }
        return acc;
      }
      case 'mul': {
        let acc: QPoly = qConst(1);
        for (const a of m.args) {
          const p = go(a);
          if (!p) return undefined;
          acc = qMul(acc, p);
          if (qDegree(acc) > MAX_DEGREE) return undefined;
        }
        return acc;
      }
      case 'pow': {
        if (!isInt(m.exp)) return undefined;
        const k = Number(m.exp.v.n * m.exp.v.s);
        const base = go(m.base);
        if (!base) return undefined;
        if (k >= 0) return k > MAX_DEGREE || qDegree(base) * k > MAX_DEGREE ? undefined : qPow(base, k);
        // a negative power only of a non-zero constant: 1/2 is a coefficient, 1/x is not a polynomial
        if (qDegree(base) !== 0 || -k > MAX_DEGREE) return undefined;
        return qConst(qLead(base).inverse().pow(-k));
      }
      default:
        return undefined;
    }
  };
  return go(n);
}

/**
 * c·x^k with a literal coefficient (an integer p, or p/q in lowest terms, at most one sign, `x/2`
 * allowed) and k >= 0 written at most once: [k, c], else undefined.
 */
function monomial(n: AnswerNode, v: string): [number, Fraction] | undefined {
  if (countNegs(n) > 1) return undefined;
  const { sign, factors } = productFactors(n);
  let p: bigint | undefined;
  let q: bigint | undefined;
  let k: number | undefined;
  for (const f of factors) {
    if (isInt(f) && p === undefined) p = f.v.n;
    else if (f.t === 'pow' && isInt(f.base) && f.base.v.n >= 2n && f.exp.t === 'num' && f.exp.v.equals(-1) && q === undefined) q = f.base.v.n;
    else if (f.t === 'sym' && f.name === v && k === undefined) k = 1;
    else if (f.t === 'pow' && f.base.t === 'sym' && f.base.name === v && isInt(f.exp) && f.exp.v.s > 0n && f.exp.v.n >= 1n && k === undefined) k = Number(f.exp.v.n);
    else return undefined;
  }
  if (p === undefined && k === undefined) return undefined;
  if (q !== undefined && bigGcd(p ?? 1n, q) !== 1n) return undefined;
  return [k ?? 0, new Fraction(p ?? 1n, q ?? 1n).mul(sign)];
}

/**
 * The polynomial when `n` is written EXPANDED: a sum of monomials c·x^k (literal non-zero c, one sign
 * each) with distinct powers k; a lone `0` is the zero polynomial. Undefined for anything else.
 */
export function expandedPolynomial(n: AnswerNode, v = 'x'): QPoly | undefined {
  const terms = n.t === 'add' ? n.args : [n];
  const seen = new Set<number>();
  const coeffs: Fraction[] = [];
  for (const t of terms) {
    const m = monomial(t, v);
    if (!m) return undefined;
    const [k, c] = m;
    if (seen.has(k) || (c.equals(0) && terms.length > 1) || k > MAX_DEGREE) return undefined;
    seen.add(k);
    while (coeffs.length <= k) coeffs.push(new Fraction(0));
    coeffs[k] = c;
  }
  return qAdd(coeffs, []);
}

/** Sign and factors of a product (nested products and minus signs flattened). */
function productFactors(n: AnswerNode): { sign: number; factors: AnswerNode[] } {
  let sign = 1;
  const factors: AnswerNode[] = [];
  const walk = (m: AnswerNode): void => {
    if (m.t === 'neg') {
      sign = -sign;
      walk(m.arg);
    } else if (m.t === 'mul') m.args.forEach(walk);
    else factors.push(m);
  };
  walk(n);
  return { sign, factors };
}

export interface Factorization {
  /** The constant in front (sign included). */
  readonly constant: Fraction;
  /** Each factor: an integer polynomial, primitive, positive leading coefficient, degree >= 1. */
  readonly factors: readonly { readonly poly: QPoly; readonly power: number }[];
}

/**
 * `n` as a complete-looking factorisation over the integers, or a reason it is not one: at most one
 * integer constant, at most one minus sign, and every other factor an expanded polynomial with integer
 * coefficients whose gcd is 1 and whose leading coefficient is positive (so the factorisation is
 * unique up to order, and the content must be pulled out in front), optionally raised to a power.
 */
export function factorization(n: AnswerNode, v = 'x'): Factorization | string {
  const { sign, factors } = productFactors(n);
  if (sign < 0 && countNegs(n) > 1) return 'more than one minus sign';
  let constant: Fraction | undefined;
  const out: { poly: QPoly; power: number }[] = [];
  for (const f of factors) {
    if (isInt(f)) {
      if (constant !== undefined) return 'more than one constant factor';
      constant = f.v;
      continue;
    }
    let base: AnswerNode = f;
    let power = 1;
    if (f.t === 'pow') {
      if (!isInt(f.exp) || f.exp.v.s < 0n || f.exp.v.n < 2n || f.exp.v.n > BigInt(MAX_DEGREE)) return 'a power that is not an integer from 2 to 32';
      base = f.base;
      power = Number(f.exp.v.n);
    }
    const p = expandedPolynomial(base, v);
    if (!p || qDegree(p) < 1) return `a factor that is not an expanded polynomial in ${v}`;
    const ints = qIntegers(p);
    if (!ints) return 'a factor with non-integer coefficients';
    if (ints.reduce(bigGcd, 0n) !== 1n) return 'a factor whose coefficients share a common factor (pull the content out)';
    if (qLead(p).s < 0n) return 'a factor with a negative leading coefficient (write -(x - 3), not (3 - x))';
    out.push({ poly: p, power });
  }
  if (out.length === 0) return 'no polynomial factor';
  return { constant: (constant ?? new Fraction(1)).mul(sign), factors: out };
}

function countNegs(n: AnswerNode): number {
  if (n.t === 'neg') return 1 + countNegs(n.arg);
  if (n.t === 'mul') return n.args.reduce((s, a) => s + countNegs(a), 0);
  return 0;
}

export function expandFactorization(f: Factorization): QPoly {
  return f.factors.reduce<QPoly>((acc, g) => qMul(acc, qPow(g.poly, g.power)), qConst(f.constant));
}

/**
 * `n` as a REDUCED rational function: a polynomial, or [sign] Π numerator factors / Π denominator
 * factors (each factor any polynomial expression; only a single fraction, no sums of fractions),
 * with gcd(numerator, denominator) = 1 over Q. Returns [numerator, denominator], or a reason.
 */
export function reducedRational(n: AnswerNode, v = 'x'): [QPoly, QPoly] | string {
  const whole = polynomialOf(n, v);
  if (whole) return [whole, qConst(1)];
  const { sign, factors } = productFactors(n);
  let num: QPoly = qConst(sign);
  let den: QPoly = qConst(1);
  for (const f of factors) {
    if (f.t === 'pow' && isInt(f.exp) && f.exp.v.s < 0n) {
      const p = polynomialOf(f.base, v);
      if (!p || qDegree(p) < 0 || f.exp.v.n > BigInt(MAX_DEGREE)) return 'a denominator that is not a polynomial';
      den = qMul(den, qPow(p, Number(f.exp.v.n)));
    } else {
      const p = polynomialOf(f, v);
      if (!p) return 'not a single fraction of polynomials';
      num = qMul(num, p);
    }
    if (qDegree(num) > MAX_DEGREE || qDegree(den) > MAX_DEGREE) return 'degree too large';
  }
  if (qDegree(den) < 0) return 'zero denominator';
  if (qDegree(qGcd(num, den)) > 0) return 'numerator and denominator share a common factor';
  return [num, den];
}

// ---- tuples and radicals -------------------------------------------------------------------------

/**
 * Reward for an ordered pair/tuple of literal numbers: `(a, b)`, or `x = a, y = b` naming `vars`
 * (the verifier wants them in order); 1 iff the verifier accepts it and every component is a literal
 * in an `allow`ed form with exactly the gold's value.
 */
export function scoreLiteralTuple(answer: string, gold: string, allow: readonly NumberForm[], vars: readonly string[]): Verdict {
  const { verdict, node } = acceptedAnswer(answer, gold);
  if (!node) return verdict;
  const why = `is not a tuple of literals ${allow.join(' or ')} (or ${vars.map((v) => `${v} = ...`).join(', ')})`;
  const g = parseAnswer(gold);
  if (g.t !== 'tuple') return inForm(verdict, false, why);
  const want = g.items.map((n) => literalNumber(n, ['integer', 'fraction', 'decimal']));
  let got: (Fraction | undefined)[];
  if (node.t === 'tuple' && node.open === '(' && node.close === ')') got = node.items.map((n) => literalNumber(n, allow));
  else if (node.t === 'list' && node.items.every((n) => n.t === 'rel')) {
    got = vars.map((v) => {
      const hit = node.items.filter((n) => equationValue(n, v) !== n);
      return hit.length === 1 ? literalNumber(equationValue(hit[0] as AnswerNode, v), allow) : undefined;
    });
  } else return inForm(verdict, false, why);
  return inForm(verdict, got.length === want.length && got.every((x, i) => x !== undefined && want[i] !== undefined && x.equals(want[i] as Fraction)), why);
}

/** a + b√s, s a square-free integer >= 2 (b = 0, s = 1 for a rational). */
export interface Surd {
  readonly a: Fraction;
  readonly b: Fraction;
  readonly s: bigint;
}

const squareFree = (s: bigint): boolean => {
  if (s < 2n) return false;
  for (let p = 2n; p * p <= s; p++) if (s % (p * p) === 0n) return false;
  return true;
};

/** √s with s a square-free integer literal; its s, else undefined. */
function radical(n: AnswerNode): bigint | undefined {
  if (n.t !== 'fn' || n.name !== 'sqrt' || n.args.length !== 1) return undefined;
  const arg = n.args[0] as AnswerNode;
  return isInt(arg) && arg.v.s > 0n && arg.v.n <= 10n ** 9n && squareFree(arg.v.n) ? arg.v.n : undefined;
}

/** A surd term ±k√s / d (k, d positive integers, gcd(k, d) = 1, at most one sign): [±k/d, s]. */
function signedSurdTerm(n: AnswerNode): [Fraction, bigint] | undefined {
  if (countNegs(n) > 1) return undefined;
  const { sign, factors } = productFactors(n);
  let s: bigint | undefined;
  let k: bigint | undefined;
  let d: bigint | undefined;
  for (const f of factors) {
    const r = radical(f);
    if (r !== undefined && s === undefined) s = r;
    else if (isInt(f) && k === undefined && f.v.n >= 2n) k = f.v.n;
    else if (f.t === 'pow' && isInt(f.base) && f.base.v.n >= 2n && f.exp.t === 'num' && f.exp.v.equals(-1) && d === undefined) d = f.base.v.n;
    else return undefined;
  }
  if (s === undefined || bigGcd(k ?? 1n, d ?? 1n) !== 1n) return undefined;
  return [new Fraction(k ?? 1n, d ?? 1n).mul(sign), s];
}

/** p ± q√s over a common denominator d: `\frac{-3 + \sqrt{17}}{4}`, with gcd(p, q, d) = 1. */
function surdOverDenominator(n: AnswerNode): Surd[] | undefined {
  const { sign, factors } = productFactors(n);
  if (factors.length !== 2 || countNegs(n) > 1) return undefined;
  const [top, den] = factors as [AnswerNode, AnswerNode];
  if (den.t !== 'pow' || !isInt(den.base) || den.base.v.n < 2n || !(den.exp.t === 'num' && den.exp.v.equals(-1))) return undefined;
  const d = den.base.v.n;
  const parts = top.t === 'add' && top.args.length === 2 ? [top.args] : top.t === 'pm' && top.left ? [[top.left, top.right], [top.left, { t: 'neg', arg: top.right } as AnswerNode]] : undefined;
  if (!parts) return undefined;
  const out: Surd[] = [];
  for (const [x, y] of parts as [AnswerNode, AnswerNode][]) {
    const p = literalNumber(x, ['integer']);
    const q = signedSurdTerm(y);
    if (p === undefined || !q || q[0].d !== 1n || bigGcd(bigGcd(p.n, q[0].n), d) !== 1n) return undefined;
    out.push({ a: p.mul(sign).div(d), b: q[0].mul(sign).div(d), s: q[1] });
  }
  return out;
}

/**
 * The value(s) of `n` when it is in simplest radical form: a literal rational, ±k√s/d, r ± k√s/d, or
 * (p ± k√s)/d reduced, with s square-free; `±` gives two values. Undefined for anything else (an
 * unevaluated quadratic formula, √8, √(9 + 16), 4/2).
 */
export function simplestRadical(n: AnswerNode): Surd[] | undefined {
  const r = literalNumber(n, ['integer', 'fraction']);
  if (r !== undefined) return [{ a: r, b: new Fraction(0), s: 1n }];
  const t = signedSurdTerm(n);
  if (t) return [{ a: new Fraction(0), b: t[0], s: t[1] }];
  const pair = (x: AnswerNode, y: AnswerNode): Surd | undefined => {
    const p = literalNumber(x, ['integer', 'fraction']);
    const q = signedSurdTerm(y);
    return p !== undefined && q ? { a: p, b: q[0], s: q[1] } : undefined;
  };
  if (n.t === 'add' && n.args.length === 2) {
    const [x, y] = n.args as [AnswerNode, AnswerNode];
    const v = pair(x, y) ?? pair(y, x);
    return v && [v];
  }
  if (n.t === 'pm' && n.left) {
    const plus = pair(n.left, n.right);
    const minus = pair(n.left, { t: 'neg', arg: n.right });
    return plus && minus && n.right.t !== 'neg' ? [plus, minus] : undefined;
  }
  return surdOverDenominator(n);
}

const surdKey = (v: Surd): string => `${v.a.toFraction()}|${v.b.equals(0) ? '0|1' : `${v.b.toFraction()}|${v.s}`}`;

/**
 * Reward for a set of real solutions: `{r1, r2}` (any brackets or none, `x = r` items, `p ± q√s`
 * allowed); 1 iff the verifier accepts it and every element is in simplest radical form and the
 * elements, without repeats, are exactly the gold's.
 */
export function scoreRadicalSet(answer: string, gold: string, variable = 'x'): Verdict {
  const { verdict, node } = acceptedAnswer(answer, gold);
  if (!node) return verdict;
  const values = (n: AnswerNode): string[] | undefined => {
    const items = n.t === 'set' || n.t === 'list' ? n.items : [n];
    const out: string[] = [];
    for (const item of items) {
      const v = simplestRadical(equationValue(item, variable));
      if (!v) return undefined;
      out.push(...v.map(surdKey));
    }
    return out;
  };
  const got = values(node);
  const want = values(parseAnswer(gold));
  const why = 'is not the set of solutions, each once, in simplest radical form';
  if (!got || !want || new Set(got).size !== got.length) return inForm(verdict, false, why);
  return inForm(verdict, got.length === new Set(want).size && got.every((k) => want.includes(k)), why);
}
