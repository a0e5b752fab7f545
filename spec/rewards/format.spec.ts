import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { followsFormat, format } from '../../lib/rewards/format.js';

describe('rewards/format', () => {
  it('think-answer: exactly one think block then one non-empty answer, nothing else', () => {
    const yes = ['<think>2+2</think><answer>4</answer>', '  <think>\nhmm\n</think>\n\n<answer> 4 </answer>\n', '<think></think><answer>4</answer>'];
    const no = [
      '<answer>4</answer>',
      '<think>a</think>',
      'Sure! <think>a</think><answer>4</answer>',
      '<think>a</think><answer>4</answer> done',
      '<think>a</think><think>b</think><answer>4</answer>',
      '<think>a</think><answer>4</answer><answer>5</answer>',
      '<think>a</think><answer>  </answer>',
      '<answer>4</answer><think>a</think>',
    ];
    for (const s of yes) expect(followsFormat(s, 'think-answer'), s).to.equal(true);
    for (const s of no) expect(followsFormat(s, 'think-answer'), s).to.equal(false);
  });

  it('boxed: a balanced, non-empty \\boxed{}', () => {
    for (const s of ['so \\boxed{4}.', '\\boxed {\\frac{1}{2}}', 'first \\boxed{} then \\boxed{7}']) expect(followsFormat(s, 'boxed'), s).to.equal(true);
    for (const s of ['4', '\\boxed{}', '\\boxed{\\frac{1}{2}', 'boxed{4}']) expect(followsFormat(s, 'boxed'), s).to.equal(false);
  });

  it('answer-tag: a non-empty <answer> anywhere', () => {
    expect(followsFormat('blah <answer>4</answer>', 'answer-tag')).to.equal(true);
    expect(followsFormat('<answer></answer>', 'answer-tag')).to.equal(false);
    expect(followsFormat('answer: 4', 'answer-tag')).to.equal(false);
  });

  it('is a reward function giving 1 or 0, and rejects an unknown style', async () => {
    const fn = format({ style: 'boxed' });
    expect((await fn({ completion: '\\boxed{1}', answer: '2' })).reward).to.equal(1);
    expect((await fn({ completion: '1', answer: '1' })).reward).to.equal(0);
    expect(() => format({ style: 'xml' as never })).to.throw(ConfigError, /style must be one of think-answer, boxed, answer-tag/);
  });
});
