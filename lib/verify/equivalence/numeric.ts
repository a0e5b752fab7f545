/**
 * Scalar equivalence: exact rationals when both sides are rational and written without decimals;
 * Math-Verify's rounding rule when a decimal literal is involved (1/3 equals 0.3333 at
 * floatRounding 4, not at 6); otherwise evaluation at seeded random points with a relative tolerance.
 */
import Fraction from 'fraction.js';
import { Rng } from '../../core/rng.js';
import { spendTree } from '../budget.js';
import { CONSTANTS, freeSymbols, type Node } from '../parse/ast.js';
import { decimalPlaces, exact, numeric } from './evaluate.js';
import { complexEqual, confirmEqual } from './symbolic.js';

export interface NumericOptions {
  readonly floatRounding: number;
  readonly relTol: number;
  readonly exact: boolean;
  readonly seed: number;
}

export type ScalarResult = { readonly equal: boolean; readonly rule: string } | undefined;

const SAMPLES = 6;
/** Float evaluation is weaker evidence than exact evaluation: more points. */
const FLOAT_SAMPLES = 9;

function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  if (Math.abs(x) >= 1e15) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Equality of two plain numbers under the options (rounding when `rounded`). */
export function numbersEqual(a: number, b: number, rounded: boolean, opts: NumericOptions): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  if (rounded && !opts.exact) {
    const ra = roundTo(a, opts.floatRounding);
    const rb = roundTo(b, opts.floatRounding);
    if (ra === rb) return true;
    return Math.abs(ra - rb) <= Math.abs(rb) * 1e-12;
  }
  return Math.abs(a - b) <= opts.relTol * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Rounds an exact rational to `digits` decimals without going through a float (10^20 + 1 stays odd). */
function roundedEqual(a: Fraction, b: Fraction, digits: number): boolean {
  return a.round(digits).equals(b.round(digits));
}

/** Whether `dec`, written to `places` decimals, is `value` rounded (half an ulp) or truncated toward zero (under one ulp). */
function writtenAs(value: Fraction, dec: Fraction, places: number): boolean {
  const ulp = new Fraction(1).div(10n ** BigInt(places));
  const err = value.sub(dec).abs();
  if (err.mul(2).compare(ulp) <= 0) return true;
  return err.compare(ulp) < 0 && dec.abs().compare(value.abs()) <= 0 && dec.mul(value).compare(0) >= 0;
}

/** A decimal literal, possibly negated: a value written to so many places (rounded or truncated). */
function isDecimal(n: Node): boolean {
  return (n.t === 'num' && n.float) || (n.t === 'neg' && isDecimal(n.arg));
}

/** Whether the imaginary unit occurs: real sampling cannot evaluate it. */
function hasImaginary(n: Node): boolean {
  switch (n.t) {
    case 'sym':
      return n.name === 'i';
    case 'add':
    case 'mul':
    case 'fn':
      return n.args.some(hasImaginary);
    case 'pow':
      return hasImaginary(n.base) || hasImaginary(n.exp);
    case 'neg':
      return hasImaginary(n.arg);
    default:
      return false;
  }
}

/** A literal infinity (`\infty`, `-\infty`): the only non-finite value that may equal another. */
function isInfinity(n: Node): boolean {
  return (n.t === 'sym' && n.name === 'oo') || (n.t === 'neg' && isInfinity(n.arg));
}

/** Numbers (and, with `symbols`, variables) combined by + - * / !, integer powers: exact unless too large, so a float stand-in is unsafe. */
function rationalArithmetic(n: Node, symbols = false): boolean {
  switch (n.t) {
    case 'num':
      return true;
    case 'sym':
      return symbols && !CONSTANTS.has(n.name);
    case 'neg':
      return rationalArithmetic(n.arg, symbols);
    case 'add':
    case 'mul':
      return n.args.every((x) => rationalArithmetic(x, symbols));
    case 'pow': {
      const e = exact(n.exp);
      return e !== undefined && e.d === 1n && rationalArithmetic(n.base, symbols);
    }
    case 'fn':
      return n.name === 'factorial' && n.args.every((x) => rationalArithmetic(x, symbols));
    default:
      return false;
  }
}

/** Compares two scalar expressions (numbers or expressions in free variables). */
export function scalarsEqual(a: Node, b: Node, opts: NumericOptions): ScalarResult {
  // about 2 × 12 sample points, each evaluating both sides exactly and in floats, plus a few walks
  spendTree(a, 8);
  spendTree(b, 8);
  const digits = Math.max(decimalPlaces(a), decimalPlaces(b));
  // a decimal written to more places than the rounding claims that precision: 1.0000001 is not 1
  const precise = digits > opts.floatRounding && !opts.exact;
  // the written value: a decimal literal (the coarser of two); the other side is the value it stands for
  const literal = !precise ? undefined : isDecimal(a) && (!isDecimal(b) || decimalPlaces(a) <= decimalPlaces(b)) ? 'a' : isDecimal(b) ? 'b' : undefined;
  // ... and inside a computation it is an exact coefficient (1.0000001 \cdot \frac{1}{64} is not 1/64)
  const rounded = digits >= 0 && !(precise && !literal);
  const ea = exact(a);
  const eb = exact(b);
  if (ea && eb) {
    if (literal) {
      const [dec, value] = literal === 'a' ? [ea, eb] : [eb, ea];
      return { equal: writtenAs(value, dec, decimalPlaces(literal === 'a' ? a : b)), rule: 'numeric-rounded' };
    }
    if (!rounded || opts.exact) return { equal: ea.equals(eb), rule: 'rational-equal' };
    return { equal: roundedEqual(ea, eb, opts.floatRounding), rule: 'numeric-rounded' };
  }
  if (hasImaginary(a) || hasImaginary(b)) return complexEqual(a, b);
  const vars = [...new Set([...freeSymbols(a), ...freeSymbols(b)])].sort();
  if (vars.length === 0) {
    const va = numeric(a, new Map(), 0);
    const vb = numeric(b, new Map(), 0);
    if (Number.isNaN(va) || Number.isNaN(vb)) return undefined;
    // a rounded or truncated value to `digits` places is within 10^-digits (and a double's error) of the value
    if (literal) {
      const [dec, value] = literal === 'a' ? [va, vb] : [vb, va];
      const ulp = 10 ** -decimalPlaces(literal === 'a' ? a : b);
      const err = Math.abs(value - dec) - 4e-16 * Math.abs(value); // a double's error in the value's favour
      const truncated = err < ulp && Math.abs(dec) <= Math.abs(value) + 4e-16 * Math.abs(value) && dec * value >= 0;
      return { equal: 2 * err <= ulp || truncated, rule: 'numeric-rounded' };
    }
    // an overflow (10^{10^{10^{10}}}, 100000!) is not a value: floats cannot tell it from itself + 1
    if ((!Number.isFinite(va) || !Number.isFinite(vb)) && !(isInfinity(a) && isInfinity(b))) return undefined;
    // rational arithmetic too large to evaluate exactly (2^{5000} + 1, 10^{-100000}): a float would lose the difference
    if (!rounded && rationalArithmetic(a) && rationalArithmetic(b)) return undefined;
    if (rounded) return { equal: numbersEqual(va, vb, true, opts), rule: 'numeric-rounded' };
    // floats agree to 1e-9: confirmed exactly or at 60 digits (e^{\pi\sqrt{163}} is not 640320^3 + 744)
    return numbersEqual(va, vb, false, opts) ? confirmEqual(a, b, opts.seed) : { equal: false, rule: 'numeric-equal' };
  }
  return sampleEqual(a, b, vars, rounded, opts);
}

/** A seeded sample point: rationals in [lo, hi] (step 1/64), kept away from 0 where many expressions are singular. */
function samplePoint(rng: Rng, vars: readonly string[], lo: number, hi: number): Map<string, Fraction> {
  const env = new Map<string, Fraction>();
  for (const v of vars) {
    let x = new Fraction(rng.integer(Math.ceil(lo * 64), Math.floor(hi * 64)), 64);
    if (x.abs().compare(new Fraction(1, 10)) < 0) x = x.add(new Fraction(1, 4));
    env.set(v, x);
  }
  return env;
}

/**
 * Evaluates both sides at seeded random points; any disagreement at a point where both are defined
 * means "not equal". Where both sides are rational at the point (polynomials and rational functions
 * with exact coefficients) the values are compared exactly at rational points; otherwise in floating
 * point at points with no short binary or decimal form (a double drawn uniformly, "irrational" for
 * every period a formula can have: sin(64πx) is not 0 there), and at more of them.
 */
export function sampleEqual(a: Node, b: Node, vars: readonly string[], rounded: boolean, opts: NumericOptions): ScalarResult {
  // rational functions are compared exactly; where that overflows a float would hide the difference (x + 10^{-400})
  const rationalOnly = !rounded && rationalArithmetic(a, true) && rationalArithmetic(b, true);
  // a domain past [-3, 3] (\sqrt{x - 8}) is sampled in [1, 20] when the first ranges found too few points
  for (const range of [[-3, 3], [0.1, 3], [1, 20]] as const) {
    const rng = Rng.fromSeed(opts.seed);
    const irrational = Rng.fromSeed(opts.seed + 1);
    let agreed = 0;
    let floats = 0;
    for (let k = 0; k < FLOAT_SAMPLES; k++) {
      const point = samplePoint(rng, vars, range[0], range[1]);
      // the exact comparison at rational points needs few samples; the float one gets more
      if (k >= SAMPLES && floats === 0) break;
      if (!rounded) {
        const xa = exact(a, point);
        const xb = exact(b, point);
        if (xa && xb) {
          if (!xa.equals(xb)) return { equal: false, rule: 'numeric-sampling' };
          agreed++;
          continue;
        }
        if (rationalOnly) continue;
      }
      floats++;
      const env = new Map(vars.map((v) => {
        let x = irrational.uniform(range[0], range[1]);
        if (Math.abs(x) < 0.1) x += 0.25;
        return [v, x] as const;
      }));
      const va = numeric(a, env, k);
      const vb = numeric(b, env, k);
      const da = Number.isFinite(va);
      const db = Number.isFinite(vb);
      if (!da && !db) continue;
      if (da !== db) return { equal: false, rule: 'numeric-sampling' };
      if (!numbersEqual(va, vb, rounded, { ...opts, relTol: Math.max(opts.relTol, 1e-8) })) return { equal: false, rule: 'numeric-sampling' };
      agreed++;
    }
    // the points agree: confirmed symbolically (a grid-vanishing polynomial or a sub-double difference is not equal)
    if (agreed >= (floats > 0 ? 4 : 2)) return confirmEqual(a, b, opts.seed);
  }
  return undefined;
}

/** Values of `d` at the sample points (for proportionality tests of equations and inequalities). */
export function samples(d: Node, vars: readonly string[], seed: number): number[] {
  const rng = Rng.fromSeed(seed);
  const out: number[] = [];
  for (let k = 0; k < SAMPLES; k++) {
    const env = new Map<string, number>();
    for (const v of vars) {
      let x = rng.uniform(-3, 3);
      if (Math.abs(x) < 0.1) x += 0.25;
      env.set(v, x);
    }
    out.push(numeric(d, env, k));
  }
  return out;
}
