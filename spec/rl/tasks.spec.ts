import { expect } from 'chai';
import { listEnvs, make } from '../../lib/index.js';
import { Rng } from '../../lib/core/rng.js';
import { splitOf } from '../../lib/core/split.js';
import { envTrainer, mathQATask, MATH_QA_PROMPT_CHARS, TRAINABLE_ENVS } from '../../lib/rl/tasks.js';
import { splitKwargs, type Task } from '../../lib/rl/config.js';
import { datasetRecords } from '../../environments/math-qa/records.js';
import type { CalculatorToolEnv } from '../../environments/calculator-tool/env.js';

/** The tasks `mathgym train --env` builds: each names its env's problem split, so evaluation never shows a training problem. */
describe('rl/tasks: train --env tasks and their problem splits', function () {
  this.timeout(120_000);

  it('every built-in env has a trainer', () => {
    // other specs register their own envs (spec/...) in the default registry
    expect(listEnvs().map((s) => s.id).filter((id) => id.startsWith('mathgym/') && !TRAINABLE_ENVS.includes(id))).to.deep.equal([]);
  });

  it('MathQA-v0: train and evaluation kwargs name problemSplit (its `split` names a file); demonstrations are train records', async () => {
    const task = await mathQATask('gsm8k');
    expect(splitKwargs(task, 'train')).to.deep.equal({ dataset: 'gsm8k', problemSplit: 'train' });
    expect(splitKwargs(task, 'test')).to.deep.equal({ dataset: 'gsm8k', problemSplit: 'test' });
    const prompts = (records: readonly { problem: string }[]): Set<string> => new Set(records.map((r) => task.prompt(r.problem)));
    const train = prompts(await datasetRecords('gsm8k', undefined, undefined, [], 'train'));
    // the model reads only the last MATH_QA_PROMPT_CHARS characters: no test prompt is a train prompt either (measured: 0 of 120)
    expect([...prompts(await datasetRecords('gsm8k', undefined, undefined, [], 'test'))].filter((p) => train.has(p))).to.deep.equal([]);
    const demos = task.demonstrations!(Rng.fromSeed(3), 2000);
    expect(demos.every((d) => train.has(d.prompt))).to.equal(true);
    expect(demos.every((d) => [...d.prompt].length <= MATH_QA_PROMPT_CHARS + 1)).to.equal(true);
  });

  it('CalculatorTool-v0: one-turn <answer> task on the word problems; demonstrations from the train split, evaluation envs on test', async () => {
    const plan = await envTrainer('CalculatorTool-v0');
    expect(plan.kind).to.equal('transformer');
    const task = (plan as { task: (d: number) => Task }).task(2);
    expect(splitKwargs(task, 'test')).to.deep.equal({ problems: 'word', difficulty: 2, maxTurns: 1, problemSplit: 'test' });
    for (const d of task.demonstrations!(Rng.fromSeed(5), 300)) {
      expect(splitOf(d.prompt.trim())).to.equal('train');
      expect(d.answer).to.match(/^<answer>\d+<\/answer>$/);
    }
    const env = await make<string, string>(task.envId, splitKwargs(task, 'test'));
    try {
      const inner = env.unwrapped as CalculatorToolEnv;
      for (let seed = 0; seed < 20; seed++) {
        const { observation } = await env.reset({ seed });
        const problem = inner.current!.problem;
        expect(splitOf(problem)).to.equal('test');
        expect(task.prompt(observation)).to.equal(`${problem.replace(/\s+/g, ' ').trim()}\n`);
      }
      // the gold as the demonstrations write it earns 1 in one turn; anything else ends the one-turn episode with 0
      await env.reset({ seed: 1 });
      const right = await env.step(`<answer>${inner.current!.answer}</answer>`);
      expect([right.reward, right.terminated]).to.deep.equal([1, true]);
      await env.reset({ seed: 1 });
      const noAnswer = await env.step('<tool>calc: 1+1</tool>');
      expect([noAnswer.reward, noAnswer.terminated || noAnswer.truncated]).to.deep.equal([0, true]);
    } finally {
      await env.close();
    }
  });
});
