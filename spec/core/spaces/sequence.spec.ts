import { expect } from 'chai';
import { ConfigError, SpaceError } from '../../../lib/errors.js';
import { Box, Dict, Discrete, Sequence, spaceFromJSON } from '../../../lib/core/spaces/index.js';

describe('Sequence', () => {
  it('validates its feature space', () => {
    for (const bad of [null, undefined, {}, 3]) expect(() => new Sequence(bad as never), String(bad)).to.throw(ConfigError);
  });

  it('draws lengths ~ Geometric(0.25) on {1, 2, ...}', () => {
    const s = new Sequence(new Discrete(3), { seed: 1 });
    const lengths = Array.from({ length: 4000 }, () => s.sample().length);
    expect(Math.min(...lengths)).to.equal(1);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).to.be.within(3.7, 4.3); // E = 1/p = 4
    const ones = lengths.filter((n) => n === 1).length / lengths.length;
    expect(ones).to.be.within(0.22, 0.28); // P(1) = p
  });

  it('samples contained values', () => {
    const s = new Sequence(new Box({ low: 0, high: 1, shape: [2] }), { seed: 2 });
    for (let i = 0; i < 30; i++) expect(s.contains(s.sample())).to.equal(true);
  });

  it('returns [own seed, feature seed] and is deterministic', () => {
    const s = new Sequence(new Discrete(1000));
    const seeds = s.seed(42);
    expect(seeds[0]).to.equal(42);
    expect(Number.isInteger(seeds[1])).to.equal(true);
    const a = [s.sample(), s.sample()];
    const pair = new Sequence(new Discrete(1000));
    expect(pair.seed([42, seeds[1]])).to.deep.equal(seeds);
    expect([pair.sample(), pair.sample()]).to.deep.equal(a);
    const ctor = new Sequence(new Discrete(1000), { seed: 42 });
    expect([ctor.sample(), ctor.sample()]).to.deep.equal(a);
    s.seed(43);
    expect([s.sample(), s.sample()]).to.not.deep.equal(a);
    expect(s.seed()).to.have.length(2);
    expect(() => s.seed([1] as never)).to.throw(ConfigError);
    const nested = new Sequence(new Dict({ x: new Discrete(2) })).seed(1);
    expect(Object.keys(nested[1] as object)).to.deep.equal(['x']);
  });

  it('applies length and feature masks', () => {
    const s = new Sequence(new Discrete(4), { seed: 3 });
    expect(s.sample({ length: 0 })).to.deep.equal([]);
    expect(s.sample({ length: 5, feature: [0, 0, 1, 0] })).to.deep.equal([2, 2, 2, 2, 2]);
    const lengths = new Set(Array.from({ length: 100 }, () => s.sample({ length: [2, 7] }).length));
    expect(lengths).to.deep.equal(new Set([2, 7]));
    for (const bad of [-1, 1.5, [], [1, -2], 'x']) expect(() => s.sample({ length: bad as never }), String(bad)).to.throw(ConfigError);
  });

  it('contains arrays of feature values only', () => {
    const s = new Sequence(new Discrete(2));
    expect(s.contains([])).to.equal(true);
    expect(s.contains([0, 1, 1])).to.equal(true);
    for (const x of [[0, 2], [0, '1'], [, 1], 'ab', null, undefined, { length: 0 }, new Set([0])]) {
      expect(s.contains(x), String(x)).to.equal(false);
    }
  });

  it('round-trips through JSON, and so do its values', () => {
    const s = new Sequence(new Box({ low: -Infinity, high: 0, shape: [2], dtype: 'float64' }), { seed: 4 });
    expect(s.toJSON()).to.deep.equal({ type: 'Sequence', featureSpace: s.featureSpace.toJSON() });
    expect(spaceFromJSON(JSON.parse(JSON.stringify(s))).equals(s)).to.equal(true);
    expect(s.equals(new Sequence(new Discrete(2)))).to.equal(false);
    const values = [s.sample(), [Float64Array.of(-Infinity, 0)]];
    const back = s.fromJsonable(JSON.parse(JSON.stringify(s.toJsonable(values))));
    expect(back).to.deep.equal(values);
    expect(() => s.fromJsonable([Float64Array.of(0, 0)])).to.throw(SpaceError);
  });
});
