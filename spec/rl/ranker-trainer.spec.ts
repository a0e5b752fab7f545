import { expect } from 'chai';
import { ConfigError, evaluateRanker, equationRewriteFeaturizer, nn, Rng, trainRanker, type RankerMetric } from '../../lib/index.js';

const ENV = { envKwargs: { difficulty: 1 } };

describe('rl/ranker-trainer on EquationRewrite-v0', () => {
  it('improves the held-out greedy success rate of the action-ranking policy from near zero to most problems', async function () {
    this.timeout(300_000); // about 15 s of CPU on an idle machine
    const untrained = new nn.Ranker({ features: equationRewriteFeaturizer.size, hidden: 32 }, Rng.fromSeed(1));
    const beforeGreedy = await evaluateRanker(untrained, { ...ENV, episodes: 40 });
    const beforeSampled = await evaluateRanker(untrained, { ...ENV, episodes: 40, greedy: false, seed: 3 });
    const metrics: RankerMetric[] = [];
    const { model } = await trainRanker({ ...ENV, seed: 0, iterations: 25, problemsPerIteration: 8, groupSize: 4 }, (m) => metrics.push(m));
    const after = await evaluateRanker(model, { ...ENV, episodes: 40 });
    const report = `greedy ${beforeGreedy.successRate} / sampled ${beforeSampled.successRate} -> ${after.successRate}; length ${beforeSampled.meanLength} -> ${after.meanLength}`;
    expect(metrics.map((m) => m.iteration)).to.deep.equal(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(Math.max(beforeGreedy.successRate, beforeSampled.successRate), report).to.be.at.most(0.25);
    expect(after.successRate, report).to.be.at.least(0.8);
    expect(after.meanReturn - beforeSampled.meanReturn, report).to.be.above(0.8);
    expect(after.meanLength, report).to.be.below(beforeSampled.meanLength / 2);
  });

  it('is deterministic for a seed', async () => {
    const run = async () => {
      const r = await trainRanker({ ...ENV, seed: 4, iterations: 2, problemsPerIteration: 2, groupSize: 2, maxEpisodeSteps: 8 });
      return { metrics: r.metrics.map(({ seconds: _s, ...m }) => m), params: r.model.parameters().map((p) => Array.from(p.data)) };
    };
    const a = await run();
    expect(a.metrics).to.have.length(2);
    expect(await run()).to.deep.equal(a);
  });

  it('rejects bad configs with ConfigError', async () => {
    for (const bad of [{ iterations: 0 }, { groupSize: 1.5 }, { gamma: 2 }]) {
      await trainRanker({ ...ENV, ...bad }).then(
        () => expect.fail(`${JSON.stringify(bad)} should be refused`),
        (e: unknown) => expect(e).to.be.instanceOf(ConfigError),
      );
    }
    const wrong = new nn.Ranker({ features: 3 }, Rng.fromSeed(0));
    await trainRanker({ ...ENV, initialModel: wrong }).then(
      () => expect.fail('an initialModel with the wrong feature count should be refused'),
      (e: unknown) => expect(e).to.be.instanceOf(ConfigError),
    );
    await evaluateRanker(wrong, ENV).then(
      () => expect.fail('a model with the wrong feature count should be refused'),
      (e: unknown) => expect(e).to.be.instanceOf(ConfigError),
    );
  });
});
