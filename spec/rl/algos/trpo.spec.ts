import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { trpoSurrogate } from '../../../lib/rl/algos/trpo.js';
import { conjugateGradient, klLineSearch, trpoSearchDirection, trpoStep, type MatrixVectorProduct } from '../../../lib/nn/optim/trust-region.js';
import { expectGradientMatches } from '../gradcheck.js';

/** v ↦ A·v for a dense row-major matrix. */
function matVec(A: readonly (readonly number[])[]): MatrixVectorProduct {
  return (v) => Float64Array.from(A.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0)));
}

describe('rl/algos/trpo and nn/optim/trust-region', () => {
  describe('conjugateGradient', () => {
    it('solves a 3×3 SPD system to 1e-8', () => {
      // 4x + y = 1, x + 3y + z = 2, y + 2z = 3
      // x = (1 − y)/4, z = (3 − y)/2 → (1 − y)/4 + 3y + (3 − y)/2 = 2 → 1 − y + 12y + 6 − 2y = 8 → y = 1/9
      // x = (8/9)/4 = 2/9, z = (26/9)/2 = 13/9
      const A = [
        [4, 1, 0],
        [1, 3, 1],
        [0, 1, 2],
      ];
      const r = conjugateGradient(matVec(A), Float64Array.from([1, 2, 3]), { maxIterations: 10 });
      [2 / 9, 1 / 9, 13 / 9].forEach((want, i) => expect(r.x[i]).to.be.closeTo(want, 1e-8));
      expect(r.iterations).to.be.at.most(4); // n = 3 steps in exact arithmetic (+1 for round-off at most)
      expect(r.residualSquaredNorm).to.be.below(1e-10);
    });

    it('adds damping to the product: (diag(1, 2) + 1·I)·x = [2, 3] → x = [1, 1]', () => {
      const r = conjugateGradient(matVec([[1, 0], [0, 2]]), Float64Array.from([2, 3]), { damping: 1 });
      expect(r.x[0]).to.be.closeTo(1, 1e-12);
      expect(r.x[1]).to.be.closeTo(1, 1e-12);
    });

    it('stops at maxIterations and refuses an indefinite matrix', () => {
      const one = conjugateGradient(matVec([[4, 1, 0], [1, 3, 1], [0, 1, 2]]), Float64Array.from([1, 2, 3]), { maxIterations: 1 });
      expect(one.iterations).to.equal(1);
      expect(one.residualSquaredNorm).to.be.above(1e-3);
      expect(() => conjugateGradient(matVec([[-1, 0], [0, 1]]), Float64Array.from([1, 0]))).to.throw(ConfigError, /positive definite/);
    });
    it("with onNonPositiveCurvature 'stop' returns the iterate before the bad direction (Steihaug)", () => {
      // F = diag(2, -1), b = [2, 1]: p0 = b has p0ᵀFp0 = 8 - 1 = 7 > 0, x1 = (5/7)·b; the next direction has negative curvature
      const F = matVec([[2, 0], [0, -1]]);
      const r = conjugateGradient(F, Float64Array.from([2, 1]), { onNonPositiveCurvature: 'stop' });
      expect(r.stoppedOnCurvature).to.equal(true);
      expect(r.iterations).to.equal(1);
      expect(r.x[0]).to.be.closeTo(10 / 7, 1e-12);
      expect(r.x[1]).to.be.closeTo(5 / 7, 1e-12);
      // negative curvature at once: b itself (the steepest-descent direction for b = -gradient)
      const first = conjugateGradient(matVec([[-1, 0], [0, 1]]), Float64Array.from([1, 0]), { onNonPositiveCurvature: 'stop' });
      expect(Array.from(first.x)).to.deep.equal([1, 0]);
      expect(first.stoppedOnCurvature).to.equal(true);
    });
  });

  it('trpoSearchDirection does not throw on an indefinite Fisher estimate: no step when the curvature along it is not positive', () => {
    const s = trpoSearchDirection(Float64Array.from([-1, 0]), matVec([[-1, 0], [0, 1]]), { maxKl: 0.01, cgDamping: 0 });
    expect(s.cg.stoppedOnCurvature).to.equal(true);
    expect(Array.from(s.fullStep, Math.abs)).to.deep.equal([0, 0]);
  });

  it('trpoSearchDirection scales F⁻¹(−g) to the KL boundary', () => {
    // F = diag(1, 4), g = [−1, −2]: x = F⁻¹(−g) = [1, 0.5]; xᵀFx = 1 + 4·0.25 = 2
    // maxKl 0.01: scale = √(2·0.01 / 2) = 0.1 → fullStep [0.1, 0.05]; expected improvement −gᵀ·step = 0.1 + 0.1 = 0.2
    const s = trpoSearchDirection(Float64Array.from([-1, -2]), matVec([[1, 0], [0, 4]]), { maxKl: 0.01, cgDamping: 0 });
    expect(s.direction[0]).to.be.closeTo(1, 1e-12);
    expect(s.direction[1]).to.be.closeTo(0.5, 1e-12);
    expect(s.fullStep[0]).to.be.closeTo(0.1, 1e-12);
    expect(s.fullStep[1]).to.be.closeTo(0.05, 1e-12);
    expect(s.expectedImprovement).to.be.closeTo(0.2, 1e-12);
  });

  describe('klLineSearch', () => {
    // θ ∈ R, loss(θ) = −θ (every positive step improves it), KL(θ) = θ²/2, maxKl 0.01 (boundary θ = 0.1414)
    const problem = { params: Float64Array.from([0]), fullStep: Float64Array.from([0.5]), loss: (p: Float64Array) => -p[0]!, kl: (p: Float64Array) => (p[0]! * p[0]!) / 2 };

    it('rejects steps that violate maxKl and backtracks until one fits', () => {
      // fractions 0.8^k: θ = 0.5 (KL 0.125), 0.4 (0.08), 0.32 (0.0512), 0.256 (0.0328), 0.2048 (0.0210),
      // 0.16384 (0.01342), 0.131072 (0.00859 ≤ 0.01) → accepted on the 7th try, fraction 0.8^6 = 0.262144
      const r = klLineSearch(problem, { maxKl: 0.01, backtrackRatio: 0.8 });
      expect(r.accepted).to.equal(true);
      expect(r.tries).to.equal(7);
      expect(r.stepFraction).to.be.closeTo(0.262144, 1e-15);
      expect(r.params[0]).to.be.closeTo(0.131072, 1e-15);
      expect(r.kl).to.be.closeTo(0.131072 ** 2 / 2, 1e-15);
      expect(r.lossAfter).to.be.closeTo(-0.131072, 1e-15);
      expect(problem.params[0]).to.equal(0); // not modified
    });

    it('gives up (keeping the old parameters) when every tried step violates maxKl', () => {
      const r = klLineSearch(problem, { maxKl: 0.01, backtrackRatio: 0.8, maxBacktracks: 6 });
      expect(r.accepted).to.equal(false);
      expect(r.tries).to.equal(6);
      expect(r.params[0]).to.equal(0);
      expect(r.stepFraction).to.equal(0);
    });

    it('rejects steps that do not improve the loss even inside the trust region', () => {
      const r = klLineSearch({ ...problem, loss: (p) => p[0]! }, { maxKl: 1 });
      expect(r.accepted).to.equal(false);
      expect(r.tries).to.equal(10);
      expect(() => klLineSearch(problem, { backtrackRatio: 1 })).to.throw(ConfigError, /backtrackRatio/);
    });
  });

  it('trpoStep accepts the full step when the true KL is inside the region', () => {
    // quadratic model ½θᵀFθ with F = diag(1, 4) but a true KL of half that: full step [0.1, 0.05] has KL 0.005
    const F = matVec([[1, 0], [0, 4]]);
    const r = trpoStep(
      {
        params: Float64Array.from([0, 0]),
        lossGradient: Float64Array.from([-1, -2]),
        fvp: F,
        loss: (p) => -(p[0]! + 2 * p[1]!),
        kl: (p) => 0.25 * (p[0]! ** 2 + 4 * p[1]! ** 2),
      },
      { maxKl: 0.01, cgDamping: 0 },
    );
    expect(r.accepted).to.equal(true);
    expect(r.stepFraction).to.equal(1);
    expect(r.params[0]).to.be.closeTo(0.1, 1e-12);
    expect(r.params[1]).to.be.closeTo(0.05, 1e-12);
    expect(r.kl).to.be.closeTo(0.005, 1e-12);
  });

  describe('trpoSurrogate', () => {
    it('−ρ·A and the KL(old‖new) estimate, by hand', () => {
      // ρ = 1.5, A = 2: loss = −3, ∂ = −ρA = −3; KL = ρ − ln ρ − 1 = 0.09453489189183562, ∂ = ρ − 1 = 0.5
      const r = trpoSurrogate({ logp: [[Math.log(1.5)]], oldLogp: [[0]], advantages: [2] });
      expect(r.loss).to.be.closeTo(-3, 1e-15);
      expect(r.grad[0]![0]).to.be.closeTo(-3, 1e-15);
      expect(r.kl).to.be.closeTo(0.09453489189183562, 1e-15);
      expect(r.klGrad[0]![0]).to.be.closeTo(0.5, 1e-15);
    });

    it('gradients match finite differences', () => {
      const logp = [[-1.0, -0.5, -2.0], [-0.2]];
      const oldLogp = [[-1.2, -0.1, -2.05], [-0.6]];
      const mask = [[1, 1, 0], [1]];
      const advantages = [0.8, -1.1];
      for (const lossType of ['token-mean', 'grpo'] as const) {
        const r = trpoSurrogate({ logp, oldLogp, advantages, mask }, { lossType });
        expectGradientMatches((x) => trpoSurrogate({ logp: x, oldLogp, advantages, mask }, { lossType }).loss, logp, r.grad);
        expectGradientMatches((x) => trpoSurrogate({ logp: x, oldLogp, advantages, mask }, { lossType }).kl, logp, r.klGrad);
      }
    });

    it('drives a TRPO step on a 3-armed softmax bandit', () => {
      // policy softmax(θ); actions 0, 1, 2 sampled once each with advantages 1, −1, 0.5
      const actions = [0, 1, 2];
      const adv = [1, -1, 0.5];
      const softmax = (t: Float64Array): number[] => {
        const m = Math.max(...t);
        const e = Array.from(t, (x) => Math.exp(x - m));
        const z = e.reduce((a, b) => a + b, 0);
        return e.map((x) => x / z);
      };
      const theta0 = Float64Array.from([0.2, -0.1, 0.0]);
      const p0 = softmax(theta0);
      const oldLogp = [actions.map((a) => Math.log(p0[a]!))];
      const logpAt = (t: Float64Array) => {
        const p = softmax(t);
        return [actions.map((a) => Math.log(p[a]!))];
      };
      const loss = (t: Float64Array) => trpoSurrogate({ logp: logpAt(t), oldLogp, advantages: [adv] }).loss;
      // chain rule: ∂logp_a/∂θ_k = [a = k] − p_k
      const s = trpoSurrogate({ logp: logpAt(theta0), oldLogp, advantages: [adv] });
      const g = new Float64Array(3);
      actions.forEach((a, t) => {
        for (let k = 0; k < 3; k++) g[k]! += s.grad[0]![t]! * ((a === k ? 1 : 0) - p0[k]!);
      });
      // exact Fisher of a softmax: diag(p) − ppᵀ (singular along 1, hence the damping)
      const fvp: MatrixVectorProduct = (v) => {
        const pv = p0.reduce((acc, p, k) => acc + p * v[k]!, 0);
        return Float64Array.from(p0.map((p, k) => p * (v[k]! - pv)));
      };
      // exact KL(π_old ‖ π_θ)
      const kl = (t: Float64Array) => {
        const p = softmax(t);
        return p0.reduce((acc, q, k) => acc + q * Math.log(q / p[k]!), 0);
      };
      const r = trpoStep({ params: theta0, lossGradient: g, fvp, loss, kl }, { maxKl: 0.01 });
      expect(r.accepted).to.equal(true);
      expect(r.kl).to.be.at.most(0.01);
      expect(r.lossAfter).to.be.below(r.lossBefore);
      expect(r.search.expectedImprovement).to.be.above(0);
    });
  });
});
