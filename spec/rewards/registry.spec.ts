import { expect } from 'chai';
import { ConfigError, RegistrationError } from '../../lib/errors.js';
import { listRewards, makeReward, registerReward } from '../../lib/rewards/registry.js';

describe('rewards/registry', () => {
  it('has the built-ins', () => {
    expect(listRewards()).to.include.members(['correctness', 'format', 'overlong', 'math']);
  });

  it('math = correctness (weight 1) + boxed format (weight 0, logged only)', async () => {
    const math = makeReward('math');
    const right = await math({ completion: 'It is \\boxed{\\frac{3}{6}}', answer: '1/2' });
    expect(right.reward).to.equal(1);
    expect(right.components).to.deep.equal({ correctness: 1, format: 1 });
    const unboxed = await math({ completion: 'The final answer is 0.5', answer: '1/2' });
    expect(unboxed.reward).to.equal(1);
    expect(unboxed.components).to.deep.equal({ correctness: 1, format: 0 });
    expect(unboxed.details?.weights).to.deep.equal({ correctness: 1, format: 0 });
  });

  it('builds parametrised built-ins from options', async () => {
    const fmt = makeReward('format', { style: 'answer-tag' });
    expect((await fmt({ completion: '<answer>1</answer>', answer: '1' })).reward).to.equal(1);
    const over = makeReward('overlong', { maxLength: 4, bufferLength: 2 });
    expect((await over({ completion: 'a b c', answer: '' })).reward).to.equal(-0.5);
    expect(() => makeReward('overlong', {})).to.throw(ConfigError, /maxLength/);
  });

  it('registers custom rewards; duplicates are a RegistrationError, unknown names a ConfigError with a hint', async () => {
    registerReward('test-length', () => async ({ completion }) => ({ reward: completion.length }));
    expect(listRewards()).to.include('test-length');
    expect((await makeReward('test-length')({ completion: 'abc', answer: '' })).reward).to.equal(3);
    expect(() => registerReward('test-length', () => async () => ({ reward: 0 }))).to.throw(RegistrationError, /already registered/);
    expect(() => registerReward('math', () => async () => ({ reward: 0 }))).to.throw(RegistrationError);
    expect(() => registerReward('', () => async () => ({ reward: 0 }))).to.throw(RegistrationError);
    expect(() => makeReward('corectness')).to.throw(ConfigError, /unknown reward "corectness".*Did you mean "correctness"/);
  });
});
