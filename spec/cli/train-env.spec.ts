import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mathgym } from '../fixtures/run-cli.js';

interface Summary {
  env: string;
  algo: string;
  difficulty: number;
  finalDifficulty?: number;
  curriculum?: { update: number; envKwargs: { difficulty?: number } }[];
  heldOutAccuracy: { start: number; final: number };
  metrics: string;
  checkpoint: string;
}

/** One env of each class through `mathgym train --env` on a tiny budget (learning itself is tested in spec/rl). */
describe('cli: train --env for every env class', function () {
  this.timeout(300_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-train-env-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const tiny = ['--sft-steps', '4', '--updates', '1', '--num-prompts', '2', '--num-generations', '2', '--eval-episodes', '2', '--backend', 'js', '--json'];
  const run = async (name: string, args: string[]): Promise<Summary> => {
    const r = await mathgym(['train', ...args, '--out-dir', join(dir, name)]);
    expect(r.code, r.stderr).to.equal(0);
    return JSON.parse(r.stdout) as Summary;
  };
  const phases = (s: Summary): string[] => [...new Set(readFileSync(s.metrics, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { phase: string }).phase))].sort();

  it('a procedural family (short name accepted) trains the transformer, and eval reads its checkpoint back on the same env', async () => {
    const s = await run('derivatives', ['--env', 'Derivatives-v0', ...tiny]);
    expect(s.env).to.equal('mathgym/Derivatives-v0');
    expect(s.algo).to.equal('grpo');
    expect(phases(s)).to.deep.equal(['eval', 'grpo', 'sft']);
    const e = await mathgym(['eval', '--checkpoint', s.checkpoint, '--episodes', '2', '--json']);
    expect(e.code, e.stderr).to.equal(0);
    expect(JSON.parse(e.stdout)).to.include({ env: 'mathgym/Derivatives-v0', accuracy: s.heldOutAccuracy.final });
  });

  it('MathQA-v0 over a bundled dataset trains the transformer on its train-split records, and eval reads it back on the test split', async () => {
    const s = await run('mathqa', ['--env', 'mathgym/MathQA-v0', '--dataset', 'gsm8k', ...tiny]);
    expect(s.env).to.equal('mathgym/MathQA-v0');
    expect(phases(s)).to.deep.equal(['eval', 'grpo', 'sft']);
    const e = await mathgym(['eval', '--checkpoint', s.checkpoint, '--episodes', '2', '--json']);
    expect(e.code, e.stderr).to.equal(0);
    expect(JSON.parse(e.stdout)).to.include({ env: 'mathgym/MathQA-v0', split: 'test', accuracy: s.heldOutAccuracy.final });
  });

  it('CalculatorTool-v0 trains the transformer to answer <answer>N</answer> in one turn, evaluated on test-split word problems', async () => {
    const s = await run('calculator', ['--env', 'CalculatorTool-v0', ...tiny]);
    expect(s.env).to.equal('mathgym/CalculatorTool-v0');
    expect(phases(s)).to.deep.equal(['eval', 'grpo', 'sft']);
    const e = await mathgym(['eval', '--checkpoint', s.checkpoint, '--episodes', '2', '--json']);
    expect(e.code, e.stderr).to.equal(0);
    expect(JSON.parse(e.stdout)).to.include({ env: 'mathgym/CalculatorTool-v0', split: 'test', accuracy: s.heldOutAccuracy.final });
  });

  it('MetamathProof-v0 trains the action-ranking policy over the candidate actions', async () => {
    const s = await run('metamath', ['--env', 'mathgym/MetamathProof-v0', '--theorem', 'a1i', '--updates', '1', '--num-prompts', '1', '--num-generations', '2', '--eval-episodes', '1', '--json']);
    expect(s.algo).to.equal('ranker');
    expect(s.env).to.equal('mathgym/MetamathProof-v0');
    expect(phases(s)).to.deep.equal(['eval', 'ranker']);
  });

  it('an unknown env id fails with exit 2 and a suggestion', async () => {
    const r = await mathgym(['train', '--env', 'mathgym/Derivatves-v0', '--out-dir', join(dir, 'nope')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/Did you mean: "mathgym\/Derivatives-v0"/);
  });

  it('--curriculum steps the ranker up a level when held-out success reaches the threshold, and logs it', async () => {
    // threshold 0: every evaluation passes, so after the first chunk of iterations the difficulty must rise
    const s = await run('curriculum', ['--env', 'mathgym/EquationRewrite-v0', '--curriculum', '0', '--updates', '10', '--num-prompts', '2', '--eval-episodes', '2', '--json']);
    expect(s.finalDifficulty).to.equal(2);
    expect(s.curriculum).to.deep.equal([{ update: 5, envKwargs: { difficulty: 2 } }]);
    expect(phases(s)).to.deep.equal(['curriculum', 'eval', 'ranker']);
  });
});
