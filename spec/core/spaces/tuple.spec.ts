import { expect } from 'chai';
import { ConfigError, SpaceError } from '../../../lib/errors.js';
import { Box, Dict, Discrete, MultiDiscrete, Text, Tuple, spaceFromJSON } from '../../../lib/core/spaces/index.js';

const make = (seed?: number) =>
  new Tuple([new Discrete(100), new Box({ low: -1, high: 1, shape: [2], dtype: 'float64' }), new Text({ maxLength: 4 })], seed === undefined ? {} : { seed });

describe('Tuple', () => {
  it('validates its subspaces', () => {
    for (const bad of [null, new Discrete(2), { 0: new Discrete(2) }, 'ab']) expect(() => new Tuple(bad as never), String(bad)).to.throw(ConfigError);
    expect(() => new Tuple([new Discrete(2), 3] as never)).to.throw(ConfigError, /subspace 1/);
    expect(make().length).to.equal(3);
  });

  it('samples values contained in the space', () => {
    const t = make(1);
    for (let i = 0; i < 50; i++) {
      const x = t.sample();
      expect(x).to.have.length(3);
      expect(t.contains(x)).to.equal(true);
    }
  });

  it('seeds each subspace from an integer seed and returns the structured seeds', () => {
    const t = make();
    const seeds = t.seed(42);
    expect(seeds).to.have.length(3);
    expect(seeds.every((s) => Number.isInteger(s))).to.equal(true);
    const a = [t.sample(), t.sample()];
    const again = make(42);
    expect([again.sample(), again.sample()]).to.deep.equal(a);
    const byList = make();
    expect(byList.seed(seeds)).to.deep.equal(seeds);
    expect([byList.sample(), byList.sample()]).to.deep.equal(a);
    t.seed(43);
    expect([t.sample(), t.sample()]).to.not.deep.equal(a);
    expect(make().seed()).to.have.length(3);
    expect(() => make().seed([1, 2])).to.throw(ConfigError);
    expect(() => make().seed([1, 2, 1.5])).to.throw(ConfigError);
  });

  it('returns nested seeds for nested composites', () => {
    const t = new Tuple([new Dict({ k: new Discrete(2) }), new Tuple([new Discrete(2), new Discrete(2)])]);
    const [d, inner] = t.seed(3) as [Record<string, number>, number[]];
    expect(Object.keys(d)).to.deep.equal(['k']);
    expect(inner).to.have.length(2);
  });

  it('contains only arrays of the right length with contained entries', () => {
    const t = new Tuple([new Discrete(2), new MultiDiscrete([3])]);
    expect(t.contains([1, Int32Array.of(2)])).to.equal(true);
    for (const x of [[2, Int32Array.of(2)], [1], [1, Int32Array.of(2), 0], { 0: 1, 1: Int32Array.of(2), length: 2 }, null, undefined, 'ab']) {
      expect(t.contains(x), String(x)).to.equal(false);
    }
    expect(new Tuple([]).contains([])).to.equal(true);
  });

  it('passes masks down by position', () => {
    const t = new Tuple([new Discrete(3), new Discrete(3)], { seed: 2 });
    for (let i = 0; i < 30; i++) expect(t.sample([[0, 1, 0], undefined])[0]).to.equal(1);
    expect(() => t.sample([[0, 1, 0]])).to.throw(ConfigError);
  });

  it('round-trips through JSON, and so do its values', () => {
    const t = make(7);
    expect(spaceFromJSON(JSON.parse(JSON.stringify(t))).equals(t)).to.equal(true);
    expect(t.equals(new Tuple([new Discrete(100)]))).to.equal(false);
    const values = [t.sample(), t.sample()];
    const json = JSON.parse(JSON.stringify(t.toJsonable(values)));
    expect(json[0][1]).to.be.an('array');
    const back = t.fromJsonable(json);
    expect(back).to.deep.equal(values);
    expect(back[0]![1]).to.be.instanceOf(Float64Array);
    expect(() => t.fromJsonable([[1, [0, 0]]])).to.throw(SpaceError);
  });
});
