import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { mathgym } from '../fixtures/run-cli.js';
import { fixtureFile } from '../support/fixtures.js';
import { PACKAGE_ROOT } from '../../lib/paths.js';

const DEMO0 = fixtureFile('metamath/demo0.mm');

describe('cli: mm verify', function () {
  this.timeout(60_000);
  let tmp = '';

  before(function () {
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
    const report = JSON.parse(r.stdout) as { ok: boolean; jobs: number; checked: number; failures: unknown[]; parseSeconds: number; verifySeconds: number };
    expect(report.ok).to.equal(true);
    expect(report.jobs).to.equal(1);
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

  it('verifies in worker threads with --jobs 2, reporting jobs in the JSON report', async () => {
    const r = await mathgym(['mm', 'verify', DEMO0, '--jobs', '2', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; jobs: number; checked: number; failures: unknown[]; incomplete: unknown[] };
    expect(report).to.include({ ok: true, jobs: 2, checked: 1 });
    expect(report.failures).to.deep.equal([]);
    const text = await mathgym(['mm', 'verify', DEMO0, '--jobs', '2']);
    expect(text.code, text.stderr).to.equal(0);
    expect(text.stdout).to.match(/1 proofs checked, 0 failed, 0 incomplete; parse [\d.]+ s, verify [\d.]+ s \(2 jobs\)/);
  });

  it('reports the same failure with --jobs 2 as with --jobs 1 for a broken proof', async () => {
    const text = readFileSync(DEMO0, 'utf8');
    const path = join(tmp, 'broken-jobs.mm');
    writeFileSync(path, text.replace('tt tze tpl tt tt a1 mp mp $.', 'tt tze tpl tt tt a2 mp mp $.'));
    const reports = [];
    for (const jobs of ['1', '2']) {
      const r = await mathgym(['mm', 'verify', path, '--jobs', jobs, '--json']);
      expect(r.code, r.stderr).to.equal(1);
      const { failures, incomplete, checked, ok } = JSON.parse(r.stdout) as Record<string, unknown>;
      reports.push({ failures, incomplete, checked, ok });
    }
    expect(reports[1]).to.deep.equal(reports[0]);
    expect((reports[0].failures as { label: string }[]).map((f) => f.label)).to.deep.equal(['th1']);
    const r = await mathgym(['mm', 'verify', path, '--jobs', '2']);
    expect(r.stdout).to.match(/FAIL th1 .*broken-jobs\.mm:\d+/);
  });

  it('exits 2 with a fix-it message for a bad --jobs', async () => {
    for (const bad of ['0', '1.5']) {
      const r = await mathgym(['mm', 'verify', DEMO0, '--jobs', bad]);
      expect(r.code, bad).to.equal(2);
      expect(r.stderr).to.match(/--jobs must be an integer >= 1 .*e\.g\. --jobs \d+\), got "/);
      expect(r.stdout).to.equal('');
    }
  });

  it('exits 1 with file:line:column for a malformed database, also with --jobs 2', async () => {
    const path = join(tmp, 'malformed.mm');
    writeFileSync(path, '$c a $.\n$v x $.\nwx $f a y $.\n');
    for (const jobs of ['1', '2']) {
      const r = await mathgym(['mm', 'verify', path, '--jobs', jobs]);
      expect(r.code, r.stderr).to.equal(1);
      expect(r.stderr).to.match(/malformed\.mm: parse error: .*malformed\.mm:3:\d+: /);
    }
  });
});

describe('cli: mm stats', function () {
  this.timeout(60_000);
  let tmp = '';

  before(function () {
    tmp = mkdtempSync(join(tmpdir(), 'mathgym-mm-stats-'));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('counts demo0.mm with --json', async () => {
    const r = await mathgym(['mm', 'stats', DEMO0, '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    // counted by hand from demo0.mm: $c 0 + = -> ( ) term wff |-, $v t r s P Q; tt tr ts wp wq;
    // min maj; tze tpl weq wim (syntax) and a1 a2 mp (|-); th1, whose normal proof has 34 steps
    expect(s).to.deep.include({
      file: DEMO0,
      bytes: readFileSync(DEMO0).length,
      totalBytes: readFileSync(DEMO0).length,
      files: [DEMO0],
      includedFiles: 0,
      constants: 9,
      variables: 5,
      statements: 15,
      floating: 5,
      essential: 2,
      axioms: 7,
      syntaxAxioms: 4,
      logicalAxioms: 3,
      theorems: 1,
      dvPairs: 0,
      proofs: { normal: 1, compressed: 0, incomplete: 0, totalSteps: 34, meanSteps: 34, maxSteps: 34, maxStepsLabel: 'th1' },
    });
    expect(s.parseSeconds).to.be.a('number');
  });

  it('counts compressed and incomplete proofs, $d pairs and included files', async () => {
    writeFileSync(join(tmp, 'inc.mm'), '$c wff |- $.\n$v p q r $.\n');
    const path = join(tmp, 'main.mm');
    writeFileSync(
      path,
      [
        '$[ inc.mm $]',
        'wp $f wff p $. wq $f wff q $. wr $f wff r $.',
        '${ $d p q $. $d q r $. ax $a |- p q r $. $}',
        '${ $d p q r $. th $p |- p q r $= ( ax ) ABCD $. $}',
        '${ $d p q $. th2 $p |- p q r $= wp wq ? ax $. $}',
        'th3 $p |- p $= ( ) ?Z $.',
      ].join('\n'),
    );
    const r = await mathgym(['mm', 'stats', path, '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s).to.deep.include({ includedFiles: 1, constants: 2, variables: 3, floating: 3, axioms: 1, syntaxAxioms: 0, logicalAxioms: 1, theorems: 3, dvPairs: 2 + 3 + 1 });
    // th: 4 steps (A B C D); th2: 4 labels; th3: `?` is one step, Z none
    expect(s.proofs).to.deep.equal({ normal: 1, compressed: 2, incomplete: 2, totalSteps: 9, meanSteps: 3, maxSteps: 4, maxStepsLabel: 'th' });
    expect(s.totalBytes).to.be.greaterThan(s.bytes as number);
  });

  it('prints a table without --json', async () => {
    const r = await mathgym(['mm', 'stats', DEMO0]);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/constants \(\$c\)\s+9\n/);
    expect(r.stdout).to.match(/\$a axioms\s+7 \(4 syntax, 3 with \|-/);
    expect(r.stdout).to.match(/proof steps\s+34 total, mean 34\.0, max 34 \(th1\)/);
  });

  it('exits 1 with file:line:column for a malformed database', async () => {
    const path = join(tmp, 'bad.mm');
    writeFileSync(path, '$c a $.\n$v x $.\nwx $f a y $.\n');
    const r = await mathgym(['mm', 'stats', path]);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/bad\.mm: parse error: .*bad\.mm:3:\d+: /);
    const j = await mathgym(['mm', 'stats', path, '--json']);
    expect(j.code).to.equal(1);
    expect((JSON.parse(j.stdout) as { parseError: string }).parseError).to.match(/bad\.mm:3:\d+: /);
  });

  it('describes itself in --help, and exits 2 for a missing file', async () => {
    const h = await mathgym(['mm', 'stats', '--help']);
    expect(h.code).to.equal(0);
    expect(h.stdout).to.match(/syntaxAxioms/);
    expect(h.stdout).to.match(/compressed/);
    const top = await mathgym(['mm', '--help']);
    expect(top.stdout).to.match(/stats .*statistics/);
    const m = await mathgym(['mm', 'stats', join(tmp, 'missing.mm')]);
    expect(m.code).to.equal(2);
    expect(m.stderr).to.match(/no such Metamath file/);
  });
});

describe('cli: mm prove and play MetamathProof-v0', function () {
  this.timeout(60_000);

  it('mm prove proves a theorem, prints the kernel-checked proof, exit 0', async () => {
    const r = await mathgym(['mm', 'prove', 'syl']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^syl: proved after \d+ expansions/m);
    expect(r.stdout).to.match(/^compressed proof: \( .* \) [A-Z]+$/m);
  });

  it('mm prove --json over a range reports each theorem; a budget miss exits 1', async () => {
    const r = await mathgym(['mm', 'prove', 'mp2..4syl', '--budget', '20', '--json']);
    expect(r.code).to.equal(1);
    const s = JSON.parse(r.stdout) as { attempted: number; proved: number; results: { theorem: string; proved: boolean; stop: string; expansions: number }[] };
    expect(s.results.map((x) => x.theorem)).to.deep.equal(['mp2', 'mp2b', 'a1i', '2a1i', 'mp1i', 'a2i', 'mpd', 'imim2i', 'syl', '3syl', '4syl']);
    const miss = s.results.filter((x) => !x.proved);
    expect(miss.length).to.be.greaterThan(0);
    for (const m of miss) {
      expect(m.stop).to.equal('budget');
      expect(m.expansions).to.equal(20);
    }
    expect(s.proved).to.equal(s.attempted - miss.length);
  });

  it('mm prove names a bad target and exits 2', async () => {
    const r = await mathgym(['mm', 'prove', 'no-such-theorem']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/no statement labeled "no-such-theorem"/);
  });

  it('play --option theorem=mp2 proves it from typed steps', async () => {
    const r = await mathgym(['play', 'mathgym/MetamathProof-v0', '--option', 'theorem=mp2', '--episodes', '1'], 'bogus\nax-mp\n#2 ax-mp\n#2 mp2.3\nmp2.1\nmp2.2\n');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('Prove mp2: |- ch');
    expect(r.stdout).to.match(/reward -0\.1\nunknown label|reward -0\.1/);
    expect(r.stdout).to.match(/reward 1 \(terminated\)/);
    expect(r.stdout).to.match(/total reward 0\.9/);
  });
});

describe('cli: mm verify fast entry (lib/cli/mm-verify-main.ts, what bin/mathgym.js runs for `mm verify`)', function () {
  this.timeout(120_000);
  const BASE = `$c ( ) -> wff |- $. $v ph ps $. wph $f wff ph $. wps $f wff ps $. wi $a wff ( ph -> ps ) $.
ax1 $a |- ( ph -> ( ps -> ph ) ) $.
\${ mp.1 $e |- ph $. mp.2 $e |- ( ph -> ps ) $. mp $a |- ps $. $}
\${ a1i.1 $e |- ph $. a1i $p |- ( ps -> ph ) $= PROOF $. $}
`;
  let tmp = '';
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mathgym-mmfast-'));
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const fast = (args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
    new Promise((resolve, reject) => {
      const code = `const { main } = await import(${JSON.stringify(join(PACKAGE_ROOT, 'lib/cli/mm-verify-main.ts'))}); process.exitCode = await main(['node', 'mathgym', ...JSON.parse(process.argv[1])]);`;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, JSON.stringify(args)], { stdio: 'pipe' });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout, stderr }));
    });

  it('gives the same output and exit code as the full CLI: pass, fail, incomplete, missing file, --help', async () => {
    const files = {
      ok: BASE.replace('PROOF', '( wi ax1 mp ) ABADCABEF'),
      zafterhyp: BASE.replace('PROOF', '( wi ax1 mp ) AZBADCABEF'),
      incomplete: BASE.replace('PROOF', '( wi ax1 mp ) ABADCA?EF'),
    };
    const runs: string[][] = [['mm', 'verify', join(tmp, 'nosuch.mm')], ['mm', 'verify', '--help']];
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(tmp, `${name}.mm`), text);
      runs.push(['mm', 'verify', join(tmp, `${name}.mm`), '--json']);
    }
    const strip = (s: string): string => s.replace(/"(parse|verify)Seconds": [\d.e-]+/g, '"$1Seconds": 0');
    for (const args of runs) {
      const [a, b] = await Promise.all([fast(args), mathgym(args)]);
      expect(a.code, `${args.join(' ')}: ${a.stderr}`).to.equal(b.code);
      expect(strip(a.stdout), args.join(' ')).to.equal(strip(b.stdout));
    }
    const ok = JSON.parse((await fast(runs[2])).stdout) as { ok: boolean };
    expect(ok.ok).to.equal(true);
    const z = await fast(runs[3]);
    expect(z.code).to.equal(1);
    expect(z.stdout).to.match(/only an assertion step/);
  });

  it('mm fuzz checks the kernel against the corpus of metamath-exe verdicts', async () => {
    const r = await mathgym(['mm', 'fuzz', '--reference', 'corpus', '--count', '40', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const rep = JSON.parse(r.stdout) as { agree: number; count: number; reference: string };
    expect(rep).to.include({ agree: 40, count: 40, reference: 'corpus' });
  });
});
