import { expect } from 'chai';
import { ConfigError, Rng } from '../../lib/index.js';

describe('core/rng', () => {
  it('gives the same stream for the same seed and different streams for neighbouring seeds', () => {
    const draw = (seed: number) => {
      const r = Rng.fromSeed(seed);
      return Array.from({ length: 20 }, () => r.integer(0, 1_000_000));
    };
    expect(draw(7)).to.deep.equal(draw(7));
    expect(draw(0)).to.not.deep.equal(draw(1));
    expect(draw(2 ** 40)).to.not.deep.equal(draw(2 ** 40 + 1));
  });

  it('rejects seeds that are not non-negative safe integers', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) expect(() => Rng.fromSeed(bad)).to.throw(ConfigError);
  });

  it('restores from its state and reports seed -1', () => {
    const a = Rng.fromSeed(3);
    a.float();
    const b = Rng.fromState(a.state());
    expect(b.seed).to.equal(-1);
    expect([b.float(), b.float()]).to.deep.equal([a.float(), a.float()]);
  });

  it('draws integers inclusively and uniformly enough', () => {
    const r = Rng.fromSeed(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[r.integer(0, 2)]! += 1;
    for (const c of counts) expect(c).to.be.within(850, 1150);
  });

  it('shuffle is a permutation and weightedIndex respects zero weights', () => {
    const r = Rng.fromSeed(5);
    const s = r.shuffle([1, 2, 3, 4, 5]);
    expect([...s].sort()).to.deep.equal([1, 2, 3, 4, 5]);
    for (let i = 0; i < 100; i++) expect(r.weightedIndex([0, 1, 0, 2])).to.be.oneOf([1, 3]);
    expect(() => r.weightedIndex([0, 0])).to.throw(ConfigError);
  });
});
