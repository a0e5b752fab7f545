// TrainConfig: shared fields + one group per algorithm; a checkpoint saved with the old flat layout resumes.
import { expect } from 'chai';
import { resolveConfig, upgradeSavedConfig, type TrainConfig } from '../../lib/rl/config.js';
import { defaultTrainConfig } from '../../lib/rl/tasks.js';

describe('rl/config', () => {
  it('fills each group with its algorithm\'s defaults and hands the update only its own group', () => {
    const r = resolveConfig(defaultTrainConfig({ algo: 'trpo', trpo: { maxKl: 0.02 } }));
    expect(r.params).to.deep.equal({ maxKl: 0.02, cgIterations: 10, cgDamping: 0.1, scaleRewards: 'group' });
    expect(r.shared).to.include({ beta: 0, klEstimator: 'k3', numGenerations: 8 });
    expect(resolveConfig(defaultTrainConfig({ algo: 'rloo' })).params).to.deep.equal({});
  });

  it('upgrades a checkpoint\'s flat config into the groups of its algorithm, dropping what that algorithm never read', () => {
    const { task: _task, ...base } = defaultTrainConfig();
    const flat = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...base, ...extra });
    const grpo = upgradeSavedConfig(flat({ algo: 'grpo', epsilon: 0.2, epsilonHigh: 0.28, lossType: 'dapo', scaleRewards: 'group', numIterations: 2, maxKl: 0.01 }));
    expect(grpo.grpo).to.deep.equal({ epsilon: 0.2, epsilonHigh: 0.28, lossType: 'dapo', scaleRewards: 'group', numIterations: 2 });
    expect(grpo).not.to.have.property('maxKl');
    const ppo = upgradeSavedConfig(flat({ algo: 'ppo', lossType: 'dapo', numIterations: 3, vfCoef: 0.2, beta: 0.02 }));
    expect(ppo.ppo).to.deep.equal({ numIterations: 3, vfCoef: 0.2 });
    expect(ppo.beta).to.equal(0.02);
    const dpo = upgradeSavedConfig(flat({ algo: 'dpo', beta: 0.2, dpoLossType: 'ipo' }));
    expect(dpo.dpo).to.deep.equal({ beta: 0.2, lossType: 'ipo' });
    expect(dpo).not.to.have.property('beta');
    for (const u of [grpo, ppo, dpo]) expect(() => resolveConfig({ ...(u as object), task: defaultTrainConfig().task } as TrainConfig)).not.to.throw();
  });
});
