import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { meanPassAtK, passAtK } from '../../lib/policy/pass-at-k.js';

/** C(n, k) exactly, as the reference the product form is held to. */
function binomial(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

describe('policy: pass@k (Chen et al. 2021)', () => {
  it('matches hand-computed values', () => {
    expect(passAtK(5, 0, 1)).to.equal(0);
    expect(passAtK(5, 2, 1)).to.be.closeTo(2 / 5, 1e-12); // pass@1 is the fraction correct
    expect(passAtK(5, 2, 2)).to.be.closeTo(1 - 3 / 10, 1e-12); // 1 - C(3,2)/C(5,2)
    expect(passAtK(10, 3, 5)).to.be.closeTo(1 - 21 / 252, 1e-12); // 1 - C(7,5)/C(10,5)
    expect(passAtK(200, 1, 100)).to.be.closeTo(0.5, 1e-12); // one correct sample out of 200, half of them drawn
    expect(passAtK(4, 1, 4)).to.equal(1); // every draw of 4 out of 4 holds the correct one
    expect(passAtK(5, 5, 3)).to.equal(1);
  });

  it('agrees with exact binomials where those are large', () => {
    for (const [n, c, k] of [[1000, 10, 10], [100, 37, 20], [64, 1, 63]] as const) {
      const exact = 1 - Number((binomial(n - c, k) * 10n ** 15n) / binomial(n, k)) / 1e15;
      expect(passAtK(n, c, k)).to.be.closeTo(exact, 1e-12);
    }
  });

  it('never decreases in k and averages over problems', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => passAtK(8, 2, k));
    for (let i = 1; i < values.length; i++) expect(values[i]).to.be.at.least(values[i - 1]!);
    expect(meanPassAtK([{ n: 5, c: 2 }, { n: 5, c: 0 }], 2)).to.be.closeTo(0.35, 1e-12);
    expect(meanPassAtK([], 1)).to.be.NaN;
  });

  it('refuses impossible counts with ConfigError', () => {
    expect(() => passAtK(5, 2, 0)).to.throw(ConfigError, /k must be in 1..n/);
    expect(() => passAtK(5, 2, 6)).to.throw(ConfigError, /k must be in 1..n/);
    expect(() => passAtK(5, 6, 1)).to.throw(ConfigError, /c \(correct samples\)/);
    expect(() => passAtK(5, 1.5, 1)).to.throw(ConfigError, /integers/);
  });
});
