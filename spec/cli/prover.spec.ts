import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { mathgym } from '../fixtures/run-cli.js';

describe('cli: prover train, mm prove --policy', function () {
  this.timeout(120_000);
  let tmp = '';
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mathgym-prover-'));
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('prover train --help names the split, the rounds and the checkpoint', async () => {
    const r = await mathgym(['prover', 'train', '--help']);
    expect(r.code, r.stderr).to.equal(0);
    for (const o of ['--test', '--train-count', '--rounds', '--budget', '--seed', '--out', '--json']) expect(r.stdout).to.include(o);
  });

  it('trains a tiny guide (--json), proves held-out theorems with it, and refuses theorems it trained on', async () => {
    const out = join(tmp, 'guide.json');
    const args = ['prover', 'train', '--test', 'mp2..a1i', '--train-count', '12', '--rounds', '1', '--search-count', '6', '--budget', '20', '--epochs', '3', '--seed', '2', '--json'];
    const t = await mathgym([...args, '--out', out]);
    expect(t.code, t.stderr).to.equal(0);
    // the same seed, the same checkpoint
    const again = await mathgym([...args, '--out', join(tmp, 'again.json')]);
    expect(again.code, again.stderr).to.equal(0);
    expect(readFileSync(join(tmp, 'again.json'), 'utf8')).to.equal(readFileSync(out, 'utf8'));
    const s = JSON.parse(t.stdout) as { train: { count: number; first: string }; test: { last: string }; rounds: Array<{ attempted: number }>; imitationExamples: number };
    expect(s.test.last).to.equal('a1i');
    expect(s.train.count).to.equal(12);
    expect(s.rounds[0].attempted).to.equal(6);
    expect(s.imitationExamples).to.be.greaterThan(0);
    const ck = JSON.parse(readFileSync(out, 'utf8')) as { format: string; trainLabels: string[] };
    expect(ck.format).to.equal('mathgym-prover-guide');
    expect(ck.trainLabels).to.have.length(12);
    const p = await mathgym(['mm', 'prove', 'mp2..a1i', '--policy', out, '--budget', '200', '--json']);
    expect(p.code, p.stderr).to.equal(0);
    expect((JSON.parse(p.stdout) as { proved: number; attempted: number }).proved).to.be.greaterThan(0);
    const refused = await mathgym(['mm', 'prove', ck.trainLabels[0], '--policy', out]);
    expect(refused.code).to.not.equal(0);
    expect(refused.stderr).to.match(/trained on 1 of the evaluation theorems/);
    writeFileSync(join(tmp, 'bad.json'), '{"format":"x"}');
    const bad = await mathgym(['mm', 'prove', 'syl', '--policy', join(tmp, 'bad.json')]);
    expect(bad.code).to.not.equal(0);
    expect(bad.stderr).to.match(/not a mathgym prover guide/);
  });
});
