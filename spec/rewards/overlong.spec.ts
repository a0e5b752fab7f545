import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { overlongPenalty, overlongPenaltyValue, whitespaceTokens } from '../../lib/rewards/overlong.js';

/** verl/workers/reward_manager/dapo.py, transcribed. */
function verl(validResponseLength: number, maxRespLen: number, bufferLen: number, penaltyFactor: number): number {
  const expectedLen = maxRespLen - bufferLen;
  const exceedLen = validResponseLength - expectedLen;
  return Math.min((-exceedLen / bufferLen) * penaltyFactor, 0);
}

const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('rewards/overlong', () => {
  it('matches hand-computed values (maxLength 20, buffer 4, factor 1)', async () => {
    const fn = overlongPenalty({ maxLength: 20, bufferLength: 4 });
    // expected = 16: no penalty up to 16 tokens, then -1/4 per token, -1 at 20, -1.5 at 22
    const cases: [number, number][] = [[0, 0], [10, 0], [16, 0], [17, -0.25], [18, -0.5], [19, -0.75], [20, -1], [22, -1.5]];
    for (const [n, want] of cases) {
      const out = await fn({ completion: words(n), answer: '' });
      expect(out.reward, `${n} tokens`).to.equal(want);
      expect(out.details).to.deep.equal({ length: n, expectedLength: 16, overlong: want < 0 });
    }
  });

  it('scales by penaltyFactor and agrees with verl over a grid', () => {
    expect(overlongPenaltyValue(3000, 4096, 1024, 0.5)).to.equal(0);
    expect(overlongPenaltyValue(3584, 4096, 1024, 0.5)).to.equal(-0.25);
    expect(overlongPenaltyValue(4096, 4096, 1024, 0.5)).to.equal(-0.5);
    for (const [max, buf, f] of [[4096, 1024, 1], [20480, 4096, 1], [100, 1, 2.5], [50, 50, 1]] as const) {
      for (let len = 0; len <= max + 3; len += Math.max(1, Math.floor(max / 37))) {
        expect(overlongPenaltyValue(len, max, buf, f)).to.equal(verl(len, max, buf, f));
      }
    }
  });

  it('counts whitespace tokens by default and takes a custom length', async () => {
    expect(whitespaceTokens('  a  b\n\tc ')).to.equal(3);
    expect(whitespaceTokens('   ')).to.equal(0);
    const chars = overlongPenalty({ maxLength: 10, bufferLength: 5, lengthOf: (s) => s.length });
    expect((await chars({ completion: 'abcdefgh', answer: '' })).reward).to.be.closeTo(-0.6, 1e-12);
  });

  it('rejects configurations verl rejects or that divide by zero', () => {
    expect(() => overlongPenalty({ maxLength: 10, bufferLength: 0 })).to.throw(ConfigError, /bufferLength must be a positive number/);
    expect(() => overlongPenalty({ maxLength: 10, bufferLength: 11 })).to.throw(ConfigError, /must not exceed maxLength/);
    expect(() => overlongPenalty({ maxLength: Number.NaN, bufferLength: 1 })).to.throw(ConfigError, /maxLength/);
    expect(() => overlongPenalty({ maxLength: 10, bufferLength: 2, penaltyFactor: -1 })).to.throw(ConfigError, /penaltyFactor/);
  });
});
