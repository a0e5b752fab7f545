import { expect } from 'chai';
import { ConfigError, SpaceError } from '../../../lib/errors.js';
import { MultiBinary, spaceFromJSON } from '../../../lib/core/spaces/index.js';

const draw = <T>(f: () => T, k = 200): T[] => Array.from({ length: k }, f);

describe('MultiBinary', () => {
  it('validates n', () => {
    for (const n of [0, -3, 2.5, NaN, '4', [2, 2]]) expect(() => new MultiBinary(n as number), String(n)).to.throw(ConfigError);
    const s = new MultiBinary(4);
    expect([s.n, s.shape, s.dtype]).to.deep.equal([4, [4], 'int8']);
  });

  it('samples Int8Arrays of 0/1 with both values in every position', () => {
    const s = new MultiBinary(3, { seed: 1 });
    const xs = draw(() => s.sample());
    expect(xs.every((x) => x instanceof Int8Array && s.contains(x))).to.equal(true);
    for (let i = 0; i < 3; i++) expect(new Set(xs.map((x) => x[i]))).to.deep.equal(new Set([0, 1]));
  });

  it('is deterministic per seed', () => {
    const s = new MultiBinary(32);
    s.seed(9);
    const a = s.sample();
    s.seed(9);
    expect(s.sample()).to.deep.equal(a);
    s.seed(10);
    expect(s.sample()).to.not.deep.equal(a);
  });

  it('contains only Int8Arrays of n bits', () => {
    const s = new MultiBinary(2);
    expect(s.contains(Int8Array.of(1, 0))).to.equal(true);
    for (const x of [Int8Array.of(1, 2), Int8Array.of(-1, 0), Int8Array.of(1), Uint8Array.of(1, 0), [1, 0], null, undefined, 3]) {
      expect(s.contains(x), String(x)).to.equal(false);
    }
  });

  it('masks force bits with 0/1 and leave 2 random', () => {
    const s = new MultiBinary(3, { seed: 2 });
    const xs = draw(() => s.sample([1, 0, 2]));
    expect(xs.every((x) => x[0] === 1 && x[1] === 0)).to.equal(true);
    expect(new Set(xs.map((x) => x[2]))).to.deep.equal(new Set([0, 1]));
    expect(s.sample(Int8Array.of(0, 1, 1))).to.deep.equal(Int8Array.of(0, 1, 1));
    expect(() => s.sample([1, 0])).to.throw(ConfigError);
    expect(() => s.sample([1, 0, 3])).to.throw(ConfigError);
  });

  it('round-trips through JSON, and so do its values', () => {
    const s = new MultiBinary(3);
    expect(s.toJSON()).to.deep.equal({ type: 'MultiBinary', n: 3 });
    expect(spaceFromJSON(JSON.parse(JSON.stringify(s))).equals(s)).to.equal(true);
    expect(s.equals(new MultiBinary(4))).to.equal(false);
    const json = JSON.parse(JSON.stringify(s.toJsonable([Int8Array.of(1, 0, 1)])));
    expect(json).to.deep.equal([[1, 0, 1]]);
    expect(s.fromJsonable(json)[0]).to.be.instanceOf(Int8Array).and.deep.equal(Int8Array.of(1, 0, 1));
    expect(() => s.fromJsonable([[1, 0, 2]])).to.throw(SpaceError);
  });
});
