import { expect } from 'chai';
import { difficultyCurriculum } from '../../lib/rl/curriculum.js';
import { arithmeticTask, arithmeticTrainConfig } from '../../lib/rl/tasks.js';
import { train, type Task } from '../../lib/rl/trainer.js';

/** Arithmetic-v0 at a difficulty, noting each observation the trainer turns into a prompt, by difficulty. */
function watched(seen: Map<number, string[]>): (d: number) => Task {
  return (d) => {
    const t = arithmeticTask(d);
    return { ...t, prompt: (o) => (seen.set(d, [...(seen.get(d) ?? []), o]), t.prompt(o)) };
  };
}

const tiny = { model: { dModel: 16, nHeads: 2, nLayers: 1, contextLength: 32 }, sftSteps: 0, updates: 3, numPrompts: 2, numGenerations: 2, evalEvery: 1, evalEpisodes: 4 };

describe('rl: difficulty curriculum (the trainer onEval hook)', function () {
  this.timeout(120_000);

  it('steps the difficulty up after an evaluation that reaches the threshold: later rollouts and evaluations are at the next level, logged as a curriculum metric', async () => {
    const seen = new Map<number, string[]>();
    const taskAt = watched(seen);
    // threshold 0: every evaluation passes; two steps up in three updates (none after the last)
    const c = difficultyCurriculum({ threshold: 0, start: 1, max: 5, taskAt });
    const r = await train(arithmeticTrainConfig({ task: taskAt(1), ...tiny }), undefined, { onEval: c.onEval });
    expect(c.difficulty()).to.equal(3);
    expect(r.metrics.filter((m) => m.phase === 'curriculum').map((m) => [m.step, m.envKwargs])).to.deep.equal([
      [1, '{"difficulty":2}'],
      [2, '{"difficulty":3}'],
    ]);
    // difficulty 2 problems have 2-3 operations, difficulty 3 a division
    expect(seen.get(2)!.every((o) => (o.match(/[+−×]/g) ?? []).length >= 2)).to.equal(true);
    expect(seen.get(3)!.some((o) => o.includes('÷'))).to.equal(true);
  });

  it('stays at its level while the test-split accuracy is below the threshold', async () => {
    const c = difficultyCurriculum({ threshold: 1, start: 1, max: 5, taskAt: arithmeticTask });
    // an untrained model answers none of the held-out problems exactly
    const r = await train(arithmeticTrainConfig({ task: arithmeticTask(1), ...tiny }), undefined, { onEval: c.onEval });
    expect(c.difficulty()).to.equal(1);
    expect(r.metrics.some((m) => m.phase === 'curriculum')).to.equal(false);
  });

  it('refuses a threshold outside [0, 1] and a start outside the levels', () => {
    expect(() => difficultyCurriculum({ threshold: 1.5, start: 1, max: 5, taskAt: arithmeticTask })).to.throw(/threshold must be in \[0, 1\]/);
    expect(() => difficultyCurriculum({ threshold: 0.9, start: 6, max: 5, taskAt: arithmeticTask })).to.throw(/start difficulty must be an integer in 1..5/);
  });
});
