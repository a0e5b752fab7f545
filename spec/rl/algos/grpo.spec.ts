import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { grpoLoss, type GrpoLossOptions } from '../../../lib/rl/algos/grpo.js';
import { expectGradientMatches } from '../gradcheck.js';

const ln = Math.log;

describe('rl/algos/grpo', () => {
  describe('two-sided clipping (epsilon = 0.2, epsilonHigh = 0.28: range [0.8, 1.28])', () => {
    // six one-token sequences, oldLogp = 0, so logp = ln ρ; lossType 'grpo' = mean over the six
    const ratios = [1.5, 0.5, 1.1, 1.5, 0.5, 1.25];
    const advs = [1, -1, 2, -1, 1, 1];
    const logp = ratios.map((r) => [ln(r)]);
    const oldLogp = ratios.map(() => [0]);
    const opts: GrpoLossOptions = { epsilon: 0.2, epsilonHigh: 0.28, lossType: 'grpo' };
    const r = grpoLoss({ logp, oldLogp, advantages: advs }, opts);

    it('clips ρ > 1+εh with A > 0 and ρ < 1−ε with A < 0, and those get zero gradient', () => {
      // a: ρ 1.5, A +1: −min(1.5, 1.28) = −1.28, clipped → ∂ = 0
      // b: ρ 0.5, A −1: −min(−0.5, −0.8) = 0.8, clipped → ∂ = 0
      expect(r.perTokenLoss[0]![0]).to.be.closeTo(-1.28, 1e-15);
      expect(r.perTokenLoss[1]![0]).to.be.closeTo(0.8, 1e-15);
      expect(r.grad[0]![0]).to.equal(0);
      expect(r.grad[1]![0]).to.equal(0);
    });

    it('leaves the other cases unclipped with ∂ℓ/∂logp = −A·ρ (then /6)', () => {
      // c: ρ 1.1, A 2: −2.2, ∂ = −2.2
      // d: ρ 1.5, A −1 (above the range but the min picks the unclipped −1.5): ℓ = 1.5, ∂ = +1.5
      // e: ρ 0.5, A +1 (below the range, min picks 0.5): ℓ = −0.5, ∂ = −0.5
      // f: ρ 1.25, A +1: inside [0.8, 1.28] thanks to clip-higher (ε = 0.2 alone would clip at 1.2): −1.25
      const want = [-1.28, 0.8, -2.2, 1.5, -0.5, -1.25];
      want.forEach((w, i) => expect(r.perTokenLoss[i]![0]).to.be.closeTo(w, 1e-14));
      const wantGrad = [0, 0, -2.2 / 6, 1.5 / 6, -0.5 / 6, -1.25 / 6];
      wantGrad.forEach((w, i) => expect(r.grad[i]![0], `grad ${i}`).to.be.closeTo(w, 1e-14));
      // loss = (−1.28 + 0.8 − 2.2 + 1.5 − 0.5 − 1.25) / 6 = −2.93 / 6
      expect(r.loss).to.be.closeTo(-2.93 / 6, 1e-14);
      expect(r.stats.highClipFraction).to.be.closeTo(1 / 6, 1e-15);
      expect(r.stats.lowClipFraction).to.be.closeTo(1 / 6, 1e-15);
      expect(r.stats.clipFraction).to.be.closeTo(2 / 6, 1e-15);
    });

    it('symmetric epsilon clips ρ = 1.25 at 1.2', () => {
      const s = grpoLoss({ logp: [[ln(1.25)]], oldLogp: [[0]], advantages: [1] }, { epsilon: 0.2, lossType: 'grpo' });
      expect(s.loss).to.be.closeTo(-1.2, 1e-15);
      expect(s.grad[0]![0]).to.equal(0);
    });

    it('delta caps the unclipped ratio for negative advantages', () => {
      // ρ 1.5, A −1, delta 1.4: coef1 = 1.4, coef2 = 1.28; −min(−1.4, −1.28) = 1.4, constant → ∂ = 0
      const capped = grpoLoss({ logp: [[ln(1.5)]], oldLogp: [[0]], advantages: [-1] }, { ...opts, delta: 1.4 });
      expect(capped.loss).to.be.closeTo(1.4, 1e-15);
      expect(capped.grad[0]![0]).to.equal(0);
      // delta 2 is above ρ: no effect (ℓ = 1.5, ∂ = 1.5)
      const free = grpoLoss({ logp: [[ln(1.5)]], oldLogp: [[0]], advantages: [-1] }, { ...opts, delta: 2 });
      expect(free.loss).to.be.closeTo(1.5, 1e-15);
      expect(free.grad[0]![0]).to.be.closeTo(1.5, 1e-15);
      expect(() => grpoLoss({ logp: [[0]], advantages: [1] }, { ...opts, delta: 1.1 })).to.throw(ConfigError, /delta/);
    });
  });

  describe('aggregation by lossType on sequences of lengths 1 and 3', () => {
    // ρ = 1 everywhere (no oldLogp), so ℓ_t = −A and ∂ℓ/∂logp = −A
    // seq 0: A = +1, one token (padded to 3, mask [1, 0, 0]) → ℓ = [−1]
    // seq 1: A = −0.5, three tokens → ℓ = [0.5, 0.5, 0.5]
    const logp = [
      [-0.7, 0, 0],
      [-1.1, -0.4, -2.0],
    ];
    const mask = [
      [1, 0, 0],
      [1, 1, 1],
    ];
    const input = { logp, advantages: [1, -0.5], mask };

    it("'grpo': mean over sequences of per-sequence means", () => {
      // (−1/1 + 1.5/3) / 2 = (−1 + 0.5) / 2 = −0.25; ∂: seq 0 → −1/(2·1) = −0.5, seq 1 → 0.5/(2·3) = 1/12
      const r = grpoLoss(input, { lossType: 'grpo' });
      expect(r.loss).to.be.closeTo(-0.25, 1e-15);
      expect(r.grad[0]).to.deep.equal([-0.5, 0, 0]);
      r.grad[1]!.forEach((g) => expect(g).to.be.closeTo(1 / 12, 1e-15));
    });

    it("'bnpo': sum over the batch's 4 active tokens", () => {
      // (−1 + 1.5) / 4 = 0.125; ∂: −1/4 and 0.5/4
      const r = grpoLoss(input, { lossType: 'bnpo' });
      expect(r.loss).to.be.closeTo(0.125, 1e-15);
      expect(r.grad).to.deep.equal([
        [-0.25, 0, 0],
        [0.125, 0.125, 0.125],
      ]);
    });

    it("'dr_grpo': sum / (B · maxCompletionLength)", () => {
      // (−1 + 1.5) / (2 · 4) = 0.0625; ∂: −1/8 and 0.5/8
      const r = grpoLoss(input, { lossType: 'dr_grpo', maxCompletionLength: 4 });
      expect(r.loss).to.be.closeTo(0.0625, 1e-15);
      expect(r.grad).to.deep.equal([
        [-0.125, 0, 0],
        [0.0625, 0.0625, 0.0625],
      ]);
      expect(() => grpoLoss(input, { lossType: 'dr_grpo' })).to.throw(ConfigError, /maxCompletionLength/);
    });

    it("'dapo': sum / active tokens of the global batch (default: this batch, = bnpo)", () => {
      // globalTokens 10: 0.5 / 10 = 0.05; ∂: −0.1 and 0.05
      const r = grpoLoss(input, { lossType: 'dapo', globalTokens: 10 });
      expect(r.loss).to.be.closeTo(0.05, 1e-15);
      expect(r.grad[0]![0]).to.be.closeTo(-0.1, 1e-15);
      expect(r.grad[1]![2]).to.be.closeTo(0.05, 1e-15);
      expect(grpoLoss(input).loss).to.be.closeTo(0.125, 1e-15); // default lossType is 'dapo', as in TRL
    });

    it('verl names: seq-mean-token-mean ≈ grpo (+1e-8 in the length), seq-mean-token-sum, token-mean = bnpo', () => {
      // seq-mean-token-mean: (−1/(1 + 1e-8) + 1.5/(3 + 1e-8)) / 2
      expect(grpoLoss(input, { lossType: 'seq-mean-token-mean' }).loss).to.be.closeTo((-1 / (1 + 1e-8) + 1.5 / (3 + 1e-8)) / 2, 1e-15);
      // seq-mean-token-sum: (−1 + 1.5) / 2 = 0.25
      expect(grpoLoss(input, { lossType: 'seq-mean-token-sum' }).loss).to.be.closeTo(0.25, 1e-15);
      // seq-mean-token-sum-norm with the mask width 3: 0.5 / (2 · 3)
      expect(grpoLoss(input, { lossType: 'seq-mean-token-sum-norm' }).loss).to.be.closeTo(0.5 / 6, 1e-15);
      expect(grpoLoss(input, { lossType: 'token-mean' }).loss).to.be.closeTo(0.125, 1e-15);
      expect(() => grpoLoss(input, { lossType: 'sum' as never })).to.throw(ConfigError, /lossType/);
    });
  });

  describe('importance sampling level', () => {
    // one sequence, two tokens with logp − old = 0.1 and 0.3, A = 1, range [0.8, 1.28], lossType 'grpo'
    const input = { logp: [[-1.9, -1.7]], oldLogp: [[-2.0, -2.0]], advantages: [1] };
    const opts: GrpoLossOptions = { epsilon: 0.2, epsilonHigh: 0.28, lossType: 'grpo' };

    it("'token': per-token ratios e^0.1 = 1.1052 and e^0.3 = 1.3499 (clipped to 1.28)", () => {
      // ℓ = [−1.1051709180756477, −1.28], mean −1.192585459037824; ∂ = [−1.1051709180756477/2, 0]
      const r = grpoLoss(input, opts);
      expect(r.loss).to.be.closeTo(-1.192585459037824, 1e-14);
      expect(r.grad[0]![0]).to.be.closeTo(-0.5525854590378239, 1e-14);
      expect(r.grad[0]![1]).to.equal(0);
    });

    it("'sequence' (GSPO): one ratio exp(mean log-ratio) = e^0.2 = 1.2214, unclipped", () => {
      // ℓ = −1.2214027581601699 for both tokens, mean the same
      // ∂L/∂s = Σ_t (1/2)·(−A·ρ) = −1.2214027581601699, spread by m_u / n = 1/2 → −0.6107013790800849 each
      const r = grpoLoss(input, { ...opts, importanceSamplingLevel: 'sequence' });
      expect(r.loss).to.be.closeTo(-1.2214027581601699, 1e-14);
      r.grad[0]!.forEach((g) => expect(g).to.be.closeTo(-0.6107013790800849, 1e-14));
    });
  });

  it('beta adds β·k3 per token', () => {
    // ρ = 1, A = 0, logp −1, ref −1.5: ℓ = 0.04 · 0.10653065971263342 = 0.004261226388505337
    // ∂ = 0.04 · (1 − e^−0.5) = 0.015738773611494665
    const r = grpoLoss({ logp: [[-1]], refLogp: [[-1.5]], advantages: [0] }, { beta: 0.04 });
    expect(r.loss).to.be.closeTo(0.004261226388505337, 1e-16);
    expect(r.grad[0]![0]).to.be.closeTo(0.015738773611494665, 1e-16);
    expect(r.stats.meanKl).to.be.closeTo(0.10653065971263342, 1e-15);
    expect(() => grpoLoss({ logp: [[-1]], advantages: [0] }, { beta: 0.04 })).to.throw(ConfigError, /refLogp/);
  });

  describe('gradients match central finite differences', () => {
    // ragged rows and a mask; log-ratios chosen away from the clip kinks (ρ = 0.8, 1.28, delta)
    const logp = [
      [-1.0, -0.5, -2.0, -0.3],
      [-0.2, -1.4],
      [-0.9, -0.1, -3.0],
    ];
    const oldLogp = [
      [-1.2, -0.1, -2.05, -0.3],
      [-0.6, -1.2],
      [-0.7, -0.3, -2.0],
    ];
    const refLogp = [
      [-0.8, -0.6, -1.5, -1.0],
      [-0.3, -1.0],
      [-1.0, -0.2, -2.5],
    ];
    const mask = [
      [1, 1, 1, 0],
      [1, 1],
      [true, true, false],
    ];
    const seqAdv = [0.7, -1.3, 0.4];
    const tokenAdv = [
      [0.7, -0.2, 1.1, 0],
      [-1.3, 0.6],
      [0.4, -0.9, 0],
    ];
    const cases: GrpoLossOptions[] = [];
    for (const lossType of ['grpo', 'bnpo', 'dr_grpo', 'dapo', 'seq-mean-token-mean', 'seq-mean-token-sum-norm'] as const) {
      for (const importanceSamplingLevel of ['token', 'sequence'] as const) {
        cases.push({ lossType, importanceSamplingLevel, beta: 0.05, epsilon: 0.2, epsilonHigh: 0.28, delta: 1.45, maxCompletionLength: 6, globalTokens: 9 });
      }
    }
    for (const o of cases) {
      for (const [name, advantages] of [
        ['per-sequence', seqAdv],
        ['per-token', tokenAdv],
      ] as const) {
        it(`${o.lossType}, ${o.importanceSamplingLevel} level, ${name} advantages`, () => {
          const f = (x: number[][]) => grpoLoss({ logp: x, oldLogp, refLogp, advantages, mask }, o).loss;
          const r = grpoLoss({ logp, oldLogp, refLogp, advantages, mask }, o);
          expectGradientMatches(f, logp, r.grad);
          // masked tokens never get a gradient
          expect(r.grad[0]![3]).to.equal(0);
          expect(r.grad[2]![2]).to.equal(0);
        });
      }
    }
  });

  it('rejects mismatched shapes', () => {
    expect(() => grpoLoss({ logp: [[0, 0]], oldLogp: [[0]], advantages: [1] })).to.throw(ConfigError, /oldLogp/);
    expect(() => grpoLoss({ logp: [[0]], advantages: [1, 2] })).to.throw(ConfigError, /advantages/);
    expect(() => grpoLoss({ logp: [[0]], advantages: [1], mask: [[1, 1]] })).to.throw(ConfigError, /mask/);
    expect(() => grpoLoss({ logp: [[0]], advantages: [1] }, { epsilon: 1.5 })).to.throw(ConfigError, /epsilon/);
  });
});
