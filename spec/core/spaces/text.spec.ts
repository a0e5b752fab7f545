import { expect } from 'chai';
import { ConfigError, SpaceError } from '../../../lib/errors.js';
import { ALPHANUMERIC_CHARSET, PRINTABLE_CHARSET, Text, spaceFromJSON } from '../../../lib/core/spaces/index.js';

const draw = <T>(f: () => T, k = 300): T[] => Array.from({ length: k }, f);

describe('Text', () => {
  it('validates lengths and charset', () => {
    const bad: object[] = [{ maxLength: 0 }, { maxLength: 3, minLength: 4 }, { maxLength: 2.5 }, { maxLength: 3, minLength: -1 }, { maxLength: 3, charset: '' }, { maxLength: 3, charset: 5 }, {}];
    for (const opts of bad) expect(() => new Text(opts as never), JSON.stringify(opts)).to.throw(ConfigError);
    expect(() => new Text(undefined as never)).to.throw(ConfigError);
    const t = new Text({ maxLength: 0, minLength: 0 });
    expect(t.sample()).to.equal('');
  });

  it('defaults to minLength 1 and the alphanumeric charset, deduplicating a given charset', () => {
    const t = new Text({ maxLength: 5 });
    expect([t.minLength, t.charset]).to.deep.equal([1, ALPHANUMERIC_CHARSET]);
    expect(ALPHANUMERIC_CHARSET).to.have.length(62);
    expect(new Text({ maxLength: 2, charset: 'abca' }).characterList).to.deep.equal(['a', 'b', 'c']);
  });

  it('samples lengths over [minLength, maxLength] from the charset', () => {
    const t = new Text({ minLength: 2, maxLength: 4, charset: 'xyz', seed: 1 });
    const xs = draw(() => t.sample());
    expect(xs.every((x) => t.contains(x))).to.equal(true);
    expect(new Set(xs.map((x) => x.length))).to.deep.equal(new Set([2, 3, 4]));
    expect(new Set(xs.join(''))).to.deep.equal(new Set('xyz'));
  });

  it('is deterministic per seed', () => {
    const t = new Text({ maxLength: 20 });
    t.seed(3);
    const a = draw(() => t.sample(), 5);
    t.seed(3);
    expect(draw(() => t.sample(), 5)).to.deep.equal(a);
    t.seed(4);
    expect(draw(() => t.sample(), 5)).to.not.deep.equal(a);
  });

  it('counts code points, not UTF-16 units', () => {
    const t = new Text({ maxLength: 2, charset: '😀∑x', seed: 5 });
    expect(t.characterList).to.deep.equal(['😀', '∑', 'x']);
    expect(t.contains('😀😀')).to.equal(true);
    expect(t.contains('😀😀x')).to.equal(false);
    expect(t.contains('\ud83d')).to.equal(false); // a lone surrogate is not in the charset
    expect(draw(() => t.sample()).every((x) => t.contains(x))).to.equal(true);
    expect(t.characterIndex('∑')).to.equal(1);
    expect(() => t.characterIndex('q')).to.throw(ConfigError);
  });

  it('contains only strings of allowed length and characters, never throwing', () => {
    const t = new Text({ maxLength: 3 });
    expect(t.contains('aZ9')).to.equal(true);
    for (const x of ['', 'abcd', 'a b', 'é', 5, null, undefined, ['a'], {}]) expect(t.contains(x), String(x)).to.equal(false);
  });

  it('applies length and character masks', () => {
    const t = new Text({ minLength: 0, maxLength: 6, charset: 'abcd', seed: 6 });
    expect(draw(() => t.sample({ length: 4 })).every((x) => x.length === 4)).to.equal(true);
    const masked = draw(() => t.sample({ charMask: [0, 1, 0, 1] })).join('');
    expect(new Set(masked)).to.deep.equal(new Set('bd'));
    expect(t.sample({ length: 3, charMask: Int8Array.of(0, 0, 1, 0) })).to.equal('ccc');
    expect(t.sample({ charMask: [0, 0, 0, 0] })).to.equal('');
    expect(() => t.sample({ length: 7 })).to.throw(ConfigError);
    expect(() => t.sample({ charMask: [1, 1] })).to.throw(ConfigError);
    const strict = new Text({ maxLength: 3, charset: 'ab' });
    expect(() => strict.sample({ charMask: [0, 0] })).to.throw(ConfigError, /all zero/);
  });

  it('offers a printable charset for free-form answers', () => {
    expect(PRINTABLE_CHARSET).to.include(' ').and.include('\n').and.include('~').and.include('^');
    expect(PRINTABLE_CHARSET).to.not.include('\t');
    const t = new Text({ minLength: 0, maxLength: 64, charset: PRINTABLE_CHARSET });
    expect(t.contains('x = (3/4)^2 + \\sqrt{2}\n')).to.equal(true);
    expect(t.contains('π')).to.equal(false);
  });

  it('round-trips through JSON, and so do its values', () => {
    const t = new Text({ minLength: 0, maxLength: 9, charset: '😀ab\n"' });
    expect(t.toJSON()).to.deep.equal({ type: 'Text', maxLength: 9, minLength: 0, charset: '😀ab\n"' });
    expect(spaceFromJSON(JSON.parse(JSON.stringify(t))).equals(t)).to.equal(true);
    expect(t.equals(new Text({ minLength: 0, maxLength: 9, charset: 'ab' }))).to.equal(false);
    expect(t.fromJsonable(JSON.parse(JSON.stringify(t.toJsonable(['a😀', ''])))) ).to.deep.equal(['a😀', '']);
    expect(() => t.fromJsonable([1])).to.throw(SpaceError);
  });
});
