import { expect } from 'chai';
import { SpaceError } from '../../../lib/errors.js';
import {
  Box,
  Dict,
  Discrete,
  MultiBinary,
  MultiDiscrete,
  PRINTABLE_CHARSET,
  Sequence,
  Text,
  Tuple,
  spaceFromJSON,
  type Space,
  type SpaceJSON,
} from '../../../lib/core/spaces/index.js';

const all = (): Space<unknown, unknown>[] => [
  new Discrete(5, { start: 2 }),
  new Box({ low: [-Infinity, 0], high: [1, Infinity], shape: [2, 1], dtype: 'int16' }),
  new MultiDiscrete([2, 5], { start: [1, -1] }),
  new MultiBinary(6),
  new Text({ minLength: 0, maxLength: 30, charset: PRINTABLE_CHARSET }),
  new Dict({ question: new Text({ maxLength: 50 }), step: new Discrete(10) }),
  new Tuple([new Discrete(2), new Sequence(new MultiBinary(2))]),
  new Sequence(new Dict({ a: new Tuple([new Box({ low: 0, high: 1 })]) })),
];

describe('spaceFromJSON', () => {
  it('rebuilds every kind of space, nested composites included', () => {
    for (const s of all()) {
      const back = spaceFromJSON(JSON.parse(JSON.stringify(s.toJSON())) as SpaceJSON);
      expect(back.constructor).to.equal(s.constructor);
      expect(back.equals(s), String(s)).to.equal(true);
      expect(back.toJSON()).to.deep.equal(s.toJSON());
    }
  });

  it('rebuilds spaces whose samples are contained in the original', () => {
    for (const s of all()) {
      const back = spaceFromJSON(s.toJSON());
      back.seed(0);
      for (let i = 0; i < 10; i++) expect(s.contains(back.sample()), String(s)).to.equal(true);
    }
  });

  it('tells spaces of different parameters apart', () => {
    const json = all().map((s) => JSON.stringify(s.toJSON()));
    expect(new Set(json).size).to.equal(json.length);
  });

  it('rejects unknown types and bad parameters with the offending path', () => {
    const cases: [unknown, RegExp][] = [
      [null, /^\$: expected a space JSON/],
      [{ n: 3 }, /^\$: expected a space JSON/],
      [{ type: 'Graph' }, /^\$: unknown space type "Graph"/],
      [{ type: 'Discrete', n: 0 }, /^\$ \(Discrete\): Discrete n/],
      [{ type: 'Discrete', n: 3, size: 2 }, /^\$: unknown Discrete parameter\(s\) size/],
      [{ type: 'Box', low: ['-inf'], high: ['oops'], shape: [1], dtype: 'float32' }, /^\$ \(Box\): Box high\[0\]/],
      [{ type: 'Dict', spaces: { obs: { type: 'Text', maxLength: -1 } } }, /^\$\.spaces\.obs \(Text\)/],
      [{ type: 'Dict', spaces: { 'a b': { type: 'Nope' } } }, /^\$\.spaces\["a b"\]: unknown space type/],
      [{ type: 'Dict', spaces: [] }, /^\$\.spaces: expected an object/],
      [{ type: 'Tuple', spaces: [{ type: 'Discrete', n: 2 }, { type: 'MultiBinary', n: 1.5 }] }, /^\$\.spaces\[1\] \(MultiBinary\)/],
      [{ type: 'Sequence', featureSpace: { type: 'Tuple', spaces: [{ type: 'Box', low: 1, high: 0 }] } }, /^\$\.featureSpace\.spaces\[0\] \(Box\)/],
    ];
    for (const [json, message] of cases) {
      expect(() => spaceFromJSON(json as SpaceJSON), JSON.stringify(json)).to.throw(SpaceError, message);
    }
  });
});
