import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeProceduralEnv, ProceduralEnv } from '../../environments/procedural/env.js';
import { getGenerator, type TaskGenerator } from '../../datasets/generators/index.js';
import { ConfigError } from '../../lib/errors.js';

/** A family with two unrelated templates, so excluding one template's problem leaves the other. */
const twoTemplates: TaskGenerator = {
  name: 'two_templates',
  envName: 'TwoTemplates',
  description: 'test family',
  levels: ['one level'],
  generate(rng, difficulty, index) {
    const a = rng.integer(1, 99);
    const problem = rng.bernoulli()
      ? `A farmer has ${a} sheep and buys ${a + 3} more at the market on a sunny Tuesday. How many sheep does the farmer have now?`
      : `Evaluate the derivative of x^${a} with respect to x at the point x = 1 and give the exact integer value.`;
    return { id: `two_templates-${difficulty}-${index}`, problem, answer: '0', source: 'two_templates', metadata: { family: 'two_templates', difficulty, index } };
  },
  scoreAnswer: () => 0,
};

async function problems(env: ProceduralEnv, n: number, seed: number): Promise<string[]> {
  const out = [(await env.reset({ seed })).observation];
  for (let i = 1; i < n; i++) out.push((await env.reset()).observation);
  return out;
}

describe('procedural envs: exclude (evaluation sets by name or path)', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => (dir = mkdtempSync(join(tmpdir(), 'mathgym-exclude-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('never serves a problem that (nearly) matches the excluded set, and redraws deterministically', async () => {
    const file = join(dir, 'eval.jsonl');
    const sheep = 'A farmer has 12 sheep and buys 15 more at the market on a sunny Tuesday. How many sheep does the farmer have now?';
    writeFileSync(file, `${JSON.stringify({ id: 'e1', problem: sheep, answer: '27' })}\n`);
    const plain = await problems(new ProceduralEnv(twoTemplates), 60, 3);
    expect(plain.some((p) => p.includes('sheep')), 'the unfiltered env serves both templates').to.equal(true);
    const filtered = await problems(await makeProceduralEnv(twoTemplates, { exclude: [file] }), 60, 3);
    // numbers are masked by the near-duplicate index: every sheep problem is the evaluation problem
    expect(filtered.filter((p) => p.includes('sheep'))).to.deep.equal([]);
    expect(await problems(await makeProceduralEnv(twoTemplates, { exclude: [file] }), 60, 3)).to.deep.equal(filtered);
  });

  it('a family whose every problem is excluded fails with a ConfigError, not a hang', async () => {
    const file = join(dir, 'all.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', problem: 'A farmer has 1 sheep and buys 4 more at the market on a sunny Tuesday. How many sheep does the farmer have now?', answer: '5' })}\n${JSON.stringify({ id: 'b', problem: 'Evaluate the derivative of x^7 with respect to x at the point x = 1 and give the exact integer value.', answer: '7' })}\n`);
    const env = await makeProceduralEnv(twoTemplates, { exclude: [file] });
    let err: unknown;
    try {
      await env.reset({ seed: 1 });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(ConfigError);
  });

  it('a real family with a bundled evaluation set: draws are unchanged when nothing matches', async () => {
    const gen = getGenerator('quadratics');
    const a = await problems(new ProceduralEnv(gen, { difficulty: 2 }), 20, 5);
    expect(await problems(await makeProceduralEnv(gen, { difficulty: 2, exclude: ['math500'] }), 20, 5)).to.deep.equal(a);
  });

  it('a bad exclude is a ConfigError at construction', async () => {
    const fails = (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (e: unknown) => e);
    const e1 = await fails(makeProceduralEnv(twoTemplates, { exclude: ['no-such-eval-set'] }));
    expect(e1).to.be.instanceOf(ConfigError);
    expect(String(e1)).to.match(/neither a bundled dataset/);
    expect(String(await fails(makeProceduralEnv(twoTemplates, { exclude: 'math500' as unknown as string[] })))).to.match(/array/);
    // the synchronous constructor cannot read files: it says how to get the sets read
    expect(() => new ProceduralEnv(twoTemplates, { exclude: ['math500'] })).to.throw(ConfigError, /makeProceduralEnv/);
  });
});
