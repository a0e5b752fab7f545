import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { ppoLoss, type PpoLossOptions } from '../../../lib/rl/algos/ppo.js';
import { expectGradientMatches } from '../gradcheck.js';

const ln = Math.log;

describe('rl/algos/ppo', () => {
  it('clipped surrogate per token (epsilon 0.2) with zero gradient where the clip binds', () => {
    // one sequence, three tokens, oldLogp 0, token-mean over 3
    // ρ 1.5, A +1: max(−1.5, −1.2) = −1.2 (clipped, ∂ 0)
    // ρ 0.5, A −1: max(0.5, 0.8) = 0.8 (clipped, ∂ 0)
    // ρ 1.1, A +1: max(−1.1, −1.1) = −1.1, ∂ = −A·ρ = −1.1 → /3
    const r = ppoLoss({ logp: [[ln(1.5), ln(0.5), ln(1.1)]], oldLogp: [[0, 0, 0]], advantages: [[1, -1, 1]] });
    // (−1.2 + 0.8 − 1.1) / 3 = −0.5
    expect(r.policyLoss).to.be.closeTo(-0.5, 1e-15);
    expect(r.loss).to.be.closeTo(-0.5, 1e-15);
    expect(r.grad[0]![0]).to.equal(0);
    expect(r.grad[0]![1]).to.equal(0);
    expect(r.grad[0]![2]).to.be.closeTo(-1.1 / 3, 1e-15);
    expect(r.stats.clipFraction).to.be.closeTo(2 / 3, 1e-15);
    // approx KL = mean(old − logp) = −(ln 1.5 + ln 0.5 + ln 1.1) / 3
    expect(r.stats.approxKl).to.be.closeTo(-(ln(1.5) + ln(0.5) + ln(1.1)) / 3, 1e-15);
  });

  it('dual clip (clipRatioC 3) caps the loss of negative advantages at −c·A', () => {
    // ρ 4, A −1: max(4, 1.2) = 4 → min(4, 3) = 3, constant → ∂ 0
    // ρ 2, A −1: max(2, 1.2) = 2 < 3 → 2, ∂ = −A·ρ = 2
    const input = { logp: [[ln(4)], [ln(2)]], oldLogp: [[0], [0]], advantages: [-1, -1] };
    const r = ppoLoss(input, { clipRatioC: 3, lossType: 'seq-mean-token-sum' });
    expect(r.policyLoss).to.be.closeTo((3 + 2) / 2, 1e-14);
    expect(r.grad[0]![0]).to.equal(0);
    expect(r.grad[1]![0]).to.be.closeTo(1, 1e-14);
    expect(r.stats.dualClipFraction).to.equal(0.5);
    // without the dual clip the first token is 4 with ∂ 4
    const plain = ppoLoss(input, { lossType: 'seq-mean-token-sum' });
    expect(plain.policyLoss).to.be.closeTo(3, 1e-14);
    expect(plain.grad[0]![0]).to.be.closeTo(2, 1e-14);
    expect(() => ppoLoss(input, { clipRatioC: 1 })).to.throw(ConfigError, /clipRatioC/);
  });

  it('clipped value loss ½·max((V − R)², (clip(V, V_old ± 0.2) − R)²), times vfCoef', () => {
    // t0: V 1.0, V_old 0.5, R 2: Vc = 0.7; (1 − 2)² = 1 < (0.7 − 2)² = 1.69 → ½·1.69 = 0.845, V outside the clip → ∂ 0
    // t1: V 0.6, V_old 0.5, R 2: Vc = 0.6; both 1.96 → 0.98, ∂ = V − R = −1.4
    // t2: V 1.0, V_old 0.5, R 0: Vc = 0.7; 1 > 0.49 → 0.5, ∂ = V − R = 1
    // token mean: (0.845 + 0.98 + 0.5) / 3 = 0.775; with vfCoef 0.5 ∂ = 0.5·[0, −1.4, 1]/3
    const r = ppoLoss(
      {
        logp: [[0, 0, 0]],
        oldLogp: [[0, 0, 0]],
        advantages: [0],
        values: [[1.0, 0.6, 1.0]],
        oldValues: [[0.5, 0.5, 0.5]],
        returns: [[2, 2, 0]],
      },
      { vfCoef: 0.5, cliprangeValue: 0.2 },
    );
    expect(r.valueLoss).to.be.closeTo(0.775, 1e-15);
    expect(r.loss).to.be.closeTo(0.3875, 1e-15); // policy 0 (A = 0) + 0.5 · 0.775
    expect(r.gradValues[0]![0]).to.equal(0);
    expect(r.gradValues[0]![1]).to.be.closeTo((0.5 * -1.4) / 3, 1e-15);
    expect(r.gradValues[0]![2]).to.be.closeTo(0.5 / 3, 1e-15);
    expect(r.stats.valueClipFraction).to.be.closeTo(1 / 3, 1e-15);
    // without clipping: ½·[1, 1.96, 1] / 3 = 0.66
    const free = ppoLoss(
      { logp: [[0, 0, 0]], oldLogp: [[0, 0, 0]], advantages: [0], values: [[1.0, 0.6, 1.0]], oldValues: [[0.5, 0.5, 0.5]], returns: [[2, 2, 0]] },
      { cliprangeValue: Infinity },
    );
    expect(free.valueLoss).to.be.closeTo(0.66, 1e-15);
  });

  it('entropy bonus: loss −= entropyCoef · mean H, gradient −entropyCoef per token weight', () => {
    // H = [0.3, 0.7], mean 0.5; entropyCoef 0.01 → loss = 0 − 0.005; ∂/∂H = −0.01/2
    const r = ppoLoss({ logp: [[0, 0]], oldLogp: [[0, 0]], advantages: [0], entropy: [[0.3, 0.7]] }, { entropyCoef: 0.01 });
    expect(r.entropy).to.be.closeTo(0.5, 1e-15);
    expect(r.loss).to.be.closeTo(-0.005, 1e-15);
    expect(r.gradEntropy).to.deep.equal([[-0.005, -0.005]]);
  });

  it('all three gradients match central finite differences', () => {
    const logp = [
      [-1.0, -0.5, -2.0],
      [-0.2, -1.4],
    ];
    const oldLogp = [
      [-1.2, -0.1, -2.05],
      [-1.6, -1.2],
    ];
    const advantages = [
      [0.7, -0.2, 1.1],
      [-1.3, 0.6],
    ];
    const values = [
      [0.3, 1.2, -0.4],
      [0.9, 0.1],
    ];
    const oldValues = [
      [0.35, 0.8, -0.1],
      [1.0, 0.4],
    ];
    const returns = [
      [1.0, 0.2, -0.2],
      [0.0, 0.3],
    ];
    const entropy = [
      [1.2, 0.4, 0.9],
      [0.3, 2.0],
    ];
    const mask = [
      [1, 1, 0],
      [1, 1],
    ];
    for (const lossType of ['token-mean', 'seq-mean-token-mean', 'seq-mean-token-sum', 'grpo'] as const) {
      const opts: PpoLossOptions = { lossType, clipRatioC: 3, vfCoef: 0.3, entropyCoef: 0.02, cliprangeValue: 0.2, epsilonHigh: 0.28 };
      const r = ppoLoss({ logp, oldLogp, advantages, values, oldValues, returns, entropy, mask }, opts);
      expectGradientMatches((x) => ppoLoss({ logp: x, oldLogp, advantages, values, oldValues, returns, entropy, mask }, opts).loss, logp, r.grad);
      expectGradientMatches((x) => ppoLoss({ logp, oldLogp, advantages, values: x, oldValues, returns, entropy, mask }, opts).loss, values, r.gradValues);
      expectGradientMatches((x) => ppoLoss({ logp, oldLogp, advantages, values, oldValues, returns, entropy: x, mask }, opts).loss, entropy, r.gradEntropy);
    }
  });

  it('needs both values and returns for the value loss', () => {
    expect(() => ppoLoss({ logp: [[0]], oldLogp: [[0]], advantages: [0], values: [[0]] })).to.throw(ConfigError, /values and returns/);
  });
});
