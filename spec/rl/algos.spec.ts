import { expect } from 'chai';
import { train, type Metric, type TrainConfig } from '../../lib/rl/trainer.js';
import { shiftConfig } from './algos-fixture.js';

/** Greedy accuracy and mean sampled reward on the held-out seeds, before RL (update 0) and after the last update. */
function beforeAfter(metrics: readonly Metric[]): { before: Metric; after: Metric } {
  const evals = metrics.filter((m) => m.phase === 'eval');
  return { before: evals[0]!, after: evals[evals.length - 1]! };
}

const cases: Array<[string, Partial<TrainConfig>]> = [
  ['grpo (loss_type grpo)', { algo: 'grpo', grpo: { lossType: 'grpo' } }],
  ['grpo (loss_type dr_grpo, scale_rewards none)', { algo: 'grpo', grpo: { lossType: 'dr_grpo', scaleRewards: 'none' } }],
  ['dapo (dynamic sampling, clip-higher, token-level loss)', { algo: 'dapo', grpo: { lossType: 'dapo' } }],
  ['ppo (value head, GAE, 4 epochs x 2 minibatches)', { algo: 'ppo' }],
  ['trpo (natural gradient, KL line search)', { algo: 'trpo', trpo: { maxKl: 0.02 } }],
  ['rloo', { algo: 'rloo' }],
  ['reinforce (group-mean baseline)', { algo: 'reinforce' }],
  ['dpo (online, verifier-judged pairs)', { algo: 'dpo' }],
];

describe('rl/algos: every algorithm learns a registered env from random initialization', function () {
  this.timeout(180_000);
  for (const [name, overrides] of cases) {
    it(`${name}: held-out sampled reward +0.25 and greedy accuracy +0.3 after 40 updates`, async () => {
      const cfg = shiftConfig(overrides);
      const { metrics } = await train(cfg);
      const { before, after } = beforeAfter(metrics);
      expect(before.step).to.equal(0);
      expect(after.after).to.equal(cfg.algo);
      expect(Number(before.sampledReward)).to.be.below(0.15); // a random policy: about 1/13
      expect(Number(after.sampledReward)).to.be.at.least(Number(before.sampledReward) + 0.25);
      expect(Number(after.accuracy)).to.be.at.least(Number(before.accuracy) + 0.3);
      const rl = metrics.filter((m) => m.phase === cfg.algo);
      expect(rl).to.have.length(cfg.updates);
      for (const m of rl) expect(Number.isFinite(Number(m.loss)), JSON.stringify(m)).to.equal(true);
    });
  }

  it('control: the same measurement with learningRate 0 shows no gain (the margin comes from the updates)', async () => {
    const { before, after } = beforeAfter((await train(shiftConfig({ algo: 'grpo', learningRate: 0 }))).metrics);
    expect(after.sampledReward).to.equal(before.sampledReward);
    expect(after.accuracy).to.equal(before.accuracy);
  });
});
