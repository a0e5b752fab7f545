import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { CharTokenizer } from '../../../lib/nn/index.js';

describe('nn/tokenizer CharTokenizer', () => {
  const tok = new CharTokenizer('0123456789+=');
  it('should put pad, bos, eos first and round-trip text', () => {
    expect([tok.pad, tok.bos, tok.eos, tok.vocabSize]).to.deep.equal([0, 1, 2, 15]);
    const ids = tok.encode('3+4=7', { bos: true, eos: true });
    expect(ids).to.deep.equal([1, 6, 13, 7, 14, 10, 2]);
    expect(tok.decode(ids)).to.equal('3+4=7');
  });
  it('should name an unknown character', () => {
    expect(() => tok.encode('3*4')).to.throw(ConfigError, /"\*".*index 1.*not in the charset/);
    expect(() => tok.decode([99])).to.throw(ConfigError, /99/);
  });
  it('should reject a duplicate character', () => {
    expect(() => new CharTokenizer('aba')).to.throw(ConfigError, /twice/);
  });
});
