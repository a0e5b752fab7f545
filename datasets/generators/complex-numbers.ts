/**
 * `complex_numbers`: arithmetic with Gaussian integers and rationals. Stated form, checked as a
 * literal: a + bi with a, b integers (or reduced fractions at level 4), e.g. `3 - 4i`, `-2i`,
 * `\frac{3}{5} + \frac{4}{5}i`. Nothing is evaluated: `(2+i)(3-i)`, `i^2`, `6/2 + i` earn 0.
 *
 * | difficulty | tasks                                                           |
 * |------------|-----------------------------------------------------------------|
 * | 1          | (a + bi) + (c + di) or (a + bi) - (c + di), parts up to 20         |
 * | 2          | (a + bi) * (c + di), parts up to 12                                |
 * | 3          | (a + bi)^n for n = 2..4, a product of three, or i^k * (a + bi)      |
 * | 4          | (a + bi) / (c + di): rational parts                                |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';
import { readIn, parseReducedFraction, rational, ratAdd, ratDiv, ratEq, ratMul, ratSub, type Rational } from './literal-answer.js';

const NAME = 'complex_numbers';

interface Complex {
  readonly re: Rational;
  readonly im: Rational;
}

const ZERO = rational(0n);
const c = (re: number, im: number): Complex => ({ re: rational(BigInt(re)), im: rational(BigInt(im)) });
const add = (x: Complex, y: Complex): Complex => ({ re: ratAdd(x.re, y.re), im: ratAdd(x.im, y.im) });
const sub = (x: Complex, y: Complex): Complex => ({ re: ratSub(x.re, y.re), im: ratSub(x.im, y.im) });
const mul = (x: Complex, y: Complex): Complex => ({ re: ratSub(ratMul(x.re, y.re), ratMul(x.im, y.im)), im: ratAdd(ratMul(x.re, y.im), ratMul(x.im, y.re)) });
function div(x: Complex, y: Complex): Complex {
  const den = ratAdd(ratMul(y.re, y.re), ratMul(y.im, y.im));
  const num = mul(x, { re: y.re, im: ratSub(ZERO, y.im) });
  return { re: ratDiv(num.re, den), im: ratDiv(num.im, den) };
}

/** `a + bi` as the question writes it (integer parts). */
function show(x: readonly [number, number]): string {
  const [a, b] = x;
  const im = Math.abs(b) === 1 ? 'i' : `${Math.abs(b)}i`;
  if (b === 0) return `${a}`;
  if (a === 0) return `${b < 0 ? '-' : ''}${im}`;
  return `${a} ${b < 0 ? '-' : '+'} ${im}`;
}

const fracTex = (r: Rational): string => (r.d === 1n ? `${r.n < 0n ? -r.n : r.n}` : `\\frac{${r.n < 0n ? -r.n : r.n}}{${r.d}}`);

/** The gold's written form: `3 - 4i`, `-2i`, `5`, `\frac{3}{5} + \frac{4}{5}i`. */
export function complexText(z: Complex): string {
  const re = z.re.n === 0n ? '' : `${z.re.n < 0n ? '-' : ''}${fracTex(z.re)}`;
  if (z.im.n === 0n) return re === '' ? '0' : re;
  const mag = z.im.n === 1n * (z.im.n < 0n ? -1n : 1n) && z.im.d === 1n ? '' : fracTex(z.im);
  const im = `${mag}i`;
  if (re === '') return `${z.im.n < 0n ? '-' : ''}${im}`;
  return `${re} ${z.im.n < 0n ? '-' : '+'} ${im}`;
}

const COEF = String.raw`(\d{1,60}(?:/\d{1,60})?|\\frac\{\d{1,60}\}\{\d{1,60}\})`;
const REAL_TERM = new RegExp(`^${COEF}$`);
const IMAG_TERMS = [
  new RegExp(`^${COEF}?(?:\\\\cdot|\\*)?i$`), // 3i, \frac{3}{5}i, 3/5i is not here: see below
  /^\((\d{1,60}\/\d{1,60})\)i$/, // (3/5)i
  /^\\frac\{(\d{1,60})i\}\{(\d{1,60})\}$/, // \frac{3i}{5}
  /^(\d{1,60})i\/(\d{1,60})$/, // 3i/5
];

/** A coefficient written as an integer or a reduced fraction. */
function coefficient(text: string): Rational | undefined {
  return parseReducedFraction(text);
}

/**
 * A literal a + bi (either order, either part optional) with integer or reduced-fraction parts.
 * `3/5i` is refused as ambiguous (3/(5i) or (3/5)i).
 */
export function parseComplexLiteral(s: string | undefined): Complex | undefined {
  if (s === undefined || s.length > 300) return undefined;
  const terms = s.match(/[+-]?[^+-]+/g);
  if (!terms || terms.join('') !== s || terms.length > 2) return undefined;
  let re: Rational | undefined;
  let im: Rational | undefined;
  for (const t of terms) {
    const neg = t.startsWith('-');
    const body = t.replace(/^[+-]/, '');
    const sign = (r: Rational): Rational => (neg ? { n: -r.n, d: r.d } : r);
    if (REAL_TERM.test(body)) {
      const v = coefficient(body);
      if (v === undefined || re !== undefined || v.n < 0n) return undefined;
      re = sign(v);
      continue;
    }
    if (/^\d+\/\d+i$/.test(body)) return undefined;
    let v: Rational | undefined;
    const m0 = IMAG_TERMS[0]!.exec(body);
    const m1 = IMAG_TERMS[1]!.exec(body);
    const m2 = IMAG_TERMS[2]!.exec(body);
    const m3 = IMAG_TERMS[3]!.exec(body);
    if (m0) v = m0[1] === undefined ? rational(1n) : coefficient(m0[1]);
    else if (m1) v = coefficient(m1[1] as string);
    else if (m2 || m3) {
      const [, p, q] = (m2 ?? m3) as RegExpExecArray;
      v = coefficient(`${p}/${q}`);
    }
    if (v === undefined || im !== undefined || v.n < 0n) return undefined;
    im = sign(v);
  }
  if (re === undefined && im === undefined) return undefined;
  return { re: re ?? ZERO, im: im ?? ZERO };
}

const part = (rng: Rng, m: number): number => rng.integer(-m, m);
const nonzero = (rng: Rng, m: number): [number, number] => {
  for (;;) {
    const z: [number, number] = [part(rng, m), part(rng, m)];
    if (z[0] !== 0 && z[1] !== 0) return z;
  }
};
const cx = (z: readonly [number, number]): Complex => c(z[0], z[1]);

function draw(rng: Rng, difficulty: number): { expr: string; value: Complex } {
  switch (difficulty) {
    case 1: {
      const x = nonzero(rng, 20);
      const y = nonzero(rng, 20);
      const plus = rng.bernoulli(0.5);
      return { expr: `(${show(x)}) ${plus ? '+' : '-'} (${show(y)})`, value: (plus ? add : sub)(cx(x), cx(y)) };
    }
    case 2: {
      const x = nonzero(rng, 12);
      const y = nonzero(rng, 12);
      return { expr: `(${show(x)}) * (${show(y)})`, value: mul(cx(x), cx(y)) };
    }
    case 3: {
      const r = rng.integer(0, 2);
      if (r === 0) {
        const x = nonzero(rng, 6);
        const n = rng.integer(2, 4);
        let v = cx(x);
        for (let k = 1; k < n; k++) v = mul(v, cx(x));
        return { expr: `(${show(x)})^${n}`, value: v };
      }
      if (r === 1) {
        const zs = [nonzero(rng, 5), nonzero(rng, 5), nonzero(rng, 5)];
        return { expr: zs.map((z) => `(${show(z)})`).join(' * '), value: zs.map(cx).reduce(mul) };
      }
      const k = rng.integer(5, 99);
      const x = nonzero(rng, 20);
      const ik = [c(1, 0), c(0, 1), c(-1, 0), c(0, -1)][k % 4] as Complex;
      return { expr: `i^${k} * (${show(x)})`, value: mul(ik, cx(x)) };
    }
    default: {
      const x = nonzero(rng, 15);
      const y = nonzero(rng, 9);
      return { expr: `(${show(x)}) / (${show(y)})`, value: div(cx(x), cx(y)) };
    }
  }
}

export const complexNumbers: TaskGenerator = {
  name: NAME,
  envName: 'ComplexNumbers',
  description: 'Complex-number arithmetic (sums, products, powers, quotients); the answer is a literal a + bi with integer or reduced-fraction parts.',
  levels: ['sum or difference of two complex numbers', 'product of two complex numbers', 'a power, a product of three, or i^k times a complex number', 'quotient of two complex numbers (rational parts)'],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { expr, value } = draw(rng, difficulty);
    const form = difficulty >= 4 ? 'a + bi, where a and b are integers or reduced fractions (for example 3/5 - 4/5 i written as \\frac{3}{5} - \\frac{4}{5}i)' : 'a + bi, where a and b are integers (for example 3 - 4i)';
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `Compute ${expr}, where i^2 = -1. Give the answer in the form ${form}.`,
      answer: complexText(value),
      source: NAME,
      metadata: { family: NAME, difficulty, index, expression: expr },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const got = readIn(answer, parseComplexLiteral);
    const gold = parseComplexLiteral(entry.answer.replace(/\s+/g, ''));
    return familyVerdict(entry, got?.raw, got !== undefined && gold !== undefined && ratEq(got.value.re, gold.re) && ratEq(got.value.im, gold.im));
  },
};
