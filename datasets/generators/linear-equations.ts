/**
 * linear_equations: solve one linear equation in x with a unique exact rational solution.
 *
 * Every side of the equation is stored as `k(a x + b)/den + c` (metadata `left`, `right`), so the
 * answer can be recomputed from the metadata alone. Levels:
 * 1. a x + b = d, integer solution, |a| <= 9, |x| <= 10.
 * 2. a x + b = c x + d (x on both sides), integer solution, coefficients up to 12.
 * 3. k(a x + b) + c = m(e x + f) + g (parentheses), integer solution.
 * 4. as level 3, coefficients up to 15, solution a non-integer fraction.
 * 5. (a x + b)/p + c = (e x + f)/q + g (fractional coefficients), any rational solution.
 * Gold answer: `x = 3` or `x = -\frac{3}{4}`. Scoring: the verifier's exact comparison AND a literal
 * integer or fraction in lowest terms (answer-form.ts `scoreLiteral`): `x = -3/4`, `x = \frac{-3}{4}`
 * and a bare `-3/4` score 1; `x = 6/-8`, `x = -0.75` and `x = (17 - 8)/(-9 + 12)` score 0.
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import { MathgymError } from '../../lib/errors.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { scoreLiteral } from './answer-form.js';

/** `k(a x + b)/den + c` */
export interface LinearSide {
  readonly k: number;
  readonly a: number;
  readonly b: number;
  readonly den: number;
  readonly c: number;
}

/** LaTeX for an exact rational: `3`, `-\frac{3}{4}`. */
export function texRational(f: Fraction): string {
  const n = f.n * BigInt(f.s);
  if (f.d === 1n) return n.toString();
  return `${n < 0n ? '-' : ''}\\frac{${(n < 0n ? -n : n).toString()}}{${f.d.toString()}}`;
}

/** Plain-text rational: `3`, `-3/4`. */
export function plainRational(f: Fraction): string {
  const n = f.n * BigInt(f.s);
  return f.d === 1n ? n.toString() : `${n.toString()}/${f.d.toString()}`;
}

/** `a x + b` with the usual sign conventions (`-x + 3`, `2x`, `0`); `v` is the variable name. */
export function linearText(a: number, b: number, v = 'x'): string {
  const parts: string[] = [];
  if (a !== 0) parts.push(`${a < 0 ? '-' : ''}${Math.abs(a) === 1 ? '' : Math.abs(a)}${v}`);
  if (b !== 0 || parts.length === 0) parts.push(parts.length === 0 ? String(b) : `${b < 0 ? '- ' : '+ '}${Math.abs(b)}`);
  return parts.join(' ');
}

/** ` + 3`, ` - 3`, or '' for 0. */
function constTail(c: number): string {
  return c === 0 ? '' : ` ${c < 0 ? '-' : '+'} ${Math.abs(c)}`;
}

function sideText(s: LinearSide): string {
  const inner = linearText(s.a, s.b);
  if (s.den !== 1) return `(${inner})/${s.den}${constTail(s.c)}`;
  if (s.k === 1) return s.c === 0 ? inner : `${inner}${constTail(s.c)}`;
  const k = s.k === -1 ? '-' : String(s.k);
  return `${k}(${inner})${constTail(s.c)}`;
}

function sideCoeffs(s: LinearSide): [Fraction, Fraction] {
  const f = new Fraction(s.k, s.den);
  return [f.mul(s.a), f.mul(s.b).add(s.c)];
}

function solve(left: LinearSide, right: LinearSide): Fraction | null {
  const [la, lb] = sideCoeffs(left);
  const [ra, rb] = sideCoeffs(right);
  const a = la.sub(ra);
  if (a.equals(0)) return null;
  return rb.sub(lb).div(a);
}

const nz = (rng: Rng, m: number): number => (rng.bernoulli() ? 1 : -1) * rng.integer(1, m);
/** A multiplier in front of parentheses: never 1, so the parentheses are always printed. */
const nzNotOne = (rng: Rng, m: number): number => {
  const k = nz(rng, m);
  return k === 1 ? 2 : k;
};
const side = (k: number, a: number, b: number, den: number, c: number): LinearSide => ({ k, a, b, den, c });

function draw(rng: Rng, difficulty: number): { left: LinearSide; right: LinearSide } {
  switch (difficulty) {
    case 1: {
      const x = rng.integer(-10, 10);
      const a = nz(rng, 9);
      const b = rng.integer(-20, 20);
      return { left: side(1, a, b, 1, 0), right: side(1, 0, a * x + b, 1, 0) };
    }
    case 2: {
      const x = rng.integer(-10, 10);
      const a = nz(rng, 12);
      let c = nz(rng, 12);
      if (c === a) c = -a;
      const b = rng.integer(-30, 30);
      return { left: side(1, a, b, 1, 0), right: side(1, c, a * x + b - c * x, 1, 0) };
    }
    case 3:
    case 4: {
      const m = difficulty === 3 ? 9 : 15;
      const x = difficulty === 3 ? rng.integer(-10, 10) : 0;
      const k1 = nzNotOne(rng, m);
      const left = side(k1, rng.integer(1, 3), nz(rng, m), 1, rng.integer(-m, m));
      const k2 = nzNotOne(rng, m);
      const a2 = rng.integer(1, 3);
      const b2 = nz(rng, m);
      const c2 = difficulty === 3 ? left.k * (left.a * x + left.b) + left.c - k2 * (a2 * x + b2) : rng.integer(-2 * m, 2 * m);
      return { left, right: side(k2, a2, b2, 1, c2) };
    }
    default: {
      const p = rng.integer(2, 6);
      let q = rng.integer(2, 6);
      if (q === p) q = p === 6 ? 2 : p + 1;
      return {
        left: side(1, nz(rng, 9), rng.integer(-12, 12), p, rng.integer(-9, 9)),
        right: side(1, nz(rng, 9), rng.integer(-12, 12), q, rng.integer(-9, 9)),
      };
    }
  }
}

function acceptable(x: Fraction | null, difficulty: number): x is Fraction {
  if (x === null) return false;
  if (difficulty <= 3) return x.d === 1n;
  if (difficulty === 4) return x.d !== 1n && x.d <= 20n && x.abs().compare(30) <= 0;
  return x.d <= 40n && x.abs().compare(40) <= 0;
}

const LEVELS = [
  'a x + b = d with an integer solution, |a| <= 9',
  'a x + b = c x + d (x on both sides), integer solution',
  'parentheses: k(a x + b) + c = m(e x + f) + g, integer solution',
  'parentheses, coefficients up to 15, non-integer fractional solution',
  'fractional coefficients: (a x + b)/p + c = (e x + f)/q + g, rational solution',
] as const;

export const linearEquations: TaskGenerator = {
  name: 'linear_equations',
  envName: 'LinearEquations',
  description: 'Solve a linear equation in x; answer x = <exact rational>.',
  levels: LEVELS,
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    for (let tries = 0; tries < 1000; tries++) {
      const { left, right } = draw(rng, difficulty);
      const x = solve(left, right);
      if (!acceptable(x, difficulty)) continue;
      const equation = `${sideText(left)} = ${sideText(right)}`;
      return {
        id: `linear_equations-${difficulty}-${index}`,
        problem:
          `Solve for x: ${equation}\n` +
          'Give your answer in the form x = <value>, where the value is a single integer or a fraction in lowest terms (for example x = -3/4), not an expression.',
        answer: `x = ${texRational(x)}`,
        source: 'linear_equations',
        metadata: { family: 'linear_equations', difficulty, index, equation, left, right, solution: plainRational(x) },
      };
    }
    throw new MathgymError(`linear_equations: could not draw an equation at difficulty ${difficulty}`);
  },
  scoreAnswer: (answer, entry) => scoreLiteral(answer, entry.answer, ['integer', 'fraction'], 'x'),
};
