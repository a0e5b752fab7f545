/**
 * An exact normal form of scalar expressions: a quotient of two Laurent polynomials with rational
 * coefficients (fraction.js, BigInt) over "atoms" — free variables, π, e, i, q-th roots and
 * applications of functions (sin(u), log(u), |u|, f(u), a^u with a non-integer exponent), each atom
 * named by the normal form of its arguments. Two expressions whose difference reduces to 0 here are
 * equal wherever both are defined; the reduction only expands products, integer powers and sums, so
 * it is sound but incomplete (sin²x + cos²x − 1 is a non-zero polynomial in the atoms sin x, cos x).
 * Every coefficient operation is charged to the work budget, so an expression built to blow the
 * expansion up ((x+y+z+1)^{200}) stops with WORK_BUDGET instead of running on.
 */
import Fraction from 'fraction.js';
import { spend } from '../budget.js';
import { CONSTANTS, type Node } from '../parse/ast.js';
import { exact } from './evaluate.js';

/** An atom's exponent in one term (negative: it divides). */
type Powers = readonly (readonly [string, number])[];

export interface Term {
  readonly coef: Fraction;
  /** Sorted by atom key; no zero exponents. */
  readonly powers: Powers;
}

/** A Laurent polynomial: terms by the key of their powers. */
export type Poly = ReadonlyMap<string, Term>;

export interface Atom {
  readonly key: string;
  /** A node that evaluates to the atom (for high-precision evaluation). */
  readonly node: Node;
  /** A q-th root of a constant (√2, i = √−1): its q-th power is the radicand, a coefficient. */
  readonly root?: { readonly q: number; readonly radicand: Fraction };
}

export interface Ratio {
  readonly num: Poly;
  readonly den: Poly;
}

/** The expression has no normal form here (∞, a set, text): the symbolic step cannot decide. */
export class NoNormalForm extends Error {}

/** Largest integer exponent expanded; beyond it a power is an atom. */
const MAX_EXPAND_EXPONENT = 4096;

const powersKey = (p: Powers): string => p.map(([a, e]) => (e === 1 ? a : `${a}^${e}`)).join('*');

const WORD = 1n << 64n;

function chargeCoef(f: Fraction): void {
  if (f.n < WORD && f.d < WORD) return spend();
  // fraction.js reduces every result by a gcd (Euclid in JavaScript), quadratic in its words (as evaluate.ts charges)
  const bitsOf = (x: bigint): number => x.toString(16).length * 4;
  const words = (Math.max(bitsOf(f.n), bitsOf(f.d)) >> 6) + 1;
  spend(f.d === 1n ? 1 + (words >> 2) : words * words);
}

export class NormalForms {
  /** Every atom met, by key: evaluated by key at sample points. */
  readonly atoms = new Map<string, Atom>();

  /**
   * `expand: false` keeps an integer power of a sum as a power of an atom ((x+1)^{60} is [x+1]^60):
   * a cheap first pass that proves equalities of the same factored shape without expanding them.
   */
  constructor(private readonly expand = true) {}

  constant(c: Fraction): Poly {
    return c.n === 0n ? new Map() : new Map([['', { coef: c, powers: [] }]]);
  }

  private atom(a: Atom, exponent = 1): Poly {
    if (!this.atoms.has(a.key)) this.atoms.set(a.key, a);
    return this.monomial(new Fraction(1), [[a.key, exponent]]);
  }

  /** c · ∏ atom^e, with q-th roots of constants reduced (√2² = 2, i² = −1). */
  private monomial(c: Fraction, powers: Powers): Poly {
    let coef = c;
    const kept: [string, number][] = [];
    for (const [k, e] of powers) {
      const root = this.atoms.get(k)?.root;
      let x = e;
      if (root) {
        const whole = Math.floor(x / root.q);
        if (whole !== 0) coef = coef.mul(root.radicand.pow(whole));
        x -= whole * root.q;
      }
      if (x !== 0) kept.push([k, x]);
    }
    if (coef.n === 0n) return new Map();
    return new Map([[powersKey(kept), { coef, powers: kept }]]);
  }

  add(a: Poly, b: Poly, sign = 1): Poly {
    const out = new Map(a);
    for (const t of b.values()) accumulate(out, t, sign < 0 ? t.coef.neg() : t.coef);
    return out;
  }

  mul(a: Poly, b: Poly): Poly {
    const out = new Map<string, Term>();
    for (const x of a.values()) {
      for (const y of b.values()) {
        const powers = new Map(x.powers);
        for (const [k, e] of y.powers) powers.set(k, (powers.get(k) ?? 0) + e);
        spend(16); // a term product costs about as much as 16 steps elsewhere (maps, sort, rationals)
        const sorted = [...powers].filter(([, e]) => e !== 0).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0));
        for (const t of this.monomial(x.coef.mul(y.coef), sorted).values()) accumulate(out, t, t.coef);
      }
    }
    return out;
  }

  powInt(a: Poly, n: number): Poly {
    let result = this.constant(new Fraction(1));
    let base = a;
    for (let e = n; e > 0; e >>= 1) {
      if (e & 1) result = this.mul(result, base);
      if (e > 1) base = this.mul(base, base);
    }
    return result;
  }

  /** a / b as a ratio, a monomial denominator folded into the numerator (x/2 is the polynomial x·½). */
  private ratio(num: Poly, den: Poly): Ratio {
    if (den.size === 0) throw new NoNormalForm('division by zero');
    if (den.size === 1) {
      const t = den.values().next().value as Term;
      const inv = this.monomial(t.coef.inverse(), t.powers.map(([k, e]) => [k, -e] as const));
      return { num: this.mul(num, inv), den: this.constant(new Fraction(1)) };
    }
    // the denominator made monic in its first term, so equal quotients print alike
    const first = [...den.values()].sort((x, y) => (powersKey(x.powers) < powersKey(y.powers) ? -1 : 1))[0] as Term;
    const s = this.constant(first.coef.inverse());
    return { num: this.mul(num, s), den: this.mul(den, s) };
  }

  /** The normal form of `n`; throws NoNormalForm when it has none, WorkBudgetExceeded when too large. */
  of(n: Node): Ratio {
    spend();
    const one = this.constant(new Fraction(1));
    const c = exact(n);
    if (c) return { num: this.constant(c), den: one };
    switch (n.t) {
      case 'num':
        return { num: this.constant(n.v), den: one };
      case 'sym':
        if (n.name === 'oo') throw new NoNormalForm('infinity');
        if (n.name === 'i') return { num: this.atom({ key: 'i', node: n, root: { q: 2, radicand: new Fraction(-1) } }), den: one };
        return { num: this.atom({ key: n.name, node: n }), den: one };
      case 'neg': {
        const a = this.of(n.arg);
        return { num: this.add(new Map(), a.num, -1), den: a.den };
      }
      case 'add':
        return n.args.map((x) => this.of(x)).reduce((a, b) => this.sum(a, b));
      case 'mul':
        return n.args.map((x) => this.factor(this.of(x), x)).reduce((a, b) => this.ratio(this.mul(a.num, b.num), this.mul(a.den, b.den)));
      case 'pow':
        return this.power(n, n.base, n.exp);
      case 'fn': {
        if (n.name === 'sqrt' && n.args.length === 1) return this.power(n, n.args[0] as Node, { t: 'num', v: new Fraction(1, 2), float: false });
        const args = n.args.map((x) => this.key(this.of(x)));
        return { num: this.atom({ key: `${n.name}(${args.join(', ')})`, node: n }), den: one };
      }
      default:
        throw new NoNormalForm(`no normal form for a ${n.t}`);
    }
  }

  /** Without expansion a factor that is a sum is an atom: (x+1)^{3999}(1+x) is [1 + x]^4000. */
  private factor(r: Ratio, n: Node): Ratio {
    if (this.expand || (r.num.size <= 1 && r.den.size <= 1)) return r;
    return { num: this.atom({ key: `[${this.key(r)}]`, node: n }), den: this.constant(new Fraction(1)) };
  }

  private sum(a: Ratio, b: Ratio): Ratio {
    if (isOne(a.den) && isOne(b.den)) return { num: this.add(a.num, b.num), den: a.den };
    if (this.key({ num: new Map(), den: a.den }) === this.key({ num: new Map(), den: b.den })) return { num: this.add(a.num, b.num), den: a.den };
    return this.ratio(this.add(this.mul(a.num, b.den), this.mul(b.num, a.den)), this.mul(a.den, b.den));
  }

  private power(n: Node, baseNode: Node, expNode: Node): Ratio {
    const one = this.constant(new Fraction(1));
    const e = exact(expNode);
    const base = this.of(baseNode);
    if (e && e.d === 1n && e.n !== 0n && e.n <= BigInt(MAX_EXPAND_EXPONENT)) {
      const k = Number(e.n);
      if (!this.expand && (base.num.size > 1 || base.den.size > 1)) {
        const power = this.powInt(this.factor(base, baseNode).num, k);
        return e.s > 0n ? { num: power, den: one } : this.ratio(one, power);
      }
      // the expansion's size: a sum of t terms to the k has up to C(k + t − 1, t − 1) terms; refuse what the budget cannot pay
      spend(Math.min(1e9, estimateTerms(base.num.size, k) + estimateTerms(base.den.size, k)));
      const num = this.powInt(base.num, k);
      const den = this.powInt(base.den, k);
      return e.s > 0n ? this.ratio(num, den) : this.ratio(den, num);
    }
    const bk = this.key(base);
    if (e && e.d > 1n && e.d <= 64n && e.s > 0n) {
      // a q-th root: of a constant c ≥ 0 (or i), reduced by its q-th power; else an atom of its base
      const q = Number(e.d);
      const cb = exact(baseNode);
      const p = Number(e.n);
      if (cb && cb.s > 0n && p <= MAX_EXPAND_EXPONENT) {
        const [outside, inside] = extractPower(cb, q);
        if (inside.equals(1)) return { num: this.constant(outside.pow(p)), den: one };
        const root = this.atom({ key: `root${q}(${inside.toFraction()})`, node: rootNode(inside, q), root: { q, radicand: inside } }, p);
        return this.ratio(this.mul(this.constant(outside.pow(p)), root), one);
      }
      return { num: this.atom({ key: `root${q}(${bk})`, node: rootNode(baseNode, q) }, p), den: one };
    }
    const ek = this.key(this.of(expNode));
    if (baseNode.t === 'sym' && baseNode.name === 'e' && !CONSTANTS.has(ek)) return { num: this.atom({ key: `exp(${ek})`, node: n }), den: one };
    return { num: this.atom({ key: `pow(${bk}, ${ek})`, node: n }), den: one };
  }

  /** The printed normal form: equal keys, equal expressions. */
  key(r: Ratio): string {
    const show = (p: Poly): string =>
      [...p]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, t]) => `${t.coef.toFraction()}${k ? `*${k}` : ''}`)
        .join(' + ') || '0';
    const den = show(r.den);
    return den === '1' ? show(r.num) : `(${show(r.num)})/(${den})`;
  }

  /** a − b as one polynomial whose zero set is where a = b: a.num·b.den − b.num·a.den. */
  difference(a: Ratio, b: Ratio): Poly {
    return this.add(this.mul(a.num, b.den), this.mul(b.num, a.den), -1);
  }
}

const isOne = (p: Poly): boolean => p.size === 1 && p.get('')?.coef.equals(1) === true;

/** Adds `coef` · t.powers into `out` in place (the one place coefficients are combined and charged). */
function accumulate(out: Map<string, Term>, t: Term, coef: Fraction): void {
  const k = powersKey(t.powers);
  const prev = out.get(k);
  const c = prev ? prev.coef.add(coef) : coef;
  chargeCoef(c);
  if (c.n === 0n) out.delete(k);
  else out.set(k, { coef: c, powers: t.powers });
}

/** Upper estimate of the terms of (t terms)^k, capped so it stays a safe number. */
function estimateTerms(t: number, k: number): number {
  if (t <= 1) return 1;
  let c = 1;
  for (let i = 1; i < t && c < 1e9; i++) c = (c * (k + i)) / i;
  return Math.min(c, 1e9);
}

const SMALL_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97].map(BigInt);
const extracted = new Map<string, [Fraction, Fraction]>();

/** c = outside^q · inside, with the q-th powers of primes below 100 moved outside (memoised: roots recur). */
function extractPower(c: Fraction, q: number): [Fraction, Fraction] {
  const key = `${q}:${c.toFraction()}`;
  const known = extracted.get(key);
  if (known) return known;
  const split = (n: bigint): [bigint, bigint] => {
    let out = 1n;
    let rest = n;
    for (const p of SMALL_PRIMES) {
      const pq = p ** BigInt(q);
      if (pq > rest) break;
      while (rest % pq === 0n) {
        rest /= pq;
        out *= p;
      }
    }
    return [out, rest];
  };
  const [on, inn] = split(c.n);
  const [od, ind] = split(c.d);
  const result: [Fraction, Fraction] = [new Fraction(on, od), new Fraction(inn, ind)];
  if (extracted.size >= 1024) extracted.clear();
  extracted.set(key, result);
  return result;
}

function rootNode(base: Node | Fraction, q: number): Node {
  const b: Node = base instanceof Fraction ? { t: 'num', v: base, float: false } : base;
  return { t: 'pow', base: b, exp: { t: 'num', v: new Fraction(1, q), float: false } };
}
