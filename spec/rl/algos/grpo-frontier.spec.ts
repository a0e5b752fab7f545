// The GRPO frontier options as loss math, on cases small enough to compute by hand: GSPO's sequence
// ratio, CISPO's clipped stop-gradient weight, TIS, overlong masking, the entropy bonus, and the
// weighted multi-reward mix with DAPO's soft overlong penalty.
import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { Rng } from '../../../lib/core/rng.js';
import { Transformer } from '../../../lib/nn/models/transformer.js';
import { AdamW } from '../../../lib/nn/optim/adamw.js';
import { noGrad } from '../../../lib/nn/tensor.js';
import { GRPO_DEFAULTS, grpoLoss, grpoUpdate } from '../../../lib/rl/algos/grpo.js';
import { mixRewards } from '../../../lib/rl/reward-mix.js';
import type { RolloutBatch } from '../../../lib/rl/rollout.js';
import { expectGradientMatches } from '../gradcheck.js';

const ln = Math.log;

describe('rl/algos/grpo: frontier options', () => {
  it('GSPO: one ratio e^mean(log-ratio) for the whole completion, its gradient spread evenly over the tokens', () => {
    // one completion, log-ratios 0.1 and 0.3, A = 1, lossType 'grpo' (c = 1/2 per token), clip range [0.8, 1.28]
    const input = { logp: [[0.1, 0.3]], oldLogp: [[0, 0]], advantages: [1] };
    const opts = { epsilon: 0.2, epsilonHigh: 0.28, lossType: 'grpo' as const };
    const tok = grpoLoss(input, opts);
    // token level: ρ = 1.10517 (in range) and 1.34986 (clipped at 1.28 with A > 0: no gradient)
    expect(tok.grad[0]![0]).to.be.closeTo(-0.5 * Math.exp(0.1), 1e-12);
    expect(tok.grad[0]![1]).to.equal(0);
    // sequence level: ρ = e^0.2 = 1.22140 < 1.28 for both tokens; ∂/∂s = −ρ, s = mean of the two log-ratios
    const seq = grpoLoss(input, { ...opts, importanceSamplingLevel: 'sequence' });
    expect(seq.loss).to.be.closeTo(-Math.exp(0.2), 1e-12);
    expect(seq.grad[0]![0]).to.be.closeTo(-Math.exp(0.2) / 2, 1e-12);
    expect(seq.grad[0]![1]).to.be.closeTo(-Math.exp(0.2) / 2, 1e-12);
  });

  it('CISPO: a clipped token keeps a gradient, weighted by the stop-gradient ratio capped at 1 + epsilonHigh', () => {
    // ρ = 1.5 with A = +1 and ρ = 0.5 with A = −1: both clipped (zero gradient) under the PPO surrogate
    const input = { logp: [[ln(1.5)], [ln(0.5)]], oldLogp: [[0], [0]], advantages: [1, -1] };
    const opts = { epsilon: 0.2, epsilonHigh: 0.28, lossType: 'grpo' as const };
    const clip = grpoLoss(input, opts);
    expect(clip.grad).to.deep.equal([[0], [0]]);
    const cispo = grpoLoss(input, { ...opts, objective: 'cispo' });
    // ℓ = −sg(min(ρ, 1.28))·A·logπ, c = 1/2: ∂ℓ/∂logπ = −c·w·A
    expect(cispo.grad[0]![0]).to.be.closeTo(-0.5 * 1.28, 1e-12);
    expect(cispo.grad[1]![0]).to.be.closeTo(0.5 * 0.5, 1e-12);
    expect(cispo.loss).to.be.closeTo(0.5 * (-1.28 * ln(1.5)) + 0.5 * (0.5 * ln(0.5)), 1e-12);
    expect(cispo.stats.highClipFraction).to.equal(0.5);
    // the weight is a constant: the gradient is the derivative of the loss with the weight frozen
    expectGradientMatches((x) => 0.5 * (-1.28 * x[0]![0]!) + 0.5 * (0.5 * x[1]![0]!), input.logp, cispo.grad);
    expect(() => grpoLoss(input, { ...opts, objective: 'cispo', importanceSamplingLevel: 'sequence' })).to.throw(ConfigError, /cispo/);
  });

  it('TIS: each token weighted by min(π_old/μ, C) when the sampler μ differs from π_old', () => {
    // ρ = 1 (logp = oldLogp = ln 0.5), A = 1, one token: the plain loss is −1, ∂ = −1
    const base = { logp: [[ln(0.5)]], oldLogp: [[ln(0.5)]], advantages: [1] };
    const opts = { lossType: 'grpo' as const, tisCap: 1.5 };
    // μ = 0.25: π_old/μ = 2, capped at 1.5
    const capped = grpoLoss({ ...base, samplerLogp: [[ln(0.25)]] }, opts);
    expect(capped.loss).to.be.closeTo(-1.5, 1e-12);
    expect(capped.grad[0]![0]).to.be.closeTo(-1.5, 1e-12);
    // μ = 0.8: π_old/μ = 0.625, under the cap
    const under = grpoLoss({ ...base, samplerLogp: [[ln(0.8)]] }, opts);
    expect(under.grad[0]![0]).to.be.closeTo(-0.625, 1e-12);
    expect(under.stats.meanTisWeight).to.be.closeTo(0.625, 1e-12);
    // μ = π_old: weight 1, the plain loss
    expect(grpoLoss({ ...base, samplerLogp: [[ln(0.5)]] }, opts).grad[0]![0]).to.be.closeTo(-1, 1e-12);
    expect(() => grpoLoss(base, opts)).to.throw(ConfigError, /tisCap needs samplerLogp/);
    expect(() => grpoLoss({ ...base, samplerLogp: [[0]] }, { tisCap: 0.5 })).to.throw(ConfigError, /tisCap/);
  });

  it('overlong masking: a completion cut at the length limit leaves the loss and its token count', () => {
    // row 0 finished (2 tokens, A = +1), row 1 truncated (3 tokens, A = −1), ρ = 1, 'bnpo' = token mean
    const input = { logp: [[0, 0], [0, 0, 0]], advantages: [1, -1], finished: [true, false] };
    const plain = grpoLoss(input, { lossType: 'bnpo' });
    expect(plain.loss).to.be.closeTo((-2 + 3) / 5, 1e-12);
    expect(plain.grad[1]![0]).to.be.closeTo(1 / 5, 1e-12);
    const masked = grpoLoss(input, { lossType: 'bnpo', overlongMask: true });
    expect(masked.loss).to.be.closeTo(-1, 1e-12);
    expect(masked.grad).to.deep.equal([[-0.5, -0.5], [0, 0, 0]]);
    expect(masked.stats.activeTokens).to.equal(2);
    expect(masked.stats.maskedTruncated).to.equal(1);
    expect(() => grpoLoss({ logp: [[0]], advantages: [1] }, { overlongMask: true })).to.throw(ConfigError, /finished/);
  });

  it('entropy bonus: subtracts entropyCoef·agg(H), with ∂loss/∂H = −entropyCoef·c', () => {
    // A = 0 (no policy term), H = [0.5, 1.5], 'bnpo': c = 1/2 per token, coef 0.1
    const r = grpoLoss({ logp: [[0, 0]], advantages: [0], entropy: [[0.5, 1.5]] }, { lossType: 'bnpo', entropyCoef: 0.1 });
    expect(r.loss).to.be.closeTo(-0.1 * 1, 1e-12);
    expect(r.stats.entropy).to.be.closeTo(1, 1e-12);
    expect(r.gradEntropy[0]![0]).to.be.closeTo(-0.05, 1e-12);
    expect(r.gradEntropy[0]![1]).to.be.closeTo(-0.05, 1e-12);
    expect(() => grpoLoss({ logp: [[0]], advantages: [0] }, { entropyCoef: 0.1 })).to.throw(ConfigError, /needs entropy/);
  });

  it('multi-reward: Σ w·r over the components, each reported alone; a judge failure stays null', () => {
    const gen = (n: number, finished: boolean) => ({ text: '', tokens: new Array<number>(n).fill(4), logprobs: new Array<number>(n).fill(0), finished });
    const batch: RolloutBatch = {
      prompts: ['a', 'a', 'a'],
      generations: [gen(2, true), gen(5, false), gen(5, true)],
      rewards: [1, 0, null],
      groups: [0, 0, 0],
      infos: [{}, {}, {}],
    };
    // overlong: maxNewTokens 5, buffer 2: 0 up to length 3, then −(L − 3)/2, so −1 at length 5
    const r = mixRewards(batch, { env: 1, overlong: 0.5, eos: 0.2 }, { maxNewTokens: 5, overlongBuffer: 2 });
    expect(r.rewards[0]).to.be.closeTo(1 + 0 + 0.2, 1e-12);
    expect(r.rewards[1]).to.be.closeTo(0 - 0.5 + 0, 1e-12);
    expect(r.rewards[2]).to.equal(null);
    expect(r.components['reward/env']).to.be.closeTo(0.5, 1e-12);
    expect(r.components['reward/overlong']).to.be.closeTo(-2 / 3, 1e-12);
    expect(r.components['reward/eos']).to.be.closeTo(2 / 3, 1e-12);
  });

  it('entropy bonus in an update: with every reward equal (no policy gradient) it raises the policy\'s entropy, and without it nothing moves', () => {
    const sequences = [[1, 5, 6, 7], [1, 5, 8, 2]];
    const promptLengths = [2, 2];
    const meanEntropy = (m: Transformer): number =>
      noGrad(() => {
        const lp = m.sequenceLogprobs(sequences, promptLengths);
        const v = lp.logProbs.shape[2]!;
        let h = 0;
        let n = 0;
        for (const r of lp.positions) {
          if (r < 0) continue;
          for (let c = 0; c < v; c++) h -= Math.exp(lp.logProbs.data[r * v + c]!) * lp.logProbs.data[r * v + c]!;
          n++;
        }
        return h / n;
      });
    const step = (entropyCoef: number): { before: number; after: number } => {
      const model = new Transformer({ vocabSize: 13, dModel: 16, nHeads: 2, nLayers: 1, contextLength: 8 }, Rng.fromSeed(3));
      // a peaked policy (GPT-2 init is near uniform, where entropy is already at its maximum ln 13)
      for (const p of model.parameters()) p.data.forEach((x, i) => (p.data[i] = 10 * x));
      const before = meanEntropy(model);
      const gens = sequences.map((s) => ({ text: '', tokens: s.slice(2), logprobs: [0, 0], finished: true }));
      const oldLogp = noGrad(() => {
        const lp = model.sequenceLogprobs(sequences, promptLengths);
        return [0, 1].map((b) => [lp.logp.data[b * 2]!, lp.logp.data[b * 2 + 1]!]);
      });
      grpoUpdate(
        {
          model,
          optimizer: new AdamW(model.parameters(), { lr: 1e-3, weightDecay: 0 }),
          shared: { seed: 1, numGenerations: 2, maxNewTokens: 2, maxGradNorm: 1, beta: 0, klEstimator: 'k3' },
          params: { ...GRPO_DEFAULTS, entropyCoef },
          update: 1,
        },
        { rollout: { prompts: ['', ''], generations: gens, rewards: [1, 1], groups: [0, 0], infos: [{}, {}] }, sequences, promptLengths, oldLogp },
      );
      return { before, after: meanEntropy(model) };
    };
    const bonus = step(1);
    console.log(`      mean entropy ${bonus.before.toFixed(4)} -> ${bonus.after.toFixed(4)} after one update with entropyCoef 1`);
    expect(bonus.after).to.be.greaterThan(bonus.before + 1e-3);
    const none = step(0);
    expect(none.after).to.equal(none.before);
  });
});
