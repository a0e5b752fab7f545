import { expect } from 'chai';
import '../../lib/index.js';
import { deserializeCheckpoint, serializeCheckpoint } from '../../lib/nn/checkpoint.js';
import { ConfigError } from '../../lib/errors.js';
import { train, trainCheckpoint, type Metric, type TrainConfig, type TrainResult } from '../../lib/rl/trainer.js';
import { arithmeticTrainConfig } from '../../lib/rl/tasks.js';
import { shiftConfig } from './algos-fixture.js';

const config = arithmeticTrainConfig({ sftSteps: 100, updates: 4, evalEvery: 0 });

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
    expect(afterSft).to.be.at.least(start + 0.05); // on test-split problems it never trained on
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
    it(`runs ${algo} updates through the same loop, reported under phase "${algo}"`, async () => {
      const ms = (await train({ ...config, algo, sftSteps: 0, updates: 2, evalEpisodes: 20 })).metrics.filter((m) => m.phase === algo);
      expect(ms.map((m) => m.algo)).to.deep.equal([algo, algo]);
      for (const m of ms) expect(Number.isFinite(Number(m.loss))).to.equal(true);
    });
  }
});

/** Every parameter of the policy, value head and reference, as plain arrays. */
function weights(r: TrainResult): number[][] {
  return [...r.model.parameters(), ...(r.valueHead?.parameters() ?? []), ...(r.reference?.parameters() ?? [])].map((p) => Array.from(p.data));
}

const strip = (ms: readonly Metric[], phase: string): Record<string, unknown>[] =>
  ms.filter((m) => m.phase === phase).map(({ tokensPerSecond: _t, ...rest }) => rest);

describe('rl/trainer: checkpoint and resume', function () {
  this.timeout(180_000);
  const cases: Array<[string, TrainConfig]> = [
    ['grpo with a KL penalty (frozen reference in the checkpoint), after a cold start', arithmeticTrainConfig({ sftSteps: 10, updates: 4, numPrompts: 2, numGenerations: 4, evalEpisodes: 8, evalEvery: 0, beta: 0.05 })],
    ['ppo (value head, AdamW moments of both)', shiftConfig({ algo: 'ppo', updates: 4, evalEpisodes: 8, evalSamples: 0 })],
    ['dpo (reference)', shiftConfig({ algo: 'dpo', updates: 4, evalEpisodes: 8, evalSamples: 0 })],
    ['trpo', shiftConfig({ algo: 'trpo', updates: 4, evalEpisodes: 8, evalSamples: 0 })],
  ];
  for (const [name, cfg] of cases) {
    it(`${name}: N updates in one run == k updates, checkpoint, resume, N - k more (bit-identical)`, async () => {
      const whole = await train(cfg);
      const first = await train({ ...cfg, updates: 2 });
      expect(first.update).to.equal(2);
      const ck = deserializeCheckpoint(serializeCheckpoint(trainCheckpoint(first)));
      expect(ck.step).to.equal(2);
      const rest = await train(cfg, undefined, { resume: ck });
      expect(rest.update).to.equal(cfg.updates);
      expect(weights(rest)).to.deep.equal(weights(whole));
      const algo = cfg.algo ?? 'grpo';
      expect(strip(rest.metrics, algo)).to.deep.equal(strip(whole.metrics, algo).slice(2));
      expect(rest.metrics.some((m) => m.phase === 'sft')).to.equal(false); // the cold start is not repeated
    });
  }

  it('refuses to resume with another algorithm or past the requested updates', async () => {
    const cfg = shiftConfig({ updates: 1, evalEpisodes: 8, evalSamples: 0 });
    const ck = deserializeCheckpoint(serializeCheckpoint(trainCheckpoint(await train(cfg))));
    let err: unknown;
    await train({ ...cfg, algo: 'rloo', updates: 3 }, undefined, { resume: ck }).catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(ConfigError);
    expect(String(err)).to.match(/trained with algo grpo, not rloo/);
    err = undefined;
    await train(cfg, undefined, { resume: ck }).catch((e: unknown) => (err = e));
    expect(String(err)).to.match(/at update 1; ask for more updates/);
  });
});
