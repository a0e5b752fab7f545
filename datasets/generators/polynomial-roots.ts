/**
 * `polynomial_roots`: every real solution of a cubic or quartic equation with rational or quadratic-
 * radical roots. Stated form: the set of real solutions, each in simplest form (a reduced fraction,
 * or simplest radical form with a square-free radicand), scored with the quadratics family's
 * `scoreRadicalSet`: the verifier's unordered set comparison AND every element a literal in simplest
 * radical form, no repeats. The equation copied back, `\sqrt{12}` for `2\sqrt{3}`, `6/3` for `2`, a
 * missing or an extra (complex, extraneous) root earns 0.
 *
 * | difficulty | equation (expanded, = 0)                                                         |
 * |------------|----------------------------------------------------------------------------------|
 * | 1          | k (x - r1)(x - r2)(x - r3), distinct integer roots in -10..10, k in ±1..3            |
 * | 2          | (p x - q)(x - r)(x - s): one non-integer rational root q/p, p in 2..6                 |
 * | 3          | (a x - b)(x^2 + B x + C): the quadratic has irrational roots p ± q√s, or none (3 in 10) |
 * | 4          | quartic: (x^2 - m)(x^2 - n) (roots ±√m, ±√n when positive), or (x - r1)(x - r2)(x^2 + B x + C) with irrational roots |
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { texRational } from './linear-equations.js';
import { mulPoly as mul, polyText } from './polynomial-expand.js';
import { SQUARE_FREE, surdText } from './quadratics.js';
import { scoreRadicalSet } from './answer-form.js';
import { gcdInt as gcd, sqrtOf } from './surd.js';

const NAME = 'polynomial_roots';

/** A real root a + b√s (b = 0 for a rational) with its written form. */
interface Root {
  readonly value: number;
  readonly text: string;
}

const rationalRoot = (n: number, d = 1): Root => ({ value: n / d, text: texRational(new Fraction(n, d)) });
/** Distinct integers from lo..hi. */
function distinctInts(rng: Rng, k: number, lo: number, hi: number): number[] {
  const out: number[] = [];
  while (out.length < k) {
    const r = rng.integer(lo, hi);
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

/** x^2 - 2p x + p^2 - q^2 s (constant first) and its roots p ± q√s. */
function irrationalQuadratic(rng: Rng): { poly: number[]; roots: Root[] } {
  const p = rng.integer(-5, 5);
  const q = rng.integer(1, 2);
  const s = rng.choice(SQUARE_FREE);
  const r = q * Math.sqrt(s);
  return { poly: [p * p - q * q * s, -2 * p, 1], roots: [{ value: p + r, text: surdText(p, q, s, 1, 1) }, { value: p - r, text: surdText(p, q, s, 1, -1) }] };
}

/** x^2 + B x + C with no real root. */
function complexQuadratic(rng: Rng): number[] {
  const B = rng.integer(-6, 6);
  const C = rng.integer(Math.floor((B * B) / 4) + 1, Math.floor((B * B) / 4) + 9);
  return [C, B, 1];
}

/** ±√m (m > 0) in simplest radical form. */
function plusMinusRoot(m: number): Root[] {
  const root = sqrtOf(m);
  const [k, s] = [root.c.valueOf(), root.s];
  const r = Math.sqrt(m);
  return s === 1 ? [rationalRoot(k), rationalRoot(-k)] : [{ value: r, text: surdText(0, k, s, 1, 1) }, { value: -r, text: surdText(0, k, s, 1, -1) }];
}

function draw(rng: Rng, difficulty: number): { poly: number[]; roots: Root[] } {
  switch (difficulty) {
    case 1: {
      const rs = distinctInts(rng, 3, -10, 10);
      const k = rng.choice([1, -1, 2, -2, 3, -3]);
      return { poly: rs.reduce((acc, r) => mul(acc, [-r, 1]), [k]), roots: rs.map((r) => rationalRoot(r)) };
    }
    case 2: {
      const p = rng.integer(2, 6);
      let q = rng.integer(-11, 11);
      while (gcd(q, p) !== 1) q = rng.integer(-11, 11);
      const [r, s] = distinctInts(rng, 2, -9, 9) as [number, number];
      return { poly: mul(mul([-q, p], [-r, 1]), [-s, 1]), roots: [rationalRoot(q, p), rationalRoot(r), rationalRoot(s)] };
    }
    case 3: {
      const a = rng.integer(1, 3);
      let b = rng.integer(-9, 9);
      while (gcd(b, a) !== 1) b = rng.integer(-9, 9);
      const linear = [-b, a];
      if (rng.bernoulli(0.3)) return { poly: mul(linear, complexQuadratic(rng)), roots: [rationalRoot(b, a)] };
      const quad = irrationalQuadratic(rng);
      return { poly: mul(linear, quad.poly), roots: [rationalRoot(b, a), ...quad.roots] };
    }
    default: {
      if (rng.bernoulli(0.5)) {
        const m = rng.integer(1, 50);
        let n = rng.integer(-20, 50);
        while (n === 0 || n === m) n = rng.integer(-20, 50);
        return { poly: mul([-m, 0, 1], [-n, 0, 1]), roots: [...plusMinusRoot(m), ...(n > 0 ? plusMinusRoot(n) : [])] };
      }
      const [r1, r2] = distinctInts(rng, 2, -6, 6) as [number, number];
      const quad = irrationalQuadratic(rng);
      return { poly: mul(mul([-r1, 1], [-r2, 1]), quad.poly), roots: [rationalRoot(r1), rationalRoot(r2), ...quad.roots] };
    }
  }
}

export const polynomialRoots: TaskGenerator = {
  name: NAME,
  envName: 'PolynomialRoots',
  description: 'Solve a cubic or quartic equation; answer the set of real solutions, each a reduced fraction or in simplest radical form.',
  levels: [
    'cubic k(x - r1)(x - r2)(x - r3) with three distinct integer roots',
    'cubic with one non-integer rational root and two integer roots',
    'cubic with a rational root times a quadratic with irrational roots p ± q√s (or no real roots)',
    'quartic: biquadratic (x^2 - m)(x^2 - n), or two integer roots times a quadratic with irrational roots',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { poly, roots } = draw(rng, difficulty);
    const equation = `${polyText(poly)} = 0`;
    const sorted = [...roots].sort((a, b) => a.value - b.value);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem:
        `Solve for x: ${equation}\n` +
        'Give all real solutions as a set, each in simplest form (an integer, a reduced fraction, or simplest radical form with a square-free radicand), for example {-2, 1/3, 1 + √3, 1 - √3}.',
      answer: `{${sorted.map((r) => r.text).join(', ')}}`,
      source: NAME,
      metadata: { family: NAME, difficulty, index, equation, coefficients: poly, rootCount: roots.length },
    };
  },
  scoreAnswer: (answer, entry) => scoreRadicalSet(answer, entry.answer),
};
