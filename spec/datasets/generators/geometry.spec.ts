import { scoreItem } from '../../../datasets/generators/score.js';
import { expect } from 'chai';
import { items, sharedGeneratorChecks } from './shared.js';
import { geometry as gen } from '../../../datasets/generators/geometry.js';
import { parseAnswer } from '../../../lib/verify/index.js';
import { numeric } from '../../../lib/verify/equivalence/evaluate.js';

const levels = gen.levels.map((_, i) => i + 1);
const num = (tex: string, vars: Record<string, number> = {}): number => numeric(parseAnswer(tex), new Map(Object.entries(vars)), 0);
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const P = String.raw`\((-?\d+), (-?\d+)\)`;
const re = (s: string): RegExp => new RegExp(`^${s}`);

/** Area from three side lengths (Heron), in floating point. */
function heron(a: number, b: number, c: number): number {
  const s = (a + b + c) / 2;
  return Math.sqrt(s * (s - a) * (s - b) * (s - c));
}

/** The gold recomputed from the problem TEXT with the textbook formula: a number, or a pair. */
function fromText(t: string): number | [number, number] {
  let m: RegExpExecArray | null;
  const n = (i: number): number => Number(m![i]);
  if ((m = re(`Find the distance between the points ${P} and ${P}\\.`).exec(t))) return Math.hypot(n(1) - n(3), n(2) - n(4));
  if ((m = re(`Find the midpoint of the segment from ${P} to ${P}\\.`).exec(t))) return [(n(1) + n(3)) / 2, (n(2) + n(4)) / 2];
  if ((m = re(`Find the area of the triangle with vertices ${P}, ${P} and ${P}\\.`).exec(t))) return Math.abs((n(3) - n(1)) * (n(6) - n(2)) - (n(5) - n(1)) * (n(4) - n(2))) / 2;
  if ((m = /^A triangle has two sides of lengths (\d+) and (\d+) with an included angle of (\d+) degrees\./.exec(t))) return 0.5 * n(1) * n(2) * Math.sin((n(3) * Math.PI) / 180);
  if ((m = /^Find the area of an equilateral triangle with side length (\d+)\./.exec(t))) return heron(n(1), n(1), n(1));
  if ((m = /^Find the area of a regular hexagon with side length (\d+)\./.exec(t))) return 6 * heron(n(1), n(1), n(1));
  if ((m = /^Find the measure, in degrees, of one interior angle of a regular polygon with (\d+) sides\./.exec(t))) return 180 - 360 / n(1);
  if ((m = /^In triangle ABC, AC = (\d+), BC = (\d+) and angle C = (\d+) degrees\. Find the length of side AB\./.exec(t))) return Math.sqrt(n(1) ** 2 + n(2) ** 2 - 2 * n(1) * n(2) * Math.cos((n(3) * Math.PI) / 180));
  if ((m = /^A triangle has sides of lengths (\d+), (\d+) and (.*)\. Find the measure, in degrees, of the angle opposite the side of length \3\./.exec(t))) {
    const c = num(m[3] as string);
    return (Math.acos((n(1) ** 2 + n(2) ** 2 - c ** 2) / (2 * n(1) * n(2))) * 180) / Math.PI;
  }
  if ((m = re(`Find the distance from the point ${P} to the line (.*) = 0\\.`).exec(t))) {
    const f = (x: number, y: number): number => num(m![3] as string, { x, y });
    const [A, B, C] = [f(1, 0) - f(0, 0), f(0, 1) - f(0, 0), f(0, 0)];
    return Math.abs(A * n(1) + B * n(2) + C) / Math.hypot(A, B);
  }
  if ((m = /^A right triangle has legs of lengths (\d+) and (\d+)\. Find the radius of its inscribed circle\./.exec(t))) return (n(1) + n(2) - Math.hypot(n(1), n(2))) / 2;
  if ((m = /^A triangle has sides of lengths (\d+), (\d+) and (\d+)\. Find the radius of its (inscribed|circumscribed) circle\./.exec(t))) {
    const A = heron(n(1), n(2), n(3));
    return m[4] === 'inscribed' ? A / ((n(1) + n(2) + n(3)) / 2) : (n(1) * n(2) * n(3)) / (4 * A);
  }
  throw new Error(`no template matches ${t}`);
}

describe('generators: geometry', function () {
  this.timeout(120_000);

  it('self-check: the answer recomputed from the TEXT with the textbook formula equals the gold (200 items per level)', () => {
    for (const d of levels)
      for (const e of items(gen, d, 200, 71)) {
        const want = fromText(e.problem);
        if (typeof want === 'number') expect(close(num(e.answer), want), `${e.id}: ${e.problem} -> ${e.answer} vs ${want}`).to.equal(true);
        else {
          const g = /^\((.*), (.*)\)$/.exec(e.answer)!;
          expect([num(g[1] as string), num(g[2] as string)], `${e.id}: ${e.answer}`).to.deep.equal(want);
        }
      }
  });

  it('enforces the form: simplest form pays; decimals, unevaluated formulas, unsimplified radicals and the question do not', () => {
    for (const d of levels)
      for (const e of items(gen, d, 60, 73)) {
        expect(scoreItem(gen, `So the answer is \\boxed{${e.answer}}.`, e), e.id).to.equal(1);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        if (e.metadata.task === 'midpoint') {
          const g = /^\((.*), (.*)\)$/.exec(e.answer)!;
          expect(scoreItem(gen, `\\boxed{(${num(g[1] as string).toFixed(2)}, ${g[2]})}`, e), e.id).to.equal(0); // decimals are not the stated form
          expect(scoreItem(gen, `\\boxed{(${g[2]}, ${g[1]})}`, e), e.id).to.equal(g[1] === g[2] ? 1 : 0);
          continue;
        }
        const v = num(e.answer);
        if (!Number.isInteger(v)) expect(scoreItem(gen, `\\boxed{${v.toFixed(4)}}`, e), e.id).to.equal(0);
        // √(k^2 s) for k√s, and the square root of the square
        expect(scoreItem(gen, `\\boxed{\\sqrt{${e.answer}^2}}`, e), e.id).to.equal(0);
        const m = /^(\d+)\\sqrt\{(\d+)\}$/.exec(e.answer);
        if (m) expect(scoreItem(gen, `\\boxed{\\sqrt{${Number(m[1]) ** 2 * Number(m[2])}}}`, e), e.id).to.equal(0);
      }
    const e = { ...items(gen, 1, 1, 73)[0]!, answer: '5', metadata: { family: 'geometry', difficulty: 1, index: 0, task: 'distance' } };
    for (const bad of ['\\sqrt{3^2 + 4^2}', '\\sqrt{25}', '10/2', '5.0', '5 or 6', '\\frac{1}{2} \\cdot 10']) expect(scoreItem(gen, `\\boxed{${bad}}`, e), bad).to.equal(0);
    expect(scoreItem(gen, '\\boxed{5}', e)).to.equal(1);
  });
});

sharedGeneratorChecks(gen, ['task']);
