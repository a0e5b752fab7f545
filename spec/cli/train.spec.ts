import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mathgym } from '../fixtures/run-cli.js';

describe('cli: train and eval', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-train-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('train writes metrics, a learning curve (SVG and PNG) and a checkpoint that eval reads back', async () => {
    const out = join(dir, 'run');
    const r = await mathgym(['train', '--sft-steps', '30', '--updates', '2', '--eval-episodes', '20', '--out-dir', out, '--backend', 'js', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const summary = JSON.parse(r.stdout) as { backend: string; heldOutAccuracy: { final: number }; checkpoint: string; plot: { svg: string; png: string }; metrics: string };
    expect(summary.backend).to.equal('js');
    expect(readFileSync(summary.plot.svg, 'utf8')).to.match(/^<svg/);
    expect([...readFileSync(summary.plot.png).subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).to.equal('PNG');
    const phases = new Set(readFileSync(summary.metrics, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { phase: string }).phase));
    expect([...phases].sort()).to.deep.equal(['eval', 'grpo', 'sft']);
    expect(existsSync(summary.checkpoint)).to.equal(true);
    const e = await mathgym(['eval', '--checkpoint', summary.checkpoint, '--episodes', '20', '--json']);
    expect(e.code, e.stderr).to.equal(0);
    // the same held-out seeds, the same greedy policy: the same number as train's last evaluation
    expect((JSON.parse(e.stdout) as { accuracy: number }).accuracy).to.equal(summary.heldOutAccuracy.final);
  });

  it('refuses an unknown backend and a missing checkpoint with exit 2', async () => {
    const b = await mathgym(['train', '--backend', 'nosuch']);
    expect(b.code).to.equal(2);
    expect(b.stderr).to.match(/unknown nn backend "nosuch"; expected one of/);
    const c = await mathgym(['eval', '--checkpoint', join(dir, 'nope.bin')]);
    expect(c.code).to.equal(2);
    expect(c.stderr).to.match(/cannot read checkpoint/);
  });
});
