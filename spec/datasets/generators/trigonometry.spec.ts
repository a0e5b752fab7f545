import { scoreItem } from '../../../datasets/generators/score.js';
import { expect } from 'chai';
import { items, sharedGeneratorChecks } from './shared.js';
import { trigonometry as gen } from '../../../datasets/generators/trigonometry.js';
import { parseAnswer } from '../../../lib/verify/index.js';
import { numeric } from '../../../lib/verify/equivalence/evaluate.js';

const levels = gen.levels.map((_, i) => i + 1);
const value = (tex: string, x = 0): number => numeric(parseAnswer(tex), new Map([['x', x]]), 0);
const F: Record<string, (t: number) => number> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  cot: (t) => 1 / Math.tan(t),
  sec: (t) => 1 / Math.cos(t),
  csc: (t) => 1 / Math.sin(t),
};
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** θ in [0, 2π) from the given ratio and quadrant of the TEXT. */
function thetaFromText(fn: string, v: number, quadrant: number): number {
  const norm = (t: number): number => ((t % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const candidates = fn === 'sin' ? [Math.asin(v), Math.PI - Math.asin(v)] : fn === 'cos' ? [Math.acos(v), -Math.acos(v)] : [Math.atan(v), Math.atan(v) + Math.PI];
  const hit = candidates.map(norm).filter((t) => Math.floor(t / (Math.PI / 2)) + 1 === quadrant);
  if (hit.length !== 1) throw new Error(`no unique θ for ${fn} = ${v} in quadrant ${quadrant}`);
  return hit[0] as number;
}

/** The gold recomputed numerically from the problem text alone. */
function fromText(problem: string): number | ((x: number) => number) {
  let m: RegExpExecArray | null;
  if ((m = /^Find the exact value of \\(\w+)\\left\((.*)\\right\)\. /.exec(problem))) {
    const a = m[2] as string;
    const deg = /^(-?\d+)\^\\circ$/.exec(a);
    const rad = /^(-?)\\frac\{(\d*)\\pi\}\{(\d+)\}$/.exec(a);
    const t = deg ? (Number(deg[1]) * Math.PI) / 180 : (rad![1] === '-' ? -1 : 1) * Number(rad![2] || 1) * (Math.PI / Number(rad![3]));
    return (F[m[1] as string] as (t: number) => number)(t);
  }
  if ((m = /^Given that \\(sin|cos|tan)\\theta = (.*) and \\theta lies in quadrant (I|II|III|IV), find the exact value of \\(\w+)(\\theta|\(2\\theta\))\. /.exec(problem))) {
    const theta = thetaFromText(m[1] as string, value(m[2] as string), ['I', 'II', 'III', 'IV'].indexOf(m[3] as string) + 1);
    return (F[m[4] as string] as (t: number) => number)(m[5] === '\\theta' ? theta : 2 * theta);
  }
  if ((m = /^Simplify (.*) to a single term of the form/.exec(problem))) {
    const expr = parseAnswer(m[1] as string);
    return (x: number) => numeric(expr, new Map([['x', x]]), 0);
  }
  throw new Error(`no template matches ${problem}`);
}

describe('generators: trigonometry', function () {
  this.timeout(120_000);

  it('self-check: the value (or, for identities, the function at 8 points) recomputed from the TEXT equals the gold (150 items per level)', () => {
    for (const d of levels)
      for (const e of items(gen, d, 150, 61)) {
        const want = fromText(e.problem);
        if (typeof want === 'number') expect(close(value(e.answer), want), `${e.id}: ${e.problem} -> ${e.answer} vs ${want}`).to.equal(true);
        else
          for (const x of [0.11, 0.37, -0.52, 0.93, -1.21, 1.4, 2.3, -2.7]) {
            const g = value(e.answer, x);
            if (Math.abs(g) < 1e6) expect(close(g, want(x)), `${e.id} at x = ${x}: ${e.problem} -> ${e.answer}`).to.equal(true);
          }
      }
  });

  it('enforces the value form: simplest radical form pays; decimals, unrationalised or unsimplified radicals, the question do not', () => {
    for (const d of [1, 2, 3])
      for (const e of items(gen, d, 60, 63)) {
        expect(scoreItem(gen, `The answer is \\boxed{${e.answer}}.`, e), e.id).to.equal(1);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${value(e.answer).toFixed(6)}}`, e), e.id).to.equal(0);
        // c√s/d written as c√(s)/d with the square moved inside, and as a fraction over √s
        const m = /^(-?)\\frac\{(\d*)\\sqrt\{(\d+)\}\}\{(\d+)\}$/.exec(e.answer);
        if (m) {
          const [sign, c, s, den] = [m[1], Number(m[2] || 1), Number(m[3]), Number(m[4])];
          expect(scoreItem(gen, `\\boxed{${sign}\\frac{\\sqrt{${c * c * s}}}{${den}}}`, e), `${e.id} unsimplified`).to.equal(c === 1 ? 1 : 0);
          if (den % s === 0) expect(scoreItem(gen, `\\boxed{${sign}\\frac{${c}}{${den / s}\\sqrt{${s}}}}`, e), `${e.id} unrationalised`).to.equal(0);
        }
        const q = /\\(sin|cos|tan|cot|sec|csc)(\\left\(.*\\right\)|\\theta|\(2\\theta\))/.exec(e.problem);
        if (d === 1 && q) expect(scoreItem(gen, `\\boxed{\\${q[1]}${q[2]}}`, e), `${e.id} the question's expression`).to.equal(0);
      }
  });

  it('enforces the identity form: one term k f(nx)^m pays; the question, unsimplified equivalents, hedges and wrong terms do not', () => {
    for (const e of items(gen, 4, 80, 65)) {
      const shown = /^Simplify (.*) to a single term/.exec(e.problem)![1] as string;
      expect(scoreItem(gen, `\\boxed{${e.answer}}`, e), e.id).to.equal(1);
      expect(scoreItem(gen, `\\boxed{${shown}}`, e), `${e.id}: ${shown}`).to.equal(0);
      expect(scoreItem(gen, `\\boxed{${e.answer} + \\sin^{2}(x) + \\cos^{2}(x) - 1}`, e), e.id).to.equal(0);
      expect(scoreItem(gen, `\\boxed{2${e.answer.startsWith('-') ? `(${e.answer})` : e.answer}}`, e), e.id).to.equal(0);
      expect(scoreItem(gen, `\\boxed{${e.answer}} or \\boxed{\\sin(x)}`, e), e.id).to.equal(0);
    }
    const e = { ...items(gen, 4, 1, 65)[0]!, answer: '3\\sin^{2}(2x)' };
    for (const ok of ['3\\sin^2(2x)', '3 sin(2x)^2', '3\\sin^{2}\\left(2x\\right)']) expect(scoreItem(gen, `\\boxed{${ok}}`, e), ok).to.equal(1);
    for (const bad of ['3 - 3\\cos^{2}(2x)', '\\frac{3(1 - \\cos(4x))}{2}', '3\\sin(2x)\\sin(2x)', '-3(-\\sin^{2}(2x))', '6\\sin^{2}(2x)/2']) expect(scoreItem(gen, `\\boxed{${bad}}`, e), bad).to.equal(0);
  });
});

sharedGeneratorChecks(gen, ['task']);
