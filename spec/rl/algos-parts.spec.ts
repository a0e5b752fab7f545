import { expect } from 'chai';
import { Rng } from '../../lib/core/rng.js';
import { ConfigError } from '../../lib/errors.js';
import { Transformer } from '../../lib/nn/models/transformer.js';
import { CharTokenizer } from '../../lib/nn/tokenizer.js';
import { PolicyFisher, preferencePairs } from '../../lib/rl/algos/index.js';
import { train, type Metric, type TrainConfig } from '../../lib/rl/trainer.js';
import { shiftConfig } from './algos-fixture.js';

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function randomVector(n: number, rng: Rng, scale = 1): Float64Array {
  return Float64Array.from({ length: n }, () => rng.normal() * scale);
}

describe('rl/algos: TRPO Fisher-vector products on the transformer', () => {
  const tok = new CharTokenizer('0123456789+=');
  const model = new Transformer({ vocabSize: tok.vocabSize, contextLength: 8, dModel: 16, nHeads: 2, nLayers: 1 }, Rng.fromSeed(3), tok);
  const sequences = [tok.encode('12+3=15', { bos: true }), tok.encode('7+1=8', { bos: true }), tok.encode('9=9', { bos: true })];
  const promptLengths = [6, 5, 3];
  const fisher = new PolicyFisher(model, sequences, promptLengths);
  const rng = Rng.fromSeed(11);

  it('is symmetric and positive: uᵀFv = vᵀFu, vᵀFv > 0', () => {
    for (let k = 0; k < 3; k++) {
      const u = randomVector(fisher.size, rng), v = randomVector(fisher.size, rng);
      const uFv = dot(u, fisher.fvp(v)), vFu = dot(v, fisher.fvp(u));
      expect(Math.abs(uFv - vFu)).to.be.below(0.01 * Math.sqrt(dot(u, fisher.fvp(u)) * dot(v, fisher.fvp(v))));
      expect(dot(v, fisher.fvp(v))).to.be.greaterThan(0);
    }
  });

  it('is the curvature of the exact mean KL at θ_old: KL(θ + t·v) ≈ ½ t² vᵀFv', () => {
    const theta = fisher.parameters();
    for (let k = 0; k < 3; k++) {
      const v = randomVector(fisher.size, rng);
      const quad = 0.5 * dot(v, fisher.fvp(v));
      const t = 3e-4 / Math.sqrt(dot(v, v) / v.length); // parameter steps of rms 3e-4: the quadratic regime
      const kl = fisher.meanKl(fisher.logProbsAt(theta.map((x, i) => x + t * v[i]!)));
      expect(kl / (t * t)).to.be.closeTo(quad, 0.03 * quad);
    }
  });

  it('leaves the model at θ_old after evaluating other parameters', () => {
    const before = fisher.parameters();
    fisher.fvp(randomVector(fisher.size, rng));
    fisher.logProbsAt(before.map((x) => x + 0.1));
    const now = new PolicyFisher(model, sequences, promptLengths).parameters();
    expect(Array.from(now)).to.deep.equal(Array.from(before));
  });
});

describe('rl/algos: DPO preference pairs from verifier rewards', () => {
  it('pairs every best-rewarded completion of a group with every worst-rewarded one', () => {
    // group 0: two right, one wrong; group 1: all wrong (no pair); group 2: a missing reward is skipped
    expect(preferencePairs([1, 0, 1, 0, 0, 0, null, 1, 0], 3)).to.deep.equal([[0, 1], [2, 1], [7, 8]]);
  });
  it('uses graded rewards by order: max against min', () => {
    expect(preferencePairs([0.5, 1, 0, 0.5], 4)).to.deep.equal([[1, 2]]);
  });
  it('refuses a batch that is not whole groups', () => {
    expect(() => preferencePairs([1, 0, 1], 2)).to.throw(ConfigError, /whole groups/);
  });
});

describe('rl/algos: what each update reports', function () {
  this.timeout(120_000);
  const lastRl = (ms: readonly Metric[], phase: string): Metric[] => ms.filter((m) => m.phase === phase);

  it('trpo: the measured KL(π_old ‖ π_new) after every update stays within maxKl, and most steps are accepted', async () => {
    const maxKl = 0.005;
    const ms = lastRl((await train(shiftConfig({ algo: 'trpo', trpo: { maxKl }, updates: 8, evalEpisodes: 16, evalSamples: 0 }))).metrics, 'trpo');
    for (const m of ms) {
      expect(Number(m.stepKl)).to.be.at.most(maxKl);
      if (Number(m.accepted) === 1) expect(Number(m.stepKl)).to.be.greaterThan(0);
    }
    expect(ms.filter((m) => Number(m.accepted) === 1).length).to.be.at.least(6);
  });

  it('ppo: num_iterations x numMinibatches optimizer steps per update; the value head learns to predict the return', async () => {
    const ms = lastRl((await train(shiftConfig({ algo: 'ppo', updates: 30, ppo: { numIterations: 3, numMinibatches: 4 }, evalEpisodes: 16, evalSamples: 0 }))).metrics, 'ppo');
    for (const m of ms) expect(Number(m.optimizerSteps)).to.equal(12);
    // over the last 15 updates (returns around 0.5), V at rollout time is much closer to the returns than V = 0 would be
    const late = ms.slice(-15);
    const err = late.reduce((a, m) => a + Math.abs(Number(m.valueMean) - Number(m.returnMean)), 0) / late.length;
    const zero = late.reduce((a, m) => a + Math.abs(Number(m.returnMean)), 0) / late.length;
    expect(zero).to.be.greaterThan(0.3);
    expect(err).to.be.below(zero / 2);
  });

  it('ppo: targetKl stops a batch\'s epochs once the policy has moved that far', async () => {
    const ms = lastRl((await train(shiftConfig({ algo: 'ppo', updates: 3, ppo: { targetKl: 1e-9 }, evalEpisodes: 8, evalSamples: 0 }))).metrics, 'ppo');
    for (const m of ms) expect([Number(m.epochs), Number(m.optimizerSteps)]).to.deep.equal([1, 2]);
  });

  it('KL penalty: beta > 0 reports kl against the frozen reference, and a larger beta stays closer to it', async () => {
    const run = async (beta: number, klEstimator: 'k1' | 'k3' = 'k3'): Promise<Metric[]> =>
      lastRl((await train(shiftConfig({ algo: 'grpo', beta, klEstimator, updates: 25, evalEpisodes: 16, evalSamples: 0 }))).metrics, 'grpo');
    const none = await run(0);
    expect(none[0]).to.not.have.property('kl');
    const weak = await run(0.01);
    const strong = await run(2);
    for (const m of [...weak, ...strong]) expect(Number(m.kl)).to.be.at.least(0); // k3 >= 0
    const tail = (ms: Metric[]): number => ms.slice(-5).reduce((a, m) => a + Number(m.kl), 0) / 5;
    expect(tail(strong)).to.be.below(tail(weak) / 2);
    const k1 = await run(0.1, 'k1');
    expect(k1.every((m) => Number.isFinite(Number(m.kl)))).to.equal(true);
  });

  it('dpo: reports pairs, the implicit-reward accuracy and margin', async () => {
    const ms = lastRl((await train(shiftConfig({ algo: 'dpo', updates: 10, evalEpisodes: 16, evalSamples: 0 }))).metrics, 'dpo');
    expect(ms.some((m) => Number(m.pairs) > 0)).to.equal(true);
    for (const m of ms.filter((x) => Number(x.pairs) > 0)) {
      expect(Number(m.rewardAccuracy)).to.be.within(0, 1);
      expect(Number.isFinite(Number(m.margin))).to.equal(true);
    }
  });

  it('refuses bad algorithm settings with a ConfigError', async () => {
    const fails = async (o: Parameters<typeof shiftConfig>[0], re: RegExp): Promise<void> => {
      let err: unknown;
      await train(shiftConfig(o)).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
      expect(String(err)).to.match(re);
    };
    await fails({ algo: 'nosuch' as 'grpo' }, /unknown algo "nosuch"; expected one of grpo, dapo, ppo/);
    await fails({ algo: 'dpo', dpo: { beta: 0 } }, /beta must be a number > 0 \(DPO's temperature/);
    await fails({ algo: 'dpo', beta: 0.1 }, /set its temperature with dpo.beta/);
    await fails({ algo: 'dpo', numGenerations: 1 }, /numGenerations must be >= 2/);
    await fails({ algo: 'trpo', trpo: { maxKl: 0 } }, /maxKl must be a number > 0/);
    await fails({ algo: 'trpo', beta: 0.1 }, /trust region \(trpo.maxKl\) replaces the KL penalty/);
    // a misspelt key is an error with the closest known key, at the top level and inside a group
    await fails({ algo: 'grpo', numGeneration: 4 } as Partial<TrainConfig>, /unknown key "numGeneration". Did you mean "numGenerations"\?/);
    await fails({ algo: 'grpo', grpo: { epsilonHihg: 0.3 } } as Partial<TrainConfig>, /TrainConfig.grpo: unknown key "epsilonHihg". Did you mean "epsilonHigh"\?/);
    await fails({ algo: 'trpo', maxKl: 0.02 } as Partial<TrainConfig>, /maxKl belongs to an algorithm's config group: write \{ trpo: \{ maxKl: ... \} \}/);
  });
});
