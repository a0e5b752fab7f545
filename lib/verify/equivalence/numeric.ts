/**
 * Scalar equivalence: exact rationals when both sides are rational and written without decimals;
 * Math-Verify's rounding rule when a decimal literal is involved (1/3 equals 0.3333 at
 * floatRounding 4, not at 6); otherwise evaluation at seeded random points with a relative tolerance.
 */
import { Rng } from '../../core/rng.js';
import { freeSymbols, type Node } from '../parse/ast.js';
import { exact, hasFloat, numeric } from './evaluate.js';

export interface NumericOptions {
  readonly floatRounding: number;
  readonly relTol: number;
  readonly exact: boolean;
  readonly seed: number;
}

export type ScalarResult = { readonly equal: boolean; readonly rule: string } | undefined;

const SAMPLES = 6;

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

/** Compares two scalar expressions (numbers or expressions in free variables). */
export function scalarsEqual(a: Node, b: Node, opts: NumericOptions): ScalarResult {
  const rounded = hasFloat(a) || hasFloat(b);
  const ea = exact(a);
  const eb = exact(b);
  if (ea && eb) {
    if (!rounded || opts.exact) return { equal: ea.equals(eb), rule: 'rational-equal' };
    return { equal: numbersEqual(ea.valueOf(), eb.valueOf(), true, opts), rule: 'numeric-rounded' };
  }
  const vars = [...new Set([...freeSymbols(a), ...freeSymbols(b)])].sort();
  if (vars.length === 0) {
    const va = numeric(a, new Map(), 0);
    const vb = numeric(b, new Map(), 0);
    if (Number.isNaN(va) || Number.isNaN(vb)) return undefined;
    return { equal: numbersEqual(va, vb, rounded, opts), rule: rounded ? 'numeric-rounded' : 'numeric-equal' };
  }
  return sampleEqual(a, b, vars, rounded, opts);
}

/** Evaluates both sides at seeded random points; any disagreement at a defined point means "not equal". */
export function sampleEqual(a: Node, b: Node, vars: readonly string[], rounded: boolean, opts: NumericOptions): ScalarResult {
  for (const range of [[-3, 3], [0.1, 3]] as const) {
    const rng = Rng.fromSeed(opts.seed);
    let agreed = 0;
    for (let k = 0; k < SAMPLES; k++) {
      const env = new Map<string, number>();
      for (const v of vars) {
        let x = rng.uniform(range[0], range[1]);
        if (Math.abs(x) < 0.1) x += 0.25; // keep away from 0, where many expressions are singular
        env.set(v, x);
      }
      const va = numeric(a, env, k);
      const vb = numeric(b, env, k);
      const da = Number.isFinite(va);
      const db = Number.isFinite(vb);
      if (!da && !db) continue;
      if (da !== db) return { equal: false, rule: 'numeric-sampling' };
      if (!numbersEqual(va, vb, rounded, { ...opts, relTol: Math.max(opts.relTol, 1e-8) })) return { equal: false, rule: 'numeric-sampling' };
      agreed++;
    }
    if (agreed >= 2) return { equal: true, rule: 'numeric-sampling' };
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
