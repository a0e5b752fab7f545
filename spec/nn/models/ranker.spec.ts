import { expect } from 'chai';
import { Rng } from '../../../lib/core/rng.js';
import { ConfigError } from '../../../lib/errors.js';
import { AdamW, pick, Ranker, scale, Tensor } from '../../../lib/nn/index.js';

const N = 5, F = 3;
function candidates(rng: Rng): Tensor {
  return Tensor.from(Array.from({ length: N * F }, () => rng.uniform(-1, 1)), [N, F]);
}
function best(x: Tensor): number {
  let b = 0;
  for (let i = 1; i < N; i++) if (x.data[i * F]! > x.data[b * F]!) b = i;
  return b;
}

describe('nn/models/Ranker', () => {
  it('should give log-probs that sum to one and seeded samples', () => {
    const r = new Ranker({ features: F }, Rng.fromSeed(1));
    const x = candidates(Rng.fromSeed(2));
    const lp = r.logProbs(x);
    expect(lp.shape).to.deep.equal([N]);
    expect(Array.from(lp.data).reduce((a, v) => a + Math.exp(v), 0)).to.be.closeTo(1, 1e-5);
    expect(r.sample(x, 7)).to.deep.equal(r.sample(x, 7));
    expect(() => r.logProbs(Tensor.zeros([2, 4]))).to.throw(ConfigError, /features/);
  });

  it('should learn to prefer the candidate with the largest first feature by policy gradient', () => {
    const r = new Ranker({ features: F, hidden: 16 }, Rng.fromSeed(3));
    const opt = new AdamW(r.parameters(), { lr: 0.01, weightDecay: 0 });
    const rng = Rng.fromSeed(4);
    const probBest = (seed: number) => {
      const test = Rng.fromSeed(seed);
      let p = 0, hits = 0;
      for (let i = 0; i < 200; i++) {
        const x = candidates(test);
        p += Math.exp(r.logProbs(x).data[best(x)]!);
        if (r.greedy(x).index === best(x)) hits++;
      }
      return { p: p / 200, acc: hits / 200 };
    };
    const before = probBest(100);
    let baseline = 0;
    for (let step = 0; step < 600; step++) {
      const x = candidates(rng);
      const { index } = r.sample(x, rng);
      const reward = index === best(x) ? 1 : 0;
      const adv = reward - baseline;
      baseline = 0.9 * baseline + 0.1 * reward;
      opt.zeroGrad();
      scale(pick(r.logProbs(x), [0], [index]), -adv).backward();
      opt.step();
    }
    const after = probBest(100);
    expect(before.p).to.be.below(0.3);
    expect(after.acc, `greedy accuracy ${after.acc}`).to.be.at.least(0.9);
    expect(after.p - before.p, `p(best) ${before.p.toFixed(3)} -> ${after.p.toFixed(3)}`).to.be.above(0.4);
  });
});
