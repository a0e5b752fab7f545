import { expect } from 'chai';
import { verify } from '../../lib/verify/verify.js';

/**
 * Answers that must never be rewarded. For RL a false positive teaches the policy to game the checker,
 * so each row here is a way a grader with float tolerances or loose extraction gets fooled.
 */
const NEVER: readonly (readonly [gold: string, pred: string, why: string])[] = [
  // hedges whose LAST option is the gold (the first-option cases are easy)
  ['4', 'either 3 or 4', 'hedge'],
  ['4', '3 and/or 4', 'hedge'],
  ['6', 'It could be 5 or 6.', 'hedge'],
  ['6', 'The answer is 5 or maybe 6', 'hedge'],
  ['6', 'I think it is 5, or possibly 6.', 'hedge'],
  ['5', '\\boxed{5 \\text{ (or 6)}}', 'hedge hidden in \\text'],
  ['6', '\\boxed{5 \\text{ (or 6)}}', 'hedge hidden in \\text'],
  ['B', 'A or B', 'hedged letter'],
  ['A', 'The answer is A or B', 'hedged letter'],
  ['D', 'The answer is C, D', 'hedged letter'],
  ['A', '(A) 5 (B) 6', 'lists the options, chooses none'],
  ['B', 'I would say A but maybe B', 'hedged letter'],
  // empty answers are never vacuously equal
  ['3', '\\boxed{}', 'empty box'],
  ['0', '\\boxed{ }', 'empty box'],
  ['x', '\\boxed{}', 'empty box'],
  ['\\{\\}', '\\boxed{}', 'an empty box is not the empty set'],
  ['\\{\\}', '\\boxed{?}', 'an empty box is not the empty set'],
  // a number inside an explicit answer that could not be read is a fragment, not the answer
  ['1', '\\boxed{\\int_0^1 x\\,dx}', 'fragment of an unread box'],
  ['2', 'The answer is \\boxed{\\sum_{k=1}^{2} k}', 'fragment of an unread box'],
  ['0', '\\boxed{\\lim_{x \\to 0} \\frac{\\sin x}{x}}', 'fragment of an unread box'],
  // negation
  ['5', 'The answer is not 5.', 'negated'],
  ['5', "the answer isn't 5", 'negated'],
  ['6', 'It is definitely 5, not 6.', 'negated'],
  // numbers a float cannot tell apart
  ['10^{10^{10^{10}}}', '10^{10^{10^{10}}}+1', 'overflow to Infinity'],
  ['2^{5000}', '2^{5000}+1', 'beyond the exact bound'],
  ['0', '10^{-100000}', 'underflow to 0'],
  ['100000000000000000000', '100000000000000000001.0', 'rounded exactly, not in floats'],
  ['x', 'x + 10^{-12}', 'below the sampling tolerance'],
  ['x', 'x(1+10^{-12})', 'below the sampling tolerance'],
  ['x', 'x + 10^{-300}', 'below the sampling tolerance'],
  // kinds and digits
  ['(1,2)', '\\{1,2\\}', 'an ordered pair is not a set'],
  ['12', '1 2', 'two numbers, not 12'],
  ['\\sqrt{x^2}', 'x', 'only for x >= 0'],
];

const STILL_EQUAL: readonly (readonly [gold: string, pred: string])[] = [
  ['1000', '1 000'],
  ['7425000', '7\\,425\\,000'],
  ['1000.5', '1 000.5'],
  ['x^2+2x+1', '(x+1)^2'],
  ['\\frac{x^2-1}{x-1}', 'x+1'],
  ['x^{-1}', '\\frac{1}{x}'],
  ['2^{100}', '1267650600228229401496703205376'],
  ['\\sqrt[3]{8}', '2'],
  ['\\sqrt{x^2}', '|x|'],
  ['5', '\\boxed{5 \\text{ cm}}'],
  ['C', 'The answer is (C).'],
  ['B', 'Options (A) 3 (B) 4 (C) 5. The answer is (B).'],
  ['7', 'Either way, the answer is 7.'],
  ['\\{1,2\\}', '\\{2,1\\}'],
  ['(1,2)', '\\{1,2\\}'], // only with unorderedTuples, below
];

describe('verify: false positives', () => {
  for (const [gold, pred, why] of NEVER) {
    it(`${JSON.stringify(pred)} is not ${JSON.stringify(gold)} (${why})`, () => {
      const v = verify(gold, pred);
      expect(v.correct, `${v.rule}: ${v.reason}`).to.equal(false);
      expect(v.error, 'a wrong answer, not a verifier failure').to.equal(undefined);
    });
  }

  it('labels hedges with the rule `hedged`', () => {
    for (const [gold, pred] of [['4', 'either 3 or 4'], ['6', 'It could be 5 or 6.'], ['A', 'The answer is A or B']] as const) {
      expect(verify(gold, pred).rule, pred).to.equal('hedged');
    }
  });

  it('still accepts equivalent answers', () => {
    for (const [gold, pred] of STILL_EQUAL.slice(0, -1)) {
      const v = verify(gold, pred);
      expect(v.correct, `${gold} vs ${pred}: ${v.rule}: ${v.reason}`).to.equal(true);
    }
    expect(verify('(1,2)', '\\{1,2\\}', { unorderedTuples: true }).correct).to.equal(true);
  });

  it('compares rational functions exactly at the sample points, then proves them equal, deterministically per seed', () => {
    const a = verify('\\frac{x^2-1}{x-1}', 'x+1', { seed: 7 });
    expect(a.rule).to.equal('symbolic-equal');
    expect(verify('\\frac{x^2-1}{x-1}', 'x+1', { seed: 7 })).to.deep.include({ correct: a.correct, rule: a.rule, reason: a.reason });
  });
});
