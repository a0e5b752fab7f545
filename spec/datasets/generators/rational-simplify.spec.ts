import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { rationalSimplify } from '../../../datasets/generators/rational-simplify.js';
import { evalExpr, items, parsePolyText, sharedGeneratorChecks } from './shared.js';

type Lin = [number, number]; // p x + q

const val = (c: number[], x: number): number => c.reduceRight((acc, k) => acc * x + k, 0);
const linVal = (f: Lin, x: number): number => f[0] * x + f[1];

sharedGeneratorChecks(rationalSimplify, ['expression', 'kn', 'kd', 'common', 'num', 'den', 'numerator', 'denominator']);

describe('rational_simplify: answers and scoring', () => {
  for (let d = 1; d <= rationalSimplify.levels.length; d++) {
    it(`difficulty ${d}: the gold equals the printed expression away from removable points, with no common factor left (100 items)`, () => {
      for (const r of items(rationalSimplify, d, 100, 63)) {
        const m = r.metadata as { expression: string; common: Lin[]; num: Lin[]; den: Lin[]; kn: number; kd: number; numerator: number[]; denominator: number[] };
        const [top, bottom] = /^\((.*)\)\/\((.*)\)$/.exec(m.expression)?.slice(1) ?? [];
        const numerator = parsePolyText(top ?? '');
        const denominator = parsePolyText(bottom ?? '');
        expect(numerator).to.deep.equal(m.numerator);
        expect(denominator).to.deep.equal(m.denominator);
        expect(m.common.length).to.be.at.least(1);
        // every common factor's root is a root of both numerator and denominator
        for (const f of m.common) {
          const root = -f[1] / f[0];
          expect(Math.abs(val(numerator, root))).to.be.below(1e-6);
          expect(Math.abs(val(denominator, root))).to.be.below(1e-6);
        }
        // nothing further cancels: no remaining numerator factor equals a remaining denominator factor
        for (const f of m.num) for (const g of m.den) expect(f[0] * g[1] === f[1] * g[0], `${r.id}`).to.equal(false);
        for (const x of [-3.7, -1.3, 0.35, 2.9, 5.45]) {
          const want = val(numerator, x) / val(denominator, x);
          const got = evalExpr(r.answer, x);
          expect(got, `${r.id}: ${r.answer} at ${x}`).to.be.closeTo(want, 1e-7 * Math.max(1, Math.abs(want)));
          // and the gold's value is (kn Π num)/(kd Π den) recomputed from the factor lists
          const fromFactors = (m.kn * m.num.reduce((s, f) => s * linVal(f, x), 1)) / (m.kd * m.den.reduce((s, f) => s * linVal(f, x), 1));
          expect(got).to.be.closeTo(fromFactors, 1e-7 * Math.max(1, Math.abs(want)));
        }
      }
    });
  }

  it('scores gold 1, a wrong expression 0, and the unsimplified original 0 (copying the question earns nothing)', () => {
    for (let d = 1; d <= rationalSimplify.levels.length; d++) {
      for (const r of items(rationalSimplify, d, 20, 4)) {
        expect(scoreItem(rationalSimplify, r.answer, r)).to.equal(1);
        expect(scoreItem(rationalSimplify, `${r.answer} + 1`, r)).to.equal(0);
        expect(scoreItem(rationalSimplify, `2(${r.answer})`, r)).to.equal(0);
        // copying the question scores 0 whenever some cancelled factor does not also remain in the
        // simplified denominator (there the two differ: 0/0 against a finite value)
        const m = r.metadata as { common: [number, number][]; den: [number, number][] };
        const root = ([p, q]: [number, number]): number => -q / p;
        if (m.common.some((c) => !m.den.some((f) => root(f) === root(c)))) {
          expect(scoreItem(rationalSimplify, String(r.metadata.expression), r), r.id).to.equal(0);
        }
        expect(scoreItem(rationalSimplify, `The simplified form is \\boxed{${r.answer}}`, r)).to.equal(1);
      }
    }
  });
});
