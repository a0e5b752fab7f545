import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { ConfigError, make } from '../../../lib/index.js';
import { splitOf } from '../../../lib/core/split.js';
import { loadDataset } from '../../../datasets/load.js';
import { MathQAEnv } from '../../../environments/math-qa/env.js';
import { CalculatorToolEnv } from '../../../environments/calculator-tool/env.js';
import { MathQAWithFeedbackEnv } from '../../../environments/math-qa-feedback/env.js';

/** MathQA's problemSplit (and CalculatorTool's): train and test records of a dataset never share a problem, and together they are the whole set. */
describe('environments/math-qa problemSplit', function () {
  this.timeout(120_000);

  // the counts README.md quotes: the hash is stable, so they change only with the bundled files
  for (const [dataset, trainCount, testCount] of [['math500', 448, 52], ['gsm8k', 1199, 120]] as const) {
    it(`${dataset}: train and test records are disjoint by problem and partition the dataset (${trainCount} / ${testCount})`, async () => {
      const all = (await loadDataset(dataset)).records;
      const [train, test] = await Promise.all(['train', 'test'].map((problemSplit) => new MathQAEnv({ dataset, problemSplit }).records()));
      const problems = (rs: readonly { problem: string }[]): Set<string> => new Set(rs.map((r) => r.problem.replace(/\s+/g, ' ').trim()));
      const [p, q] = [problems(train!), problems(test!)];
      expect([...p].filter((x) => q.has(x))).to.deep.equal([]);
      expect([train!.length, test!.length, p.size, q.size]).to.deep.equal([trainCount, testCount, trainCount, testCount]);
      expect(train!.length + test!.length).to.equal(all.length);
      expect(new Set([...train!, ...test!].map((r) => r.id))).to.deep.equal(new Set(all.map((r) => r.id)));
      // both sides are populated (about TEST_FRACTION of the set is test), and each record is where its hash says
      expect(test!.length).to.be.within(0.05 * all.length, 0.15 * all.length);
      expect(test!.every((r) => splitOf(r.problem) === 'test')).to.equal(true);
    });
  }

  it('episodes of a test-split env only show test problems; limit counts split records', async () => {
    const env = await make<string, string>('mathgym/MathQA-v0', { problemSplit: 'test', limit: 5 });
    try {
      const inner = env.unwrapped as MathQAEnv;
      const records = await inner.records();
      expect(records).to.have.length(5);
      for (let seed = 0; seed < 20; seed++) {
        await env.reset({ seed });
        expect(splitOf(inner.current!.problem)).to.equal('test');
      }
    } finally {
      await env.close();
    }
  });

  it('MathQAWithFeedback-v0 passes problemSplit to its records', async () => {
    const env = new MathQAWithFeedbackEnv({ dataset: 'gsm8k', problemSplit: 'train' });
    try {
      for (let seed = 0; seed < 20; seed++) {
        const { observation } = await env.reset({ seed });
        expect(splitOf(observation.slice(0, observation.lastIndexOf('\n\nPut your final answer')))).to.equal('train');
      }
    } finally {
      await env.close();
    }
  });

  it('CalculatorTool-v0 takes the same problemSplit over dataset records and procedural problems', async () => {
    const tests = new Set((await new MathQAEnv({ dataset: 'gsm8k', problemSplit: 'test' }).records()).map((r) => r.id));
    for (const kwargs of [{ problems: 'dataset', problemSplit: 'test' }, { problems: 'word', problemSplit: 'test' }] as const) {
      const env = new CalculatorToolEnv(kwargs);
      try {
        for (let seed = 0; seed < 20; seed++) {
          await env.reset({ seed });
          expect(splitOf(env.current!.problem)).to.equal('test');
          if (kwargs.problems === 'dataset') expect(tests.has(env.current!.id)).to.equal(true);
        }
      } finally {
        await env.close();
      }
    }
    expect(() => new CalculatorToolEnv({ problemSplit: 'trian' })).to.throw(ConfigError, /problemSplit must be .*Did you mean "train"\?/);
  });

  it('a bad value is a ConfigError with a suggestion; a dataset with no test-split record says so at reset', async () => {
    expect(() => new MathQAEnv({ problemSplit: 'tset' })).to.throw(ConfigError, /problemSplit must be "train", "test" or "all", got "tset"\. Did you mean "test"\?/);
    const dir = mkdtempSync(join(tmpdir(), 'mathqa-split-'));
    try {
      // one record, in the train split: its test split is empty
      const problem = ['What is 1+1?', 'What is 2+2?', 'What is 3+3?'].find((p) => splitOf(p) === 'train')!;
      const file = join(dir, 'one.jsonl');
      writeFileSync(file, `${JSON.stringify({ id: 'a', problem, answer: '2' })}\n`);
      const env = new MathQAEnv({ dataset: file, problemSplit: 'test' });
      let err: unknown;
      await env.reset({ seed: 0 }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as Error).message).to.match(/none of its 1 record\(s\) is in the test problem split/);
      await env.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
