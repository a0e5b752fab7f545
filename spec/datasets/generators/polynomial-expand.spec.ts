import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { polynomialExpand } from '../../../datasets/generators/polynomial-expand.js';
import { items, parsePolyText, sharedGeneratorChecks } from './shared.js';

interface Term {
  coef: number;
  factors: { poly: number[]; power: number }[];
}

// independent polynomial arithmetic (coefficients constant first)
function mul(p: number[], q: number[]): number[] {
  const out = Array<number>(p.length + q.length - 1).fill(0);
  for (let i = 0; i < p.length; i++) for (let j = 0; j < q.length; j++) out[i + j] = (out[i + j] ?? 0) + (p[i] ?? 0) * (q[j] ?? 0);
  return out;
}
function expandTerms(terms: Term[]): number[] {
  const total: number[] = [];
  for (const t of terms) {
    let p = [t.coef];
    for (const f of t.factors) for (let k = 0; k < f.power; k++) p = mul(p, f.poly);
    p.forEach((c, i) => (total[i] = (total[i] ?? 0) + c));
  }
  while (total.length > 1 && total[total.length - 1] === 0) total.pop();
  return total;
}

sharedGeneratorChecks(polynomialExpand, ['expression', 'terms', 'coefficients']);

describe('polynomial_expand: answers and scoring', () => {
  for (let d = 1; d <= polynomialExpand.levels.length; d++) {
    it(`difficulty ${d}: the gold polynomial is the expansion of the metadata terms (100 items)`, () => {
      for (const r of items(polynomialExpand, d, 100, 31)) {
        const expected = expandTerms(r.metadata.terms as Term[]);
        expect(parsePolyText(r.answer), `${r.id}: ${r.answer}`).to.deep.equal(expected);
        expect(r.metadata.coefficients).to.deep.equal(expected);
        expect(r.answer).to.not.match(/[()]/);
        expect(r.problem).to.include(String(r.metadata.expression));
      }
    });
  }

  it('scores gold 1, a perturbed polynomial 0, a reordered expanded form 1, and the unexpanded product 0', () => {
    for (let d = 1; d <= polynomialExpand.levels.length; d++) {
      for (const r of items(polynomialExpand, d, 20, 8)) {
        const c = r.metadata.coefficients as number[];
        expect(scoreItem(polynomialExpand, r.answer, r)).to.equal(1);
        expect(scoreItem(polynomialExpand, `${r.answer} + 1`, r)).to.equal(0);
        // ascending order, explicit * : still expanded and equivalent
        const asc = c.map((k, i) => (k === 0 ? '' : `${k < 0 ? '-' : '+'} ${Math.abs(k)}${i === 0 ? '' : `*x^${i}`}`)).filter(Boolean).join(' ');
        expect(scoreItem(polynomialExpand, asc, r), asc).to.equal(1);
        expect(scoreItem(polynomialExpand, String(r.metadata.expression), r)).to.equal(0);
      }
    }
  });
});
