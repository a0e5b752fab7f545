import { expect } from 'chai';
import { correctness } from '../../lib/rewards/correctness.js';
import { Verifier } from '../../lib/verify/sandbox.js';

describe('rewards/correctness', () => {
  const fn = correctness();

  it('gives 1 for an equivalent final answer, with the verdict', async () => {
    const out = await fn({ completion: 'So the answer is $\\boxed{0.5}$.', answer: '\\frac{1}{2}' });
    expect(out.reward).to.equal(1);
    expect(out.verdict?.correct).to.equal(true);
    expect(out.verdict?.pred?.strategy).to.equal('boxed');
    expect(out.error).to.equal(undefined);
  });

  it('gives 0 for a wrong answer, without an error', async () => {
    const out = await fn({ completion: '\\boxed{3}', answer: '4' });
    expect(out.reward).to.equal(0);
    expect(out.verdict?.correct).to.equal(false);
    expect(out.error).to.equal(undefined);
  });

  it('gives 0 with error set when the verifier fails (never a silent 0)', async () => {
    const tooLong = await correctness({ verifyOptions: { maxInputLength: 10 } })({ completion: '\\boxed{12345678901}', answer: '1' });
    expect(tooLong.reward).to.equal(0);
    expect(tooLong.error?.code).to.equal('INPUT_TOO_LARGE');
    expect(tooLong.verdict?.rule).to.equal('error');
    const noGold = await fn({ completion: '\\boxed{1}', answer: '' });
    expect(noGold.reward).to.equal(0);
    expect(noGold.error?.code).to.equal('GOLD_UNPARSEABLE');
  });

  it('uses the verifier it is given (a sandboxed one)', async () => {
    const verifier = new Verifier({ workers: 1, maxInputLength: 50 });
    try {
      const f = correctness({ verifier });
      expect((await f({ completion: '\\boxed{x^2+2x+1}', answer: '(x+1)^2' })).reward).to.equal(1);
      expect((await f({ completion: 'x'.repeat(51), answer: '1' })).error?.code).to.equal('INPUT_TOO_LARGE');
    } finally {
      await verifier.close();
    }
  });
});
