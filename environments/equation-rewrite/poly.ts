/**
 * Exact polynomial arithmetic for the equivalence check of `mathgym/EquationRewrite-v0`.
 *
 * Every expression the env can build is a Laurent polynomial in x (the only divisors allowed are
 * numbers and multiples of powers of x), so an equation's solution set over the reals is the set of
 * real roots of one polynomial minus the points where a side is undefined. Roots are counted exactly
 * with Sturm's theorem on rational coefficients, so "did this move change the solution set?" is a
 * decision, not a numerical guess.
 */
import Fraction from 'fraction.js';

/** power of x -> coefficient; zero coefficients are never stored. */
export type Laurent = ReadonlyMap<number, Fraction>;

const ZERO = new Fraction(0);

export function laurentConst(v: Fraction): Laurent {
  return v.equals(0) ? new Map() : new Map([[0, v]]);
}

export function laurentAdd(a: Laurent, b: Laurent, sign = 1): Laurent {
  const out = new Map(a);
  for (const [k, v] of b) {
    const s = (out.get(k) ?? ZERO).add(sign < 0 ? v.neg() : v);
    if (s.equals(0)) out.delete(k);
    else out.set(k, s);
  }
  return out;
}

export function laurentMul(a: Laurent, b: Laurent): Laurent {
  let out: Laurent = new Map();
  for (const [ka, va] of a) {
    const term = new Map<number, Fraction>();
    for (const [kb, vb] of b) term.set(ka + kb, va.mul(vb));
    out = laurentAdd(out, term);
  }
  return out;
}

/** The single term of a monomial, or undefined for 0 and for sums. */
export function singleTerm(a: Laurent): { power: number; coef: Fraction } | undefined {
  if (a.size !== 1) return undefined;
  const [[power, coef]] = [...a];
  return { power: power!, coef: coef! };
}

/** a(x); undefined at x = 0 when a has negative powers. */
export function laurentEval(a: Laurent, x: Fraction): Fraction | undefined {
  let s = ZERO;
  for (const [k, v] of a) {
    if (k < 0 && x.equals(0)) return undefined;
    s = s.add(v.mul(x.pow(k)));
  }
  return s;
}

/** Dense coefficients, lowest power first; [] is the zero polynomial. */
type Poly = Fraction[];

function trim(p: Poly): Poly {
  let n = p.length;
  while (n > 0 && p[n - 1]!.equals(0)) n--;
  return p.slice(0, n);
}

/** x^m a(x) as a polynomial, with m the smallest power that clears the negative ones. */
export function clearDenominators(a: Laurent): Poly {
  if (a.size === 0) return [];
  const lo = Math.min(0, ...a.keys());
  const hi = Math.max(...a.keys());
  const p: Poly = Array.from({ length: hi - lo + 1 }, () => ZERO);
  for (const [k, v] of a) p[k - lo] = v;
  return trim(p);
}

export function polyEval(p: Poly, x: Fraction): Fraction {
  let s = ZERO;
  for (let i = p.length - 1; i >= 0; i--) s = s.mul(x).add(p[i]!);
  return s;
}

function derivative(p: Poly): Poly {
  return trim(p.slice(1).map((c, i) => c.mul(i + 1)));
}

/** Remainder of a / b (b not zero). */
function remainder(a: Poly, b: Poly): Poly {
  let r = [...a];
  const db = b.length - 1;
  const lead = b[db]!;
  while (r.length - 1 >= db && r.length > 0) {
    const shift = r.length - 1 - db;
    const q = r[r.length - 1]!.div(lead);
    for (let i = 0; i <= db; i++) r[i + shift] = r[i + shift]!.sub(q.mul(b[i]!));
    r = trim(r);
  }
  return r;
}

function sign(x: Fraction): number {
  return x.equals(0) ? 0 : x.compare(0);
}

function variations(signs: number[]): number {
  let count = 0;
  let last = 0;
  for (const s of signs) {
    if (s === 0) continue;
    if (last !== 0 && s !== last) count++;
    last = s;
  }
  return count;
}

/** Number of distinct real roots of a non-zero polynomial (Sturm's theorem, exact). */
export function distinctRealRoots(p: Poly): number {
  const p0 = trim(p);
  if (p0.length <= 1) return 0;
  const seq: Poly[] = [p0, derivative(p0)];
  for (;;) {
    const r = remainder(seq[seq.length - 2]!, seq[seq.length - 1]!);
    if (r.length === 0) break;
    seq.push(r.map((c) => c.neg()));
  }
  const atPlusInf = seq.map((q) => sign(q[q.length - 1]!));
  const atMinusInf = seq.map((q) => sign(q[q.length - 1]!) * ((q.length - 1) % 2 === 0 ? 1 : -1));
  return variations(atMinusInf) - variations(atPlusInf);
}

/**
 * Whether {x : left(x) = right(x), both defined} is exactly {x0}. `undefinedAt` lists the points where
 * a side is undefined (here: 0 when some divisor contains x).
 */
export function solutionSetIs(difference: Laurent, undefinedAt: readonly Fraction[], x0: Fraction): boolean {
  if (difference.size === 0) return false; // an identity: every defined x is a solution
  if (undefinedAt.some((u) => u.equals(x0))) return false;
  const p = clearDenominators(difference);
  if (!polyEval(p, x0).equals(0)) return false;
  const excludedRoots = undefinedAt.filter((u, i) => polyEval(p, u).equals(0) && undefinedAt.findIndex((w) => w.equals(u)) === i).length;
  return distinctRealRoots(p) - excludedRoots === 1;
}
