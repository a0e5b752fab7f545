import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mathgym } from '../fixtures/run-cli.js';

describe('cli: train --env mathgym/EquationRewrite-v0 (action-ranking policy)', function () {
  this.timeout(180_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-ranker-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('trains the ranker, beats the untrained policy on held-out equations, and writes metrics, plot and checkpoint', async () => {
    const out = join(dir, 'run');
    const r = await mathgym(['train', '--env', 'mathgym/EquationRewrite-v0', '--updates', '20', '--eval-episodes', '30', '--out-dir', out, '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const s = JSON.parse(r.stdout) as { algo: string; heldOut: { before: { successRate: number }; after: { successRate: number; meanLength: number } }; metrics: string; plot: { svg: string } };
    expect(s.algo).to.equal('ranker');
    expect(s.heldOut.after.successRate).to.be.at.least(s.heldOut.before.successRate + 0.5);
    const phases = new Set(readFileSync(s.metrics, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { phase: string }).phase));
    expect([...phases].sort()).to.deep.equal(['eval', 'ranker']);
    // its own labels, and the held-out result as the headline
    const svg = readFileSync(s.plot.svg, 'utf8');
    expect(svg).to.include('batch success rate (EMA)').and.include('held-out success rate (equations solved)').and.not.include('exact match');
    expect(svg).to.include(`${s.heldOut.before.successRate.toFixed(2)} untrained -&gt; ${s.heldOut.after.successRate.toFixed(2)} after RANKER (20 iterations)`);
  });

  it('refuses --resume for the ranker with a clear message', async () => {
    const r = await mathgym(['train', '--env', 'mathgym/EquationRewrite-v0', '--resume', 'x.bin']);
    expect(r.code).to.not.equal(0);
    expect(r.stderr).to.match(/--resume is for the transformer tasks/);
  });
});
