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
 * a complete factorisation over the integers (answer-form.ts `factorization`): [sign] [one integer]
 * times factors, each an expanded integer polynomial that is primitive (gcd of its coefficients 1:
 * the content is pulled out in front) with a positive leading coefficient (so `(3 - x)` must be written
 * `-(x - 3)`), and of degree 1 (the polynomial splits over Q, so only linear factors are
 * irreducible), and the product is exactly the polynomial. Factors may come in any order and a
 * repeated factor may be written as a power or spelled out: `(x - 1)^2` and `(x - 1)(x - 1)` both
 * count, since both state the complete factorisation.
 */
import type { Rng } from '../../lib/core/rng.js';
import { parseAnswer } from '../../lib/verify/parse/parser.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { inForm } from './score.js';
import { acceptedAnswer, expandFactorization, factorization, type Factorization } from './answer-form.js';
import { qDegree, qEquals } from './qpoly.js';
import type { TaskGenerator } from './generator.js';
import { mulPoly, polyText, powPoly } from './polynomial-expand.js';

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

/** The polynomial `f` denotes when it is a product of linear factors (content in front), else undefined. */
function linearFactorization(f: Factorization | string) {
  return typeof f === 'string' || !f.factors.every((g) => qDegree(g.poly) === 1) ? undefined : expandFactorization(f);
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
        'Write the answer as an integer constant (if any) times a product of linear factors with integer coefficients, ' +
        'each factor with no common divisor and a positive coefficient of x (for example 2(x - 3)(2x + 1)^2 or -(x - 4)(3x + 2)).',
      answer: productText(content, factors),
      source: 'polynomial_factor',
      metadata: { family: 'polynomial_factor', difficulty, index, polynomial, content, factors, coefficients, degree: coefficients.length - 1 },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const { verdict, node } = acceptedAnswer(answer, entry.answer);
    if (!node) return verdict;
    const got = linearFactorization(factorization(node));
    const want = linearFactorization(factorization(parseAnswer(entry.answer)));
    return inForm(verdict, got !== undefined && want !== undefined && qEquals(got, want), 'is not a product of linear factors over the integers');
  },
};
