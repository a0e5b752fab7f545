import { expect } from 'chai';
import { ConfigError, SpaceError } from '../../../lib/errors.js';
import { Discrete, spaceFromJSON } from '../../../lib/core/spaces/index.js';

const draw = <T>(f: () => T, k = 200): T[] => Array.from({ length: k }, f);

describe('Discrete', () => {
  it('validates n and start', () => {
    for (const n of [0, -1, 1.5, NaN, Infinity, '3']) expect(() => new Discrete(n as number)).to.throw(ConfigError);
    expect(() => new Discrete(3, { start: 0.5 })).to.throw(ConfigError, /start/);
    expect(() => new Discrete(3, { start: Number.MAX_SAFE_INTEGER })).to.throw(ConfigError);
    const s = new Discrete(4, { start: -2 });
    expect([s.n, s.start, s.shape, s.dtype]).to.deep.equal([4, -2, undefined, 'int64']);
  });

  it('samples every element of {start..start+n-1} and nothing else', () => {
    const s = new Discrete(4, { start: -2, seed: 1 });
    const seen = new Set(draw(() => s.sample()));
    expect([...seen].sort((a, b) => a - b)).to.deep.equal([-2, -1, 0, 1]);
  });

  it('is deterministic per seed', () => {
    const s = new Discrete(1000);
    expect(s.seed(42)).to.equal(42);
    const a = draw(() => s.sample(), 20);
    s.seed(42);
    expect(draw(() => s.sample(), 20)).to.deep.equal(a);
    expect(draw(() => new Discrete(1000, { seed: 42 }).sample(), 1)[0]).to.equal(a[0]);
    s.seed(43);
    expect(draw(() => s.sample(), 20)).to.not.deep.equal(a);
    expect(s.seed()).to.be.a('number');
  });

  it('contains only integers in range, never throwing', () => {
    const s = new Discrete(3, { start: 1 });
    expect([1, 2, 3].every((x) => s.contains(x))).to.equal(true);
    for (const x of [0, 4, 1.5, '1', true, null, undefined, NaN, {}, [1], 2n]) expect(s.contains(x), String(x)).to.equal(false);
  });

  it('masks restrict samples, and an all-zero mask gives start', () => {
    const s = new Discrete(5, { start: 10, seed: 3 });
    const masked = new Set(draw(() => s.sample([0, 1, 0, 1, 0])));
    expect([...masked].sort()).to.deep.equal([11, 13]);
    expect(new Set(draw(() => s.sample(Int8Array.of(0, 0, 0, 0, 1))))).to.deep.equal(new Set([14]));
    expect(s.sample([0, 0, 0, 0, 0])).to.equal(10);
    expect(() => s.sample([1, 0])).to.throw(ConfigError, /5 entries/);
    expect(() => s.sample([1, 0, 2, 0, 0])).to.throw(ConfigError, /mask\[2\]/);
  });

  it('round-trips through JSON, and so do its values', () => {
    const s = new Discrete(7, { start: -3 });
    expect(s.toJSON()).to.deep.equal({ type: 'Discrete', n: 7, start: -3 });
    expect(spaceFromJSON(JSON.parse(JSON.stringify(s))).equals(s)).to.equal(true);
    expect(s.equals(new Discrete(7))).to.equal(false);
    expect(s.fromJsonable(JSON.parse(JSON.stringify(s.toJsonable([-3, 3]))))).to.deep.equal([-3, 3]);
    expect(() => s.fromJsonable(['1'])).to.throw(SpaceError);
    expect(String(s)).to.equal('Discrete(n=7, start=-3)');
  });
});
