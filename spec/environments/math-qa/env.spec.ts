import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { captureWarnings, checkEnv, ConfigError, type Env, make, makeVec, ResetNeededError } from '../../../lib/index.js';
import { loadDataset } from '../../../datasets/load.js';
import type { ProblemRecord } from '../../../datasets/record.js';
import { charactersOutside } from '../../../environments/math-qa/charset.js';
import { DEFAULT_PROMPT_TEMPLATE, MathQAEnv } from '../../../environments/math-qa/env.js';

const ID = 'mathgym/MathQA-v0';

describe('environments/math-qa', function () {
  this.timeout(120_000);
  let math500: ProblemRecord[];
  before(async () => {
    math500 = (await loadDataset('math500')).records;
  });

  it('reset: same seed, same problem; the prompt is the problem plus the boxed instruction', async () => {
    const a = new MathQAEnv();
    const b = new MathQAEnv();
    try {
      const ra = await a.reset({ seed: 11 });
      const rb = await b.reset({ seed: 11 });
      expect(ra).to.deep.equal(rb);
      const record = math500[ra.info.index as number] as ProblemRecord;
      expect(ra.info.id).to.equal(record.id);
      expect(ra.observation).to.equal(`${record.problem}\n\nPut your final answer within \\boxed{}.`);
      expect(a.observationSpace.contains(ra.observation)).to.equal(true);
      // the unseeded stream continues deterministically and moves on
      const next = await Promise.all([a.reset(), b.reset()]);
      expect(next[0].info.id).to.equal(next[1].info.id);
      const ids = new Set<unknown>();
      for (let i = 0; i < 10; i++) ids.add((await a.reset()).info.id);
      expect(ids.size).to.be.greaterThan(1);
      // options.index picks a record
      expect((await a.reset({ options: { index: 3 } })).info.id).to.equal(math500[3]?.id);
      let err: unknown;
      await a.reset({ options: { index: 500 } }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('step: a correct boxed answer earns 1, a wrong one 0, with the judgement in info', async () => {
    const env = await make<string, string>(ID);
    try {
      await env.reset({ options: { index: 0 } }); // gold \left( 3, \frac{\pi}{2} \right)
      const right = await env.step('Converting, $r = 3$ and $\\theta = \\pi/2$, so the answer is $\\boxed{(3, \\frac{\\pi}{2})}$.');
      expect(right.reward).to.equal(1);
      expect(right.terminated).to.equal(true);
      expect(right.truncated).to.equal(false);
      expect(right.info).to.deep.include({ id: 'test/precalculus/807.json', gold: '\\left( 3, \\frac{\\pi}{2} \\right)', correct: true });
      expect(right.info.components).to.deep.equal({ correctness: 1, format: 1 });
      const verdict = right.info.verdict as { rule: string; reason: string; strategy: string; extracted: string };
      expect(verdict.rule).to.be.a('string');
      expect(verdict.reason).to.be.a('string');
      expect(verdict.strategy).to.equal('boxed');
      expect(verdict.extracted).to.be.a('string');
      expect(right.info).to.not.have.property('verifierError');

      await env.reset({ options: { index: 0 } });
      const wrong = await env.step('\\boxed{(3, \\pi)}');
      expect(wrong.reward).to.equal(0);
      expect(wrong.info.correct).to.equal(false);
      expect(wrong.info).to.not.have.property('verifierError');
    } finally {
      await env.close();
    }
  });

  it('a verifier failure is reward 0 with info.verifierError, not a silent wrong answer', async () => {
    const env = await make<string, string>(ID);
    const strict = await make<string, string>(ID, { verifyOptions: { maxInputLength: 40 } });
    try {
      await env.reset({ seed: 0 });
      const huge = await env.step(`${'x '.repeat(600_000)}\\boxed{1}`);
      expect(huge.reward).to.equal(0);
      expect(huge.info.verifierError).to.deep.include({ code: 'INPUT_TOO_LARGE' });
      expect((huge.info.verdict as { rule: string }).rule).to.equal('error');

      await strict.reset({ options: { index: 0 } });
      const r = await strict.step('A long derivation that ends with \\boxed{(3, \\frac{\\pi}{2})}');
      expect(r.reward).to.equal(0);
      expect((r.info.verifierError as { code: string }).code).to.equal('INPUT_TOO_LARGE');
    } finally {
      await env.close();
      await strict.close();
    }
  });

  it('enforces reset before step and one step per episode', async () => {
    const env = new MathQAEnv();
    try {
      let err: unknown;
      await env.step('1').catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ResetNeededError);
      await env.reset({ seed: 1 });
      await env.step('1');
      err = undefined;
      await env.step('1').catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ResetNeededError);
    } finally {
      await env.close();
      await env.close();
    }
  });

  it('takes a JSONL path, limit, a reward name and a prompt template; warns about bad lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mathgym-mathqa-'));
    try {
      const path = join(dir, 'mine.jsonl');
      writeFileSync(path, ['{"question": "What is 6 times 7?", "answer": "work\\n#### 42"}', 'not json', '{"problem": "1+1?", "answer": "2"}', '{"problem": "2+2?", "answer": "4"}'].join('\n'));
      const { result: env, warnings } = await captureWarnings(async () => {
        const e = new MathQAEnv({ dataset: path, limit: 2, reward: 'correctness', promptTemplate: 'Q: {problem}\nA:' });
        await e.reset({ seed: 0 });
        return e;
      });
      try {
        expect(warnings.map((w) => w.code)).to.deep.equal(['DATASET_BAD_LINES']);
        expect(warnings[0]?.message).to.include(`${path}:2: not valid JSON`);
        expect((await env.records()).map((r) => r.answer)).to.deep.equal(['42', '2']);
        const r = await env.reset({ options: { index: 0 } });
        expect(r.observation).to.equal('Q: What is 6 times 7?\nA:');
        const s = await env.step('#### 42');
        expect(s.reward).to.equal(1);
        expect(s.info.components).to.deep.equal({ correctness: 1 });
      } finally {
        await env.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad options when made', () => {
    expect(() => new MathQAEnv({ dataset: 'nope' })).to.throw(ConfigError, /neither a bundled dataset/);
    expect(() => new MathQAEnv({ reward: 'nope' })).to.throw(ConfigError, /unknown reward "nope"/);
    expect(() => new MathQAEnv({ promptTemplate: 'no placeholder' })).to.throw(ConfigError, /\{problem\}/);
    expect(() => new MathQAEnv({ limit: 0 })).to.throw(ConfigError, /limit/);
    expect(() => new MathQAEnv({ difficulty: 3 } as never)).to.throw(ConfigError, /unknown option\(s\) "difficulty"/);
  });

  it('has every character of the bundled datasets in its observation charset', async () => {
    for (const name of ['math500', 'gsm8k']) {
      const { records } = await loadDataset(name);
      const outside = new Set<string>();
      for (const r of records) charactersOutside(r.problem, outside);
      expect([...outside], name).to.deep.equal([]);
    }
    expect([...charactersOutside(DEFAULT_PROMPT_TEMPLATE)]).to.deep.equal([]);
  });

  for (const mode of ['sync', 'async'] as const) {
    it(`works in a ${mode} vector env`, async () => {
      const gsm8k = new Map((await loadDataset('gsm8k')).records.map((r) => [r.id, r.answer]));
      const envs = await makeVec<string, string>(ID, { numEnvs: 3, vectorizationMode: mode, kwargs: { dataset: 'gsm8k' } });
      try {
        const { observations, infos } = await envs.reset({ seed: 0 });
        expect(observations).to.have.length(3);
        const ids = infos.id as string[];
        const again = await envs.reset({ seed: 0 });
        expect(again.infos.id).to.deep.equal(ids);
        const gold = ids.map((id) => gsm8k.get(id) as string);
        const step = await envs.step([`The answer is \\boxed{${gold[0]}}.`, `#### ${gold[1]}`, `\\boxed{${Number(gold[2]) + 1}}`]);
        expect(step.rewards).to.deep.equal([1, 1, 0]);
        expect(step.terminations).to.deep.equal([true, true, true]);
        expect(step.infos.gold).to.deep.equal(gold);
      } finally {
        await envs.close();
      }
    });
  }
});

describe('environments/math-qa: reward options', function () {
  this.timeout(120_000);

  it('passes rewardOptions to the reward and rejects bad ones at make()', async () => {
    try {
      await make('mathgym/MathQA-v0', { reward: 'overlong' });
      expect.fail('a missing maxLength must fail at make');
    } catch (e) {
      expect(e).to.be.instanceOf(ConfigError);
    }
    const env = await make<string, string>('mathgym/MathQA-v0', { reward: 'overlong', rewardOptions: { maxLength: 4, bufferLength: 2 } });
    try {
      await env.reset({ seed: 0 });
      expect((await env.step('one two three four five six')).reward).to.be.below(0);
    } finally {
      await env.close();
    }
  });
});

describe('environments/math-qa: other scripts', function () {
  this.timeout(120_000);

  it('extraCharacters widens the spaces so a dataset in another script passes checkEnv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mathqa-cjk-'));
    const file = join(dir, 'cjk.jsonl');
    writeFileSync(file, '{"problem":"一加一等于几？","answer":"2"}\n{"problem":"二加二等于几？","answer":"4"}\n');
    try {
      const plain = new MathQAEnv({ dataset: file });
      const { warnings } = await captureWarnings(() => plain.reset({ seed: 0 }));
      expect(warnings.map((w) => w.code)).to.include('DATASET_CHARSET');
      const wide = new MathQAEnv({ dataset: file, extraCharacters: '一二加等于几？' });
      await captureWarnings(async () => {
        const report = await checkEnv(wide as unknown as Env<unknown, unknown>, { skipCloseCheck: true });
        expect(report.passed).to.include('reset-seed-determinism');
      });
      await plain.close();
      await wide.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
