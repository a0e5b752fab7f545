import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import {
  discountedReturns,
  dynamicSamplingFilter,
  gae,
  groupAdvantages,
  reinforceAdvantages,
  rlooAdvantages,
  weightedRewardSum,
  whiten,
} from '../../lib/rl/advantages.js';

const close = (actual: readonly number[], expected: readonly number[], tol = 1e-12): void => {
  expect(actual.length).to.equal(expected.length);
  actual.forEach((a, i) => expect(a, `entry ${i}`).to.be.closeTo(expected[i]!, tol));
};

describe('rl/advantages', () => {
  describe('groupAdvantages (GRPO, TRL scale_rewards)', () => {
    it("'group' divides by each group's unbiased std + 1e-4", () => {
      // groups [1, 2] and [3, 4]: means 1.5 and 3.5; unbiased std of either = sqrt((0.25 + 0.25) / (2 − 1)) = 0.70710678…
      // A = ±0.5 / (0.70710678 + 0.0001) = ±0.7070067953266834
      const r = groupAdvantages([1, 2, 3, 4], { numGenerations: 2 });
      close(r.advantages, [-0.7070067953266834, 0.7070067953266834, -0.7070067953266834, 0.7070067953266834]);
      close(r.groupMeans, [1.5, 3.5]);
      close(r.groupStds, [Math.SQRT1_2, Math.SQRT1_2]);
      expect(r.zeroStdFraction).to.equal(0);
    });

    it("'batch' keeps the group mean but divides by the whole batch's std", () => {
      // batch mean 2.5, unbiased var = (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3, std = 1.2909944487358056
      // A = ±0.5 / (1.2909944487358056 + 0.0001) = ±0.3872683369443517
      const r = groupAdvantages([1, 2, 3, 4], { numGenerations: 2, scaleRewards: 'batch' });
      close(r.advantages, [-0.3872683369443517, 0.3872683369443517, -0.3872683369443517, 0.3872683369443517]);
      close(r.groupStds, [1.2909944487358056, 1.2909944487358056]);
    });

    it("'none' (and false) leave r − mean unscaled; true means 'group'", () => {
      close(groupAdvantages([1, 2, 3, 4], { numGenerations: 2, scaleRewards: 'none' }).advantages, [-0.5, 0.5, -0.5, 0.5]);
      close(groupAdvantages([1, 2, 3, 4], { numGenerations: 2, scaleRewards: false }).advantages, [-0.5, 0.5, -0.5, 0.5]);
      close(groupAdvantages([1, 2, 3, 4], { numGenerations: 2, scaleRewards: true }).advantages, groupAdvantages([1, 2, 3, 4], { numGenerations: 2 }).advantages);
    });

    it('a group of equal rewards gets zero advantages; the std is unbiased', () => {
      // group 0 = [1, 1, 1]: std 0 → A = 0 / (0 + 1e-4) = 0
      // group 1 = [0, 1, 0]: mean 1/3, unbiased var = ((1/3)² + (2/3)² + (1/3)²) / 2 = (6/9) / 2 = 1/3, std = 0.5773502691896257
      //   A = [−1/3, 2/3, −1/3] / (0.5773502691896257 + 1e-4) = [−0.5772502865071344, 1.1545005730142688, −0.5772502865071344]
      //   (a biased std sqrt(2/9) = 0.4714 would give 2/3 / 0.4715 = 1.4139 instead)
      const r = groupAdvantages([1, 1, 1, 0, 1, 0], { numGenerations: 3 });
      close(r.advantages, [0, 0, 0, -0.5772502865071344, 1.1545005730142688, -0.5772502865071344]);
      expect(r.zeroStdFraction).to.equal(0.5);
    });

    it('null and NaN rewards are skipped by mean and std and get advantage 0', () => {
      // group [1, null, 3, NaN]: present {1, 3}, mean 2, unbiased std sqrt((1 + 1) / 1) = 1.4142135623730951
      // A = ∓1 / (1.4142135623730951 + 1e-4) = ∓0.7070567847218314; missing → 0
      // group [null, null]: nothing present → all 0, mean NaN
      const r = groupAdvantages([1, null, 3, Number.NaN, null, null, null, null], { numGenerations: 4 });
      close(r.advantages, [-0.7070567847218314, 0, 0.7070567847218314, 0, 0, 0, 0, 0]);
      expect(r.groupMeans[0]).to.equal(2);
      expect(r.groupMeans[1]).to.be.NaN;
      // a group with a single present reward: std 0, A = (r − r) / 1e-4 = 0
      close(groupAdvantages([5, null], { numGenerations: 2 }).advantages, [0, 0]);
    });

    it('rejects a batch that is not whole groups, and a bad scaleRewards', () => {
      expect(() => groupAdvantages([1, 2, 3], { numGenerations: 2 })).to.throw(ConfigError, /whole number of groups/);
      expect(() => groupAdvantages([1, 2], { numGenerations: 0 })).to.throw(ConfigError);
      expect(() => groupAdvantages([1, 2], { numGenerations: 2, scaleRewards: 'sequence' as never })).to.throw(ConfigError);
      expect(() => groupAdvantages([1, Infinity], { numGenerations: 2 })).to.throw(ConfigError);
    });
  });

  it('weightedRewardSum: weighted nansum over reward functions, null when none applied', () => {
    // sample 0: 1·1 + 2·0.5 = 2; sample 1: only f1 → 2·2 = 4; sample 2: none → null
    expect(weightedRewardSum([[1, null, null], [0.5, 2, Number.NaN]], [1, 2])).to.deep.equal([2, 4, null]);
    expect(weightedRewardSum([[1, 2]])).to.deep.equal([1, 2]);
    expect(() => weightedRewardSum([[1, 2], [1]])).to.throw(ConfigError);
  });

  it('rlooAdvantages: leave-one-out baseline, G/(G−1)·(r − mean)', () => {
    // [1, 2, 6]: 1 − (2+6)/2 = −3; 2 − (1+6)/2 = −1.5; 6 − (1+2)/2 = 4.5   (= 3/2·(r − 3))
    close(rlooAdvantages([1, 2, 6], { numGenerations: 3 }), [-3, -1.5, 4.5]);
    // nulls are left out: present {1, 3, 5}: 1 − 4 = −3, 3 − 3 = 0, 5 − 2 = 3
    close(rlooAdvantages([1, null, 3, 5], { numGenerations: 4 }), [-3, 0, 0, 3]);
    // a single present reward has no baseline (verl: mean 0) → A = r
    close(rlooAdvantages([null, 7], { numGenerations: 2 }), [0, 7]);
  });

  it('reinforceAdvantages: the reward, or minus the batch / group mean', () => {
    close(reinforceAdvantages([1, 2, 6]), [1, 2, 6]);
    close(reinforceAdvantages([1, 2, 6], { baseline: true }), [-2, -1, 3]); // mean 3
    close(reinforceAdvantages([1, 3, 10, 20], { baseline: true, numGenerations: 2 }), [-1, 1, -5, 5]); // means 2 and 15
    close(reinforceAdvantages([null, 4]), [0, 4]);
  });

  it('dynamicSamplingFilter drops groups whose rewards are all equal (DAPO)', () => {
    // groups: [1,1] equal → drop; [0,1] keep; [0,0] drop; [null,null] nothing → drop; [1,null] single → keep (verl)
    const r = dynamicSamplingFilter([1, 1, 0, 1, 0, 0, null, null, 1, null], { numGenerations: 2 });
    expect(r.keepGroups).to.deep.equal([1, 4]);
    expect(r.keepSamples).to.deep.equal([2, 3, 8, 9]);
    // OpenRLHF range (0, 1) on the group means 1, 0.5, 0, NaN, 1 → only group 1
    expect(dynamicSamplingFilter([1, 1, 0, 1, 0, 0, null, null, 1, null], { numGenerations: 2, scoreRange: [0, 1] }).keepGroups).to.deep.equal([1]);
    expect(() => dynamicSamplingFilter([1, 1], { numGenerations: 2, scoreRange: [1, 0] })).to.throw(ConfigError);
  });

  describe('gae', () => {
    it('a 3-step episode that terminates, by hand', () => {
      // γ = 0.9, λ = 0.8 (γλ = 0.72); r = [1, 0, 2], V = [0.5, 1.0, 1.5], done after step 2
      // δ2 = 2 + 0.9·0 − 1.5 = 0.5                 A2 = 0.5
      // δ1 = 0 + 0.9·1.5 − 1.0 = 0.35              A1 = 0.35 + 0.72·0.5 = 0.71
      // δ0 = 1 + 0.9·1.0 − 0.5 = 1.4               A0 = 1.4 + 0.72·0.71 = 1.9112
      // returns = A + V = [2.4112, 1.71, 2.0]
      const r = gae({ rewards: [1, 0, 2], values: [0.5, 1.0, 1.5], dones: [false, false, true], lastValue: 99 }, { gamma: 0.9, lambda: 0.8 });
      close(r.advantages, [1.9112, 0.71, 0.5]);
      close(r.returns, [2.4112, 1.71, 2.0]);
    });

    it('bootstraps with lastValue when the last step is not done', () => {
      // δ2 = 2 + 0.9·2 − 1.5 = 2.3; A1 = 0.35 + 0.72·2.3 = 2.006; A0 = 1.4 + 0.72·2.006 = 2.84432
      const r = gae({ rewards: [1, 0, 2], values: [0.5, 1.0, 1.5], lastValue: 2 }, { gamma: 0.9, lambda: 0.8 });
      close(r.advantages, [2.84432, 2.006, 2.3]);
    });

    it('does not carry across an episode boundary', () => {
      // done after step 0: δ0 = 1 + 0 − 0.5 = 0.5 and A0 = δ0; steps 1-2 as a new episode: A2 = 2 − 1.5 = 0.5, A1 = 0.71
      const r = gae({ rewards: [1, 0, 2], values: [0.5, 1.0, 1.5], dones: [true, false, false] }, { gamma: 0.9, lambda: 0.8 });
      close(r.advantages, [0.5, 0.71, 0.5]);
    });

    it('λ = 1 gives the Monte-Carlo return minus V; λ = 0 gives the TD error', () => {
      // λ = 1, γ = 1: A_t = Σ_{k≥t} r_k − V_t = [3 − 0.5, 2 − 1, 2 − 1.5]
      close(gae({ rewards: [1, 0, 2], values: [0.5, 1.0, 1.5], dones: [false, false, true] }, { gamma: 1, lambda: 1 }).advantages, [2.5, 1, 0.5]);
      // λ = 0: A_t = δ_t = [1 + 0.9·1 − 0.5, 0.9·1.5 − 1, 2 − 1.5]
      close(gae({ rewards: [1, 0, 2], values: [0.5, 1.0, 1.5], dones: [false, false, true] }, { gamma: 0.9, lambda: 0 }).advantages, [1.4, 0.35, 0.5]);
      expect(() => gae({ rewards: [1], values: [1, 2] }, { gamma: 1, lambda: 1 })).to.throw(ConfigError);
      expect(() => gae({ rewards: [1], values: [1] }, { gamma: 1.5, lambda: 1 })).to.throw(ConfigError);
    });
  });

  it('discountedReturns', () => {
    // G2 = 2, G1 = 0 + 0.9·2 = 1.8, G0 = 1 + 0.9·1.8 = 2.62
    close(discountedReturns([1, 0, 2], { gamma: 0.9 }), [2.62, 1.8, 2]);
    // done after step 0 cuts it: G0 = 1
    close(discountedReturns([1, 0, 2], { gamma: 0.9, dones: [true, false, false] }), [1, 1.8, 2]);
  });

  it('whiten: masked, unbiased variance, verl masked_whiten', () => {
    // over [1, 2, 3] (4 masked out): mean 2, unbiased var = (1 + 0 + 1) / 2 = 1; k = 1/√(1 + 1e-8) = 0.999999995
    const k = 0.999999995;
    close(whiten([1, 2, 3, 4], { mask: [1, 1, 1, 0] }), [-k, 0, k, 0]);
    close(whiten([1, 2, 3, 4], { mask: [true, true, true, false], shiftMean: false }), [2 - k, 2, 2 + k, 0]);
    expect(() => whiten([1, 2], { mask: [1, 0] })).to.throw(ConfigError, /above 1/);
  });
});
