/**
 * polynomial_factor: factor an integer polynomial completely into linear factors over the integers.
 *
 * The polynomial is `content · Π (p x + q)^mult` with every factor primitive (gcd(p, q) = 1, p > 0);
 * metadata holds `content`, `factors` and the expanded `coefficients` (constant term first). Levels:
 * 1. monic quadratic with integer roots, e.g. x^2 - x - 6.
 * 2. quadratic with a leading coefficient: (p x + q)(r x + s), p, r <= 4, or a common factor k.
 * 3. monic cubic with integer roots (roots may repeat), possibly times a constant.
 * 4. cubic or quartic with non-monic factors, a constant factor and possibly a factor x.
 * Gold answer: e.g. `2(x - 3)(2x + 1)^2`. Scoring: 1 iff the verifier finds it equivalent AND it is
 * written as a product of linear factors: after removing spaces, `*`, `·`, `\cdot`, `\left`,
 * `\right`, it must read [sign][integer] followed by factors `(...)` or `x`, each optionally `^n`,
 * where each parenthesised factor contains exactly one `x` and no `^`, and the multiplicities add up
 * to the degree. (`(2x - 6)(x + 1)` therefore also counts as fully factored; `(x^2 - 9)` does not.)
 */
import type { Rng } from '../../lib/core/rng.js';
import { verify } from '../../lib/verify/verify.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { mulPoly, polyText, powPoly } from './polynomial_expand.js';

/** (p x + q)^mult */
export interface LinearFactor {
  readonly p: number;
  readonly q: number;
  readonly mult: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const nz = (rng: Rng, m: number): number => (rng.bernoulli() ? 1 : -1) * rng.integer(1, m);

function factorText(f: LinearFactor): string {
  const inner = polyText([f.q, f.p]);
  const base = f.q === 0 && f.p === 1 ? 'x' : `(${inner})`;
  return f.mult === 1 ? base : `${base}^${f.mult}`;
}

function productText(content: number, factors: readonly LinearFactor[]): string {
  const lead = content === 1 ? '' : content === -1 ? '-' : String(content);
  // a bare x goes first so that `2x(x - 3)` reads naturally
  const sorted = [...factors].sort((a, b) => Number(b.q === 0) - Number(a.q === 0));
  return lead + sorted.map(factorText).join('');
}

/** Merges equal factors into multiplicities; keeps first-seen order. */
function merge(list: readonly [number, number][]): LinearFactor[] {
  const out: { p: number; q: number; mult: number }[] = [];
  for (const [p, q] of list) {
    const same = out.find((f) => f.p === p && f.q === q);
    if (same) same.mult++;
    else out.push({ p, q, mult: 1 });
  }
  return out;
}

/** A primitive factor p x + q with p > 0. */
function primitive(rng: Rng, maxP: number, maxQ: number, allowZero: boolean): [number, number] {
  for (;;) {
    const p = rng.integer(1, maxP);
    const q = allowZero && rng.bernoulli(0.2) ? 0 : nz(rng, maxQ);
    if (q === 0 ? p === 1 : gcd(p, q) === 1) return [p, q];
  }
}

function draw(rng: Rng, difficulty: number): { content: number; factors: LinearFactor[] } {
  switch (difficulty) {
    case 1:
      return { content: 1, factors: merge([primitive(rng, 1, 9, false), primitive(rng, 1, 9, false)]) };
    case 2:
      return rng.bernoulli()
        ? { content: 1, factors: merge([primitive(rng, 4, 7, false), primitive(rng, 4, 7, false)]) }
        : { content: nz(rng, 5), factors: merge([primitive(rng, 1, 8, false), primitive(rng, 1, 8, false)]) };
    case 3:
      return {
        content: rng.bernoulli(0.6) ? 1 : nz(rng, 4),
        factors: merge([primitive(rng, 1, 6, true), primitive(rng, 1, 6, false), primitive(rng, 1, 6, false)]),
      };
    default: {
      const n = rng.integer(3, 4);
      const list = Array.from({ length: n }, (_, i) => primitive(rng, i < 2 ? 3 : 1, 5, i === n - 1));
      return { content: nz(rng, 4), factors: merge(list) };
    }
  }
}

function expand(content: number, factors: readonly LinearFactor[]): number[] {
  let p: number[] = [content];
  for (const f of factors) p = mulPoly(p, powPoly([f.q, f.p], f.mult));
  return p;
}

/** Sum of linear-factor multiplicities when `raw` is written as a product of linear factors, else -1. */
export function linearFactorDegree(raw: string): number {
  let s = raw
    .replace(/\\left|\\right|\\cdot|\\,|\\!|\$/g, '')
    .replace(/[\s*·×]/g, '')
    .replace(/−/g, '-');
  const head = /^[+-]?\d*/.exec(s);
  s = s.slice(head ? head[0].length : 0);
  if (s.length === 0) return -1;
  let degree = 0;
  const factor = /^(?:\(([^()]*)\)|x)(?:\^\{?(\d+)\}?)?/;
  while (s.length > 0) {
    const m = factor.exec(s);
    if (!m) return -1;
    const inner = m[1];
    if (inner !== undefined && (inner.includes('^') || (inner.match(/x/g) ?? []).length !== 1)) return -1;
    degree += m[2] === undefined ? 1 : Number(m[2]);
    s = s.slice(m[0].length);
  }
  return degree;
}

const LEVELS = [
  'monic quadratic with integer roots',
  'quadratic with a leading coefficient or a common constant factor',
  'cubic with integer roots (possibly repeated), possibly times a constant',
  'cubic or quartic with non-monic factors, a constant factor and possibly a factor x',
] as const;

export const polynomialFactor: TaskGenerator = {
  name: 'polynomial_factor',
  envName: 'PolynomialFactor',
  description: 'Factor a polynomial completely into linear factors with integer coefficients.',
  levels: LEVELS,
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { content, factors } = draw(rng, difficulty);
    const coefficients = expand(content, factors);
    const polynomial = polyText(coefficients);
    return {
      id: `polynomial_factor-${difficulty}-${index}`,
      problem:
        `Factor completely over the integers: ${polynomial}\n` +
        'Write the answer as a constant (if any) times a product of linear factors, for example 2(x - 3)(2x + 1)^2.',
      answer: productText(content, factors),
      source: 'polynomial_factor',
      metadata: { family: 'polynomial_factor', difficulty, index, polynomial, content, factors, coefficients, degree: coefficients.length - 1 },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): number {
    const v = verify(entry.answer, answer, { exact: true });
    if (!v.correct || !v.pred) return 0;
    return linearFactorDegree(v.pred.raw) === entry.metadata.degree ? 1 : 0;
  },
};
