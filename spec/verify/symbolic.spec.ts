import { expect } from 'chai';
import { verify } from '../../lib/verify/verify.js';

/**
 * Symbolic confirmation of equalities found by sampling (lib/verify/equivalence/symbolic.ts): every
 * rule it can give, and its bound. The labelled cases of kind `symbolic` in
 * spec/fixtures/verifier-cases.jsonl (run by reader.spec.ts) hold the adversarial pairs.
 */
const rule = (gold: string, pred: string): [boolean, string] => {
  const v = verify(`$${gold}$`, `$${pred}$`);
  return [v.correct, v.rule];
};

describe('verify: symbolic confirmation of sampled equalities', () => {
  it('proves equal forms exactly (symbolic-equal)', () => {
    expect(rule('(x+1)^2', 'x^2+2x+1')).to.deep.equal([true, 'symbolic-equal']);
    expect(rule('\\frac{x^2-1}{x-1}', 'x+1')).to.deep.equal([true, 'symbolic-equal']);
    expect(rule('\\frac{x}{\\sqrt{3}}', '\\frac{x\\sqrt{3}}{3}')).to.deep.equal([true, 'symbolic-equal']);
    expect(rule('f(x)+1', '1+f(x)')).to.deep.equal([true, 'symbolic-equal']);
    expect(rule('\\sqrt{2}\\sqrt{8}', '4')).to.deep.equal([true, 'symbolic-equal']);
  });

  it('confirms equations and inequalities found proportional by sampling (d1(x)d2(x\') = d1(x\')d2(x))', () => {
    expect(rule('x^2 + 1 = 0', 'x^2 + 1.0000000001 = 0')).to.deep.equal([false, 'symbolic-differs']);
    expect(rule('3x - 6 > 0', 'x > 2.0000000001')).to.deep.equal([false, 'symbolic-differs']);
    expect(rule('x + y = 1', '2x + 2y - 2 = 0')).to.deep.equal([true, 'equation-sides']);
    expect(rule('\\pi x = 0', 'x = 0')).to.deep.equal([true, 'equation-sides']);
    expect(rule('3x - 6 > 0', 'x > 2')).to.deep.equal([true, 'inequality-sides']);
    // a variable given a value: the values decide, by the rules for values
    expect(rule('y = x^2', 'y = x^2 + 10^{-12}')).to.deep.equal([false, 'equation-sides/numeric-sampling']);
    expect(rule('x = \\frac{1}{3}', 'x = 0.33333333333')).to.deep.equal([true, 'equation-sides/numeric-rounded']);
    // an identity the normal form cannot prove stays credited under its own name
    expect(rule('\\sin^2 x + \\cos^2 x = y', 'y = 1')).to.deep.equal([true, 'sampling-unconfirmed']);
  });

  it('refutes a polynomial difference the sample points cannot see (symbolic-differs)', () => {
    // vanishes at every point of the rational sampling grid (multiples of 1/64 in [-3, 3]) but not elsewhere
    const grid = Array.from({ length: 25 }, (_, i) => `(64x-${i + 1})`).join('');
    const v = verify('$x$', `$x + ${grid}$`);
    expect(v.correct).to.equal(false);
    // a decimal of more than 6 places inside an expression is an exact coefficient: the exact samples see it
    expect(rule('(x+1)^2', 'x^2+2x+1.0000001')).to.deep.equal([false, 'numeric-sampling']);
  });

  it('refutes a difference below double precision in 60-digit arithmetic (precise-differs)', () => {
    expect(rule('e^{100x}', 'e^{100x+10^{-30}}')).to.deep.equal([false, 'precise-differs']);
    expect(rule('x', 'x+10^{-20}\\sin x')).to.deep.equal([false, 'precise-differs']);
    expect(rule('640320^3+744', 'e^{\\pi\\sqrt{163}}')).to.deep.equal([false, 'precise-differs']);
  });

  it('credits identities the normal form cannot prove under their own rule (sampling-unconfirmed)', () => {
    expect(rule('\\sin(2x)', '2\\sin x\\cos x')).to.deep.equal([true, 'sampling-unconfirmed']);
    expect(rule('|x|', '\\sqrt{x^2}')).to.deep.equal([true, 'sampling-unconfirmed']);
    expect(verify('$\\sin(2x)$', '$2\\sin x\\cos x$').reason).to.match(/sampling-unconfirmed/);
  });

  it('bounds an expansion built to blow up by the work budget: an explicit error, never a hang or a silent 0', () => {
    const v = verify('$(x+y+z+w+1)^{40}$', '$(x+y+z+w+1)^{39}(x+y+z+w) + (x+y+z+w+1)^{39}$', { workBudget: 200_000 });
    expect(v.correct).to.equal(false);
    expect(v.error?.code).to.equal('WORK_BUDGET');
    // the same shape factored alike needs no expansion
    expect(rule('(x+y+z+w+1)^{60}', '(1+x+y+z+w)^{59}(x+y+z+w+1)')).to.deep.equal([true, 'symbolic-equal']);
  });

  it('is deterministic: the same verdict twice, and for another seed', () => {
    for (const seed of [0, 7]) {
      const a = verify('$\\cos(2x)$', '$1-2\\sin^2 x$', { seed });
      const b = verify('$\\cos(2x)$', '$1-2\\sin^2 x$', { seed });
      expect([a.correct, a.rule]).to.deep.equal([b.correct, b.rule]);
      expect(a.correct).to.equal(true);
    }
  });
});
