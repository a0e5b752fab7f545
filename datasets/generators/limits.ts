/**
 * `limits`: limits of a function of x with a finite rational value. Stated form: the limit as an
 * integer or a reduced fraction, checked as a literal (`scoreLiteral`): the limit expression copied
 * back, an unevaluated quotient (`\frac{6}{4}`, `\frac{3^2}{2}`), a decimal or a hedge earns 0.
 *
 * | difficulty | limits                                                                          |
 * |------------|---------------------------------------------------------------------------------|
 * | 1          | x -> oo of a quotient of polynomials of equal degree 1..4 (ratio of leading coefficients) |
 * | 2          | x -> r of a 0/0 quotient of polynomials (a common factor x - r cancels)                |
 * | 3          | conjugates (√(p x + b) - c)/(x - a); sin(ax)/(bx), tan(ax)/sin(bx), (1 - cos(ax))/(bx^2) at 0 |
 * | 4          | e^x, ln and sin expansions at 0 (first non-cancelling term), √(x^2 + a x + b) - x and x ln(1 + a/(bx)) at oo |
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import { answerInQuestion, MAX_REDRAWS, type TaskGenerator } from './generator.js';
import { scoreLiteral } from './answer-form.js';
import { plainRational, texRational } from './linear-equations.js';
import { mulPoly, polyText } from './polynomial-expand.js';

const NAME = 'limits';

const nz = (rng: Rng, m: number): number => rng.choice([1, -1]) * rng.integer(1, m);
/** `k` times `body` with k = ±1 shown as a sign: `3x`, `-x`, `x`. */
const times = (k: number, body: string): string => (k === 1 ? body : k === -1 ? `-${body}` : `${k}${body}`);
/** `\frac{a}{b}` of two texts. */
const frac = (a: string, b: string): string => `\\frac{${a}}{${b}}`;

interface Drawn {
  readonly point: string;
  readonly expr: string;
  readonly value: Fraction;
}

function level1(rng: Rng): Drawn {
  const n = rng.integer(1, 4);
  const poly = (): number[] => [...Array.from({ length: n }, () => rng.integer(-9, 9)), nz(rng, 12)];
  const [p, q] = [poly(), poly()];
  return { point: '\\infty', expr: frac(polyText(p), polyText(q)), value: new Fraction(p[n] as number, q[n] as number) };
}

function level2(rng: Rng): Drawn {
  const r = rng.integer(-9, 9);
  if (rng.bernoulli(0.25) && r !== 0) {
    // (x^3 - r^3) / (x^2 - r^2) = (x^2 + r x + r^2) / (x + r) -> 3r / 2
    return { point: `${r}`, expr: frac(polyText([-(r ** 3), 0, 0, 1]), polyText([-(r * r), 0, 1])), value: new Fraction(3 * r, 2) };
  }
  let [s, t] = [rng.integer(-9, 9), rng.integer(-9, 9)];
  while (s === r || t === r || s === t) [s, t] = [rng.integer(-9, 9), rng.integer(-9, 9)];
  const [a, b] = [nz(rng, 5), nz(rng, 5)];
  // a (x - r)(x - s) / (b (x - r)(x - t)) -> a (r - s) / (b (r - t))
  const num = mulPoly([-r, 1], [-s * a, a]);
  const den = mulPoly([-r, 1], [-t * b, b]);
  return { point: `${r}`, expr: frac(polyText(num), polyText(den)), value: new Fraction(a * (r - s), b * (r - t)) };
}

function level3(rng: Rng): Drawn {
  const pick = rng.integer(0, 3);
  const [a, b] = [rng.integer(1, 40), rng.integer(1, 40)];
  if (pick === 0) {
    // (√(p x + q) - c) / (x - x0) with p x0 + q = c^2: the conjugate gives p / (2c)
    const p = rng.integer(1, 15);
    const c = rng.integer(1, 15);
    const x0 = rng.integer(-20, 20);
    const q = c * c - p * x0;
    const inside = `${times(p, 'x')}${q === 0 ? '' : q > 0 ? ` + ${q}` : ` - ${-q}`}`;
    const den = x0 === 0 ? 'x' : x0 > 0 ? `x - ${x0}` : `x + ${-x0}`;
    return { point: `${x0}`, expr: frac(`\\sqrt{${inside}} - ${c}`, den), value: new Fraction(p, 2 * c) };
  }
  const ax = times(a, 'x');
  const bx = times(b, 'x');
  if (pick === 1) return { point: '0', expr: frac(`\\sin(${ax})`, bx), value: new Fraction(a, b) };
  if (pick === 2) return { point: '0', expr: frac(`\\tan(${ax})`, `\\sin(${bx})`), value: new Fraction(a, b) };
  return { point: '0', expr: frac(`1 - \\cos(${ax})`, times(b, 'x^2')), value: new Fraction(a * a, 2 * b) };
}

function level4(rng: Rng): Drawn {
  const pick = rng.integer(0, 5);
  const a = nz(rng, 30);
  const b = rng.integer(1, 30);
  const ax = times(a, 'x');
  switch (pick) {
    case 0:
      return { point: '0', expr: frac(`e^{${ax}} - 1`, times(b, 'x')), value: new Fraction(a, b) };
    case 1:
      return { point: '0', expr: frac(`\\ln(1 ${a < 0 ? '-' : '+'} ${times(Math.abs(a), 'x')})`, times(b, 'x')), value: new Fraction(a, b) };
    case 2:
      return { point: '0', expr: frac(`e^{${ax}} - 1 ${a < 0 ? '+' : '-'} ${times(Math.abs(a), 'x')}`, times(b, 'x^2')), value: new Fraction(a * a, 2 * b) };
    case 3:
      return { point: '0', expr: frac(`\\sin(${ax}) ${a < 0 ? '+' : '-'} ${times(Math.abs(a), 'x')}`, times(b, 'x^3')), value: new Fraction(-(a ** 3), 6 * b) };
    case 4: {
      const c = rng.integer(-20, 20);
      return { point: '\\infty', expr: `\\left(\\sqrt{${polyText([c, a, 1])}} - x\\right)`, value: new Fraction(a, 2) };
    }
    default:
      return { point: '\\infty', expr: `x\\ln\\left(1 ${a < 0 ? '-' : '+'} ${frac(`${Math.abs(a)}`, times(b, 'x'))}\\right)`, value: new Fraction(a, b) };
  }
}

const LEVELS = [level1, level2, level3, level4];
const text = (d: Drawn): string => `Evaluate the limit: \\lim_{x \\to ${d.point}} ${d.expr}. Give the answer as an integer or a reduced fraction.`;

export const limits: TaskGenerator = {
  name: NAME,
  envName: 'Limits',
  description: 'Limits of functions of x (polynomial quotients, 0/0 forms, conjugates, trigonometric, exponential and logarithmic limits) with a rational value; the answer is an integer or a reduced fraction.',
  levels: [
    'x -> oo of a quotient of polynomials of equal degree',
    'x -> r of a 0/0 quotient of polynomials with a common factor',
    'conjugate (square root) limits; sin(ax)/(bx), tan(ax)/sin(bx), (1 - cos(ax))/(bx^2) at 0',
    'exponential, logarithm and sine expansions at 0; sqrt(x^2 + ax + b) - x and x ln(1 + a/(bx)) at oo',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const draw = LEVELS[difficulty - 1] as (r: Rng) => Drawn;
    let d = draw(rng);
    // a limit that is a number of the question would pay a copy
    for (let i = 0; i < MAX_REDRAWS && answerInQuestion(text(d), plainRational(d.value)); i++) d = draw(rng);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: text(d),
      answer: texRational(d.value),
      source: NAME,
      metadata: { family: NAME, difficulty, index, point: d.point, expression: d.expr },
    };
  },
  scoreAnswer: (answer, entry) => scoreLiteral(answer, entry.answer, ['integer', 'fraction']),
};
