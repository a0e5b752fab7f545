import { expect } from 'chai';
import { ema, learningCurve } from '../../lib/rl/plot.js';
import type { Metric } from '../../lib/rl/trainer.js';

describe('rl/plot', function () {
  this.timeout(60_000);

  it('one panel per phase, labelled by the RL algorithm, with the held-out metric as the headline', async () => {
    const metrics: Metric[] = [
      { phase: 'eval', step: 0, after: 'sft', accuracy: 0 },
      { phase: 'sft', step: 100, loss: 1 },
      { phase: 'eval', step: 100, after: 'sft', accuracy: 0.5 },
      { phase: 'ppo', step: 1, reward: 0.4 },
      { phase: 'ppo', step: 2, reward: 0.8 },
      { phase: 'eval', step: 2, after: 'ppo', accuracy: 0.625 },
    ];
    const { svg, png } = await learningCurve(metrics, 'test run');
    expect(svg).to.include('cold start (supervised)').and.include('PPO updates').and.include('cold-start step');
    expect(svg).to.include('batch reward (EMA)').and.include('batch reward (raw)').and.include('training loss');
    expect(svg).to.include('0.00 at random init -&gt; 0.50 after the cold start -&gt; 0.63 after PPO (2 updates)');
    expect(svg).to.include('test run');
    expect(svg).to.not.include('GRPO');
    expect(Buffer.from(png).subarray(1, 4).toString()).to.equal('PNG');
  });

  it('a run without a cold start has only the RL panel, starting from the untrained evaluation', async () => {
    const { svg } = await learningCurve(
      [
        { phase: 'ranker', step: 1, reward: 0.2 },
        { phase: 'eval', step: 0, after: 'init', accuracy: 0.1 },
        { phase: 'eval', step: 1, after: 'ranker', accuracy: 0.9 },
      ],
      { title: 'ranker run', metric: 'held-out success rate', reward: 'batch success rate', start: 'untrained', rlStep: 'iterations' },
    );
    expect(svg).to.not.include('cold start');
    expect(svg).to.include('0.10 untrained -&gt; 0.90 after RANKER (1 iterations)').and.include('batch success rate (EMA)');
  });

  it('ema smooths with bias correction: a constant stays constant, noise shrinks', () => {
    expect(ema([0.5, 0.5, 0.5])).to.deep.equal([0.5, 0.5, 0.5]);
    const noisy = Array.from({ length: 100 }, (_, i) => (i % 2 ? 1 : 0));
    const s = ema(noisy);
    expect(s[0]).to.equal(0);
    const tail = s.slice(50);
    expect(Math.max(...tail) - Math.min(...tail)).to.be.below(0.3);
  });
});
