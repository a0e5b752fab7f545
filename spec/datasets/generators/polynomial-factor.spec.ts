import { expect } from 'chai';
import Fraction from 'fraction.js';
import { polynomialFactor } from '../../../datasets/generators/polynomial-factor.js';
import { verifierVerdict, scoreItem } from '../../../datasets/generators/score.js';
import { evalExpr, items, parsePolyText, sharedGeneratorChecks } from './shared.js';

interface Factor {
  p: number;
  q: number;
  mult: number;
}

/** Exact Horner evaluation of a coefficient list (constant first). */
function horner(c: number[], x: Fraction): Fraction {
  return c.reduceRight((acc, k) => acc.mul(x).add(k), new Fraction(0));
}

/** Multiplicity of root x in c (repeated exact synthetic division). */
function multiplicity(c: number[], x: Fraction): number {
  let m = 0;
  let cur = c.map((k) => new Fraction(k));
  while (cur.length > 1) {
    const q: Fraction[] = [];
    let acc = new Fraction(0);
    for (let i = cur.length - 1; i >= 0; i--) {
      acc = acc.mul(x).add(cur[i] ?? 0);
      q.unshift(acc);
    }
    if (!(q[0] ?? new Fraction(1)).equals(0)) break;
    cur = q.slice(1);
    m++;
  }
  return m;
}

sharedGeneratorChecks(polynomialFactor, ['polynomial', 'content', 'factors', 'coefficients', 'degree']);

describe('polynomial_factor: answers and scoring', () => {
  for (let d = 1; d <= polynomialFactor.levels.length; d++) {
    it(`difficulty ${d}: the metadata factors are the polynomial's roots with multiplicity, and the gold equals it (100 items)`, () => {
      for (const r of items(polynomialFactor, d, 100, 55)) {
        const m = r.metadata as { content: number; factors: Factor[]; coefficients: number[]; degree: number; polynomial: string };
        expect(parsePolyText(m.polynomial)).to.deep.equal(m.coefficients);
        expect(r.problem).to.include(m.polynomial);
        expect(m.factors.reduce((s, f) => s + f.mult, 0)).to.equal(m.degree);
        expect(m.coefficients.length - 1).to.equal(m.degree);
        const lead = m.factors.reduce((s, f) => s * f.p ** f.mult, m.content);
        expect(m.coefficients[m.degree]).to.equal(lead);
        for (const f of m.factors) {
          const root = new Fraction(-f.q, f.p);
          expect(horner(m.coefficients, root).equals(0), `${r.id}: root ${root.toFraction()}`).to.equal(true);
          expect(multiplicity(m.coefficients, root), `${r.id}`).to.equal(f.mult);
        }
        for (const x of [-2.5, -1.25, 0.5, 1.75, 3.5]) {
          const want = m.coefficients.reduceRight((acc, k) => acc * x + k, 0);
          expect(evalExpr(r.answer, x), `${r.id}: ${r.answer}`).to.be.closeTo(want, 1e-6 * Math.max(1, Math.abs(want)));
        }
      }
    });
  }

  it('scores gold 1, a wrong factorisation 0, the expanded polynomial 0, and a reordered product 1', () => {
    for (let d = 1; d <= polynomialFactor.levels.length; d++) {
      for (const r of items(polynomialFactor, d, 20, 9)) {
        expect(scoreItem(polynomialFactor, r.answer, r)).to.equal(1);
        expect(scoreItem(polynomialFactor, String(r.metadata.polynomial), r), 'expanded form').to.equal(0);
        expect(scoreItem(polynomialFactor, `${r.answer}(x + 1)`, r)).to.equal(0);
        const m = r.metadata as { content: number; factors: Factor[] };
        const text = (f: Factor) => `${f.q === 0 ? 'x' : `(${f.p === 1 ? '' : f.p}x ${f.q < 0 ? '-' : '+'} ${Math.abs(f.q)})`}${f.mult === 1 ? '' : `^${f.mult}`}`;
        const rev = `${m.content}*${[...m.factors].reverse().map(text).join('*')}`;
        expect(scoreItem(polynomialFactor, rev, r), rev).to.equal(1);
      }
    }
    // a partly factored answer is equivalent but not accepted
    const r = items(polynomialFactor, 3, 50, 1).find((x) => (x.metadata.factors as Factor[]).length === 3 && x.metadata.content === 1);
    expect(r, 'a cubic with three distinct factors').to.not.equal(undefined);
    if (r) {
      const [f, g, h] = r.metadata.factors as [Factor, Factor, Factor];
      const quad = `${f.p * g.p}x^2 + ${f.p * g.q + f.q * g.p}x + ${f.q * g.q}`;
      const partial = `(${quad})(${h.p}x + ${h.q})`;
      expect(verifierVerdict(partial, r).score, `equivalent: ${partial}`).to.equal(1);
      expect(scoreItem(polynomialFactor, partial, r), partial).to.equal(0);
    }
  });
});
