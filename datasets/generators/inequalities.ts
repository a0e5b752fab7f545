/**
 * `inequalities`: solve an inequality in x; the answer is its solution set in interval notation,
 * checked exactly as a literal: intervals `(a, b]`, `[a, oo)`, unions with `U` or `\cup`, endpoints
 * integers or reduced fractions, `oo`/`\infty` (open). An inequality (`x < 3`), an unreduced endpoint
 * or a copy of the question earns 0; unions may be written in any order.
 *
 * | difficulty | inequality                                         |
 * |------------|----------------------------------------------------|
 * | 1          | a x + b < c (any of < <= > >=; a may be negative)      |
 * | 2          | a x + b op c x + d                                   |
 * | 3          | a x^2 + p x + q op 0 with integer roots (a may be negative) |
 * | 4          | |a x + b| op c, or (x - r)/(x - s) op 0                |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';
import { readIn, parseReducedFraction, rational, ratText, type Rational } from './literal-answer.js';

const NAME = 'inequalities';
type Op = '<' | '<=' | '>' | '>=';
const OPS: readonly Op[] = ['<', '<=', '>', '>='];

/** An endpoint: a rational, or ±infinity. */
type End = Rational | '-oo' | 'oo';
interface Interval {
  readonly lo: End;
  readonly hi: End;
  readonly loClosed: boolean;
  readonly hiClosed: boolean;
}

const cmp = (a: Rational, b: Rational): number => (a.n * b.d < b.n * a.d ? -1 : a.n * b.d > b.n * a.d ? 1 : 0);
const endText = (e: End): string => (e === 'oo' ? 'oo' : e === '-oo' ? '-oo' : ratText(e));
export const intervalsText = (xs: readonly Interval[]): string => xs.map((i) => `${i.loClosed ? '[' : '('}${endText(i.lo)}, ${endText(i.hi)}${i.hiClosed ? ']' : ')'}`).join(' U ');

const flip = (op: Op): Op => ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=' })[op] as Op;
const closed = (op: Op): boolean => op === '<=' || op === '>=';

/** x op r as an interval. */
function ray(op: Op, r: Rational): Interval[] {
  return op === '<' || op === '<=' ? [{ lo: '-oo', hi: r, loClosed: false, hiClosed: closed(op) }] : [{ lo: r, hi: 'oo', loClosed: closed(op), hiClosed: false }];
}

/** Between two roots (inside) or outside them. */
function twoRoots(lo: Rational, hi: Rational, inside: boolean, closedLo: boolean, closedHi: boolean): Interval[] {
  return inside
    ? [{ lo, hi, loClosed: closedLo, hiClosed: closedHi }]
    : [
        { lo: '-oo', hi: lo, loClosed: false, hiClosed: closedLo },
        { lo: hi, hi: 'oo', loClosed: closedHi, hiClosed: false },
      ];
}

const sign = (n: number): string => (n < 0 ? `- ${-n}` : `+ ${n}`);
const lin = (a: number, b: number): string => `${a === 1 ? '' : a === -1 ? '-' : a}x${b === 0 ? '' : ` ${sign(b)}`}`;
const nz = (rng: Rng, m: number): number => (rng.bernoulli() ? 1 : -1) * rng.integer(1, m);
const R = (n: number, d = 1): Rational => rational(BigInt(n), BigInt(d));

function draw(rng: Rng, difficulty: number): { text: string; set: Interval[] } {
  const op = rng.choice(OPS);
  switch (difficulty) {
    case 1: {
      const a = nz(rng, 9);
      const b = rng.integer(-20, 20);
      const c = rng.integer(-30, 30);
      return { text: `${lin(a, b)} ${op} ${c}`, set: ray(a > 0 ? op : flip(op), R(c - b, a)) };
    }
    case 2: {
      let a = nz(rng, 9);
      let c = nz(rng, 9);
      while (c === a) c = nz(rng, 9);
      const b = rng.integer(-20, 20);
      const d = rng.integer(-20, 20);
      // (a - c) x op d - b
      const k = a - c;
      a = a as number;
      return { text: `${lin(a, b)} ${op} ${lin(c, d)}`, set: ray(k > 0 ? op : flip(op), R(d - b, k)) };
    }
    case 3: {
      const a = nz(rng, 5);
      const r = rng.integer(-20, 20);
      let s = rng.integer(-20, 20);
      while (s === r) s = rng.integer(-20, 20);
      const [lo, hi] = r < s ? [r, s] : [s, r];
      const p = -a * (r + s);
      const q = a * r * s;
      const lead = a === 1 ? 'x^2' : a === -1 ? '-x^2' : `${a}x^2`;
      const poly = `${lead}${p === 0 ? '' : ` ${p === 1 ? '+ x' : p === -1 ? '- x' : `${sign(p)}x`}`}${q === 0 ? '' : ` ${sign(q)}`}`;
      // a x^2 + ... < 0 holds between the roots when a > 0, outside them when a < 0
      const below = op === '<' || op === '<=';
      return { text: `${poly} ${op} 0`, set: twoRoots(R(lo), R(hi), below === a > 0, closed(op), closed(op)) };
    }
    default: {
      if (rng.bernoulli(0.5)) {
        const a = rng.integer(1, 9);
        const b = rng.integer(-20, 20);
        const c = rng.integer(1, 30);
        const lo = R(-c - b, a);
        const hi = R(c - b, a);
        return { text: `|${lin(a, b)}| ${op} ${c}`, set: twoRoots(lo, hi, op === '<' || op === '<=', closed(op), closed(op)) };
      }
      const r = rng.integer(-12, 12);
      let s = rng.integer(-12, 12);
      while (s === r) s = rng.integer(-12, 12);
      const num = r === 0 ? 'x' : `x ${sign(-r)}`;
      const den = s === 0 ? 'x' : `x ${sign(-s)}`;
      // sign changes at r and s; s is never in the set (a pole), r is when the inequality is not strict
      const [lo, hi] = r < s ? [r, s] : [s, r];
      const cl = (x: number): boolean => x === r && closed(op);
      return { text: `(${num})/(${den}) ${op} 0`, set: twoRoots(R(lo), R(hi), op === '<' || op === '<=', cl(lo), cl(hi)) };
    }
  }
}

/** Parses `(a, b] U [c, oo)` into intervals; undefined unless every piece is a literal interval. */
export function parseIntervals(s: string | undefined): Interval[] | undefined {
  if (s === undefined || s.length > 500) return undefined;
  const pieces = s.replace(/\\cup|∪/g, 'U').split('U');
  const out: Interval[] = [];
  for (const p of pieces) {
    const m = /^([[(])([^,]+),([^,]+)([\])])$/.exec(p);
    if (!m) return undefined;
    const end = (t: string): End | undefined => {
      const x = t.replace(/\\infty|∞|inf(?:inity)?/g, 'oo');
      if (x === 'oo' || x === '+oo') return 'oo';
      if (x === '-oo') return '-oo';
      return parseReducedFraction(x);
    };
    const lo = end(m[2] as string);
    const hi = end(m[3] as string);
    if (lo === undefined || hi === undefined || lo === 'oo' || hi === '-oo') return undefined;
    const loClosed = m[1] === '[';
    const hiClosed = m[4] === ']';
    if ((lo === '-oo' && loClosed) || (hi === 'oo' && hiClosed)) return undefined;
    if (lo !== '-oo' && hi !== 'oo' && cmp(lo, hi) >= 0) return undefined;
    out.push({ lo, hi, loClosed, hiClosed });
  }
  return out;
}

const key = (i: Interval): string => intervalsText([i]);
/** Same set of intervals, in any order. */
const sameSet = (a: readonly Interval[], b: readonly Interval[]): boolean => a.length === b.length && a.map(key).sort().join('|') === b.map(key).sort().join('|');

export const inequalities: TaskGenerator = {
  name: NAME,
  envName: 'Inequalities',
  description: 'Linear, quadratic, absolute-value and rational inequalities; the solution set in interval notation with exact endpoints.',
  levels: ['a x + b op c', 'a x + b op c x + d', 'a x^2 + p x + q op 0 (integer roots)', '|a x + b| op c, or (x - r)/(x - s) op 0'],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { text, set } = draw(rng, difficulty);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `Solve the inequality ${text} for real x. Give the solution set in interval notation, for example (-oo, a] or (-oo, a) U [b, oo), with endpoints as integers or reduced fractions.`,
      answer: intervalsText(set),
      source: NAME,
      metadata: { family: NAME, difficulty, index, inequality: text },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const got = readIn(answer, parseIntervals);
    const gold = parseIntervals(entry.answer.replace(/\s+/g, ''));
    return familyVerdict(entry, got?.raw, got !== undefined && gold !== undefined && sameSet(got.value, gold));
  },
};
