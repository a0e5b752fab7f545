/**
 * rational_simplify: simplify a rational expression by cancelling common factors.
 *
 * The expression is `(kn · Π num) / (kd · Π den)` where `num` and `den` share the `common` linear
 * factors; metadata holds the factor lists (each `[p, q]` meaning p x + q) and the expanded
 * numerator / denominator coefficients (constant term first). Levels:
 * 1. (x^2 - a^2)/(x - a) or (x + a)(x + b)/(x + a): the answer is linear.
 * 2. quadratic over quadratic sharing one monic factor: answer (x + b)/(x + c).
 * 3. non-monic factors and constant multipliers: answer like \frac{2(3x - 1)}{x + 4}.
 * 4. cubic over quadratic (or quadratic over cubic) sharing factors.
 * Gold answer: the simplified expression, e.g. `\frac{x + 2}{x - 5}` or `x + 3`. Scoring: 1 iff the
 * verifier finds it equivalent AND it is a reduced rational function (answer-form.ts
 * `reducedRational`): a polynomial, or a single fraction N/D of polynomial expressions (written
 * factored or expanded, the sign anywhere) whose numerator and denominator are coprime (exact
 * polynomial gcd over Q), AND N/D equals the gold exactly (cross-multiplied). The unsimplified
 * question, or the answer times a spurious (x + 100)/(x + 100), scores 0.
 */
import { parseAnswer } from '../../lib/verify/parse/parser.js';
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { inForm } from './score.js';
import type { TaskGenerator } from './generator.js';
import { mulPoly, polyText } from './polynomial-expand.js';
import { acceptedAnswer, reducedRational } from './answer-form.js';
import { qEquals, qMul } from './qpoly.js';

type Lin = readonly [number, number]; // p x + q
const nz = (rng: Rng, m: number): number => (rng.bernoulli() ? 1 : -1) * rng.integer(1, m);
const monic = (rng: Rng): Lin => [1, nz(rng, 9)];
const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const lin = (rng: Rng): Lin => {
  for (;;) {
    const p = rng.integer(1, 3);
    const q = nz(rng, 7);
    if (gcd(p, q) === 1) return [p, q];
  }
};
const same = (f: Lin, g: Lin): boolean => f[0] === g[0] && f[1] === g[1];

function product(k: number, fs: readonly Lin[]): number[] {
  return fs.reduce<number[]>((acc, f) => mulPoly(acc, [f[1], f[0]]), [k]);
}

function factorsText(k: number, fs: readonly Lin[]): string {
  const body = fs.map((f) => (fs.length === 1 && k === 1 ? polyText([f[1], f[0]]) : `(${polyText([f[1], f[0]])})`)).join('');
  if (fs.length === 0) return String(k);
  return `${k === 1 ? '' : k === -1 ? '-' : k}${body}`;
}

interface Drawn {
  kn: number;
  kd: number;
  common: Lin[];
  num: Lin[];
  den: Lin[];
}

function draw(rng: Rng, difficulty: number): Drawn {
  switch (difficulty) {
    case 1: {
      const c = monic(rng);
      const o: Lin = rng.bernoulli(0.4) ? [1, -c[1]] : monic(rng);
      return { kn: 1, kd: 1, common: [c], num: [o], den: [] };
    }
    case 2:
      return { kn: 1, kd: 1, common: [monic(rng)], num: [monic(rng)], den: [monic(rng)] };
    case 3: {
      const kn = nz(rng, 6);
      let kd = rng.integer(1, 6);
      if (gcd(kn, kd) === 1 && kd !== 1) kd = kd * rng.integer(1, 2);
      return { kn, kd, common: [lin(rng)], num: [lin(rng)], den: [lin(rng)] };
    }
    default:
      return rng.bernoulli()
        ? { kn: 1, kd: 1, common: [monic(rng), lin(rng)], num: [monic(rng)], den: [] }
        : { kn: 1, kd: 1, common: [monic(rng)], num: [lin(rng)], den: [monic(rng), monic(rng)] };
  }
}

/** True when no factor of `num` equals a factor of `den` (so nothing further cancels). */
const reduced = (d: Drawn): boolean => !d.num.some((f) => d.den.some((g) => same(f, g)));

const LEVELS = [
  '(x^2 - a^2)/(x - a) or (x + a)(x + b)/(x + a): linear result',
  'quadratic over quadratic with one common monic factor',
  'non-monic factors and constant multipliers',
  'cubic over linear/quadratic or quadratic over cubic, with common factors',
] as const;

export const rationalSimplify: TaskGenerator = {
  name: 'rational_simplify',
  envName: 'RationalSimplify',
  description: 'Simplify a rational expression by cancelling common factors.',
  levels: LEVELS,
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    let d = draw(rng, difficulty);
    for (let tries = 0; !reduced(d) && tries < 100; tries++) d = draw(rng, difficulty);
    const numerator = product(d.kn, [...d.common, ...d.num]);
    const denominator = product(d.kd, [...d.common, ...d.den]);
    const k = new Fraction(d.kn, d.kd);
    const kn = Number(k.n * k.s);
    const kd = Number(k.d);
    const top = factorsText(Math.abs(kn), d.num);
    const sign = kn < 0 ? '-' : '';
    const answer = d.den.length === 0 && kd === 1 ? factorsText(kn, d.num) : `${sign}\\frac{${top}}{${factorsText(kd, d.den)}}`;
    const expression = `(${polyText(numerator)})/(${polyText(denominator)})`;
    return {
      id: `rational_simplify-${difficulty}-${index}`,
      problem:
        `Simplify: ${expression}\n` +
        'Cancel all common factors and give the result as a single fraction whose numerator and denominator have no common factor ' +
        '(or a polynomial, when the denominator cancels), for example (x + 2)/(x - 5) or 2(x + 1)/(3x - 1).',
      answer,
      source: 'rational_simplify',
      metadata: { family: 'rational_simplify', difficulty, index, expression, ...d, numerator, denominator },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const { verdict, node } = acceptedAnswer(answer, entry.answer);
    if (!node) return verdict;
    const got = reducedRational(node);
    const want = reducedRational(parseAnswer(entry.answer));
    if (got === undefined || typeof got === 'string' || typeof want === 'string') return inForm(verdict, false, typeof got === 'string' ? `is not reduced: ${got}` : 'is not a reduced quotient of polynomials');
    // N/D = Ng/Dg exactly
    return inForm(verdict, qEquals(qMul(got[0], want[1]), qMul(want[0], got[1])), 'is not the reduced quotient');
  },
};
