import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { mathgym } from '../fixtures/run-cli.js';
import { PACKAGE_ROOT } from '../../lib/paths.js';

const MM_DIR = join(PACKAGE_ROOT, '..', 'shared', 'metamath');
const DEMO0 = join(MM_DIR, 'demo0.mm');

describe('cli: mm verify', function () {
  this.timeout(60_000);
  let tmp = '';

  before(function () {
    if (!existsSync(DEMO0)) {
      console.warn(`\n  SKIPPING mm verify specs: ${DEMO0} is absent (needs ../shared/metamath)\n`);
      this.skip();
    }
    tmp = mkdtempSync(join(tmpdir(), 'mathgym-mm-'));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('verifies demo0.mm with exit 0', async () => {
    const r = await mathgym(['mm', 'verify', DEMO0]);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/1 proofs checked, 0 failed/);
    expect(r.stdout).to.match(/parse [\d.]+ s, verify [\d.]+ s/);
  });

  it('prints a JSON report with --json', async () => {
    const r = await mathgym(['mm', 'verify', DEMO0, '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; checked: number; failures: unknown[]; parseSeconds: number; verifySeconds: number };
    expect(report.ok).to.equal(true);
    expect(report.checked).to.equal(1);
    expect(report.failures).to.deep.equal([]);
    expect(report.parseSeconds).to.be.a('number');
  });

  it('exits 1 naming the theorem when a proof step is wrong', async () => {
    // th1's proof ends `tt a1 mp mp $.`: use a2 where a1 belongs
    const text = readFileSync(DEMO0, 'utf8');
    const broken = text.replace('tt tze tpl tt tt a1 mp mp $.', 'tt tze tpl tt tt a2 mp mp $.');
    expect(broken).to.not.equal(text);
    const path = join(tmp, 'broken.mm');
    writeFileSync(path, broken);
    const r = await mathgym(['mm', 'verify', path]);
    expect(r.code, r.stdout + r.stderr).to.equal(1);
    expect(r.stdout).to.match(/FAIL th1 .*broken\.mm:\d+/);
    const j = await mathgym(['mm', 'verify', path, '--json']);
    expect(j.code).to.equal(1);
    const report = JSON.parse(j.stdout) as { ok: boolean; failures: { label: string }[] };
    expect(report.ok).to.equal(false);
    expect(report.failures.map((f) => f.label)).to.deep.equal(['th1']);
  });

  it('verifies only the --label given, and fails on an unknown label', async () => {
    const ok = await mathgym(['mm', 'verify', DEMO0, '--label', 'th1']);
    expect(ok.code, ok.stderr).to.equal(0);
    const bad = await mathgym(['mm', 'verify', DEMO0, '--label', 'nope']);
    expect(bad.code).to.equal(1);
    expect(bad.stdout).to.match(/nope/);
  });

  it('exits 2 with a clear message for a missing file', async () => {
    const r = await mathgym(['mm', 'verify', join(tmp, 'missing.mm')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/no such Metamath file: .*missing\.mm/);
  });
});
