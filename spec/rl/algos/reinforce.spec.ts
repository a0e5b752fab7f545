import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { reinforceLoss } from '../../../lib/rl/algos/reinforce.js';
import { rlooLoss } from '../../../lib/rl/algos/rloo.js';
import { expectGradientMatches } from '../gradcheck.js';

describe('rl/algos/reinforce and rloo', () => {
  // ragged batch, no mask: seq 0 has two tokens, seq 1 one
  const logp = [[-1, -2], [-0.5]];

  it('reinforceLoss: −A·logp, token-mean', () => {
    // A = [1, 3]; ℓ = [[−1·(−1), −1·(−2)], [−3·(−0.5)]] = [[1, 2], [1.5]]; token mean 4.5 / 3 = 1.5; ∂ = −A/3
    const r = reinforceLoss({ logp, advantages: [1, 3] }, { lossType: 'token-mean' });
    expect(r.loss).to.be.closeTo(1.5, 1e-15);
    expect(r.grad[0]![0]).to.be.closeTo(-1 / 3, 1e-15);
    expect(r.grad[1]![0]).to.be.closeTo(-1, 1e-15);
    expect(r.activeTokens).to.equal(3);
  });

  it("reinforceLoss default 'seq-mean-token-sum': A · Σ_t logp, averaged over sequences", () => {
    // seq 0: −1·(−3) = 3; seq 1: −3·(−0.5) = 1.5; mean 2.25; ∂ = −A/B = [−0.5, −0.5], [−1.5]
    const r = reinforceLoss({ logp, advantages: [1, 3] });
    expect(r.loss).to.be.closeTo(2.25, 1e-15);
    expect(r.grad).to.deep.equal([[-0.5, -0.5], [-1.5]]);
  });

  it('rlooLoss: leave-one-out advantages inside, then −A·logp', () => {
    // rewards [1, 3], G = 2: A = [1 − 3, 3 − 1] = [−2, 2]
    // seq 0: −(−2)·(−1 − 2) = −6; seq 1: −2·(−0.5) = 1; mean (−6 + 1) / 2 = −2.5; ∂ = −A/2 = [1, 1], [−1]
    const r = rlooLoss({ logp, rewards: [1, 3] }, { numGenerations: 2 });
    expect(r.advantages).to.deep.equal([-2, 2]);
    expect(r.loss).to.be.closeTo(-2.5, 1e-15);
    expect(r.grad).to.deep.equal([[1, 1], [-1]]);
    expect(() => rlooLoss({ logp, rewards: [1] }, { numGenerations: 1 })).to.throw(ConfigError);
  });

  it('gradients match finite differences with a mask', () => {
    const x = [
      [-1.1, -0.3, -2.2],
      [-0.4, -0.9, -1.7],
    ];
    const mask = [
      [1, 1, 0],
      [1, 1, 1],
    ];
    for (const lossType of ['grpo', 'bnpo', 'seq-mean-token-sum'] as const) {
      const r = reinforceLoss({ logp: x, advantages: [0.5, -1.5], mask }, { lossType });
      expectGradientMatches((m) => reinforceLoss({ logp: m, advantages: [0.5, -1.5], mask }, { lossType }).loss, x, r.grad);
      const q = rlooLoss({ logp: x, rewards: [0.2, 0.9], mask }, { numGenerations: 2, lossType });
      expectGradientMatches((m) => rlooLoss({ logp: m, rewards: [0.2, 0.9], mask }, { numGenerations: 2, lossType }).loss, x, q.grad);
    }
  });
});
