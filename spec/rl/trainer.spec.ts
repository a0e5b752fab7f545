import { expect } from 'chai';
import '../../lib/index.js';
import { train, type Metric } from '../../lib/rl/trainer.js';
import { defaultTrainConfig } from '../../lib/rl/tasks.js';

const config = defaultTrainConfig({ sftSteps: 100, updates: 4, evalEvery: 0 });

describe('rl/trainer (cold start + GRPO on Arithmetic-v0)', function () {
  this.timeout(180_000);
  let metrics: Metric[] = [];
  before(async () => {
    metrics = (await train(config)).metrics;
  });

  it('learns from random initialization: held-out exact match goes from ~0 to a clear margin after the cold start', () => {
    const evals = metrics.filter((m) => m.phase === 'eval');
    const start = Number(evals[0]!.accuracy);
    const afterSft = Number(evals.find((m) => m.after === 'sft' && m.step === config.sftSteps)!.accuracy);
    expect(start).to.be.at.most(0.02);
    expect(afterSft).to.be.at.least(start + 0.1);
  });

  it('runs GRPO updates through the env with finite losses and rewards in [0, 1]', () => {
    const rl = metrics.filter((m) => m.phase === 'grpo');
    expect(rl).to.have.length(config.updates);
    for (const m of rl) {
      expect(Number.isFinite(Number(m.loss))).to.equal(true);
      expect(Number(m.reward)).to.be.within(0, 1);
      expect(Number(m.tokensPerSecond)).to.be.greaterThan(0);
    }
  });

  it('is deterministic: the same seed gives the same metrics', async () => {
    const again = (await train({ ...config, sftSteps: 10, updates: 2, evalEpisodes: 20 })).metrics;
    const once = (await train({ ...config, sftSteps: 10, updates: 2, evalEpisodes: 20 })).metrics;
    const strip = (ms: Metric[]) => ms.map(({ tokensPerSecond: _t, ...rest }) => rest);
    expect(strip(again)).to.deep.equal(strip(once));
  });

  for (const algo of ['rloo', 'reinforce'] as const) {
    it(`runs ${algo} updates through the same loop`, async () => {
      const ms = (await train({ ...config, algo, sftSteps: 0, updates: 2, evalEpisodes: 20 })).metrics.filter((m) => m.phase === 'grpo');
      expect(ms.map((m) => m.algo)).to.deep.equal([algo, algo]);
      for (const m of ms) expect(Number.isFinite(Number(m.loss))).to.equal(true);
    });
  }
});
