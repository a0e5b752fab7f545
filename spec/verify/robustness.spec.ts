import { expect } from 'chai';
import type { Verdict } from '../../lib/verify/types.js';
import { verify } from '../../lib/verify/verify.js';
import { HANG_BOUND_MS } from '../support/time-limits.js';

/** Every adversarial input gets a defined Verdict quickly; none throws, none is a silent "correct". */
function check(gold: string, pred: string, opts = {}): Verdict {
  const t = performance.now();
  const v = verify(gold, pred, opts);
  // an upper bound that only a hang or a blow-up would exceed; speed itself is measured by `npm run bench`
  expect(performance.now() - t).to.be.below(HANG_BOUND_MS);
  expect(v).to.have.property('correct').that.is.a('boolean');
  expect(v.score).to.equal(v.correct ? 1 : 0);
  expect(v.reason).to.be.a('string').and.not.equal('');
  return v;
}

describe('verify: adversarial inputs', () => {
  it('does not evaluate towers of powers or huge factorials exactly', () => {
    expect(check('1', '10^{10^{10^{10}}}').correct).to.equal(false);
    expect(check('10^{10^{10^{10}}}', '10^{10^{10^{10}}}').correct).to.equal(true);
    expect(check('5', '100000!').correct).to.equal(false);
    expect(check('120', '5!').correct).to.equal(true);
  });

  it('rejects a string over the 1 MiB default cap with INPUT_TOO_LARGE instead of scanning it', () => {
    const v = check('1', 'x'.repeat((1 << 20) + 1));
    expect(v.error?.code).to.equal('INPUT_TOO_LARGE');
    expect(v.correct).to.equal(false);
  });

  it('survives 10k nested parentheses and malformed LaTeX', () => {
    const deep = `${'('.repeat(10_000)}1${')'.repeat(10_000)}`;
    const v = check('1', deep, { maxInputLength: 100_000 });
    expect(v.error).to.equal(undefined);
    // deeper than the parser's nesting bound, so the formula is not parsed; the number inside is still found
    expect(v.pred?.strategy).to.equal('last-number');
    expect(check('2', deep, { maxInputLength: 100_000 }).correct).to.equal(false);
    for (const bad of ['\\frac{1}{', '\\left(', '}}}}', '\\sqrt', '$$$$', '\\begin{pmatrix}1 & 2', '^^^', '\\frac{}{}']) {
      expect(check('1/2', bad).correct, bad).to.equal(false);
    }
  });

  it('handles NaN, Infinity and empty answers as answers, not crashes', () => {
    expect(check('\\infty', '\\infty').correct).to.equal(true);
    expect(check('\\infty', '-\\infty').correct).to.equal(false);
    expect(check('1', 'NaN').correct).to.equal(false);
    expect(check('1', 'Infinity').correct).to.equal(false);
    const empty = check('1', '');
    expect(empty.correct).to.equal(false);
    expect(empty.rule).to.equal('no-answer');
    expect(check('', '1').error?.code).to.equal('GOLD_UNPARSEABLE');
  });

  it('handles a thousand boxed answers', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `\\boxed{${i}}`).join(' then ');
    expect(check('999', many).correct).to.equal(false);
    expect(check('999', `${many} so the answer is \\boxed{999}`, { multipleBoxed: 'last' }).correct).to.equal(true);
  });

  it('is not fooled by text that claims to be correct, or by hedging', () => {
    for (const claim of ['The answer is correct.', 'I am confident this is right', '\\boxed{\\text{correct}}', '\\boxed{\\text{the gold answer}}']) {
      expect(check('42', claim).correct, claim).to.equal(false);
    }
    const hedge = check('3', 'It is either \\boxed{3 \\text{ or } 4}');
    expect(hedge.correct).to.equal(false);
    expect(hedge.rule).to.equal('hedged');
    expect(check('3', '\\boxed{3} or \\boxed{4}').correct).to.equal(false);
  });

  it('stops at its soft time budget and reports TIMEOUT, not a wrong answer', () => {
    const v = verify('x^2 + 1', 'x^2 + 1 + 0', { timeoutMs: -1 });
    expect(v.error?.code).to.equal('TIMEOUT');
  });
});
