import { expect } from 'chai';
import { ConfigError, SpaceError } from '../../../lib/errors.js';
import { Box, Dict, Discrete, MultiBinary, Sequence, Text, Tuple, spaceFromJSON } from '../../../lib/core/spaces/index.js';

const make = (seed?: number) =>
  new Dict({ z: new Discrete(100), a: new Box({ low: 0, high: 1, shape: [2] }), m: new Text({ maxLength: 8 }) }, seed === undefined ? {} : { seed });

describe('Dict', () => {
  it('validates its subspaces', () => {
    for (const bad of [null, [new Discrete(2)], new Discrete(2), 'x', new Map()]) expect(() => new Dict(bad as never), String(bad)).to.throw(ConfigError);
    expect(() => new Dict({ a: new Discrete(2), b: 3 } as never)).to.throw(ConfigError, /"b"/);
  });

  it('sorts plain-object keys, as Gymnasium', () => {
    const d = make();
    expect(d.keys).to.deep.equal(['a', 'm', 'z']);
    expect(Object.keys(d.sample())).to.deep.equal(['a', 'm', 'z']);
    expect(Object.keys(d.toJSON().spaces as object)).to.deep.equal(['a', 'm', 'z']);
    expect(d.spaces.z).to.be.instanceOf(Discrete);
  });

  it('samples values contained in the space', () => {
    const d = make(1);
    for (let i = 0; i < 50; i++) expect(d.contains(d.sample())).to.equal(true);
  });

  it('seeds each subspace from an integer seed and returns the structured seeds', () => {
    const d = make();
    const seeds = d.seed(42);
    expect(Object.keys(seeds)).to.deep.equal(['a', 'm', 'z']);
    expect(Object.values(seeds).every((s) => Number.isInteger(s))).to.equal(true);
    expect(new Set(Object.values(seeds)).size).to.equal(3);
    const a = [d.sample(), d.sample()];
    expect(make().seed(42)).to.deep.equal(seeds);
    expect(make(42).seed(42)).to.deep.equal(seeds);
    const again = make(42);
    expect([again.sample(), again.sample()]).to.deep.equal(a);
    // Seeding with the returned per-key seeds reproduces the same samples.
    const byKey = make();
    expect(byKey.seed(seeds)).to.deep.equal(seeds);
    expect([byKey.sample(), byKey.sample()]).to.deep.equal(a);
    d.seed(43);
    expect([d.sample(), d.sample()]).to.not.deep.equal(a);
  });

  it('accepts undefined (random) seeds and rejects malformed ones', () => {
    const seeds = make().seed();
    expect(Object.keys(seeds)).to.deep.equal(['a', 'm', 'z']);
    expect(() => make().seed({ a: 1, m: 2 })).to.throw(ConfigError, /keys/);
    expect(() => make().seed({ a: 1, m: 2, z: 3, q: 4 })).to.throw(ConfigError);
    expect(() => make().seed(-1)).to.throw(ConfigError);
    expect(() => make().seed({ a: 1, m: 2, z: 'x' as never })).to.throw(ConfigError);
  });

  it('returns nested seeds for nested composites', () => {
    const d = new Dict({ inner: new Dict({ x: new Discrete(2), y: new Discrete(3) }), t: new Tuple([new Discrete(2)]), s: new Sequence(new Discrete(2)) });
    const seeds = d.seed(7) as Record<string, unknown>;
    expect(Object.keys(seeds.inner as object)).to.deep.equal(['x', 'y']);
    expect(seeds.t).to.be.an('array').with.length(1);
    expect(seeds.s).to.be.an('array').with.length(2);
  });

  it('contains only plain objects with exactly its keys and contained values', () => {
    const d = new Dict({ n: new Discrete(3), b: new MultiBinary(2) });
    expect(d.contains({ n: 2, b: Int8Array.of(0, 1) })).to.equal(true);
    for (const x of [
      { n: 3, b: Int8Array.of(0, 1) },
      { n: 2 },
      { n: 2, b: Int8Array.of(0, 1), extra: 1 },
      new Map([['n', 2]]),
      [2, Int8Array.of(0, 1)],
      null,
      undefined,
      'nb',
    ]) {
      expect(d.contains(x), String(x)).to.equal(false);
    }
  });

  it('passes masks down by key', () => {
    const d = new Dict({ n: new Discrete(4), b: new MultiBinary(2) }, { seed: 3 });
    for (let i = 0; i < 30; i++) {
      const x = d.sample({ n: [0, 0, 1, 0], b: [1, 0] });
      expect(x.n).to.equal(2);
      expect(x.b).to.deep.equal(Int8Array.of(1, 0));
    }
    expect(d.sample({ n: undefined, b: [0, 0] }).b).to.deep.equal(Int8Array.of(0, 0));
    expect(() => d.sample({ n: [1, 1, 1, 1] })).to.throw(ConfigError, /keys/);
  });

  it('round-trips through JSON, and so do its values', () => {
    const d = make(5);
    expect(spaceFromJSON(JSON.parse(JSON.stringify(d))).equals(d)).to.equal(true);
    expect(d.equals(new Dict({ z: new Discrete(100) }))).to.equal(false);
    const values = [d.sample(), d.sample()];
    const json = JSON.parse(JSON.stringify(d.toJsonable(values)));
    expect(json[0].a).to.be.an('array').with.length(2);
    const back = d.fromJsonable(json);
    expect(back).to.deep.equal(values);
    expect(back.every((v) => d.contains(v))).to.equal(true);
    expect(() => d.fromJsonable([{ a: [0, 0], m: 'x' }])).to.throw(SpaceError);
  });
});
