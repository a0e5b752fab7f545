/**
 * `sequences`: the next term or the n-th term of an arithmetic, geometric or quadratic sequence
 * given by its first five terms. Scoring: the verifier's equality AND a literal integer or fraction in
 * lowest terms (answer-form.ts `scoreLiteral`), so `3 \cdot 2^{9}` or `12/8` scores 0.
 *
 * | difficulty | tasks                                                                       |
 * |------------|-----------------------------------------------------------------------------|
 * | 1          | next term of an arithmetic sequence (small integers)                         |
 * | 2          | next term of a geometric sequence (integer ratio), or n-th term (n <= 30) of an arithmetic one |
 * | 3          | next term of a quadratic sequence, or n-th term (n <= 12) of a geometric one  |
 * | 4          | n-th term (n <= 50) of a quadratic sequence, or n-th term (n 6..12) of a geometric sequence with a fractional ratio (rational answer) |
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { scoreLiteral } from './answer-form.js';

const NAME = 'sequences';
const SHOWN = 5;

export type SequenceKind = 'arithmetic' | 'geometric' | 'quadratic';

interface Draw {
  readonly kind: SequenceKind;
  /** term(1), term(2), ... */
  readonly term: (n: number) => Fraction;
  readonly params: Record<string, number | string>;
  /** Which term is asked for (SHOWN + 1 = the next one). */
  readonly n: number;
}

const nonZero = (rng: Rng, lo: number, hi: number): number => {
  for (;;) {
    const v = rng.integer(lo, hi);
    if (v !== 0) return v;
  }
};

function arithmetic(rng: Rng, n: number, big: boolean): Draw {
  const a = rng.integer(big ? -50 : -10, big ? 50 : 20);
  const d = nonZero(rng, big ? -15 : -5, big ? 15 : 9);
  return { kind: 'arithmetic', params: { a, d }, n, term: (k) => new Fraction(a + (k - 1) * d) };
}

function geometric(rng: Rng, n: number): Draw {
  const a = nonZero(rng, -5, 5);
  const r = rng.choice([-3, -2, 2, 3, 4, 5]);
  return { kind: 'geometric', params: { a, r: String(r) }, n, term: (k) => new Fraction(a).mul(new Fraction(r).pow(k - 1)) };
}

function fractionalGeometric(rng: Rng, n: number): Draw {
  const [p, q] = rng.choice([
    [1, 2],
    [-1, 2],
    [1, 3],
    [2, 3],
    [-2, 3],
    [3, 2],
    [-3, 2],
    [3, 4],
  ] as const);
  // the shown terms are integers: a is a multiple of q^(SHOWN - 1)
  const a = nonZero(rng, -3, 3) * q ** (SHOWN - 1);
  const r = new Fraction(p, q);
  return { kind: 'geometric', params: { a, r: r.toFraction() }, n, term: (k) => new Fraction(a).mul(r.pow(k - 1)) };
}

function quadratic(rng: Rng, n: number): Draw {
  const A = nonZero(rng, -4, 4);
  const B = rng.integer(-9, 9);
  const C = rng.integer(-15, 15);
  return { kind: 'quadratic', params: { A, B, C }, n, term: (k) => new Fraction(A * k * k + B * k + C) };
}

function draw(rng: Rng, difficulty: number): Draw {
  switch (difficulty) {
    case 1:
      return arithmetic(rng, SHOWN + 1, false);
    case 2:
      return rng.bernoulli(0.5) ? geometric(rng, SHOWN + 1) : arithmetic(rng, rng.integer(10, 30), true);
    case 3:
      return rng.bernoulli(0.5) ? quadratic(rng, SHOWN + 1) : geometric(rng, rng.integer(7, 12));
    default:
      return rng.bernoulli(0.5) ? quadratic(rng, rng.integer(10, 50)) : fractionalGeometric(rng, rng.integer(6, 12));
  }
}

export const sequences: TaskGenerator = {
  name: NAME,
  envName: 'Sequences',
  description: 'Next or n-th term of arithmetic, geometric and quadratic sequences.',
  levels: [
    'next term of an arithmetic sequence',
    'next term of a geometric sequence (integer ratio), or n-th term of an arithmetic sequence',
    'next term of a quadratic sequence, or n-th term of a geometric sequence',
    'n-th term of a quadratic sequence, or of a geometric sequence with a fractional ratio',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const d = draw(rng, difficulty);
    const shown = Array.from({ length: SHOWN }, (_, i) => d.term(i + 1).toFraction());
    const ask = d.n === SHOWN + 1 ? 'What is the next term?' : `What is term number ${d.n} (the first term shown is term number 1)?`;
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `The sequence ${shown.join(', ')}, ... is ${d.kind === 'quadratic' ? 'given by a quadratic formula in the term number' : d.kind}. ${ask} Give the exact value as a single integer or a fraction in lowest terms (for example -81/8), not a formula.`,
      answer: d.term(d.n).toFraction(),
      source: NAME,
      metadata: { family: NAME, difficulty, index, kind: d.kind, n: d.n, shown, ...d.params },
    };
  },
  scoreAnswer: (answer, entry) => scoreLiteral(answer, entry.answer, ['integer', 'fraction']),
};
