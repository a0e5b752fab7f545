/**
 * Evaluating the AST: exactly (rationals, when the expression is rational and small) or in floating
 * point at a point (a value for every free variable). Both are bounded: exponents, factorials and
 * BigInt sizes are capped (at 2^18 bits: 1000! and 2^{65536} are exact) and big-number work is charged
 * to the work budget, so 10^10^10^10 or 100000! give "not exactly evaluable" instead of a hang.
 */
import Fraction from 'fraction.js';
import { spend, WorkBudgetExceeded } from '../budget.js';
import type { Node } from '../parse/ast.js';

/** Exact values up to this many bits (2^{65536}, 1000!); the work they take is charged to the budget. */
const MAX_BITS = 1n << 18n;
const MAX_EXPONENT = 256;
const MAX_FACTORIAL = 5000;

function tooBig(f: Fraction): boolean {
  const n = f.n < 0n ? -f.n : f.n;
  return n >> MAX_BITS > 0n || f.d >> MAX_BITS > 0n;
}

function bits(x: bigint): number {
  const n = x < 0n ? -x : x;
  // toString(16) is linear; toString(2) of a 100k-bit number is four times longer for nothing
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + parseInt(hex[0] as string, 16).toString(2).length;
}

function bitLength(f: Fraction): number {
  return Math.max(bits(f.n), bits(f.d));
}

/** Charges the word operations of an operation on a value of `f`'s size. */
function charge(f: Fraction): Fraction {
  // one step is about 32 machine-word operations of big-number arithmetic; a result with a
  // denominator was reduced by a gcd (fraction.js, Euclid in JavaScript), quadratic in its words
  const words = (bitLength(f) >> 6) + 1;
  if (f.d !== 1n && words > 8) spend(words * words);
  else if (words > 64) spend(words >> 5);
  return f;
}

function isqrt(n: bigint): bigint | undefined {
  if (n < 0n) return undefined;
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x * x === n ? x : undefined;
}

const NO_ENV: ReadonlyMap<string, Fraction> = new Map();
const constants = new WeakMap<Node, Fraction | null>();

/**
 * The exact rational value, or undefined if the node is not a (small) rational number. With `env`,
 * free variables take those rational values: rational functions are then compared exactly at sample
 * points, so `x` and `x + 10^{-12}` differ (a float tolerance would call them equal).
 */
export function exact(n: Node, env: ReadonlyMap<string, Fraction> = NO_ENV): Fraction | undefined {
  // a constant's value is asked for several times (kind, comparison, report): computed once
  if (env === NO_ENV && constants.has(n)) return constants.get(n) ?? undefined;
  try {
    const r = exactInner(n, env);
    const v = r && !tooBig(r) ? r : undefined;
    if (env === NO_ENV) constants.set(n, v ?? null);
    return v;
  } catch (e) {
    if (e instanceof WorkBudgetExceeded) throw e;
    return undefined; // division by zero and the like
  }
}

function exactInner(n: Node, env: ReadonlyMap<string, Fraction>): Fraction | undefined {
  spend();
  switch (n.t) {
    case 'num':
      return n.v;
    case 'sym':
      return env.get(n.name);
    case 'neg': {
      const a = exactInner(n.arg, env);
      return a?.neg();
    }
    case 'add': {
      let acc = new Fraction(0);
      for (const a of n.args) {
        const v = exactInner(a, env);
        if (!v) return undefined;
        acc = charge(acc.add(v));
        if (tooBig(acc)) return undefined;
      }
      return acc;
    }
    case 'mul': {
      let acc = new Fraction(1);
      for (const a of n.args) {
        const v = exactInner(a, env);
        if (!v) return undefined;
        acc = charge(acc.mul(v));
        if (tooBig(acc)) return undefined;
      }
      return acc;
    }
    case 'pow': {
      const b = exactInner(n.base, env);
      const e = exactInner(n.exp, env);
      if (!b || !e) return undefined;
      if (e.d === 1n) {
        // the result's size is about bits(base) * |exponent|: refuse before computing it
        const mag = e.n < 0n ? -e.n : e.n;
        if (BigInt(bitLength(b)) * mag > MAX_BITS) return undefined;
        if (b.n === 0n && e.n < 0n) return undefined;
        // later operations on a fraction of that size reduce by gcds, quadratic in its words: charged now
        const words = Number((BigInt(bitLength(b)) * mag) >> 6n) + 1;
        spend(b.d !== 1n && words > 8 ? words * words : words >> 5);
        return b.pow(e);
      }
      if (e.d === 2n && e.n > 0n && e.n <= BigInt(MAX_EXPONENT) && b.s > 0n) {
        const rn = isqrt(b.n);
        const rd = isqrt(b.d);
        return rn !== undefined && rd !== undefined ? new Fraction(rn, rd).pow(new Fraction(e.n)) : undefined;
      }
      return undefined;
    }
    case 'fn': {
      const a = n.args.length === 1 ? exactInner(n.args[0] as Node, env) : undefined;
      if (!a) return undefined;
      if (n.name === 'abs') return a.abs();
      if (n.name === 'sqrt' && a.s >= 0n) {
        const rn = isqrt(a.n);
        const rd = isqrt(a.d);
        return rn !== undefined && rd !== undefined ? new Fraction(rn, rd) : undefined;
      }
      if (n.name === 'factorial' && a.d === 1n && a.n >= 0n && a.n <= BigInt(MAX_FACTORIAL)) {
        let f = 1n;
        let size = 0; // log2 of the product so far
        for (let k = 2; k <= Number(a.n); k++) {
          f *= BigInt(k);
          size += Math.log2(k);
          if ((k & 63) === 0) {
            spend(size / 32);
            if (size > Number(MAX_BITS)) return undefined;
          }
        }
        return new Fraction(f);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Whether a decimal literal occurs (Math-Verify compares such values after rounding). */
export const hasFloat = (n: Node): boolean => decimalPlaces(n) >= 0;

/** The most decimal places of a decimal literal in `n` (1.0000001: 7; trailing zeros not counted), -1 when there is none. */
export function decimalPlaces(n: Node): number {
  switch (n.t) {
    case 'num':
      return n.float ? places(n.v.d) : -1;
    case 'add':
    case 'mul':
    case 'union':
    case 'fn':
      return Math.max(-1, ...n.args.map(decimalPlaces));
    case 'pow':
      return Math.max(decimalPlaces(n.base), decimalPlaces(n.exp));
    case 'neg':
      return decimalPlaces(n.arg);
    default:
      return -1;
  }
}

/** Decimal places of a terminating decimal with denominator d = 2^a 5^b: max(a, b), counted up to 64 (bounded work). */
function places(d: bigint): number {
  let twos = 0;
  let fives = 0;
  for (let x = d; twos < 64 && x % 2n === 0n; x /= 2n) twos++;
  for (let x = d; fives < 64 && x % 5n === 0n; x /= 5n) fives++;
  return Math.max(twos, fives);
}

/** A deterministic pseudo-random value for an uninterpreted function f(args) at sample `k`. */
function hashValue(name: string, args: readonly number[], k: number): number {
  let h = 2166136261 ^ k;
  const key = `${name}|${args.map((a) => (Number.isFinite(a) ? a.toPrecision(10) : String(a))).join(',')}`;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return 0.5 + ((h >>> 0) % 100000) / 40000; // in [0.5, 3)
}

const REAL_FUNCTIONS: Readonly<Record<string, (x: number) => number>> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  sec: (x) => 1 / Math.cos(x),
  csc: (x) => 1 / Math.sin(x),
  cot: (x) => 1 / Math.tan(x),
  arcsin: Math.asin,
  arccos: Math.acos,
  arctan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  ln: Math.log,
  exp: Math.exp,
  sqrt: Math.sqrt,
  abs: Math.abs,
  log10: Math.log10,
};

/** Whether `numeric` evaluates the function itself, rather than as an uninterpreted f(x). */
export function isRealFunction(name: string): boolean {
  return name in REAL_FUNCTIONS || name === 'log' || name === 'factorial';
}

function gamma(x: number): number {
  // Lanczos approximation, for factorials of non-integers and large n
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  x -= 1;
  let a = c[0] as number;
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += (c[i] as number) / (x + i);
  return Math.sqrt(2 * Math.PI) * t ** (x + 0.5) * Math.exp(-t) * a;
}

/** Real value at a point; NaN where undefined. `k` picks the sample for uninterpreted functions. */
export function numeric(n: Node, env: ReadonlyMap<string, number>, k: number): number {
  spend();
  switch (n.t) {
    case 'num':
      return n.v.valueOf();
    case 'sym':
      switch (n.name) {
        case 'pi':
          return Math.PI;
        case 'e':
          return env.get('e') ?? Math.E;
        case 'oo':
          return Number.POSITIVE_INFINITY;
        default:
          return env.get(n.name) ?? hashValue(n.name, [], k);
      }
    case 'add':
      return n.args.reduce((s, a) => s + numeric(a, env, k), 0);
    case 'mul':
      return n.args.reduce((s, a) => s * numeric(a, env, k), 1);
    case 'neg':
      return -numeric(n.arg, env, k);
    case 'pow': {
      const b = numeric(n.base, env, k);
      const e = numeric(n.exp, env, k);
      if (b < 0 && !Number.isInteger(e)) {
        // p/q powers with odd q are real: (-8)^(1/3) = -2, (-8)^(2/3) = 4
        for (let q = 3; q <= 15; q += 2) {
          const pq = e * q;
          if (Math.abs(pq - Math.round(pq)) < 1e-9) return (-((-b) ** (1 / q))) ** Math.round(pq);
        }
        return Number.NaN;
      }
      return b ** e;
    }
    case 'fn': {
      const args = n.args.map((a) => numeric(a, env, k));
      const f = REAL_FUNCTIONS[n.name];
      if (f && args.length === 1) return f(args[0] as number);
      if (n.name === 'log') return args.length === 2 ? Math.log(args[0] as number) / Math.log(args[1] as number) : Math.log(args[0] as number);
      if (n.name === 'factorial') return gamma((args[0] as number) + 1);
      if (n.name === 'binom') {
        const [a, b] = args as [number, number];
        return gamma(a + 1) / (gamma(b + 1) * gamma(a - b + 1));
      }
      return hashValue(n.name, args, k); // f(x), x_1, F_{n-1}: uninterpreted
    }
    case 'text':
      return Number.NaN;
    default:
      return Number.NaN;
  }
}
