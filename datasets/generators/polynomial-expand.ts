/**
 * polynomial_expand: expand and simplify a product (or sum of products) of integer polynomials.
 *
 * Metadata `terms` holds the expression as Σ coef · Π factor.poly^factor.power, with every poly a
 * coefficient list, constant term first; `coefficients` is the expanded result (constant first).
 * Levels:
 * 1. (a x + b)(c x + d), |coefficients| <= 6.
 * 2. three linear factors, or a squared linear factor times a linear one, e.g. (2x - 3)(x + 4)^2.
 * 3. (quadratic)(linear) or a cube (a x + b)^3.
 * 4. a sum/difference of two products, e.g. (x + 2)(3x - 1) - 2(x - 4)^2, or (quadratic)(quadratic).
 * Gold answer: the expanded polynomial in descending powers (`2x^3 + 13x^2 + 8x - 48`).
 * Scoring: 1 iff the verifier finds the answer equivalent AND it is written expanded with like terms
 * combined (answer-form.ts `expandedPolynomial`: a sum of monomials c x^k with distinct k and non-zero
 * literal c, terms in any order) AND its coefficients are exactly the gold's. Any grouping ((), {},
 * [], \left( ...), a product, a repeated power or a zero term (`gold + x - x`) scores 0.
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { inForm } from './score.js';
import { acceptedAnswer, expandedPolynomial } from './answer-form.js';
import { parseAnswer } from '../../lib/verify/parse/parser.js';
import { qEquals } from './qpoly.js';
import type { TaskGenerator } from './generator.js';

/** A polynomial as integer coefficients, constant term first. */
export type Poly = readonly number[];

export function trimPoly(p: Poly): number[] {
  const out = [...p];
  while (out.length > 1 && out[out.length - 1] === 0) out.pop();
  return out.length === 0 ? [0] : out;
}

export function mulPoly(p: Poly, q: Poly): number[] {
  const out = new Array<number>(p.length + q.length - 1).fill(0);
  p.forEach((a, i) => q.forEach((b, j) => (out[i + j] = (out[i + j] ?? 0) + a * b)));
  return trimPoly(out);
}

export function addPoly(p: Poly, q: Poly, k = 1): number[] {
  const out = new Array<number>(Math.max(p.length, q.length)).fill(0);
  p.forEach((a, i) => (out[i] = (out[i] ?? 0) + a));
  q.forEach((b, i) => (out[i] = (out[i] ?? 0) + k * b));
  return trimPoly(out);
}

export function powPoly(p: Poly, n: number): number[] {
  let out: number[] = [1];
  for (let i = 0; i < n; i++) out = mulPoly(out, p);
  return out;
}

/** `2x^3 - x + 5`, descending powers; `0` for the zero polynomial. */
export function polyText(p: Poly, v = 'x'): string {
  const parts: string[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const c = p[i] ?? 0;
    if (c === 0) continue;
    const mag = Math.abs(c) === 1 && i > 0 ? '' : String(Math.abs(c));
    const mono = i === 0 ? '' : i === 1 ? v : `${v}^${i}`;
    if (parts.length === 0) parts.push(`${c < 0 ? '-' : ''}${mag}${mono}`);
    else parts.push(`${c < 0 ? '-' : '+'} ${mag}${mono}`);
  }
  return parts.length === 0 ? '0' : parts.join(' ');
}

export interface PolyFactor {
  readonly poly: Poly;
  readonly power: number;
}
export interface ProductTerm {
  readonly coef: number;
  readonly factors: readonly PolyFactor[];
}

function factorText(f: PolyFactor): string {
  return `(${polyText(f.poly)})${f.power === 1 ? '' : `^${f.power}`}`;
}

function expressionText(terms: readonly ProductTerm[]): string {
  return terms
    .map((t, i) => {
      const body = t.factors.map(factorText).join('');
      const mag = Math.abs(t.coef) === 1 ? '' : String(Math.abs(t.coef));
      if (i === 0) return `${t.coef < 0 ? '-' : ''}${mag}${body}`;
      return ` ${t.coef < 0 ? '-' : '+'} ${mag}${body}`;
    })
    .join('');
}

function expand(terms: readonly ProductTerm[]): number[] {
  let total: number[] = [0];
  for (const t of terms) {
    let p: number[] = [t.coef];
    for (const f of t.factors) p = mulPoly(p, powPoly(f.poly, f.power));
    total = addPoly(total, p);
  }
  return total;
}

const nz = (rng: Rng, m: number): number => (rng.bernoulli() ? 1 : -1) * rng.integer(1, m);
const linear = (rng: Rng, ma: number, mb: number): number[] => [nz(rng, mb), rng.bernoulli(0.6) ? 1 : rng.integer(1, ma) * (rng.bernoulli(0.8) ? 1 : -1)];
const quadratic = (rng: Rng): number[] => [rng.integer(-6, 6), rng.integer(-6, 6), nz(rng, 4)];
const f1 = (poly: Poly, power = 1): PolyFactor => ({ poly, power });

function draw(rng: Rng, difficulty: number): ProductTerm[] {
  switch (difficulty) {
    case 1:
      return [{ coef: 1, factors: [f1(linear(rng, 4, 6)), f1(linear(rng, 4, 6))] }];
    case 2:
      return rng.bernoulli()
        ? [{ coef: 1, factors: [f1(linear(rng, 3, 5)), f1(linear(rng, 3, 5)), f1(linear(rng, 3, 5))] }]
        : [{ coef: 1, factors: [f1(linear(rng, 3, 6)), f1(linear(rng, 2, 5), 2)] }];
    case 3:
      return rng.bernoulli()
        ? [{ coef: 1, factors: [f1(quadratic(rng)), f1(linear(rng, 4, 7))] }]
        : [{ coef: rng.bernoulli(0.7) ? 1 : nz(rng, 3), factors: [f1(linear(rng, 3, 9), 3)] }];
    default:
      return rng.bernoulli()
        ? [
            { coef: nz(rng, 3), factors: [f1(linear(rng, 3, 6)), f1(linear(rng, 3, 6))] },
            { coef: nz(rng, 4), factors: [f1(linear(rng, 3, 6), 2)] },
          ]
        : [{ coef: 1, factors: [f1(quadratic(rng)), f1(quadratic(rng))] }];
  }
}

const LEVELS = [
  '(a x + b)(c x + d), small coefficients',
  'three linear factors, or (a x + b)(c x + d)^2',
  '(quadratic)(linear) or a cube (a x + b)^3',
  'sum of two products, or (quadratic)(quadratic)',
] as const;

export const polynomialExpand: TaskGenerator = {
  name: 'polynomial_expand',
  envName: 'PolynomialExpand',
  description: 'Expand a product of polynomials into standard form.',
  levels: LEVELS,
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    let terms = draw(rng, difficulty);
    let coefficients = expand(terms);
    // a degenerate sum (all terms cancel to a constant) is redrawn; bounded, always terminates quickly
    for (let tries = 0; coefficients.length < 3 && tries < 100; tries++) {
      terms = draw(rng, difficulty);
      coefficients = expand(terms);
    }
    const expression = expressionText(terms);
    return {
      id: `polynomial_expand-${difficulty}-${index}`,
      problem:
        `Expand and simplify: ${expression}\n` +
        'Write the answer expanded, with like terms combined: a sum of terms c x^k with integer c and each power of x at most once, no parentheses or brackets (for example 2x^3 - 5x + 1).',
      answer: polyText(coefficients),
      source: 'polynomial_expand',
      metadata: { family: 'polynomial_expand', difficulty, index, expression, terms, coefficients },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const { verdict, node } = acceptedAnswer(answer, entry.answer);
    if (!node) return verdict;
    const got = expandedPolynomial(node);
    const want = expandedPolynomial(parseAnswer(entry.answer));
    return inForm(verdict, got !== undefined && want !== undefined && qEquals(got, want), 'is not written expanded (a sum of monomials, like terms combined)');
  },
};
