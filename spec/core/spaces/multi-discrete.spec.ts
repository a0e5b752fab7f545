import { expect } from 'chai';
import { ConfigError, SpaceError } from '../../../lib/errors.js';
import { MultiDiscrete, spaceFromJSON } from '../../../lib/core/spaces/index.js';

const draw = <T>(f: () => T, k = 200): T[] => Array.from({ length: k }, f);

describe('MultiDiscrete', () => {
  it('validates nvec and start', () => {
    for (const nvec of [[], [0], [2, -1], [1.5], 'ab', null]) expect(() => new MultiDiscrete(nvec as number[]), String(nvec)).to.throw(ConfigError);
    expect(() => new MultiDiscrete([2, 2], { start: [0] })).to.throw(ConfigError, /start/);
    expect(() => new MultiDiscrete([2], { start: [0.5] })).to.throw(ConfigError);
    expect(() => new MultiDiscrete([2], { start: [2 ** 31 - 1] })).to.throw(ConfigError, /int32/);
    const s = new MultiDiscrete([3, 2], { start: [-1, 5] });
    expect([s.nvec, s.start, s.shape, s.dtype]).to.deep.equal([[3, 2], [-1, 5], [2], 'int32']);
  });

  it('samples Int32Arrays covering each component range', () => {
    const s = new MultiDiscrete([3, 2], { start: [-1, 5], seed: 4 });
    const xs = draw(() => s.sample());
    expect(xs.every((x) => x instanceof Int32Array && s.contains(x))).to.equal(true);
    expect(new Set(xs.map((x) => x[0]))).to.deep.equal(new Set([-1, 0, 1]));
    expect(new Set(xs.map((x) => x[1]))).to.deep.equal(new Set([5, 6]));
  });

  it('is deterministic per seed', () => {
    const s = new MultiDiscrete([100, 100, 100]);
    s.seed(5);
    const a = draw(() => s.sample(), 5);
    s.seed(5);
    expect(draw(() => s.sample(), 5)).to.deep.equal(a);
    s.seed(6);
    expect(draw(() => s.sample(), 5)).to.not.deep.equal(a);
  });

  it('contains only in-range Int32Arrays of the right length', () => {
    const s = new MultiDiscrete([3, 2], { start: [-1, 5] });
    expect(s.contains(Int32Array.of(1, 6))).to.equal(true);
    for (const x of [Int32Array.of(2, 6), Int32Array.of(-2, 5), Int32Array.of(0, 7), Int32Array.of(0), [0, 5], Float64Array.of(0, 5), null, 'x', {}]) {
      expect(s.contains(x), String(x)).to.equal(false);
    }
  });

  it('applies one 0/1 mask per component; an all-zero mask gives start', () => {
    const s = new MultiDiscrete([4, 3], { start: [0, 10], seed: 8 });
    const xs = draw(() => s.sample([[0, 1, 0, 1], [0, 0, 0]]));
    expect(new Set(xs.map((x) => x[0]))).to.deep.equal(new Set([1, 3]));
    expect(new Set(xs.map((x) => x[1]))).to.deep.equal(new Set([10]));
    expect(() => s.sample([[1, 1, 1, 1]])).to.throw(ConfigError);
    expect(() => s.sample([[1, 1, 1], [1, 1, 1]])).to.throw(ConfigError, /mask\[0\]/);
  });

  it('round-trips through JSON, and so do its values', () => {
    const s = new MultiDiscrete([3, 2], { start: [-1, 5] });
    expect(s.toJSON()).to.deep.equal({ type: 'MultiDiscrete', nvec: [3, 2], start: [-1, 5] });
    expect(spaceFromJSON(JSON.parse(JSON.stringify(s))).equals(s)).to.equal(true);
    expect(s.equals(new MultiDiscrete([3, 2]))).to.equal(false);
    const json = JSON.parse(JSON.stringify(s.toJsonable([Int32Array.of(1, 6)])));
    expect(json).to.deep.equal([[1, 6]]);
    expect(s.fromJsonable(json)[0]).to.be.instanceOf(Int32Array).and.deep.equal(Int32Array.of(1, 6));
    expect(() => s.fromJsonable([[1]])).to.throw(SpaceError);
    expect(() => s.fromJsonable([[1, 0.5]])).to.throw(SpaceError);
  });
});
