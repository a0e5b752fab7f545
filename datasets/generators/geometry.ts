/**
 * `geometry`: coordinate and triangle geometry with exact answers. Stated forms, checked exactly:
 * a length, area, angle (degrees; a ° sign is fine) or radius is ONE number in simplest form (an
 * integer, a reduced fraction, or simplest radical form with a rationalised denominator, scored with
 * `scoreRadicalSet` on one element); a midpoint is an ordered pair of integers or reduced fractions
 * (`scoreLiteralTuple`). Unevaluated formulas (`\sqrt{3^2 + 4^2}`, `\frac{1}{2} \cdot 6 \cdot 4`),
 * decimals and the question's numbers earn 0.
 *
 * | difficulty | tasks                                                                              |
 * |------------|------------------------------------------------------------------------------------|
 * | 1          | distance between two lattice points; midpoint of a segment                           |
 * | 2          | triangle area from vertices; from two sides and the included angle (30°..150°); equilateral triangle and regular hexagon areas |
 * | 3          | interior angle of a regular n-gon; third side (law of cosines, 60°/90°/120°) or that angle from the three sides; distance from a point to a line |
 * | 4          | inradius and circumradius of a triangle with integer sides; inradius of a right triangle |
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import { answerInQuestion, type TaskGenerator } from './generator.js';
import type { Verdict } from '../../lib/verify/types.js';
import { scoreLiteralTuple, scoreRadicalSet } from './answer-form.js';
import { texRational } from './linear-equations.js';
import { surdText } from './quadratics.js';
import { div, gcdInt, mul, rat, sqrtOf, surdTex, type Surd } from './surd.js';

const NAME = 'geometry';
const VALUE_FORM = 'Give the exact answer in simplest form: an integer, a reduced fraction, or simplest radical form with a square-free radicand and a rationalised denominator.';

interface Task {
  readonly kind: string;
  readonly text: string;
  /** The gold's written form. */
  readonly answer: string;
  /** A rational gold as plain text (`7`, `-3/2`), to refuse one that is a number of the question. */
  readonly plain?: string;
}

const pt = (p: readonly [number, number]): string => `(${p[0]}, ${p[1]})`;
const lattice = (rng: Rng, m: number): [number, number] => [rng.integer(-m, m), rng.integer(-m, m)];
const plainOf = (x: Surd): string | undefined => (x.s === 1 ? x.c.toFraction() : undefined);
const value = (kind: string, text: string, x: Surd): Task => ({ kind, text: `${text} ${VALUE_FORM}`, answer: surdTex(x), ...(plainOf(x) === undefined ? {} : { plain: plainOf(x) as string }) });

/** sin of an angle in {30, 45, 60, 90, 120, 135, 150} degrees. */
const SIN: Readonly<Record<number, Surd>> = {
  30: rat(1, 2), 45: { c: new Fraction(1, 2), s: 2 }, 60: { c: new Fraction(1, 2), s: 3 }, 90: rat(1),
  120: { c: new Fraction(1, 2), s: 3 }, 135: { c: new Fraction(1, 2), s: 2 }, 150: rat(1, 2),
};

/** 16 · area² of a triangle with sides a, b, c (Heron), 0 when degenerate. */
const heron16 = (a: number, b: number, c: number): number => (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c);

function level1(rng: Rng): Task {
  const [p, q] = [lattice(rng, 12), lattice(rng, 12)];
  if (rng.bernoulli(0.6)) {
    const d = sqrtOf((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2);
    return value('distance', `Find the distance between the points ${pt(p)} and ${pt(q)}.`, d);
  }
  const m = [new Fraction(p[0] + q[0], 2), new Fraction(p[1] + q[1], 2)];
  return {
    kind: 'midpoint',
    text: `Find the midpoint of the segment from ${pt(p)} to ${pt(q)}. Give it as an ordered pair (x, y) of integers or reduced fractions.`,
    answer: `(${m.map(texRational).join(', ')})`,
  };
}

function level2(rng: Rng): Task {
  // the one-parameter shapes (equilateral triangle, hexagon) have few problems: drawn less often
  const pick = rng.weightedIndex([4, 4, 1, 1]);
  if (pick === 0) {
    for (;;) {
      const [a, b, c] = [lattice(rng, 10), lattice(rng, 10), lattice(rng, 10)];
      const twice = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]));
      if (twice === 0) continue;
      return value('triangle-vertices', `Find the area of the triangle with vertices ${pt(a)}, ${pt(b)} and ${pt(c)}.`, rat(twice, 2));
    }
  }
  if (pick === 1) {
    const [a, b] = [rng.integer(2, 30), rng.integer(2, 30)];
    const angle = rng.choice([30, 45, 60, 90, 120, 135, 150]);
    return value('sas-area', `A triangle has two sides of lengths ${a} and ${b} with an included angle of ${angle} degrees. Find its area.`, mul(rat(a * b, 2), SIN[angle] as Surd));
  }
  const s = rng.integer(2, 60);
  if (pick === 2) return value('equilateral-area', `Find the area of an equilateral triangle with side length ${s}.`, { c: new Fraction(s * s, 4), s: 3 });
  return value('hexagon-area', `Find the area of a regular hexagon with side length ${s}.`, { c: new Fraction(3 * s * s, 2), s: 3 });
}

function level3(rng: Rng): Task {
  // the angle from three sides is one of 60, 90, 120: drawn rarely, so no gold dominates
  const pick = rng.weightedIndex([3, 3, 1, 3]);
  if (pick === 0) {
    const n = rng.integer(5, 60);
    return value('polygon-angle', `Find the measure, in degrees, of one interior angle of a regular polygon with ${n} sides.`, rat(180 * (n - 2), n));
  }
  if (pick === 1 || pick === 2) {
    const [a, b] = [rng.integer(2, 25), rng.integer(2, 25)];
    const angle = rng.choice([60, 90, 120]);
    const c2 = a * a + b * b + (angle === 60 ? -a * b : angle === 120 ? a * b : 0);
    if (pick === 1) return value('law-of-cosines', `In triangle ABC, AC = ${b}, BC = ${a} and angle C = ${angle} degrees. Find the length of side AB.`, sqrtOf(c2));
    const c = surdTex(sqrtOf(c2));
    return value('angle-from-sides', `A triangle has sides of lengths ${a}, ${b} and ${c}. Find the measure, in degrees, of the angle opposite the side of length ${c}.`, rat(angle));
  }
  for (;;) {
    const [A, B] = [rng.integer(-9, 9), rng.integer(-9, 9)];
    if (A === 0 && B === 0) continue;
    const C = rng.integer(-20, 20);
    const p = lattice(rng, 10);
    const num = Math.abs(A * p[0] + B * p[1] + C);
    if (num === 0 || gcdInt(gcdInt(A, B), C) !== 1) continue;
    const line = `${A === 0 ? '' : `${A === 1 ? '' : A === -1 ? '-' : A}x`}${B === 0 ? '' : `${A === 0 ? (B < 0 ? '-' : '') : B < 0 ? ' - ' : ' + '}${Math.abs(B) === 1 ? '' : Math.abs(B)}y`}${C === 0 ? '' : C < 0 ? ` - ${-C}` : ` + ${C}`} = 0`;
    return value('point-line', `Find the distance from the point ${pt(p)} to the line ${line}.`, div(rat(num), sqrtOf(A * A + B * B)));
  }
}

function level4(rng: Rng): Task {
  const pick = rng.integer(0, 2);
  if (pick === 2) {
    const [a, b] = [rng.integer(1, 30), rng.integer(1, 30)];
    const [k, s] = ((): [number, number] => {
      const h = sqrtOf(a * a + b * b);
      return [Number(h.c.n), h.s];
    })();
    // r = (a + b - c) / 2 for a right triangle with legs a, b and hypotenuse c = k√s
    const answer = s === 1 ? texRational(new Fraction(a + b - k, 2)) : surdText(a + b, k, s, 2, -1);
    return {
      kind: 'right-inradius',
      text: `A right triangle has legs of lengths ${a} and ${b}. Find the radius of its inscribed circle. ${VALUE_FORM}`,
      answer,
      ...(s === 1 ? { plain: new Fraction(a + b - k, 2).toFraction() } : {}),
    };
  }
  for (;;) {
    const [a, b, c] = [rng.integer(2, 30), rng.integer(2, 30), rng.integer(2, 30)];
    const n = heron16(a, b, c);
    if (n <= 0) continue;
    const area = div(sqrtOf(n), rat(4)); // √n / 4
    return pick === 0
      ? value('inradius', `A triangle has sides of lengths ${a}, ${b} and ${c}. Find the radius of its inscribed circle.`, div(area, rat(a + b + c, 2)))
      : value('circumradius', `A triangle has sides of lengths ${a}, ${b} and ${c}. Find the radius of its circumscribed circle.`, div(rat(a * b * c), mul(rat(4), area)));
  }
}

const LEVELS = [level1, level2, level3, level4];

export const geometry: TaskGenerator = {
  name: NAME,
  envName: 'Geometry',
  description: 'Coordinate and triangle geometry with exact answers: distances, midpoints, areas, angles, incircle and circumcircle radii, in simplest radical form.',
  levels: [
    'distance between two lattice points, or a midpoint',
    'triangle area (vertices, or two sides and the included angle), equilateral triangle and regular hexagon areas',
    'regular polygon interior angle, law of cosines (a side, or an angle from three sides), distance from a point to a line',
    'inradius and circumradius of a triangle with integer sides, inradius of a right triangle',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    let t = (LEVELS[difficulty - 1] as (r: Rng) => Task)(rng);
    // a gold that is a number of the question would pay a copy
    for (let i = 0; i < 100 && t.plain !== undefined && answerInQuestion(t.text, t.plain); i++) t = (LEVELS[difficulty - 1] as (r: Rng) => Task)(rng);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: t.text,
      answer: t.answer,
      source: NAME,
      metadata: { family: NAME, difficulty, index, task: t.kind },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    return entry.metadata.task === 'midpoint' ? scoreLiteralTuple(answer, entry.answer, ['integer', 'fraction'], ['x', 'y']) : scoreRadicalSet(answer, entry.answer);
  },
};
