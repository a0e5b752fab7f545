import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { baselineRewards, exactMatch, normalizedMatch, numericMatch } from '../../lib/bench/rewards/baselines.js';
import { computeMetrics, isCorrect, percentile } from '../../lib/bench/rewards/metrics.js';
import { EXPLOITS, probeCases, probeSuite } from '../../lib/bench/rewards/probes.js';
import { controlRows, exploitRows, renderHtml, verdictLines, writeRewardReport } from '../../lib/bench/rewards/report.js';
import { benchmarkRewards } from '../../lib/bench/rewards/run.js';
import { datasetSuite, rewritesOf } from '../../lib/bench/rewards/suites.js';
import type { CaseResult, LabelledCase, RewardBenchReport } from '../../lib/bench/rewards/types.js';
import { makeReward } from '../../lib/rewards/registry.js';
import type { RewardFn } from '../../lib/rewards/types.js';


const mini = (expected: 0 | 1, id: string): LabelledCase => ({ suite: 'mini', id, gold: '1', completion: '1', expected });

describe('bench rewards', function () {
  this.timeout(60_000);

  describe('probe labels', () => {
    const probes = probeCases();

    it('every probe has a 0/1 label, a documented exploit and a unique id', () => {
      expect(probes.length).to.be.greaterThan(40);
      for (const p of probes) {
        expect(p.expected, p.id).to.be.oneOf([0, 1]);
        expect(EXPLOITS, p.id).to.have.property(p.exploit as string);
        expect(p.suite).to.equal('probes');
      }
      expect(new Set(probes.map((p) => p.id)).size).to.equal(probes.length);
      // every exploit the issue lists has at least one probe
      for (const e of Object.keys(EXPLOITS)) expect(probes.some((p) => p.exploit === e), e).to.equal(true);
    });

    it('the math rubric gets every probe right (except the known verifier gaps) with no false positive', async () => {
      const math = makeReward('math');
      const wrong: string[] = [];
      for (const p of probes) {
        const out = await math({ completion: p.completion, answer: p.gold });
        if (!isCorrect(out.reward, p.expected)) wrong.push(p.id);
      }
      expect(wrong).to.deep.equal([]);
    });

    it('the exact-string baseline is fooled by at least one hack, and each baseline by some probe', async () => {
      const fooledBy = async (fn: RewardFn, onlyHacks: boolean): Promise<string[]> => {
        const out: string[] = [];
        for (const p of probes) {
          if (onlyHacks && p.expected !== 0) continue;
          if (!isCorrect((await fn({ completion: p.completion, answer: p.gold })).reward, p.expected)) out.push(p.id);
        }
        return out;
      };
      expect(await fooledBy(exactMatch(), true)).to.include('latex-phantom-box');
      expect(await fooledBy(normalizedMatch(), true)).to.include('latex-comment-box');
      expect(await fooledBy(numericMatch(), true)).to.include.members(['gold-quoted-after', 'hedge-or']);
    });
  });

  describe('baselines', () => {
    it('compare the last box or the whole text', async () => {
      expect((await exactMatch()({ completion: 'so \\boxed{5}', answer: '5' })).reward).to.equal(1);
      expect((await exactMatch()({ completion: 'so \\boxed{ 5 }', answer: '5' })).reward).to.equal(1);
      expect((await exactMatch()({ completion: '\\boxed{\\left(1,2\\right)}', answer: '(1,2)' })).reward).to.equal(0);
      expect((await normalizedMatch()({ completion: '\\boxed{\\left( 1, 2 \\right)}', answer: '$(1,2)$' })).reward).to.equal(1);
      expect((await numericMatch()({ completion: 'x = 0.5000001', answer: '0.5' })).reward).to.equal(1);
      expect((await numericMatch()({ completion: '', answer: '0' })).reward).to.equal(0);
      expect(baselineRewards().map((b) => b.name)).to.deep.equal(['baseline:exact', 'baseline:normalized', 'baseline:numeric']);
    });
  });

  describe('metrics arithmetic', () => {
    it('counts a hand-labelled mini suite', () => {
      // 4 positives, 6 negatives; rewards: tp=3 (one at exactly 0.5), fn=1, fp=2, tn=4; one error, one timeout
      const cases = [mini(1, 'p1'), mini(1, 'p2'), mini(1, 'p3'), mini(1, 'p4'), mini(0, 'n1'), mini(0, 'n2'), mini(0, 'n3'), mini(0, 'n4'), mini(0, 'n5'), mini(0, 'n6')];
      const results: CaseResult[] = [
        { reward: 1, ms: 1 },
        { reward: 0.5, ms: 2 },
        { reward: 1, ms: 3 },
        { reward: 0, ms: 4, error: 'TIMEOUT' },
        { reward: 1, ms: 5 },
        { reward: 0.9, ms: 6 },
        { reward: 0.49, ms: 7 },
        { reward: 0, ms: 8 },
        { reward: 0, ms: 9, error: 'timed out', timedOut: true },
        { reward: -1, ms: 10 },
      ];
      const m = computeMetrics('r', 'mini', cases, results);
      expect([m.tp, m.fn, m.fp, m.tn]).to.deep.equal([3, 1, 2, 4]);
      expect(m.accuracy).to.equal(0.7);
      expect(m.precision).to.equal(0.6);
      expect(m.recall).to.equal(0.75);
      expect(m.falsePositiveRate).to.be.closeTo(2 / 6, 1e-12);
      expect(m.errors).to.equal(2);
      expect(m.timeouts).to.equal(1);
      expect(m.perSecond).to.be.closeTo(10 / 0.055, 1e-9);
      expect(m.p50Ms).to.equal(5);
      expect(m.p99Ms).to.equal(10);
    });

    it('gives null rates when a denominator is 0, and nearest-rank percentiles', () => {
      const m = computeMetrics('r', 'mini', [mini(0, 'a'), mini(0, 'b')], [{ reward: 0, ms: 1 }, { reward: 0, ms: 1 }]);
      expect(m.precision).to.equal(null);
      expect(m.recall).to.equal(null);
      expect(m.falsePositiveRate).to.equal(0);
      expect(percentile([], 50)).to.equal(0);
      expect(percentile([1, 2, 3, 4], 50)).to.equal(2);
      expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 99)).to.equal(99);
      expect(() => computeMetrics('r', 's', [mini(1, 'a')], [])).to.throw(/1 cases but 0 results/);
    });
  });

  describe('dataset-derived pairs', () => {
    it('rewrites integers, fractions and lists with honest labels', () => {
      const of = (g: string) => rewritesOf(g).map((w) => `${w.answer}:${w.expected}`);
      expect(of('12')).to.deep.equal(['12:1', '12.0:1', '13:0', '12.4:0', '-12:0']);
      expect(of('0')).to.deep.equal(['0:1', '0.0:1', '1:0', '0.4:0']);
      expect(of('\\frac{3}{4}')).to.deep.equal(['\\frac{3}{4}:1', '3/4:1', '4/3:0', '-3/4:0', '0.75:1', '0.8:0']);
      expect(of('-1/3')).to.deep.equal(['-\\frac{1}{3}:1', '-1/3:1', '-3/1:0', '1/3:0', '-0.3:0']);
      expect(of('1, 3')).to.deep.equal(['3, 1:1', '1, 4:0']);
      expect(of('x^2')).to.deep.equal([]);
    });

    it('the math rubric agrees with every dataset-derived label', async () => {
      const suite = await datasetSuite({ limit: 20 });
      expect(suite.cases.length).to.be.greaterThan(50);
      const math = makeReward('math');
      for (const c of suite.cases) {
        const out = await math({ completion: c.completion, answer: c.gold });
        expect(isCorrect(out.reward, c.expected), `${c.id}: ${c.completion} vs ${c.gold}`).to.equal(true);
      }
    });
  });

  describe('benchmarkRewards and the report', () => {
    let report: RewardBenchReport;
    const throwing: RewardFn = async ({ completion }) => {
      if (completion.includes('\\boxed{4}')) throw new Error('boom');
      return { reward: 0 };
    };
    const slow: RewardFn = () => new Promise(() => undefined); // never settles

    before(async () => {
      report = await benchmarkRewards({
        rewards: ['math', { name: 'thrower', fn: throwing }, { name: 'slow', fn: slow }],
        suites: [probeSuite()],
        timeoutMs: 5,
      });
    });

    it('has the documented JSON shape', () => {
      const parsed = JSON.parse(JSON.stringify(report)) as RewardBenchReport;
      expect(parsed).to.have.all.keys('createdAt', 'machine', 'rewards', 'suites', 'metrics', 'exploits', 'probes', 'skipped');
      expect(parsed.rewards.map((r) => r.name)).to.deep.equal(['math', 'thrower', 'slow', 'baseline:exact', 'baseline:normalized', 'baseline:numeric']);
      expect(parsed.suites).to.deep.equal([{ name: 'probes', description: probeSuite().description, cases: probeCases().length, positives: probeCases().filter((c) => c.expected === 1).length }]);
      expect(parsed.metrics).to.have.length(6); // one suite: no `all` rows
      for (const m of parsed.metrics) expect(m).to.include.all.keys('reward', 'suite', 'accuracy', 'precision', 'recall', 'falsePositiveRate', 'errors', 'timeouts', 'perSecond', 'p50Ms', 'p99Ms');
      expect(parsed.probes).to.have.length(probeCases().length);
      expect(parsed.exploits.map((e) => e.exploit)).to.have.members(Object.keys(EXPLOITS));
    });

    it('counts throws and timeouts as errors with reward 0', () => {
      const thrower = report.metrics.find((m) => m.reward === 'thrower');
      const boxed4 = probeCases().filter((c) => c.completion.includes('\\boxed{4}')).length;
      expect(thrower?.errors).to.equal(boxed4);
      const slowM = report.metrics.find((m) => m.reward === 'slow');
      expect(slowM?.timeouts).to.equal(probeCases().length);
      expect(slowM?.fp).to.equal(0);
      const math = report.metrics.find((m) => m.reward === 'math');
      expect(math?.fp).to.equal(0); // the default rubric is fooled by no probe
      expect(report.exploits.find((e) => e.exploit === 'latex-trick')?.fooled['baseline:exact']).to.be.greaterThan(0);
    });

    it('writes JSON and a self-contained HTML page with the data and the chart script', () => {
      const dir = mkdtempSync(join(tmpdir(), 'rewards-bench-'));
      const files = writeRewardReport(report, dir);
      expect(JSON.parse(readFileSync(files.json, 'utf8'))).to.deep.equal(JSON.parse(JSON.stringify(report)));
      const html = readFileSync(files.html, 'utf8');
      expect(html).to.match(/^<!doctype html>/);
      const data = /<script id="report-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html);
      expect(data, 'embedded data').to.not.equal(null);
      expect(JSON.parse((data as RegExpExecArray)[1] as string)).to.deep.equal(JSON.parse(JSON.stringify(report)));
      expect(html).to.include('new Chart(');
      expect(html).to.include('Chart.js v4'); // the UMD bundle is inlined
      expect(html).to.not.match(/<script[^>]+src=/); // nothing loaded from elsewhere
      expect(html).to.include('baseline:exact');
      expect(renderHtml(report, null)).to.include('Chart.js was not found');
      // a one-line verdict per reward opens the page; honest controls are a table of their own
      const verdicts = /<ul class="verdicts">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
      expect(html.indexOf('class="verdicts"')).to.be.below(html.indexOf('<h2>Comparison</h2>'));
      expect(verdicts.match(/<li>/g)).to.have.length(report.rewards.length);
      expect(verdicts).to.match(/<b>math<\/b>: (sound|errors) - .*fooled by none of \d+ hacks, accepts all \d+ honest controls/);
      expect(verdicts).to.match(/<b>baseline:exact \(baseline\)<\/b>: HACKABLE - .*FOOLED by [1-9]\d* of \d+ hacks/);
      expect(html).to.include('<h2>Honest controls</h2>');
    });

    it('draws every chart in headless Chromium (skipped where Debian chromium is not installed)', function () {
      const has = spawnSync('chromium', ['--version'], { encoding: 'utf8' });
      if (has.error || has.status !== 0) this.skip();
      const dir = mkdtempSync(join(tmpdir(), 'rewards-chromium-'));
      const files = writeRewardReport(report, dir);
      const r = spawnSync('chromium', ['--headless', '--disable-gpu', '--no-sandbox', '--dump-dom', `file://${files.html}`], { encoding: 'utf8', timeout: 50_000 });
      rmSync(dir, { recursive: true, force: true });
      const canvases = [...r.stdout.matchAll(/<canvas id="(\w+)"[^>]*>/g)];
      expect(canvases.map((c) => c[1])).to.deep.equal(['accuracy', 'fpr', 'speed', 'calls', 'exploits', 'controls']);
      // Chart.js sizes each canvas it drew; a script error stops at the first chart it breaks
      for (const c of canvases) expect(c[0], c[1]).to.include('display: block');
    });

    it('keeps honest controls out of the exploit counts and names them apart', () => {
      const ex = exploitRows(report);
      expect(ex.rows.map((r) => r[0])).to.not.include('control');
      const hacks = report.probes.filter((p) => p.expected === 0).length;
      expect(ex.rows.reduce((n, r) => n + Number(r[1]), 0)).to.equal(hacks);
      const ctl = controlRows(report);
      expect(ctl.rows).to.have.length(report.probes.length - hacks);
      // the exact-string baseline rejects an honest decimal for a fraction: a control it gets wrong, not a hack it accepts
      const exact = ctl.header.indexOf('baseline:exact');
      expect(ctl.rows.find((r) => r[0] === 'control-fraction-decimal')?.[exact]).to.equal('REJECTED');
      for (const line of verdictLines(report)) expect(line).to.not.match(/undefined|NaN/);
    });
  });

  describe('cli', () => {
    it('bench rewards runs a user reward loaded with --require and writes the report', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rewards-cli-'));
      const plugin = join(dir, 'plugin.mjs');
      const api = new URL('../../lib/rewards/registry.ts', import.meta.url).href;
      writeFileSync(plugin, `import { registerReward } from ${JSON.stringify(api)};\nregisterReward('always-one', () => async () => ({ reward: 1 }));\n`);
      const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'spec/fixtures/cli.ts', '--require', plugin, 'bench', 'rewards', '--reward', 'always-one', '--reward', 'math', '--suite', 'probes', '--out-dir', dir], { stdio: 'pipe' });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.match(/always-one\s+probes\s+\d+/);
      expect(r.stdout).to.include('baseline:numeric');
      const written = JSON.parse(readFileSync(join(dir, 'rewards.json'), 'utf8')) as RewardBenchReport;
      expect(written.rewards.map((x) => x.name)).to.include('always-one');
      expect(readFileSync(join(dir, 'rewards.html'), 'utf8')).to.include('always-one');
    });
  });
});
