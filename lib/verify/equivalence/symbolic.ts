/**
 * Symbolic confirmation of an equality that sampling found: sampling at a few points can be fooled
 * (a polynomial that vanishes on the sample grid, a difference below double precision such as
 * e^{100x} vs e^{100x+10^{-30}}), so before an expression is credited its difference is reduced to an
 * exact normal form (normal-form.ts):
 * - `symbolic-equal`: the difference is 0 — equal wherever both sides are defined;
 * - `symbolic-differs`: the difference is a non-zero polynomial in free variables and at most one of
 *   π, e (algebraically independent) — not equal on a dense set;
 * - otherwise (sin x, √x, log, f(x) are atoms with relations the normal form does not know, such as
 *   sin²x + cos²x = 1) the reduced difference is evaluated term by term at seeded points in 50-digit
 *   decimal arithmetic: `precise-differs` when it does not cancel there (to 32 digits relative to its
 *   terms), else `sampling-unconfirmed` — still credited, see docs/verifier.md.
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

const DIGITS = 50;
/** A residual below this fraction of its terms' magnitude cancels (18 of the 50 digits kept for rounding). */
const CANCELS = new Decimal(10).pow(-32);
/** Points of the 50-digit evaluation: sampling has already agreed at 4..9; these look for what doubles cannot see. */
const POINTS = 3;
const Precise = Decimal.clone({ precision: DIGITS, rounding: Decimal.ROUND_HALF_EVEN, toExpPos: 9e15, toExpNeg: -9e15, maxE: 9e15, minE: -9e15 });
type Dec = InstanceType<typeof Precise>;
const PI = Precise.acos(-1);
const E = Precise.exp(1);

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
  return residualCancels(diff, forms.atoms, seed) ? { equal: true, rule: 'sampling-unconfirmed' } : { equal: false, rule: 'precise-differs' };
}

const isVariable = (n: Node | undefined): boolean => n?.t === 'sym' && !CONSTANTS.has(n.name);

/** Whether the difference cancels at every seeded point where its atoms are defined. */
function residualCancels(diff: Poly, atoms: ReadonlyMap<string, Atom>, seed: number): boolean {
  const vars = [...atoms.values()].filter((a) => isVariable(a.node)).map((a) => a.key);
  const rng = Rng.fromSeed(seed + 2);
  for (let k = 0; k < POINTS; k++) {
    const [lo, hi] = k % 2 === 0 ? [-3, 3] : [0.1, 3];
    const env = new Map<string, Dec>();
    for (const v of vars) {
      // 30 random digits: no period or root a formula can be built around
      let x = new Precise(rng.uniform(lo, hi)).add(new Precise(rng.float()).mul(1e-15));
      if (x.abs().lt(0.1)) x = x.add(0.25);
      env.set(v, x);
    }
    let sum = new Precise(0);
    let size = new Precise(0);
    let defined = true;
    const values = new Map<string, Dec | undefined>();
    for (const t of diff.values()) {
      let term = new Precise(t.coef.s < 0n ? -1 : 1).mul(t.coef.n.toString()).div(t.coef.d.toString());
      for (const [key, e] of t.powers) {
        if (!values.has(key)) values.set(key, atomValue(atoms.get(key) as Atom, env, k));
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
    if (sum.abs().gt(size.mul(CANCELS))) return false;
  }
  return true;
}

function atomValue(a: Atom, env: ReadonlyMap<string, Dec>, k: number): Dec | undefined {
  if (isVariable(a.node)) return env.get(a.key);
  try {
    const v = precise(a.node, env, k);
    return v && v.isFinite() ? v : undefined;
  } catch {
    return undefined; // decimal.js refuses (a precision or exponent limit): undefined at this point
  }
}

/** A deterministic pseudo-random value of an uninterpreted function application (as numeric() has). */
function opaque(key: string, k: number): Dec {
  let h = 2166136261 ^ k;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return new Precise(0.5 + ((h >>> 0) % 100000) / 40000);
}

const FUNCTIONS: Readonly<Record<string, (x: Dec) => Dec>> = {
  sin: (x) => x.sin(),
  cos: (x) => x.cos(),
  tan: (x) => x.tan(),
  sec: (x) => new Precise(1).div(x.cos()),
  csc: (x) => new Precise(1).div(x.sin()),
  cot: (x) => new Precise(1).div(x.tan()),
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

/** The value of `n` in 50-digit decimals; undefined where it is not real (or not evaluable). */
function precise(n: Node, env: ReadonlyMap<string, Dec>, k: number): Dec | undefined {
  spend(8);
  const all = (xs: readonly Node[]): Dec[] | undefined => {
    const out: Dec[] = [];
    for (const x of xs) {
      const v = precise(x, env, k);
      if (!v || !v.isFinite()) return undefined;
      out.push(v);
    }
    return out;
  };
  switch (n.t) {
    case 'num':
      return new Precise(n.v.s < 0n ? -1 : 1).mul(n.v.n.toString()).div(n.v.d.toString());
    case 'sym':
      if (n.name === 'pi') return PI;
      if (n.name === 'e') return E;
      return CONSTANTS.has(n.name) ? undefined : (env.get(n.name) ?? opaque(n.name, k));
    case 'neg':
      return precise(n.arg, env, k)?.neg();
    case 'add':
      return all(n.args)?.reduce((s, x) => s.add(x));
    case 'mul':
      return all(n.args)?.reduce((s, x) => s.mul(x));
    case 'pow': {
      const [b, e] = all([n.base, n.exp]) ?? [];
      if (!b || !e) return undefined;
      if (b.isNeg() && !e.isInteger()) {
        // p/q powers with odd q are real, as in numeric()
        for (let q = 3; q <= 15; q += 2) {
          const pq = e.mul(q);
          if (pq.isInteger()) return b.neg().pow(new Precise(1).div(q)).neg().pow(pq);
        }
        return undefined;
      }
      return b.pow(e);
    }
    case 'fn': {
      const args = all(n.args);
      if (!args) return undefined;
      const f = FUNCTIONS[n.name];
      if (f && args.length === 1) {
        const v = f(args[0] as Dec);
        return v.isNaN() ? undefined : v;
      }
      if (n.name === 'log' && args.length === 2) return (args[0] as Dec).ln().div((args[1] as Dec).ln());
      if (n.name === 'factorial' && args.length === 1 && (args[0] as Dec).isInteger() && (args[0] as Dec).gte(0) && (args[0] as Dec).lte(5000)) {
        let f = new Precise(1);
        spend((args[0] as Dec).toNumber() >> 3);
        for (let i = 2; i <= (args[0] as Dec).toNumber(); i++) f = f.mul(i);
        return f;
      }
      if (n.name === 'factorial' || n.name === 'binom') return undefined;
      return opaque(`${n.name}(${args.map((a) => a.toSignificantDigits(12).toString()).join(',')})`, k);
    }
    default:
      return undefined;
  }
}
