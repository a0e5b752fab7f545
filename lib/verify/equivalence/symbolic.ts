/**
 * Symbolic confirmation of an equality that sampling found: sampling at a few points can be fooled
 * (a polynomial that vanishes on the sample grid, a difference below double precision such as
 * e^{100x} vs e^{100x+10^{-30}}), so before an expression is credited its difference is reduced to an
 * exact normal form (normal-form.ts):
 * - `symbolic-equal`: the difference is 0 — equal wherever both sides are defined;
 * - `symbolic-differs`: the difference is a non-zero polynomial in free variables and at most one of
 *   π, e (algebraically independent) — not equal on a dense set;
 * - otherwise (sin x, √x, log, f(x) are atoms with relations the normal form does not know, such as
 *   sin²x + cos²x = 1) the reduced difference is evaluated term by term at seeded points in decimal
 *   arithmetic of 50 digits plus the digits its numbers are written with: `precise-differs` when it does
 *   not cancel there (to 32 + those digits, relative to its terms: \tan(\frac14 + 10^{-45}) is not
 *   \tan\frac14), else `sampling-unconfirmed` — still credited, see docs/verifier.md.
 * A normal form too large for the work budget ends the verification with WORK_BUDGET (an explicit
 * error, never a silent 0).
 */
import { Decimal } from 'decimal.js';
import { Rng } from '../../core/rng.js';
import { spend } from '../budget.js';
import { CONSTANTS, type Node } from '../parse/ast.js';
import { type Atom, NoNormalForm, NormalForms, type Poly } from './normal-form.js';

export type SymbolicRule = 'symbolic-equal' | 'symbolic-differs' | 'precise-differs' | 'sampling-unconfirmed';

export interface Confirmation {
  readonly equal: boolean;
  readonly rule: SymbolicRule;
}

/** Digits of the evaluation beyond those the numbers are written with; a residual cancels below 10^-(DIGITS - 18) of its terms. */
const DIGITS = 50;
/**
 * Past this precision a difference is not evaluated and not confirmed (10^{-300} hidden in a sine): decimal.js
 * trigonometry stops near 1,000 digits, and its cost grows as the square of the digits.
 */
const MAX_DIGITS = 250;
/** Points of the precise evaluation: sampling has already agreed at 4..9; these look for what doubles cannot see. */
const POINTS = 3;
type Dec = Decimal;

/** Decimal arithmetic at one precision, with its constants and the threshold of cancellation. */
interface Arith {
  readonly D: typeof Decimal;
  readonly pi: Dec;
  readonly e: Dec;
  readonly cancels: Dec;
  /** Work charged per function or fractional power evaluated: grows with the digits beyond the first 50 (a 250-digit arctan is ~40 ms). */
  readonly cost: number;
}

const ariths = new Map<number, Arith>();
function arith(digits: number): Arith {
  const precision = DIGITS * Math.ceil(digits / DIGITS);
  let a = ariths.get(precision);
  if (!a) {
    const D = Decimal.clone({ precision, rounding: Decimal.ROUND_HALF_EVEN, toExpPos: 9e15, toExpNeg: -9e15, maxE: 9e15, minE: -9e15 });
    a = { D, pi: D.acos(-1), e: D.exp(1), cancels: new D(10).pow(18 - precision), cost: 8 + 2 * (precision - DIGITS) ** 2 };
    ariths.set(precision, a);
  }
  return a;
}

/** An upper bound on the decimal digits of the rationals written in `n` (10^{-45} has 45): a difference that small needs them. */
function writtenDigits(n: Node): number {
  const log10 = (x: bigint): number => x.toString().length;
  switch (n.t) {
    case 'num':
      return log10(n.v.n) + log10(n.v.d);
    case 'neg':
      return writtenDigits(n.arg);
    case 'add':
    case 'mul':
    case 'fn':
      return n.args.reduce((s, x) => s + writtenDigits(x), 0);
    case 'pow': {
      const e = n.exp.t === 'num' ? n.exp.v : n.exp.t === 'neg' && n.exp.arg.t === 'num' ? n.exp.arg.v : undefined;
      if (e && e.d === 1n && n.base.t === 'num') return Math.ceil(Number(e.n) * Math.log10(Number(n.base.v.n) * Number(n.base.v.d) + 1)) + 1;
      return writtenDigits(n.base) + writtenDigits(n.exp);
    }
    default:
      return 0;
  }
}

/** Confirms (or refutes) that `a` equals `b`, which sampling judged equal. */
export function confirmEqual(a: Node, b: Node, seed: number): Confirmation {
  let forms = new NormalForms(false);
  let diff: Poly;
  try {
    // first without expanding powers of sums ((x+y+1)^{60} vs (1+x+y)^{60} costs nothing), then expanded
    if (forms.difference(forms.of(a), forms.of(b)).size === 0) return { equal: true, rule: 'symbolic-equal' };
    forms = new NormalForms();
    diff = forms.difference(forms.of(a), forms.of(b));
  } catch (e) {
    if (e instanceof NoNormalForm) return { equal: true, rule: 'sampling-unconfirmed' };
    throw e;
  }
  if (diff.size === 0) return { equal: true, rule: 'symbolic-equal' };
  const used = new Set<string>();
  for (const t of diff.values()) for (const [k] of t.powers) used.add(k);
  const transcendental = [...used].filter((k) => k === 'pi' || k === 'e');
  const independent = [...used].every((k) => !forms.atoms.get(k)?.root && (k === 'pi' || k === 'e' || isVariable(forms.atoms.get(k)?.node)));
  if (independent && transcendental.length <= 1) return { equal: false, rule: 'symbolic-differs' };
  // the digits the difference is written with: its coefficients' and its atoms' (\tan(\frac14 + 10^{-45}) needs 45 more)
  let written = 0;
  for (const t of diff.values()) written = Math.max(written, t.coef.n.toString().length + t.coef.d.toString().length);
  for (const k of used) {
    const atom = forms.atoms.get(k);
    if (atom) written = Math.max(written, writtenDigits(atom.node));
  }
  // ordinary numbers fit in the 32-digit margin; only long ones (10^{-20}, 20-digit decimals) need more
  const digits = DIGITS + (written > 16 ? written : 0);
  if (digits > MAX_DIGITS) return { equal: false, rule: 'precise-differs' };
  return residualCancels(diff, forms.atoms, seed, arith(digits)) ? { equal: true, rule: 'sampling-unconfirmed' } : { equal: false, rule: 'precise-differs' };
}

/**
 * Equality of expressions in the imaginary unit i, which have no real value to sample (i^2 is -1, (1+i)^2 is 2i,
 * \frac{x}{1+i} is \frac{x(1-i)}{2}): decided by the exact normal form alone, never credited unproved.
 */
export function complexEqual(a: Node, b: Node): Confirmation {
  try {
    const forms = new NormalForms();
    if (forms.difference(forms.of(a), forms.of(b)).size === 0) return { equal: true, rule: 'symbolic-equal' };
  } catch (e) {
    if (!(e instanceof NoNormalForm)) throw e;
  }
  return { equal: false, rule: 'symbolic-differs' };
}

const isVariable = (n: Node | undefined): boolean => n?.t === 'sym' && !CONSTANTS.has(n.name);

/** Where the precise points are drawn: sampling's ranges, and past them for a domain such as \sqrt{x - 8}. */
const RANGES = [[-3, 3], [0.1, 3], [1, 20]] as const;

/** Whether the difference cancels at every seeded point where its atoms are defined. */
function residualCancels(diff: Poly, atoms: ReadonlyMap<string, Atom>, seed: number, ar: Arith): boolean {
  const vars = [...atoms.values()].filter((a) => isVariable(a.node)).map((a) => a.key);
  const rng = Rng.fromSeed(seed + 2);
  let evaluated = 0;
  // up to 3 tries per point where atoms are undefined (a narrow domain such as \sqrt{x - 2.9})
  for (let k = 0; k < 3 * POINTS && evaluated < POINTS; k++) {
    const [lo, hi] = RANGES[k % RANGES.length] as readonly [number, number];
    const env = new Map<string, Dec>();
    for (const v of vars) {
      // 30 random digits: no period or root a formula can be built around
      let x = new ar.D(rng.uniform(lo, hi)).add(new ar.D(rng.float()).mul(1e-15));
      if (x.abs().lt(0.1)) x = x.add(0.25);
      env.set(v, x);
    }
    let sum = new ar.D(0);
    let size = new ar.D(0);
    let defined = true;
    const values = new Map<string, Dec | undefined>();
    for (const t of diff.values()) {
      let term = new ar.D(t.coef.s < 0n ? -1 : 1).mul(t.coef.n.toString()).div(t.coef.d.toString());
      for (const [key, e] of t.powers) {
        if (!values.has(key)) values.set(key, atomValue(atoms.get(key) as Atom, env, k, ar));
        const v = values.get(key);
        if (v === undefined || (v.isZero() && e < 0)) defined = false;
        else term = term.mul(v.pow(e));
        spend(4);
      }
      if (!defined || !term.isFinite()) break;
      sum = sum.add(term);
      size = size.add(term.abs());
    }
    if (!defined || !sum.isFinite()) continue;
    if (sum.abs().gt(size.mul(ar.cancels))) return false;
    evaluated++;
  }
  // a difference that could be evaluated nowhere (an atom decimal.js refuses) is not confirmed
  return evaluated > 0;
}

function atomValue(a: Atom, env: ReadonlyMap<string, Dec>, k: number, ar: Arith): Dec | undefined {
  if (isVariable(a.node)) return env.get(a.key);
  try {
    const v = precise(a.node, env, k, ar);
    return v && v.isFinite() ? v : undefined;
  } catch {
    return undefined; // decimal.js refuses (a precision or exponent limit): undefined at this point
  }
}

/** A deterministic pseudo-random value of an uninterpreted function application (as numeric() has). */
function opaque(key: string, k: number, ar: Arith): Dec {
  let h = 2166136261 ^ k;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return new ar.D(0.5 + ((h >>> 0) % 100000) / 40000);
}

const FUNCTIONS: Readonly<Record<string, (x: Dec) => Dec>> = {
  sin: (x) => x.sin(),
  cos: (x) => x.cos(),
  tan: (x) => x.tan(),
  sec: (x) => x.cos().pow(-1),
  csc: (x) => x.sin().pow(-1),
  cot: (x) => x.tan().pow(-1),
  arcsin: (x) => x.asin(),
  arccos: (x) => x.acos(),
  arctan: (x) => x.atan(),
  sinh: (x) => x.sinh(),
  cosh: (x) => x.cosh(),
  tanh: (x) => x.tanh(),
  ln: (x) => x.ln(),
  log: (x) => x.ln(),
  exp: (x) => x.exp(),
  sqrt: (x) => x.sqrt(),
  abs: (x) => x.abs(),
  log10: (x) => x.log(10),
};

/** The value of `n` in the precise decimals; undefined where it is not real (or not evaluable). */
function precise(n: Node, env: ReadonlyMap<string, Dec>, k: number, ar: Arith): Dec | undefined {
  spend(8);
  const all = (xs: readonly Node[]): Dec[] | undefined => {
    const out: Dec[] = [];
    for (const x of xs) {
      const v = precise(x, env, k, ar);
      if (!v || !v.isFinite()) return undefined;
      out.push(v);
    }
    return out;
  };
  switch (n.t) {
    case 'num':
      return new ar.D(n.v.s < 0n ? -1 : 1).mul(n.v.n.toString()).div(n.v.d.toString());
    case 'sym':
      if (n.name === 'pi') return ar.pi;
      if (n.name === 'e') return ar.e;
      return CONSTANTS.has(n.name) ? undefined : (env.get(n.name) ?? opaque(n.name, k, ar));
    case 'neg':
      return precise(n.arg, env, k, ar)?.neg();
    case 'add':
      return all(n.args)?.reduce((s, x) => s.add(x));
    case 'mul':
      return all(n.args)?.reduce((s, x) => s.mul(x));
    case 'pow': {
      const [b, e] = all([n.base, n.exp]) ?? [];
      if (!b || !e) return undefined;
      if (!e.isInteger()) spend(ar.cost);
      if (b.isNeg() && !e.isInteger()) {
        // p/q powers with odd q are real, as in numeric()
        for (let q = 3; q <= 15; q += 2) {
          const pq = e.mul(q);
          if (pq.isInteger()) return b.neg().pow(new ar.D(1).div(q)).neg().pow(pq);
        }
        return undefined;
      }
      return b.pow(e);
    }
    case 'fn': {
      const args = all(n.args);
      if (!args) return undefined;
      spend(ar.cost);
      const f = FUNCTIONS[n.name];
      if (f && args.length === 1) {
        const v = f(args[0] as Dec);
        return v.isNaN() ? undefined : v;
      }
      if (n.name === 'log' && args.length === 2) return (args[0] as Dec).ln().div((args[1] as Dec).ln());
      if (n.name === 'factorial' && args.length === 1 && (args[0] as Dec).isInteger() && (args[0] as Dec).gte(0) && (args[0] as Dec).lte(5000)) {
        let f = new ar.D(1);
        spend((args[0] as Dec).toNumber() >> 3);
        for (let i = 2; i <= (args[0] as Dec).toNumber(); i++) f = f.mul(i);
        return f;
      }
      if (n.name === 'factorial' || n.name === 'binom') return undefined;
      return opaque(`${n.name}(${args.map((a) => a.toSignificantDigits(12).toString()).join(',')})`, k, ar);
    }
    default:
      return undefined;
  }
}
