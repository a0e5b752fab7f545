import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { integrals as gen } from '../../../datasets/generators/integrals.js';
import { itemRng } from '../../../datasets/generators/generator.js';
import { parseAnswer } from '../../../lib/verify/parse/parser.js';
import { numeric } from '../../../lib/verify/equivalence/evaluate.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);
const at = (text: string, x: number): number => numeric(parseAnswer(text), new Map([['x', x]]), 0);

interface Term {
  fn: 'sin' | 'cos' | 'exp';
  a: number;
  b: number;
}

/** Exact antiderivative value from the parameters (independent of the generator's printing). */
function anti(coeffs: number[], terms: Term[], x: number): number {
  let v = coeffs.reduce((s, c, n) => s + (c * x ** (n + 1)) / (n + 1), 0);
  for (const t of terms) v += t.fn === 'sin' ? (-t.a / t.b) * Math.cos(t.b * x) : t.fn === 'cos' ? (t.a / t.b) * Math.sin(t.b * x) : (t.a / t.b) * Math.exp(t.b * x);
  return v;
}

describe('generators: integrals', function () {
  this.timeout(60_000);
  it('items have the family\'s answer format and metadata (the common checks are in shared.ts)', () => {
    for (const d of levels)
      for (let i = 0; i < 50; i++) {
        const e = item(9, d, i);
        expect(e.metadata.coeffs).to.be.an('array');
        expect(e.metadata.terms).to.be.an('array');
        expect(e.metadata.integrand).to.be.a('string');
      }
  });

  it('gold antiderivatives equal the closed form from metadata up to a constant (100 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 100; i++) {
        const e = item(11, d, i);
        const { coeffs, terms } = e.metadata as unknown as { coeffs: number[]; terms: Term[] };
        const xs = [-1.3, -0.4, 0.5, 1.2, 1.9];
        const diffs = xs.map((x) => at(e.answer, x) - anti(coeffs, terms, x));
        for (const dv of diffs) expect(Math.abs(dv - (diffs[0] as number)), e.id).to.be.below(1e-8 * Math.max(1, Math.abs(anti(coeffs, terms, 2))));
        // and the integrand text in the problem matches the parameters
        for (const x of xs) {
          const f = coeffs.reduce((s, c, n) => s + c * x ** n, 0) + terms.reduce((s, t) => s + t.a * (t.fn === 'sin' ? Math.sin(t.b * x) : t.fn === 'cos' ? Math.cos(t.b * x) : Math.exp(t.b * x)), 0);
          expect(Math.abs(at(e.metadata.integrand as string, x) - f)).to.be.below(1e-9 * Math.max(1, Math.abs(f)));
        }
      }
  });

  it('scores any antiderivative 1 and anything else 0', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(13, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        if (i < 20) {
          expect(scoreItem(gen, `${e.answer} + 7`, e), e.id).to.equal(1);
          expect(scoreItem(gen, `${e.answer} + C`, e), e.id).to.equal(1);
          expect(scoreItem(gen, `${e.answer} + x`, e), e.id).to.equal(0);
          expect(scoreItem(gen, `2*(${e.answer})`, e), e.id).to.equal(0);
          expect(scoreItem(gen, e.metadata.integrand as string, e), e.id).to.equal(0);
        }
      }
    const e = { ...item(13, 1, 0), metadata: { coeffs: [0, 0, 3], terms: [] } };
    expect(scoreItem(gen, 'x^3', e)).to.equal(1);
    expect(scoreItem(gen, 'x^3+C', e)).to.equal(1);
    expect(scoreItem(gen, '\\frac{3x^3}{3} - 12', e)).to.equal(1);
    expect(scoreItem(gen, 'so $\\int 3x^2\\,dx = \\boxed{x^3 + C}$', e)).to.equal(1);
    expect(scoreItem(gen, 'x^3/3', e)).to.equal(0);
    expect(scoreItem(gen, '', e)).to.equal(0);
    expect(scoreItem(gen, 'not an answer ((', e)).to.equal(0);
    const trig = { ...e, metadata: { coeffs: [], terms: [{ fn: 'sin', a: 2, b: 3 }] } };
    expect(scoreItem(gen, '-\\frac{2}{3}\\cos(3x)', trig)).to.equal(1);
    expect(scoreItem(gen, '\\frac{2}{3}\\cos(3x)', trig)).to.equal(0);
  });
});

sharedGeneratorChecks(gen, []);

describe('generators: integrals answer phrasing', () => {
  it('accepts "F(x) = ..." and "+ C" around a correct antiderivative', () => {
    const e = gen.generate(itemRng(7, 3, 3), 3, 3);
    expect(scoreItem(gen, `F(x) = ${e.answer}`, e)).to.equal(1);
    expect(scoreItem(gen, `F(x) = ${e.answer} + C`, e)).to.equal(1);
    expect(scoreItem(gen, `F(x) = ${e.answer} + x`, e)).to.equal(0);
  });
});
