import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { klEstimate, klLoss, tokenKl } from '../../lib/rl/kl.js';
import { expectGradientMatches } from './gradcheck.js';

describe('rl/kl', () => {
  it('k1, k2, k3 values and gradients at logp = −1, ref = −1.5', () => {
    // d = ref − logp = −0.5
    // k1 = −d = 0.5, ∂ = 1
    // k2 = ½·d² = 0.125, ∂ = −d = 0.5
    // k3 = e^d − d − 1 = 0.6065306597126334 + 0.5 − 1 = 0.10653065971263342, ∂ = 1 − e^d = 0.3934693402873666
    expect(klEstimate(-1, -1.5, 'k1')).to.deep.equal({ value: 0.5, grad: 1 });
    expect(klEstimate(-1, -1.5, 'k2')).to.deep.equal({ value: 0.125, grad: 0.5 });
    const k3 = klEstimate(-1, -1.5, 'k3');
    expect(k3.value).to.be.closeTo(0.10653065971263342, 1e-15);
    expect(k3.grad).to.be.closeTo(0.3934693402873666, 1e-15);
    expect(klEstimate(-1, -1.5)).to.deep.equal(k3); // k3 is the default, as in TRL
  });

  it('k3 ≥ 0 everywhere and 0 at logp = ref, while k1 goes negative', () => {
    for (let logp = -6; logp <= 0; logp += 0.25) {
      for (let ref = -6; ref <= 0; ref += 0.25) {
        expect(klEstimate(logp, ref, 'k3').value).to.be.at.least(0);
        expect(klEstimate(logp, ref, 'k2').value).to.be.at.least(0);
      }
    }
    expect(klEstimate(-2, -2, 'k3').value).to.equal(0);
    expect(klEstimate(-2, -1, 'k1').value).to.equal(-1);
    expect(() => klEstimate(0, 0, 'k4' as never)).to.throw(ConfigError);
  });

  it('each estimator gradient matches finite differences', () => {
    for (const kind of ['k1', 'k2', 'k3'] as const) {
      const x = [[-1.3, -0.2, -2.5]];
      const ref = [[-1.0, -0.9, -2.0]];
      const { grads } = tokenKl(x, ref, kind);
      expectGradientMatches((m) => tokenKl(m, ref, kind).values[0]!.reduce((a, b) => a + b, 0), x, grads);
    }
  });

  it('klLoss: masked token mean of k3 and its gradient', () => {
    // tokens (logp, ref): (−1, −1.5) k3 = 0.10653065971263342; (−2, −2) k3 = 0; third masked out
    // token mean over 2 tokens = 0.05326532985631671; ∂ = 0.3934693402873666 / 2 and 0
    const logp = [[-1, -2, -7]];
    const ref = [[-1.5, -2, 0]];
    const mask = [[1, 1, 0]];
    const r = klLoss(logp, ref, {}, mask);
    expect(r.loss).to.be.closeTo(0.05326532985631671, 1e-15);
    expect(r.grad[0]![0]).to.be.closeTo(0.1967346701436833, 1e-15);
    expect(r.grad[0]![2]).to.equal(0);
    expectGradientMatches((m) => klLoss(m, ref, {}, mask).loss, logp, r.grad);
  });
});
