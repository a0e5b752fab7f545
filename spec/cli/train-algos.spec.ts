import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mathgym } from '../fixtures/run-cli.js';

interface Summary {
  algo: string;
  updates: number;
  resumedFrom?: number;
  checkpoint: string;
  metrics: string;
}

const small = ['--sft-steps', '10', '--num-prompts', '2', '--num-generations', '4', '--eval-episodes', '8', '--backend', 'js', '--json'];

describe('cli: train --algo, --resume and the RL options', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-train-algos-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('trains with --algo ppo and its options, then --resume continues from the checkpoint\'s update', async () => {
    const out = join(dir, 'ppo');
    const args = ['train', '--algo', 'ppo', '--beta', '0.02', '--kl-estimator', 'k1', '--temperature', '0.9', '--top-p', '0.95', '--learning-rate', '1e-3', '--num-iterations', '2', '--out-dir', out, ...small];
    const a = await mathgym([...args, '--updates', '2']);
    expect(a.code, a.stderr).to.equal(0);
    const first = JSON.parse(a.stdout) as Summary;
    expect(first.algo).to.equal('ppo');
    expect(first.updates).to.equal(2);
    const b = await mathgym(['train', '--resume', first.checkpoint, '--updates', '3', '--out-dir', out, '--eval-episodes', '8', '--backend', 'js', '--json']);
    expect(b.code, b.stderr).to.equal(0);
    const second = JSON.parse(b.stdout) as Summary;
    expect(second).to.include({ algo: 'ppo', updates: 3, resumedFrom: 2 });
    const rows = readFileSync(second.metrics, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { phase: string; step: number; kl?: number; optimizerSteps?: number });
    const ppo = rows.filter((r) => r.phase === 'ppo');
    expect(ppo.map((r) => r.step)).to.deep.equal([1, 2, 3]); // appended to the same metrics file
    for (const r of ppo) {
      expect(r.optimizerSteps).to.equal(4); // --num-iterations 2 x 2 minibatches
      expect(typeof r.kl).to.equal('number'); // --beta > 0: KL to the reference
    }
    expect([...new Set(rows.map((r) => r.phase))].sort()).to.deep.equal(['eval', 'ppo', 'sft']);
  });

  it('trains GRPO with the frontier options together: CISPO, TIS, entropy bonus, overlong masking, weighted rewards', async () => {
    const out = join(dir, 'frontier');
    const r = await mathgym(['train', '--objective', 'cispo', '--num-iterations', '2', '--temperature', '1.2', '--tis-cap', '2', '--entropy-coef', '0.01', '--overlong-mask', '--rewards', 'env=1,overlong=0.1', '--overlong-buffer', '2', '--updates', '2', '--out-dir', out, ...small]);
    expect(r.code, r.stderr).to.equal(0);
    const rows = readFileSync((JSON.parse(r.stdout) as Summary).metrics, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number | string>);
    const grpo = rows.filter((x) => x.phase === 'grpo');
    expect(grpo).to.have.length(2);
    for (const x of grpo) {
      expect(typeof x['reward/env']).to.equal('number');
      expect(typeof x['reward/overlong']).to.equal('number');
      expect(Number(x.entropy)).to.be.greaterThan(0);
    }
  });

  it('refuses unknown algorithms, loss types and bad numbers with exit 2 and the valid choices', async () => {
    const algo = await mathgym(['train', '--algo', 'a2c']);
    expect(algo.code).to.equal(2);
    expect(algo.stderr).to.match(/--algo a2c is not one of grpo, dapo, ppo, trpo, rloo, reinforce, dpo/);
    const loss = await mathgym(['train', '--algo', 'dpo', '--loss-type', 'dapo']);
    expect(loss.code).to.equal(2);
    expect(loss.stderr).to.match(/--loss-type for dpo must be one of sigmoid, ipo/);
    const beta = await mathgym(['train', '--beta', '-1']);
    expect(beta.code).to.equal(2);
    expect(beta.stderr).to.match(/--beta must be a number >= 0, got "-1"/);
    const other = await mathgym(['train', '--algo', 'ppo', '--objective', 'cispo']);
    expect(other.code).to.equal(2);
    expect(other.stderr).to.match(/--objective is a grpo \/ dapo option; --algo is ppo/);
    const rewards = await mathgym(['train', '--rewards', 'env=1,overlog=0.5']);
    expect(rewards.code).to.equal(2);
    expect(rewards.stderr).to.match(/unknown key "overlog". Did you mean "overlong"\?/);
  });
});
