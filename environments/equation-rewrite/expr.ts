/**
 * Expressions of `mathgym/EquationRewrite-v0`: a small exact tree (rational numbers, the variable x,
 * sums, products, quotients), printed in mathjs syntax (`3*(x + 2) - 4`, `(2/3)*x`, `x/(2*x)`) and
 * parsed back with mathjs' parser. The tree keeps the shape a move left (`3*x + 5 - 5` is not yet
 * `3*x`), which is what the algebraic moves act on; `toLaurent` gives its value for the equivalence check.
 */
import Fraction from 'fraction.js';
import { isConstantNode, isOperatorNode, isParenthesisNode, isSymbolNode, parse, type MathNode } from 'mathjs';
import { ConfigError } from '../../lib/errors.js';
import { laurentAdd, laurentConst, laurentMul, singleTerm, type Laurent } from './poly.js';

export type Expr =
  | { readonly kind: 'num'; readonly value: Fraction }
  | { readonly kind: 'var' }
  | { readonly kind: 'sum'; readonly terms: readonly Expr[] }
  | { readonly kind: 'product'; readonly factors: readonly Expr[] }
  | { readonly kind: 'quotient'; readonly num: Expr; readonly den: Expr };

export interface Equation {
  readonly left: Expr;
  readonly right: Expr;
}

/** The variable's name in printed and parsed text. */
export const VARIABLE = 'x';

export const num = (v: Fraction | number): Expr => ({ kind: 'num', value: v instanceof Fraction ? v : new Fraction(v) });
export const X: Expr = { kind: 'var' };
/** A sum, flattened; a single term is returned as is, no terms is 0. */
export function sum(terms: readonly Expr[]): Expr {
  const flat = terms.flatMap((t) => (t.kind === 'sum' ? t.terms : [t]));
  if (flat.length === 0) return num(0);
  return flat.length === 1 ? flat[0]! : { kind: 'sum', terms: flat };
}
/** A product, flattened; a single factor is returned as is, no factors is 1. */
export function product(factors: readonly Expr[]): Expr {
  const flat = factors.flatMap((f) => (f.kind === 'product' ? f.factors : [f]));
  if (flat.length === 0) return num(1);
  return flat.length === 1 ? flat[0]! : { kind: 'product', factors: flat };
}
export const quotient = (n: Expr, d: Expr): Expr => ({ kind: 'quotient', num: n, den: d });

/** -e, written the way a person would: -3 for 3, -2*x for 2*x, -(x + 1) for x + 1. */
export function negate(e: Expr): Expr {
  if (e.kind === 'num') return num(e.value.neg());
  if (e.kind === 'product' && e.factors[0]!.kind === 'num') {
    const c = e.factors[0].value.neg();
    return c.equals(1) ? product(e.factors.slice(1)) : product([num(c), ...e.factors.slice(1)]);
  }
  if (e.kind === 'quotient') return quotient(negate(e.num), e.den);
  return product([num(-1), e]);
}

/** c*x^k for printing and for building expanded sides. */
export function monomial(coef: Fraction, power: number): Expr {
  if (power === 0 || coef.equals(0)) return num(coef);
  const xs = product(Array.from({ length: Math.abs(power) }, () => X));
  if (power > 0) return coef.equals(1) ? xs : product([num(coef), xs]);
  return quotient(num(coef), xs);
}

export function nodeCount(e: Expr): number {
  switch (e.kind) {
    case 'num':
    case 'var':
      return 1;
    case 'sum':
      return 1 + e.terms.reduce((a, t) => a + nodeCount(t), 0);
    case 'product':
      return 1 + e.factors.reduce((a, t) => a + nodeCount(t), 0);
    case 'quotient':
      return 1 + nodeCount(e.num) + nodeCount(e.den);
  }
}

export function containsVar(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
      return false;
    case 'var':
      return true;
    case 'sum':
      return e.terms.some(containsVar);
    case 'product':
      return e.factors.some(containsVar);
    case 'quotient':
      return containsVar(e.num) || containsVar(e.den);
  }
}

/** Whether some divisor contains x (so the side is undefined at x = 0: divisors are monomials). */
export function dividesByVar(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
    case 'var':
      return false;
    case 'sum':
      return e.terms.some(dividesByVar);
    case 'product':
      return e.factors.some(dividesByVar);
    case 'quotient':
      return containsVar(e.den) || dividesByVar(e.num) || dividesByVar(e.den);
  }
}

/** The value as a Laurent polynomial; a string says why there is none (division by 0 or by a sum). */
export function toLaurent(e: Expr): Laurent | string {
  switch (e.kind) {
    case 'num':
      return laurentConst(e.value);
    case 'var':
      return new Map([[1, new Fraction(1)]]);
    case 'sum': {
      let acc: Laurent = new Map();
      for (const t of e.terms) {
        const v = toLaurent(t);
        if (typeof v === 'string') return v;
        acc = laurentAdd(acc, v);
      }
      return acc;
    }
    case 'product': {
      let acc: Laurent = laurentConst(new Fraction(1));
      for (const f of e.factors) {
        const v = toLaurent(f);
        if (typeof v === 'string') return v;
        acc = laurentMul(acc, v);
      }
      return acc;
    }
    case 'quotient': {
      const n = toLaurent(e.num);
      if (typeof n === 'string') return n;
      const d = toLaurent(e.den);
      if (typeof d === 'string') return d;
      if (d.size === 0) return 'division by zero';
      const t = singleTerm(d);
      if (!t) return `division by ${print(e.den)}, which is not a number or a multiple of a power of x`;
      return laurentMul(n, new Map([[-t.power, t.coef.inverse()]]));
    }
  }
}

// ---------------------------------------------------------------- printing

export function fractionText(v: Fraction): string {
  return v.toFraction();
}

/** Whether e prints with a leading minus (so a sum shows it as ` - `). */
function isNegative(e: Expr): boolean {
  if (e.kind === 'num') return e.value.compare(0) < 0;
  if (e.kind === 'product') return isNegative(e.factors[0]!);
  if (e.kind === 'quotient') return isNegative(e.num);
  return false;
}

/** A factor inside a product (not the first): parenthesised unless it is a plain atom. */
function factorText(e: Expr, first: boolean): string {
  if (e.kind === 'var') return VARIABLE;
  if (e.kind === 'num') {
    const s = fractionText(e.value);
    return (first && e.value.d === 1n) || (!first && e.value.d === 1n && e.value.compare(0) >= 0) ? s : `(${s})`;
  }
  if (e.kind === 'product') return e.factors.map((f, i) => factorText(f, first && i === 0)).join('*');
  return `(${print(e)})`;
}

function productText(factors: readonly Expr[]): string {
  const head = factors[0]!;
  if (head.kind === 'num' && head.value.equals(-1) && factors.length > 1) {
    const rest = factors.slice(1);
    const restText = productText(rest);
    // -(x + 1) needs no extra parentheses; -(-2)*x does, but (-1)*(-2)... never arises from negate
    return `-${rest.length === 1 && rest[0]!.kind === 'num' ? `(${restText})` : restText}`;
  }
  return factors.map((f, i) => factorText(f, i === 0)).join('*');
}

/** mathjs syntax; `parseExpr(print(e))` rebuilds e. */
export function print(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return fractionText(e.value);
    case 'var':
      return VARIABLE;
    case 'sum':
      return e.terms
        .map((t, i) => {
          if (i === 0) return t.kind === 'sum' ? `(${print(t)})` : print(t);
          if (isNegative(t)) {
            const abs = negate(t);
            return ` - ${abs.kind === 'sum' || isNegative(abs) ? `(${print(abs)})` : print(abs)}`;
          }
          return ` + ${t.kind === 'sum' ? `(${print(t)})` : print(t)}`;
        })
        .join('');
    case 'product':
      return productText(e.factors);
    case 'quotient': {
      const n = e.num.kind === 'var' || (e.num.kind === 'num' && e.num.value.d === 1n) || e.num.kind === 'product' ? print(e.num) : `(${print(e.num)})`;
      const atom = e.den.kind === 'var' || (e.den.kind === 'num' && e.den.value.d === 1n && e.den.value.compare(0) > 0);
      return `${n}/${atom ? print(e.den) : `(${print(e.den)})`}`;
    }
  }
}

export function printEquation(eq: Equation): string {
  return `${print(eq.left)} = ${print(eq.right)}`;
}

// ---------------------------------------------------------------- JSON

/** A tree as plain JSON (for info): numbers as exact strings. */
export type ExprJSON =
  | { readonly num: string }
  | 'x'
  | { readonly sum: readonly ExprJSON[] }
  | { readonly product: readonly ExprJSON[] }
  | { readonly quotient: readonly [ExprJSON, ExprJSON] };

export function exprToJSON(e: Expr): ExprJSON {
  switch (e.kind) {
    case 'num':
      return { num: fractionText(e.value) };
    case 'var':
      return 'x';
    case 'sum':
      return { sum: e.terms.map(exprToJSON) };
    case 'product':
      return { product: e.factors.map(exprToJSON) };
    case 'quotient':
      return { quotient: [exprToJSON(e.num), exprToJSON(e.den)] };
  }
}

/** Inverse of exprToJSON. @throws ConfigError for anything exprToJSON does not produce. */
export function exprFromJSON(j: unknown): Expr {
  if (j === 'x') return X;
  if (typeof j === 'object' && j !== null) {
    const o = j as Record<string, unknown>;
    if (typeof o.num === 'string') {
      try {
        return num(new Fraction(o.num));
      } catch {
        throw new ConfigError(`exprFromJSON: ${JSON.stringify(o.num)} is not an exact rational`);
      }
    }
    if (Array.isArray(o.sum) && o.sum.length >= 2) return { kind: 'sum', terms: o.sum.map(exprFromJSON) };
    if (Array.isArray(o.product) && o.product.length >= 2) return { kind: 'product', factors: o.product.map(exprFromJSON) };
    if (Array.isArray(o.quotient) && o.quotient.length === 2) return quotient(exprFromJSON(o.quotient[0]), exprFromJSON(o.quotient[1]));
  }
  throw new ConfigError(`exprFromJSON: expected "x", {num}, {sum}, {product} or {quotient}, got ${JSON.stringify(j)?.slice(0, 80)}`);
}

// ---------------------------------------------------------------- parsing

/** Longest text parsed (expressions the env prints stay far below it). */
export const MAX_PARSE_LENGTH = 400;

/** The decimal a JS number prints as, exactly (`0.1` is 1/10, `1e-7` is 1/10^7); undefined past 10^±40. */
function exactDecimal(v: number): Expr | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(v));
  if (!m) return undefined;
  const digits = BigInt(`${m[2]}${m[3] ?? ''}`) * (m[1] ? -1n : 1n);
  const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  if (Math.abs(exp) > 40) return undefined;
  return num(exp >= 0 ? new Fraction(digits * 10n ** BigInt(exp), 1n) : new Fraction(digits, 10n ** BigInt(-exp)));
}

/** `(2/3)` and `(-2/3)`: how a fractional number prints inside a product. */
function parenthesisedFraction(n: MathNode): Fraction | undefined {
  let inner = n;
  let sign = 1;
  if (isOperatorNode(inner) && inner.fn === 'unaryMinus') {
    sign = -1;
    inner = inner.args[0]!;
  }
  if (!isOperatorNode(inner) || inner.fn !== 'divide') return undefined;
  const [a, b] = inner.args;
  if (!a || !b || !isConstantNode(a) || !isConstantNode(b)) return undefined;
  const [p, q]: unknown[] = [a.value, b.value];
  if (typeof p !== 'number' || typeof q !== 'number' || !Number.isInteger(p) || !Number.isInteger(q) || q === 0) return undefined;
  return new Fraction(sign * p, q);
}

function fromNode(n: MathNode): Expr | string {
  if (isParenthesisNode(n)) {
    const f = parenthesisedFraction(n.content);
    return f ? num(f) : fromNode(n.content);
  }
  if (isConstantNode(n)) {
    const v: unknown = n.value;
    if (typeof v !== 'number' || !Number.isFinite(v)) return `unsupported constant ${String(v)}`;
    return exactDecimal(v) ?? `the number ${String(v)} is too large or too small`;
  }
  if (isSymbolNode(n)) return n.name === VARIABLE ? X : `unknown symbol "${n.name}"; the only variable is ${VARIABLE}`;
  if (isOperatorNode(n)) {
    const args: Expr[] = [];
    for (const a of n.args) {
      const e = fromNode(a);
      if (typeof e === 'string') return e;
      args.push(e);
    }
    switch (n.fn) {
      case 'unaryPlus':
        return args[0]!;
      case 'unaryMinus': {
        const a = args[0]!;
        // -3 is the number -3, but -(x + 1) keeps its parentheses as (-1)*(x + 1)
        return a.kind === 'num' ? num(a.value.neg()) : product([num(-1), a]);
      }
      case 'add':
        return sum(args);
      case 'subtract':
        return sum([args[0]!, negate(args[1]!)]);
      case 'multiply':
        return product(args);
      case 'divide':
        return quotient(args[0]!, args[1]!);
      default:
        return `operator "${n.op}" is not supported; use + - * / and parentheses`;
    }
  }
  return `unsupported syntax (${n.type}); use numbers, ${VARIABLE}, + - * / and parentheses`;
}

/** Parses an expression in x; a string says what is wrong. Never throws. */
export function parseExpr(text: string): Expr | string {
  if (text.length > MAX_PARSE_LENGTH) return `expression is ${text.length} characters; the limit is ${MAX_PARSE_LENGTH}`;
  if (text.trim() === '') return 'empty expression';
  let node: MathNode;
  try {
    // trimmed: mathjs reads a trailing newline as a block of statements ("3 = x\n" from a file)
    node = parse(text.trim());
  } catch (e) {
    return `cannot parse "${text.slice(0, 80)}": ${(e as Error).message}`;
  }
  return fromNode(node);
}

/** Parses `left = right`; a string says what is wrong. Never throws. */
export function parseEquation(text: string): Equation | string {
  const parts = text.split('=');
  if (parts.length !== 2) return `an equation needs exactly one "=", got ${parts.length - 1} in "${text.slice(0, 80)}"`;
  const left = parseExpr(parts[0]!);
  if (typeof left === 'string') return `left side: ${left}`;
  const right = parseExpr(parts[1]!);
  if (typeof right === 'string') return `right side: ${right}`;
  return { left, right };
}
