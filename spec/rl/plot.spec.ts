import { expect } from 'chai';
import { learningCurve } from '../../lib/rl/plot.js';
import type { Metric } from '../../lib/rl/trainer.js';

describe('rl/plot', function () {
  this.timeout(60_000);

  it('draws any RL algorithm after the cold start, labelled by its name', async () => {
    const metrics: Metric[] = [
      { phase: 'eval', step: 0, after: 'sft', accuracy: 0 },
      { phase: 'sft', step: 100, loss: 1 },
      { phase: 'eval', step: 100, after: 'sft', accuracy: 0.5 },
      { phase: 'ppo', step: 1, reward: 0.4 },
      { phase: 'eval', step: 1, after: 'ppo', accuracy: 0.6 },
    ];
    const { svg, png } = await learningCurve(metrics, 'test run');
    expect(svg).to.include('PPO batch reward').and.include('held-out exact match (PPO)').and.include('held-out exact match (cold start)');
    expect(svg).to.not.include('GRPO');
    expect(Buffer.from(png).subarray(1, 4).toString()).to.equal('PNG');
  });
});
