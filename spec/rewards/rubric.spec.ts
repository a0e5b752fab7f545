import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { correctness } from '../../lib/rewards/correctness.js';
import { format } from '../../lib/rewards/format.js';
import { rubric } from '../../lib/rewards/rubric.js';
import type { RewardFn } from '../../lib/rewards/types.js';

const constant = (reward: number): RewardFn => async () => ({ reward });

describe('rewards/rubric', () => {
  it('sums weighted scores and logs each unweighted component', async () => {
    const fn = rubric([
      { name: 'a', fn: constant(1), weight: 0.5 },
      { name: 'b', fn: constant(0.5), weight: 2 },
      { name: 'c', fn: constant(1), weight: 0 },
      { name: 'd', fn: constant(-0.25) },
    ]);
    const out = await fn({ completion: '', answer: '' });
    expect(out.reward).to.equal(0.5 * 1 + 2 * 0.5 + 0 + 1 * -0.25);
    expect(out.components).to.deep.equal({ a: 1, b: 0.5, c: 1, d: -0.25 });
    expect(out.details?.weights).to.deep.equal({ a: 0.5, b: 2, c: 0, d: 1 });
    expect(out.error).to.equal(undefined);
  });

  it('correctness + format: carries the verdict', async () => {
    const fn = rubric([
      { name: 'correctness', fn: correctness(), weight: 1 },
      { name: 'format', fn: format({ style: 'think-answer' }), weight: 0.1 },
    ]);
    const out = await fn({ completion: '<think>6*7</think><answer>42</answer>', answer: '42' });
    expect(out.reward).to.be.closeTo(1.1, 1e-12);
    expect(out.verdict?.rule).to.be.a('string');
    expect(out.verdict?.pred?.strategy).to.equal('answer-tag');
  });

  it('propagates a verifier failure into error and details.errors', async () => {
    const fn = rubric([
      { name: 'correctness', fn: correctness({ verifyOptions: { maxInputLength: 5 } }), weight: 1 },
      { name: 'format', fn: format({ style: 'boxed' }), weight: 0.5 },
    ]);
    const out = await fn({ completion: 'long text \\boxed{1}', answer: '1' });
    expect(out.error?.code).to.equal('INPUT_TOO_LARGE');
    expect((out.details?.errors as Record<string, { code: string }>).correctness?.code).to.equal('INPUT_TOO_LARGE');
    expect(out.components).to.deep.equal({ correctness: 0, format: 1 });
    expect(out.reward).to.equal(0.5);
  });

  it('turns a throwing or non-finite component into a flagged 0; a weight-0 failure does not taint the reward', async () => {
    const boom: RewardFn = async () => {
      throw new Error('boom');
    };
    const out = await rubric([
      { name: 'ok', fn: constant(1) },
      { name: 'metric', fn: boom, weight: 0 },
    ])({ completion: '', answer: '' });
    expect(out.reward).to.equal(1);
    expect(out.error).to.equal(undefined);
    expect((out.details?.errors as Record<string, { message: string }>).metric?.message).to.match(/"metric" threw: boom/);
    const nan = await rubric([{ name: 'nan', fn: constant(Number.NaN) }])({ completion: '', answer: '' });
    expect(nan.reward).to.equal(0);
    expect(nan.error?.code).to.equal('INTERNAL');
  });

  it('rejects bad definitions', () => {
    expect(() => rubric([])).to.throw(ConfigError, /non-empty array/);
    expect(() => rubric([{ name: 'a', fn: constant(1) }, { name: 'a', fn: constant(1) }])).to.throw(ConfigError, /duplicate component name "a"/);
    expect(() => rubric([{ name: 'a', fn: constant(1), weight: Number.POSITIVE_INFINITY }])).to.throw(ConfigError, /finite/);
  });
});
