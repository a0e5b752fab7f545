import { scoreItem } from '../../../datasets/generators/score.js';
import { expect } from 'chai';
import { items, sharedGeneratorChecks } from './shared.js';
import { DOMAIN, integrationTechniques as gen } from '../../../datasets/generators/integration-techniques.js';
import { parseAnswer } from '../../../lib/verify/index.js';
import { numeric } from '../../../lib/verify/equivalence/evaluate.js';

const levels = gen.levels.map((_, i) => i + 1);
const fn = (tex: string) => {
  const n = parseAnswer(tex);
  return (x: number): number => numeric(n, new Map([['x', x]]), 0);
};

describe('generators: integration_techniques', function () {
  this.timeout(120_000);

  it('self-check: the gold differentiated numerically equals the integrand read from the TEXT (150 items per level, 9 points)', () => {
    for (const d of levels)
      for (const e of items(gen, d, 150, 51)) {
        const m = /^Find the indefinite integral \\int (.*)\\,dx on the interval 1\/4 <= x <= 2\. /.exec(e.problem)!;
        const f = fn(m[1] as string);
        const F = fn(e.answer);
        for (let i = 0; i < 9; i++) {
          const x = DOMAIN[0] + ((DOMAIN[1] - DOMAIN[0]) * (i + 0.5)) / 9;
          const h = 1e-4 * Math.max(1, x);
          // fourth-order central difference
          const dF = (-F(x + 2 * h) + 8 * F(x + h) - 8 * F(x - h) + F(x - 2 * h)) / (12 * h);
          expect(Math.abs(dF - f(x)), `${e.id} at x = ${x}: ${e.problem} -> ${e.answer}`).to.be.below(1e-6 * Math.max(1, Math.abs(f(x)), Math.abs(F(x))));
        }
      }
  });

  it('any constant pays; the integrand, an unevaluated integral, a wrong factor or term, hedges and other symbols do not', () => {
    for (const d of levels)
      for (const e of items(gen, d, 50, 53)) {
        const integrand = /\\int (.*)\\,dx/.exec(e.problem)![1] as string;
        expect(scoreItem(gen, `\\boxed{${e.answer}}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `\\boxed{${e.answer} + C}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `$F(x) = ${e.answer} - 17$`, e), e.id).to.equal(1);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${integrand}}`, e), `${e.id}: the integrand`).to.equal(0);
        expect(scoreItem(gen, `\\boxed{\\int ${integrand}\\,dx}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{\\int_{0}^{x} ${integrand.replaceAll('x', 't')}\\,dt}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{2\\left(${e.answer}\\right)}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${e.answer} + \\frac{x}{1000}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${e.answer} + Cx}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${e.answer} + y}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${e.answer}} or \\boxed{${integrand}}`, e), e.id).to.equal(0);
        // enormous constants: their rounding error must not stand in for the antiderivative
        for (const big of ['-20!', '25!', '10^{30}', '-e^{100}']) expect(scoreItem(gen, `\\boxed{${big}}`, e), `${e.id}: ${big}`).to.equal(0);
      }
  });

  it('accepts other correct forms: ln without the absolute value where the argument is positive, expanded products', () => {
    for (const r of items(gen, 1, 200, 55).filter((x) => x.answer.includes('\\ln\\left|'))) {
      expect(scoreItem(gen, `\\boxed{${r.answer.replace('\\left|', '\\left(').replace('\\right|', '\\right)')}}`, r), r.id).to.equal(1);
    }
    const r = { ...items(gen, 3, 1, 55)[0]!, answer: '\\left(2x - 1\\right)e^{x}' };
    expect(scoreItem(gen, '\\boxed{2xe^{x} - e^{x} + 5}', r)).to.equal(1);
  });
});

sharedGeneratorChecks(gen, ['integrand']);
