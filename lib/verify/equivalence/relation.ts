/**
 * Equations and inequalities. Two equations are equivalent when lhs − rhs of one is a non-zero
 * constant multiple of the other's (x = 2 vs 2 = x, 2x + 4y − 3 = 0 vs y = −x/2 + 3/4); two
 * inequalities when, after moving everything to one side and orienting it as "> 0" / ">= 0", the
 * sides are positive multiples with the same strictness. A chain a = b = c is read as a = c.
 *
 * Sampling finds the constant; as for expressions (symbolic.ts), it is not the last word. A rational
 * constant (the usual case: sides moved or scaled) is read off the sampled ratio and d1 = c·d2 is
 * confirmed directly; otherwise d1 = c·d2 for some constant c exactly when d1(x)·d2(x') = d1(x')·d2(x)
 * with x' a second copy of the variables (π x = 0 vs x = 0). Both are equalities of expressions that
 * the normal form confirms or refutes (y = x² vs y = x² + 10⁻¹² differ by less than a double can see).
 */
import Fraction from 'fraction.js';
import { freeSymbols, renameSymbols, type Node, type RelOp } from '../parse/ast.js';
import { type NumericOptions, samples } from './numeric.js';
import { confirmEqual, type SymbolicRule } from './symbolic.js';

/** A decision on two relations: equal or not, and the symbolic rule when sampling agreed. */
export interface RelationVerdict {
  readonly equal: boolean;
  /** Set when sampling found them proportional and the symbolic step decided (or could not). */
  readonly symbolic?: SymbolicRule;
}

const diff = (l: Node, r: Node): Node => ({ t: 'add', args: [l, { t: 'neg', arg: r }] });

/** For `=` chains, the first and last side; undefined for mixed or inequality chains. */
export function equationSides(n: Node): [Node, Node] | undefined {
  if (n.t !== 'rel' || !n.ops.every((o) => o === '=')) return undefined;
  return [n.args[0] as Node, n.args[n.args.length - 1] as Node];
}

/** A single inequality as (d, op) meaning d op 0 with op in >, >=, != (a < b becomes b − a > 0). */
function oriented(n: Node): { d: Node; op: '>' | '>=' | '!=' } | undefined {
  if (n.t !== 'rel' || n.ops.length !== 1) return undefined;
  const [l, r] = n.args as [Node, Node];
  switch (n.ops[0] as RelOp) {
    case '>':
      return { d: diff(l, r), op: '>' };
    case '>=':
      return { d: diff(l, r), op: '>=' };
    case '<':
      return { d: diff(r, l), op: '>' };
    case '<=':
      return { d: diff(r, l), op: '>=' };
    case '!=':
      return { d: diff(l, r), op: '!=' };
    default:
      return undefined;
  }
}

/** Whether d1 = c·d2 for a constant c (positive when `positive`): sampled, then confirmed symbolically. */
function proportional(d1: Node, d2: Node, positive: boolean, opts: NumericOptions): RelationVerdict {
  const ratio = sampledRatio(d1, d2, positive, opts);
  if (ratio === undefined) return { equal: false };
  const mul = (a: Node, b: Node): Node => ({ t: 'mul', args: [a, b] });
  // the usual case, a rational constant (sides moved, scaled): d1 = c·d2, one side's size
  const c = nearRational(ratio);
  if (c) {
    const direct = confirmEqual(d1, mul({ t: 'num', v: c, float: false }, d2), opts.seed);
    if (direct.rule === 'symbolic-equal') return { equal: true, symbolic: direct.rule };
  }
  // any constant (π, √2, or a rational the sampled ratio did not pin down): d1(x)·d2(x') = d1(x')·d2(x)
  const vars = [...new Set([...freeSymbols(d1), ...freeSymbols(d2)])];
  const taken = new Set(vars);
  const copy = new Map<string, string>();
  for (const v of vars) {
    let w = `${v}'`;
    while (taken.has(w)) w += "'";
    taken.add(w);
    copy.set(v, w);
  }
  const cross = confirmEqual(mul(d1, renameSymbols(d2, copy)), mul(renameSymbols(d1, copy), d2), opts.seed);
  return { equal: cross.equal, symbolic: cross.rule };
}

/** The simplest fraction within 10^-9 (relative) of x with a denominator up to 10^6, by continued fractions. */
function nearRational(x: number): Fraction | undefined {
  if (!Number.isFinite(x)) return undefined;
  let [h0, h1, k0, k1] = [0n, 1n, 1n, 0n];
  let y = x;
  for (let i = 0; i < 40; i++) {
    const a = Math.floor(y);
    if (!Number.isSafeInteger(a)) return undefined;
    const ai = BigInt(a);
    [h0, h1] = [h1, ai * h1 + h0];
    [k0, k1] = [k1, ai * k1 + k0];
    if (k1 > 1_000_000n) return undefined;
    const approx = Number(h1) / Number(k1);
    if (Math.abs(approx - x) <= 1e-9 * Math.max(1, Math.abs(x))) return new Fraction(h1, k1);
    const frac = y - a;
    if (frac === 0) return undefined;
    y = 1 / frac;
  }
  return undefined;
}

/** The constant c with d1 = c·d2 at all sample points (positive when `positive`), or undefined when there is none. */
function sampledRatio(d1: Node, d2: Node, positive: boolean, opts: NumericOptions): number | undefined {
  const vars = [...new Set([...freeSymbols(d1), ...freeSymbols(d2)])].sort();
  const s1 = samples(d1, vars, opts.seed);
  const s2 = samples(d2, vars, opts.seed);
  let ratio: number | undefined;
  let used = 0;
  for (let k = 0; k < s1.length; k++) {
    const a = s1[k] as number;
    const b = s2[k] as number;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    if (Math.abs(b) < 1e-12) {
      if (Math.abs(a) > 1e-9) return undefined;
      continue;
    }
    const r = a / b;
    if (ratio === undefined) ratio = r;
    else if (Math.abs(r - ratio) > 1e-7 * Math.max(1, Math.abs(ratio))) return undefined;
    used++;
  }
  if (ratio === undefined || used < 2 || Math.abs(ratio) < 1e-12) return undefined;
  return !positive || ratio > 0 ? ratio : undefined;
}

export function equationsEqual(a: Node, b: Node, opts: NumericOptions): RelationVerdict | undefined {
  const sa = equationSides(a);
  const sb = equationSides(b);
  if (!sa || !sb) return undefined;
  return proportional(diff(...sa), diff(...sb), false, opts);
}

export function inequalitiesEqual(a: Node, b: Node, opts: NumericOptions): RelationVerdict | undefined {
  const oa = oriented(a);
  const ob = oriented(b);
  if (!oa || !ob) return undefined;
  if (oa.op !== ob.op) return { equal: false };
  return proportional(oa.d, ob.d, oa.op !== '!=', opts);
}

/**
 * Whether an equation's left side may be dropped to compare it with a bare value: a name or an
 * expression of names (k = 1, f(x) = 1, |AB| = 1, NO/BO = 1/√6, (p, q) = (3, 2)), never a sum
 * or a number (a + 3z = 0 is a condition, not a value).
 */
export function droppableLhs(n: Node): boolean {
  switch (n.t) {
    case 'sym':
    case 'fn':
      return true;
    case 'mul':
      return n.args.every(droppableLhs);
    case 'ratio':
      return droppableLhs(n.left) && droppableLhs(n.right);
    case 'tuple':
      return n.items.every(droppableLhs);
    case 'pow':
      return droppableLhs(n.base) && n.exp.t === 'num';
    default:
      return false;
  }
}
