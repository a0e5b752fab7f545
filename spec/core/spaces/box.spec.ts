import { expect } from 'chai';
import { ConfigError, SpaceError } from '../../../lib/errors.js';
import { Box, spaceFromJSON, type Space } from '../../../lib/core/spaces/index.js';

const draw = <T>(f: () => T, k = 300): T[] => Array.from({ length: k }, f);

describe('Box', () => {
  it('validates its arguments', () => {
    const bad: object[] = [
      { low: 1, high: 0 },
      { low: [0, 0], high: [1, 1, 1] },
      { low: [0, 0], high: 1, shape: [3] },
      { low: NaN, high: 1 },
      { low: Infinity, high: Infinity },
      { low: -Infinity, high: -Infinity },
      { low: 0.5, high: 2, dtype: 'int32' },
      { low: 0, high: 200, dtype: 'int8' },
      { low: -1, high: 1, dtype: 'uint8' },
      { low: 0, high: 1, dtype: 'int64' },
      { low: 0, high: 1, shape: [-1] },
      { low: 0, high: 1e40 },
      { low: '0', high: 1 },
    ];
    for (const opts of bad) expect(() => new Box(opts as never), JSON.stringify(opts)).to.throw(ConfigError);
    expect(() => new Box(undefined as never)).to.throw(ConfigError);
  });

  it('infers and broadcasts the shape', () => {
    expect(new Box({ low: 0, high: 1 }).shape).to.deep.equal([1]);
    expect(new Box({ low: [0, 1, 2], high: 5 }).shape).to.deep.equal([3]);
    const b = new Box({ low: -1, high: [1, 2], dtype: 'float64' });
    expect([b.shape, b.low, b.high, b.dtype]).to.deep.equal([[2], [-1, -1], [1, 2], 'float64']);
    const m = new Box({ low: 0, high: 1, shape: [2, 3], seed: 0 });
    expect([m.size, m.sample().length, m.dtype]).to.deep.equal([6, 6, 'float32']);
  });

  it('samples bounded, half-bounded and unbounded coordinates per Gymnasium', () => {
    const b = new Box({ low: [-2, 3, -Infinity, -Infinity], high: [-1, Infinity, 5, Infinity], dtype: 'float64', seed: 7 });
    const xs = draw(() => b.sample());
    expect(xs.every((x) => x instanceof Float64Array && b.contains(x))).to.equal(true);
    const col = (i: number) => xs.map((x) => x[i] as number);
    expect(Math.min(...col(0))).to.be.at.least(-2);
    expect(Math.max(...col(0))).to.be.below(-1);
    expect(Math.min(...col(1))).to.be.at.least(3);
    expect(Math.max(...col(1))).to.be.above(5); // 3 + Exp(1) often exceeds 5
    expect(Math.max(...col(2))).to.be.at.most(5);
    expect(Math.min(...col(2))).to.be.below(3);
    expect(Math.min(...col(3))).to.be.below(0); // N(0, 1): both signs
    expect(Math.max(...col(3))).to.be.above(0);
  });

  it('samples integer dtypes as integers over [low, high], clamped to the dtype', () => {
    const b = new Box({ low: 0, high: 2, shape: [2], dtype: 'int32', seed: 1 });
    const values = draw(() => b.sample()).flatMap((x) => Array.from(x));
    expect(new Set(values)).to.deep.equal(new Set([0, 1, 2]));
    const edge = new Box({ low: [120, -Infinity], high: [Infinity, -125], dtype: 'int8', seed: 2 });
    expect(edge.low).to.deep.equal([120, -128]);
    expect(edge.isBounded('below')).to.equal(false);
    expect(draw(() => edge.sample()).every((x) => x instanceof Int8Array && edge.contains(x) && x[0]! >= 120 && x[1]! <= -125)).to.equal(true);
  });

  it('keeps float32 samples inside bounds that are not float32-exact', () => {
    const b = new Box({ low: 0.1, high: 0.1 + 1e-9, shape: [4], seed: 3 });
    expect(b.low[0]).to.equal(Math.fround(0.1)); // the stored bound is the float32 value actually representable
    expect(draw(() => b.sample()).every((x) => b.contains(x))).to.equal(true);
  });

  it('is deterministic per seed', () => {
    const b = new Box({ low: -1, high: 1, shape: [5] });
    b.seed(11);
    const a = draw(() => b.sample(), 5);
    b.seed(11);
    expect(draw(() => b.sample(), 5)).to.deep.equal(a);
    b.seed(12);
    expect(draw(() => b.sample(), 5)).to.not.deep.equal(a);
  });

  it('contains only typed arrays of its dtype and length within bounds', () => {
    const b = new Box({ low: [0, -Infinity], high: [1, Infinity] });
    expect(b.contains(Float32Array.of(0, -Infinity))).to.equal(true);
    expect(b.contains(Float32Array.of(1, 1e30))).to.equal(true);
    for (const x of [
      Float32Array.of(1.5, 0),
      Float32Array.of(NaN, 0),
      Float32Array.of(0),
      Float64Array.of(0, 0),
      [0, 0],
      null,
      undefined,
      'ab',
      { 0: 0, 1: 0, length: 2 },
    ]) {
      expect(b.contains(x), String(x)).to.equal(false);
    }
    expect(() => b.sample(1 as never)).to.throw(ConfigError);
  });

  it('reports boundedness', () => {
    const b = new Box({ low: [0, -Infinity], high: [1, 2] });
    expect([b.isBounded(), b.isBounded('below'), b.isBounded('above')]).to.deep.equal([false, false, true]);
    expect(new Box({ low: 0, high: 1 }).isBounded()).to.equal(true);
    expect(() => b.isBounded('left' as never)).to.throw(ConfigError);
  });

  it('round-trips through JSON with infinite bounds', () => {
    const b = new Box({ low: [0, -Infinity], high: [Infinity, 2.5], dtype: 'float64' });
    expect(b.toJSON()).to.deep.equal({ type: 'Box', low: [0, '-inf'], high: ['inf', 2.5], shape: [2], dtype: 'float64' });
    const back = spaceFromJSON(JSON.parse(JSON.stringify(b))) as Box;
    expect(back.equals(b)).to.equal(true);
    expect([back.boundedBelow, back.boundedAbove]).to.deep.equal([[true, false], [false, true]]);
    const i = new Box({ low: -Infinity, high: 5, shape: [2, 1], dtype: 'uint16' });
    const iBack = spaceFromJSON(JSON.parse(JSON.stringify(i))) as Box;
    expect(iBack.equals(i)).to.equal(true);
    expect(iBack.isBounded('below')).to.equal(false);
    expect(new Box({ low: 0, high: 1 }).equals(new Box({ low: 0, high: 2 }))).to.equal(false);
  });

  it('converts values to JSON and back', () => {
    const b = new Box({ low: -Infinity, high: Infinity, shape: [3], dtype: 'float64' });
    const json = JSON.parse(JSON.stringify(b.toJsonable([Float64Array.of(1.5, Infinity, -Infinity)])));
    expect(json).to.deep.equal([[1.5, 'inf', '-inf']]);
    const [back] = b.fromJsonable(json);
    expect(back).to.be.instanceOf(Float64Array).and.deep.equal(Float64Array.of(1.5, Infinity, -Infinity));
    const u = new Box({ low: 0, high: 255, shape: [2], dtype: 'uint8' });
    expect(u.fromJsonable([[1, 255]])[0]).to.be.instanceOf(Uint8Array);
    expect(() => u.fromJsonable([[1, 256]])).to.throw(SpaceError);
    expect(() => u.fromJsonable([[1.5, 2]])).to.throw(SpaceError);
    expect(() => u.fromJsonable([[1]])).to.throw(SpaceError);
  });

  it('types its values by dtype', () => {
    const f: Space<Float32Array, unknown> = new Box({ low: 0, high: 1, dtype: 'float32' });
    expect(f.sample()).to.be.instanceOf(Float32Array);
  });
});
