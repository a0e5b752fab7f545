import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import Fraction from 'fraction.js';
import { quadratics } from '../../../datasets/generators/quadratics.js';
import { items, sharedGeneratorChecks } from './shared.js';

/** Splits `{a, b}` at top-level commas. */
function goldRoots(answer: string): string[] {
  expect(answer.startsWith('{') && answer.endsWith('}')).to.equal(true);
  const body = answer.slice(1, -1);
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of body) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** Test-side evaluator for the gold root format (\frac, \sqrt, integers). */
function evalRoot(s: string): number {
  const js = s
    .replace(/\\frac\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\{(\d+)\}/g, '(($1)/($2))')
    .replace(/(\d)\\sqrt\{(\d+)\}/g, '$1*Math.sqrt($2)')
    .replace(/\\sqrt\{(\d+)\}/g, 'Math.sqrt($1)');
  expect(js, s).to.not.include('\\');
  return (Function(`return ${js};`) as () => number)();
}

/** Exact rational root text -> Fraction, or null when it has a surd. */
function exactRoot(s: string): Fraction | null {
  if (s.includes('sqrt')) return null;
  const m = /^(-?)(?:\\frac\{(\d+)\}\{(\d+)\}|(\d+))$/.exec(s);
  if (!m) throw new Error(`unexpected root ${s}`);
  const v = m[4] !== undefined ? new Fraction(m[4]) : new Fraction(Number(m[2]), Number(m[3]));
  return m[1] === '-' ? v.neg() : v;
}

sharedGeneratorChecks(quadratics, ['equation', 'a', 'b', 'c', 'shift', 'rootCount']);

describe('quadratics: answers and scoring', () => {
  for (let d = 1; d <= quadratics.levels.length; d++) {
    it(`difficulty ${d}: the gold roots are exactly the real roots of the metadata quadratic (100 items)`, () => {
      for (const r of items(quadratics, d, 100, 2024)) {
        const { a, b, c } = r.metadata as { a: number; b: number; c: number };
        const disc = b * b - 4 * a * c;
        expect(disc).to.be.at.least(0);
        const roots = goldRoots(r.answer);
        expect(roots.length).to.equal(disc === 0 ? 1 : 2);
        // independent: the quadratic formula in floating point
        const expected = [(-b + Math.sqrt(disc)) / (2 * a), (-b - Math.sqrt(disc)) / (2 * a)].sort((u, v) => u - v);
        const got = roots.map(evalRoot).sort((u, v) => u - v);
        if (roots.length === 2) got.forEach((g, i) => expect(g).to.be.closeTo(expected[i] ?? NaN, 1e-9));
        else expect(got[0]).to.be.closeTo(expected[0] ?? NaN, 1e-9);
        for (const s of roots) {
          const q = exactRoot(s);
          if (d <= 3) expect(q, `${r.id}: rational roots expected`).to.not.equal(null);
          if (d >= 4) expect(q, `${r.id}: irrational roots expected`).to.equal(null);
          if (q) expect(q.mul(q).mul(a).add(q.mul(b)).add(c).equals(0), `${r.id}: ${s}`).to.equal(true);
        }
        // the printed equation (both sides) is the metadata quadratic plus the shift on both sides
        const [lhs, rhs] = String(r.metadata.equation).split(' = ') as [string, string];
        const f = (e: string) => Function('x', `return ${e.replace(/(\d)x/g, '$1*x').replace(/x\^2/g, '(x*x)')};`) as (x: number) => number;
        for (const x of [-2.5, 0.5, 3]) expect(f(lhs)(x) - f(rhs)(x)).to.be.closeTo(a * x * x + b * x + c, 1e-9);
      }
    });
  }

  it('accepts any order and plain-text surds, rejects a wrong or missing root', () => {
    for (let d = 1; d <= quadratics.levels.length; d++) {
      for (const r of items(quadratics, d, 20, 11)) {
        const roots = goldRoots(r.answer);
        expect(scoreItem(quadratics, r.answer, r)).to.equal(1);
        expect(scoreItem(quadratics, `{${[...roots].reverse().join(', ')}}`, r)).to.equal(1);
        const plain = roots.map((s) => s.replace(/\\frac\{(.*)\}\{(\d+)\}/, '($1)/$2').replace(/\\sqrt\{(\d+)\}/, 'sqrt($1)'));
        expect(scoreItem(quadratics, `{${plain.join(', ')}}`, r), plain.join(', ')).to.equal(1);
        expect(scoreItem(quadratics, `{${roots[0]}, 100}`, r)).to.equal(0);
        if (roots.length === 2) expect(scoreItem(quadratics, `{${roots[0]}}`, r)).to.equal(0);
      }
    }
  });
});
