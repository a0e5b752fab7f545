import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { dpoLoss, logSigmoid } from '../../../lib/rl/algos/dpo.js';
import { expectVectorGradientMatches } from '../gradcheck.js';

describe('rl/algos/dpo', () => {
  // policy chosen −10, rejected −12; reference chosen −11, rejected −11
  // margin z = (−10 − (−12)) − (−11 − (−11)) = 2
  const pair = { policyChosenLogp: [-10], policyRejectedLogp: [-12], refChosenLogp: [-11], refRejectedLogp: [-11] };

  it('sigmoid loss at margin 2, beta 0.5: −log σ(1)', () => {
    // −log σ(1) = log(1 + e^−1) = 0.31326168751822286
    // ∂/∂chosen = −β·σ(−1) = −0.5 · 0.2689414213699951 = −0.13447071068499755; ∂/∂rejected = +0.13447071068499755
    const r = dpoLoss(pair, { beta: 0.5 });
    expect(r.loss).to.be.closeTo(0.31326168751822286, 1e-15);
    expect(r.gradChosen[0]).to.be.closeTo(-0.13447071068499755, 1e-15);
    expect(r.gradRejected[0]).to.be.closeTo(0.13447071068499755, 1e-15);
    // implicit rewards β·(π − ref): 0.5·1 and 0.5·(−1)
    expect(r.chosenRewards).to.deep.equal([0.5]);
    expect(r.rejectedRewards).to.deep.equal([-0.5]);
    expect(r.rewardAccuracy).to.equal(1);
  });

  it('at margin 0 the loss is log 2 and the gradient ∓β/2 (averaged over pairs)', () => {
    // two pairs with z = 0: each ℓ = log 2; ∂ per pair = −β·σ(0) / 2 = −0.1·0.5 / 2 = −0.025
    const r = dpoLoss({ policyChosenLogp: [-3, -5], policyRejectedLogp: [-4, -5], refChosenLogp: [-3, -2], refRejectedLogp: [-4, -2] });
    expect(r.loss).to.be.closeTo(Math.LN2, 1e-15);
    expect(r.gradChosen).to.deep.equal([-0.025, -0.025]);
    expect(r.gradRejected).to.deep.equal([0.025, 0.025]);
    expect(r.rewardAccuracy).to.equal(0);
  });

  it('label smoothing (cDPO) and IPO', () => {
    // s = 0.1, βz = 1: 0.9·log(1 + e^−1) + 0.1·log(1 + e) = 0.9·0.31326168751822286 + 0.1·1.3132616875182228 = 0.41326168751822286
    expect(dpoLoss(pair, { beta: 0.5, labelSmoothing: 0.1 }).loss).to.be.closeTo(0.41326168751822286, 1e-15);
    // IPO, β 0.5: (z − 1/(2β))² = (2 − 1)² = 1; ∂z = 2(z − 1) = 2
    const ipo = dpoLoss(pair, { beta: 0.5, lossType: 'ipo' });
    expect(ipo.loss).to.equal(1);
    expect(ipo.gradChosen).to.deep.equal([2]);
    expect(ipo.gradRejected).to.deep.equal([-2]);
    expect(() => dpoLoss(pair, { lossType: 'ipo', labelSmoothing: 0.1 })).to.throw(ConfigError);
  });

  it('logSigmoid is stable far out', () => {
    expect(logSigmoid(-800)).to.equal(-800);
    expect(logSigmoid(800)).to.equal(-0);
    expect(dpoLoss({ policyChosenLogp: [-1000], policyRejectedLogp: [0], refChosenLogp: [0], refRejectedLogp: [0] }, { beta: 1 }).loss).to.equal(1000);
  });

  it('gradients match finite differences', () => {
    const chosen = [-10.2, -3.1, -7.7];
    const rejected = [-9.8, -4.4, -7.0];
    const refC = [-10.0, -3.5, -8.0];
    const refR = [-10.1, -4.0, -6.5];
    for (const opts of [{ beta: 0.3 }, { beta: 0.3, labelSmoothing: 0.2 }, { beta: 0.7, lossType: 'ipo' as const }]) {
      const r = dpoLoss({ policyChosenLogp: chosen, policyRejectedLogp: rejected, refChosenLogp: refC, refRejectedLogp: refR }, opts);
      expectVectorGradientMatches((x) => dpoLoss({ policyChosenLogp: x, policyRejectedLogp: rejected, refChosenLogp: refC, refRejectedLogp: refR }, opts).loss, chosen, r.gradChosen);
      expectVectorGradientMatches((x) => dpoLoss({ policyChosenLogp: chosen, policyRejectedLogp: x, refChosenLogp: refC, refRejectedLogp: refR }, opts).loss, rejected, r.gradRejected);
    }
  });

  it('rejects pairs of unequal length', () => {
    expect(() => dpoLoss({ policyChosenLogp: [1, 2], policyRejectedLogp: [1], refChosenLogp: [1, 2], refRejectedLogp: [1, 2] })).to.throw(ConfigError, /policyRejectedLogp/);
  });
});
