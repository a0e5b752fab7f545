/**
 * linear_systems: a 2x2 linear system in x and y with a unique solution.
 *
 * Each equation is stored as `lx x + ly y + lc = rx x + ry y + rc` (metadata `equations`), so the
 * solution can be recomputed from the metadata. Levels:
 * 1. standard form a x + b y = c, coefficients 1..5 (signs vary), integer solution |x|, |y| <= 10.
 * 2. standard form, coefficients -9..9 (non-zero), integer solution.
 * 3. standard form, coefficients -12..12, at least one non-integer (fractional) coordinate.
 * 4. terms on both sides (e.g. 3x - 2 = 5y + 7), rational solution.
 * Gold answer: `(x, y)` with exact rationals, e.g. `(\frac{1}{2}, -3)`. Scoring: the verifier's
 * ordered-tuple comparison AND each coordinate a literal integer or fraction in lowest terms
 * (answer-form.ts `scoreLiteralTuple`): `(1/2, -3)` and `x = 1/2, y = -3` score 1; `(-3, 1/2)`,
 * `(2/4, -3)` and `(1/2, -6/2)` score 0.
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import { MathgymError } from '../../lib/errors.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { plainRational, texRational } from './linear-equations.js';
import { scoreLiteralTuple } from './answer-form.js';

/** `lx x + ly y + lc = rx x + ry y + rc` */
export interface SystemEquation {
  readonly lx: number;
  readonly ly: number;
  readonly lc: number;
  readonly rx: number;
  readonly ry: number;
  readonly rc: number;
}

/** `a x + b y + c` printed with the usual sign conventions. */
function termsText(terms: readonly [number, string][]): string {
  const out: string[] = [];
  for (const [c, v] of terms) {
    if (c === 0) continue;
    const mag = Math.abs(c) === 1 && v !== '' ? '' : String(Math.abs(c));
    if (out.length === 0) out.push(`${c < 0 ? '-' : ''}${mag}${v}`);
    else out.push(`${c < 0 ? '-' : '+'} ${mag}${v}`);
  }
  return out.length === 0 ? '0' : out.join(' ');
}

function equationText(e: SystemEquation): string {
  return `${termsText([[e.lx, 'x'], [e.ly, 'y'], [e.lc, '']])} = ${termsText([[e.rx, 'x'], [e.ry, 'y'], [e.rc, '']])}`;
}

function solve(eqs: readonly SystemEquation[]): [Fraction, Fraction] | null {
  const [p, q] = eqs.map((e) => [e.lx - e.rx, e.ly - e.ry, e.rc - e.lc] as const) as [readonly [number, number, number], readonly [number, number, number]];
  const det = p[0] * q[1] - p[1] * q[0];
  if (det === 0) return null;
  return [new Fraction(p[2] * q[1] - p[1] * q[2], det), new Fraction(p[0] * q[2] - p[2] * q[0], det)];
}

const nz = (rng: Rng, m: number): number => (rng.bernoulli() ? 1 : -1) * rng.integer(1, m);
const std = (a: number, b: number, c: number): SystemEquation => ({ lx: a, ly: b, lc: 0, rx: 0, ry: 0, rc: c });

function draw(rng: Rng, difficulty: number): SystemEquation[] {
  if (difficulty <= 2) {
    const m = difficulty === 1 ? 5 : 9;
    const x = rng.integer(-10, 10);
    const y = rng.integer(-10, 10);
    return [0, 1].map(() => {
      const a = difficulty === 1 ? rng.integer(1, m) : nz(rng, m);
      const b = nz(rng, m);
      return std(a, b, a * x + b * y);
    });
  }
  if (difficulty === 3) return [0, 1].map(() => std(nz(rng, 12), nz(rng, 12), rng.integer(-30, 30)));
  // level 4: move some terms to the right-hand side
  return [0, 1].map(() => {
    const e = { lx: nz(rng, 9), ly: 0, lc: 0, rx: 0, ry: 0, rc: rng.integer(-20, 20) };
    const layout = rng.integer(0, 2);
    if (layout === 0) e.ry = nz(rng, 9); // a x = b y + c
    else if (layout === 1) {
      e.ly = nz(rng, 9); // a x + b y + c = d x + e
      e.lc = rng.integer(-12, 12);
      e.rx = nz(rng, 9);
    } else {
      e.lc = nz(rng, 12); // a x + c = b y + d
      e.ry = nz(rng, 9);
    }
    return e;
  });
}

function acceptable(sol: [Fraction, Fraction] | null, difficulty: number): sol is [Fraction, Fraction] {
  if (sol === null) return false;
  const small = sol.every((v) => v.d <= 30n && v.abs().compare(50) <= 0);
  if (difficulty === 3) return small && sol.some((v) => v.d !== 1n);
  return small;
}

const LEVELS = [
  'standard form a x + b y = c, coefficients up to 5, integer solution',
  'standard form, coefficients -9..9, integer solution',
  'standard form, coefficients -12..12, fractional solution',
  'terms on both sides of each equation, rational solution',
] as const;

export const linearSystems: TaskGenerator = {
  name: 'linear_systems',
  envName: 'LinearSystems',
  description: 'Solve a 2x2 linear system; answer the ordered pair (x, y).',
  levels: LEVELS,
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    for (let tries = 0; tries < 1000; tries++) {
      const equations = draw(rng, difficulty);
      const sol = solve(equations);
      if (!acceptable(sol, difficulty)) continue;
      const text = equations.map(equationText);
      return {
        id: `linear_systems-${difficulty}-${index}`,
        problem:
          `Solve the system of equations:\n  ${text[0]}\n  ${text[1]}\n` +
          'Give your answer as an ordered pair (x, y) of single integers or fractions in lowest terms (for example (2, -3/4)), not expressions.',
        answer: `(${texRational(sol[0])}, ${texRational(sol[1])})`,
        source: 'linear_systems',
        metadata: { family: 'linear_systems', difficulty, index, equations, x: plainRational(sol[0]), y: plainRational(sol[1]) },
      };
    }
    throw new MathgymError(`linear_systems: could not draw a system at difficulty ${difficulty}`);
  },
  scoreAnswer: (answer, entry) => scoreLiteralTuple(answer, entry.answer, ['integer', 'fraction'], ['x', 'y']),
};
