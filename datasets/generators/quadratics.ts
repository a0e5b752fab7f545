/**
 * quadratics: find all real solutions of a quadratic equation.
 *
 * Metadata: `a`, `b`, `c` of the standard form a x^2 + b x + c = 0 (the problem may show the terms
 * on both sides; `equation` is the shown text). Levels:
 * 1. monic x^2 + b x + c = 0 with integer roots (a double root gives a single solution).
 * 2. leading coefficient != 1, rational roots, e.g. 6x^2 - x - 2 = 0.
 * 3. rational roots with terms on both sides, e.g. 2x^2 + 3x = x - 4 + ... .
 * 4. irrational roots p ± q√s (integer p, q, square-free s), monic.
 * 5. irrational roots of a non-monic quadratic: (-b ± k√s)/(2a) in lowest terms.
 * Gold answer: the set of solutions, e.g. `{-3, \frac{1}{2}}` or `{1 + \sqrt{3}, 1 - \sqrt{3}}`, or
 * `{4}` for a double root. Scoring: the verifier's unordered set comparison AND every solution in
 * simplest radical form (answer-form.ts `scoreRadicalSet`: a reduced rational, r ± k√s/d or
 * (p ± k√s)/d with s square-free and gcd(p, k, d) = 1; `1 ± √3` counts as two), with no repeats:
 * plain text `{1 - sqrt(3), 1 + sqrt(3)}` scores 1, the quadratic formula with the numbers put in,
 * `√12` for `2√3` or `4/2` for `2` score 0.
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { texRational } from './linear-equations.js';
import { polyText } from './polynomial-expand.js';
import { scoreRadicalSet } from './answer-form.js';

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const nz = (rng: Rng, m: number): number => (rng.bernoulli() ? 1 : -1) * rng.integer(1, m);
export const SQUARE_FREE = [2, 3, 5, 6, 7, 10, 11, 13] as const;

/** Largest k with k^2 | n, and n / k^2. */
function splitSquare(n: number): [number, number] {
  let k = 1;
  for (let i = 2; i * i <= n; i++) if (n % (i * i) === 0) k = i;
  return [k, n / (k * k)];
}

/** `\frac{n + k\sqrt{s}}{d}` reduced, or `p + q\sqrt{s}` when d divides. sign = ±1. */
export function surdText(n: number, k: number, s: number, d: number, sign: 1 | -1): string {
  const g = gcd(gcd(n, k), d);
  [n, k, d] = [n / g, k / g, d / g];
  if (d < 0) [n, d] = [-n, -d];
  if (d < 0) d = -d;
  const kk = k * sign;
  const surd = `${Math.abs(kk) === 1 ? '' : Math.abs(kk)}\\sqrt{${s}}`;
  const num = n === 0 ? `${kk < 0 ? '-' : ''}${surd}` : `${n} ${kk < 0 ? '-' : '+'} ${surd}`;
  return d === 1 ? num : `\\frac{${num}}{${d}}`;
}

interface Drawn {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  /** extra a2 x^2 + b2 x + c2 added to both sides (levels 3), constant first */
  readonly shift: readonly number[];
}

function draw(rng: Rng, difficulty: number): Drawn {
  switch (difficulty) {
    case 1: {
      const [r, s] = [rng.integer(-9, 9), rng.integer(-9, 9)];
      return { a: 1, b: -(r + s), c: r * s, shift: [0] };
    }
    case 2:
    case 3: {
      // (p x - q)(r x - s) with p, r >= 1, not both 1
      const p = rng.integer(1, 4);
      const r = rng.integer(p === 1 ? 2 : 1, 5);
      const q = rng.integer(-7, 7);
      const s = nz(rng, 7);
      const shift = difficulty === 3 ? [rng.integer(-9, 9), nz(rng, 6), rng.integer(-2, 2)] : [0];
      return { a: p * r, b: -(p * s + q * r), c: q * s, shift };
    }
    case 4: {
      const p = rng.integer(-6, 6);
      const q = rng.integer(1, 3);
      const s = rng.choice(SQUARE_FREE);
      // (x - p)^2 = q^2 s
      return { a: 1, b: -2 * p, c: p * p - q * q * s, shift: [0] };
    }
    default: {
      for (;;) {
        const a = rng.integer(2, 5);
        const b = rng.integer(-9, 9);
        const c = nz(rng, 9);
        const disc = b * b - 4 * a * c;
        if (disc <= 0) continue;
        const [k] = splitSquare(disc);
        if (k * k === disc) continue; // rational roots: not this level
        return { a, b, c, shift: [0] };
      }
    }
  }
}

function rootsText(a: number, b: number, c: number): string[] {
  const disc = b * b - 4 * a * c;
  if (disc === 0) return [texRational(new Fraction(-b, 2 * a))];
  const [k, s] = splitSquare(disc);
  if (s === 1) {
    const r1 = new Fraction(-b + k, 2 * a);
    const r2 = new Fraction(-b - k, 2 * a);
    return r1.equals(r2) ? [texRational(r1)] : [texRational(r1), texRational(r2)];
  }
  return [surdText(-b, k, s, 2 * a, 1), surdText(-b, k, s, 2 * a, -1)];
}

const LEVELS = [
  'monic quadratic, integer roots',
  'leading coefficient != 1, rational roots',
  'rational roots, terms on both sides of the equation',
  'monic quadratic with irrational roots p ± q√s',
  'non-monic quadratic with irrational roots (-b ± k√s)/(2a)',
] as const;

export const quadratics: TaskGenerator = {
  name: 'quadratics',
  envName: 'Quadratics',
  description: 'Solve a quadratic equation; answer the set of real solutions.',
  levels: LEVELS,
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { a, b, c, shift } = draw(rng, difficulty);
    const left = [c + (shift[0] ?? 0), b + (shift[1] ?? 0), a + (shift[2] ?? 0)];
    const equation = `${polyText(left)} = ${polyText(shift)}`;
    const roots = rootsText(a, b, c);
    return {
      id: `quadratics-${difficulty}-${index}`,
      problem:
        `Solve for x: ${equation}\n` +
        'Give all real solutions as a set, each in simplest form (a reduced fraction, or simplest radical form with a square-free radicand), for example {-2, 1/3} or {1 + √3, 1 - √3}; write a repeated solution once, e.g. {4}.',
      answer: `{${roots.join(', ')}}`,
      source: 'quadratics',
      metadata: { family: 'quadratics', difficulty, index, equation, a, b, c, shift, rootCount: roots.length },
    };
  },
  scoreAnswer: (answer, entry) => scoreRadicalSet(answer, entry.answer),
};
