import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { toTrlRewardFunction, type Message } from '../../lib/rewards/adapters/trl.js';
import { computeScore, createComputeScore } from '../../lib/rewards/adapters/verl.js';
import { correctness } from '../../lib/rewards/correctness.js';
import { makeReward } from '../../lib/rewards/registry.js';
import type { RewardInput } from '../../lib/rewards/types.js';

describe('rewards/adapters/trl', () => {
  it('takes TRL keyword arguments with standard (string) data', async () => {
    const fn = toTrlRewardFunction(makeReward('math'));
    const rewards = await fn({
      prompts: ['What is 1+1?', 'What is 1+1?'],
      completions: ['\\boxed{2}', '\\boxed{3}'],
      completion_ids: [[1], [2]],
      answer: ['2', '2'],
      trainer_state: {},
    });
    expect(rewards).to.deep.equal([1, 0]);
  });

  it('reads conversational completions (last assistant message) and passes other columns in info', async () => {
    const seen: RewardInput[] = [];
    const fn = toTrlRewardFunction(async (input) => {
      seen.push(input);
      return correctness()(input);
    }, { answerKey: 'solution' });
    const prompt: Message[] = [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Half of 1?' }];
    const rewards = await fn({
      prompts: [prompt, prompt],
      completions: [
        [{ role: 'assistant', content: 'It is \\boxed{0.5}' }],
        [{ role: 'assistant', content: [{ type: 'text', text: 'It is ' }, { type: 'text', text: '\\boxed{1/3}' }] }],
      ],
      solution: ['\\frac{1}{2}', '\\frac{1}{2}'],
      level: [1, 2],
    });
    expect(rewards).to.deep.equal([1, 0]);
    expect(seen[0]?.prompt).to.equal('Be brief.\n\nHalf of 1?');
    expect(seen[1]?.completion).to.equal('It is \\boxed{1/3}');
    expect(seen[1]?.info).to.deep.equal({ level: 2 });
  });

  it('returns null (not 0) for a sample whose verifier failed', async () => {
    const fn = toTrlRewardFunction(makeReward('math', { verifyOptions: { maxInputLength: 20 } }));
    const rewards = await fn({ prompts: ['p', 'p', 'p'], completions: ['\\boxed{2}', `${'x'.repeat(30)} \\boxed{2}`, '\\boxed{3}'], answer: ['2', '2', '2'] });
    expect(rewards).to.deep.equal([1, null, 0]);
  });

  it('says which column is missing', async () => {
    const fn = toTrlRewardFunction(makeReward('math'));
    let err: unknown;
    await fn({ prompts: ['p'], completions: ['c'] }).catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(ConfigError);
    expect((err as Error).message).to.match(/column "answer" must be a list of 1 gold answers/);
  });
});

describe('rewards/adapters/verl', () => {
  it('returns a dict with score, acc, pred, rule and error, every key always present', async () => {
    const right = await computeScore('HuggingFaceH4/MATH-500', 'So $\\boxed{\\frac{\\pi}{2}}$', '\\frac{\\pi}{2}', { split: 'test', index: 0 });
    expect(right).to.have.all.keys('score', 'acc', 'pred', 'rule', 'error');
    expect(right).to.include({ score: 1, acc: true, pred: '\\frac{\\pi}{2}', error: '' });
    expect(right.rule).to.be.a('string').and.not.equal('');
    const wrong = await computeScore('openai/gsm8k', 'The answer is 17.', 18);
    expect(wrong).to.include({ score: 0, acc: false, error: '' });
    const none = await computeScore('math', '', '18');
    expect(none.pred).to.equal('');
  });

  it('scores a verifier failure 0 and explains it in error', async () => {
    const score = createComputeScore({ verifyOptions: { maxInputLength: 8 } });
    const out = await score('math', 'a long solution \\boxed{1}', '1', null);
    expect(out.score).to.equal(0);
    expect(out.acc).to.equal(false);
    expect(out.error).to.match(/^INPUT_TOO_LARGE: /);
  });
});

describe('rewards/adapters: malformed inputs are failures, not zeros', () => {
  it('TRL: a completion that is neither text nor messages gives null', async () => {
    const trl = toTrlRewardFunction(makeReward('math'));
    const out = await trl({ prompts: ['p', 'p'], completions: [null as unknown as string, '\\boxed{2}'], answer: ['2', '2'] });
    expect(out).to.deep.equal([null, 1]);
  });

  it('verl: a list of accepted answers scores against the best one; another type is an error', async () => {
    expect((await computeScore('x', 'so \\boxed{2}', ['1', '2'])).score).to.equal(1);
    const bad = await computeScore('x', 'so \\boxed{2}', { a: 1 } as unknown as string);
    expect(bad.score).to.equal(0);
    expect(bad.error).to.match(/ground_truth must be/);
  });
});
