/**
 * The browser playground in headless Chromium (Debian's `chromium` through puppeteer-core; no browser
 * download): gpu.js WebGL2 kernels (SwiftShader) against the TS reference, playing an env by hand, a
 * short training in the page that must raise test-split accuracy and whose checkpoint `mathgym eval`
 * reads, screenshots at desktop and phone widths, and the in-page error without WebGL2.
 * Skipped, with the reason, where Chromium is not installed (.ci/run installs it).
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ParityReport } from '../../lib/nn/parity.js';
import type { Metric } from '../../lib/rl/trainer.js';
import { findChromium, launchPlayground, type Playground } from '../../lib/web/browser.js';
import { buildWebBundle, PREBUILT_BUNDLE } from '../../lib/web/bundle.js';
import { PACKAGE_ROOT } from '../../lib/paths.js';
import { mathgym } from '../fixtures/run-cli.js';
import { START_LIMIT_MS } from '../support/time-limits.js';

interface Api {
  gl: { webgl2: boolean; renderer: string };
}

/** Evaluates `expr` (a call on the playground's `window.mathgym` API) in the page; strings, so no helper the test's transpiler adds leaks into the page. */
function call<T>(page: Page, expr: string): Promise<T> {
  return page.evaluate(expr) as Promise<T>;
}

/** Pixels of the curve canvas that are not background white (a string: runs in the page). */
const CURVE_INK = `(() => {
  const c = document.getElementById('curve');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) ink++;
  return ink;
})()`;
const curveInk = (page: Page): Promise<number> => call<number>(page, CURVE_INK);
const text = (page: Page, id: string): Promise<string> => call<string>(page, `document.getElementById(${JSON.stringify(id)}).textContent`);
const bannerText = (page: Page): Promise<string> => call<string>(page, "(() => { const e = document.getElementById('errors'); return e.hidden ? '' : e.textContent; })()");

describe('web playground in headless Chromium', function () {
  this.timeout(START_LIMIT_MS);
  const chromium = findChromium();
  let bundle = '';
  let pg: Playground | undefined;
  let dir = '';

  before(async function () {
    if (chromium.path === undefined) {
      console.warn(`\n  SKIPPING the browser playground specs: ${chromium.reason}\n`);
      this.skip();
    }
    bundle = await buildWebBundle();
    pg = await launchPlayground({ bundle });
    dir = mkdtempSync(join(tmpdir(), 'mathgym-web-'));
  });

  after(async () => {
    await pg?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs every gpu.js kernel and its backward on WebGL2 within 1e-4 of the TypeScript reference', async () => {
    const page = pg!.page;
    const gl = await call<Api['gl']>(page, 'mathgym.gl');
    expect(gl.webgl2, 'headless Chromium has a WebGL2 context (SwiftShader)').to.equal(true);
    const before = (await call<{ requested: string }>(page, 'mathgym.backend()')).requested;
    const report = await call<ParityReport>(page, 'mathgym.parity()');
    expect(report.backend.mode).to.equal('webgl2');
    expect(report.backend.fallbacks, 'no kernel fell back to the CPU').to.deep.equal([]);
    expect(report.cases.map((c) => c.name)).to.include.members(['matmul (linear, shared weight)', 'attention (batched gemm)', 'gelu', 'default policy: loss and every parameter gradient']);
    for (const c of report.cases) {
      expect(c.forwardError, `${c.name} forward`).to.be.at.most(c.tolerance);
      expect(c.backwardError, `${c.name} backward`).to.be.at.most(c.tolerance);
    }
    expect(await bannerText(page)).to.equal('');
    expect((await call<{ requested: string }>(page, 'mathgym.backend()')).requested, 'parity restores the backend').to.equal(before);
    // intermediates stay on the device: the policy's forward + backward reads back only the loss and
    // the gradients, all in one transfer (without residency it was one readback per op and per op gradient)
    const s = report.policyStep;
    expect(s.deviceArrays, 'kernel outputs kept on the device').to.be.greaterThan(100);
    expect(s.readbacks, `readbacks in one policy step (${s.parameters} parameters): the loss, and every gradient in one transfer`).to.equal(2);
  });

  it('the prebuilt, minified bundle the npm package serves passes the same kernel parity', async () => {
    const file = join(PACKAGE_ROOT, PREBUILT_BUNDLE);
    expect(existsSync(file), `${PREBUILT_BUNDLE} is missing: run npm run build`).to.equal(true);
    const min = await launchPlayground({ bundle: readFileSync(file, 'utf8') });
    try {
      const report = await call<ParityReport>(min.page, 'mathgym.parity()');
      expect(report.backend.mode).to.equal('webgl2');
      expect(report.cases.filter((c) => !c.ok).map((c) => c.name)).to.deep.equal([]);
      expect(report.ok).to.equal(true);
      expect(min.pageErrors).to.deep.equal([]);
    } finally {
      await min.close();
    }
  });

  it('runs on gpu.js WebGL2 when asked (?backend=gpu) and says so in the page', async () => {
    const page = await pg!.browser.newPage();
    try {
      await page.goto(`${pg!.server.url}?backend=gpu`);
      await page.waitForFunction("'mathgym' in globalThis");
      await call(page, 'mathgym.ready');
      expect((await call<{ mode: string }>(page, 'mathgym.backend()')).mode).to.equal('webgl2');
      expect(await text(page, 'backend')).to.match(/^nn backend: gpu\.js webgl2 .*renderer: \S/);
      expect(await bannerText(page)).to.equal('');
    } finally {
      await page.close();
    }
  });

  it('trains on gpu.js WebGL2 with the tensors on the GPU: test-split accuracy rises, and the run follows the TypeScript one', async function () {
    // the in-page training below, on both paths (about 45 s on WebGL2 under SwiftShader, 5 s on TS)
    this.timeout(3 * START_LIMIT_MS);
    const settings = '{ seed: 1, sftSteps: 150, sftBatch: 32, updates: 2, evalEvery: 0, evalEpisodes: 50 }';
    type Run = { metrics: Metric[]; backend: { mode: string; fallbacks: string[] }; stats: { readbacks: number; deviceArrays: number } };
    const runs: Record<string, Run> = {};
    for (const backend of ['js', 'gpu']) {
      const page = await pg!.browser.newPage();
      try {
        await page.goto(`${pg!.server.url}?backend=${backend}`);
        await page.waitForFunction("'mathgym' in globalThis");
        await call(page, 'mathgym.ready');
        const metrics = await call<Metric[]>(page, `mathgym.train(${settings})`);
        runs[backend] = { metrics, backend: await call(page, 'mathgym.backend()'), stats: await call(page, 'mathgym.deviceStats()') };
      } finally {
        await page.close();
      }
    }
    const [ts, gl] = [runs.js!, runs.gpu!];
    expect(gl.backend.mode).to.equal('webgl2');
    expect(gl.backend.fallbacks).to.deep.equal([]);
    expect(gl.stats.deviceArrays, 'kernel results kept on the GPU').to.be.greaterThan(10_000);
    const evals = gl.metrics.filter((m) => m.phase === 'eval').map((m) => Number(m.accuracy));
    expect(evals[evals.length - 1], `test-split accuracy on WebGL2 ${evals.join(' -> ')}`).to.be.greaterThan(evals[0]!);
    // float32 sums on the GPU against doubles in TS: the same losses early on (the runs drift apart
    // later, as any two float orders do over hundreds of AdamW steps)
    const sft = (r: Run): number[] => r.metrics.filter((m) => m.phase === 'sft').map((m) => Number(m.loss));
    const [a, b] = [sft(gl), sft(ts)];
    expect(a).to.have.length(b.length);
    for (const i of [0, 1]) expect(Math.abs(a[i]! - b[i]!) / b[i]!, `cold-start loss at log ${i}: ${a[i]} (webgl2) vs ${b[i]} (ts)`).to.be.below(1e-4);
  });

  it('plays an environment by hand and shows the verdict with its reason', async () => {
    const page = pg!.page;
    await page.select('#env', 'mathgym/Arithmetic-v0');
    await page.click('#reset');
    await page.waitForFunction("document.getElementById('observation').textContent.length > 0");
    await page.type('#action', 'not a number');
    await page.click('#play-form button[type=submit]');
    await page.waitForFunction("document.getElementById('step-result').textContent.includes('reward:')");
    expect(await text(page, 'step-result')).to.match(/reward: 0\b/);
    expect(await text(page, 'verdict-reason')).to.match(/^verdict: .+/);
    await page.click('#verify-form button[type=submit]');
    expect(await text(page, 'verify-result')).to.match(/^correct/);
    const envs = await call<string[]>(page, "[...document.querySelectorAll('#env option')].map((o) => o.value)");
    expect(envs).to.include.members(['mathgym/Arithmetic-v0', 'mathgym/EquationRewrite-v0']);
    expect(envs).not.to.include('mathgym/MetamathProof-v0');
  });

  it('trains in the page (curve drawn while training), raises test-split accuracy, and mathgym eval reads its checkpoint', async () => {
    const page = pg!.page;
    const run = call<Metric[]>(page, 'mathgym.train({ seed: 1, sftSteps: 150, sftBatch: 32, updates: 2, evalEvery: 0, evalEpisodes: 50 })');
    // while it trains: the curve gets drawn and the status names the backend
    await page.waitForFunction("/sft step|grpo step/.test(document.getElementById('train-status').textContent)", { timeout: 60_000 });
    expect(await curveInk(page), 'the curve is drawn while training').to.be.greaterThan(500);
    const backend = await call<{ engine: string; mode: string; cpuMatmul: string }>(page, 'mathgym.backend()');
    expect(await text(page, 'train-status')).to.include(backend.engine === 'gpu.js' ? `gpu.js ${backend.mode}` : `TypeScript (${backend.cpuMatmul} gemm)`);
    const metrics = await run;
    const evals = metrics.filter((m) => m.phase === 'eval').map((m) => Number(m.accuracy));
    expect(evals.length).to.be.at.least(2);
    expect(evals[evals.length - 1], `test-split accuracy ${evals.join(' -> ')}`).to.be.greaterThan(evals[0]!);
    expect(metrics.some((m) => m.phase === 'grpo' && Number(m.tokensPerSecond) > 0)).to.equal(true);
    expect(await curveInk(page)).to.be.greaterThan(500);
    const b64 = await call<string | undefined>(page, 'mathgym.checkpointBase64()');
    expect(b64).to.be.a('string');
    const file = join(dir, 'checkpoint.bin');
    writeFileSync(file, Buffer.from(b64!, 'base64'));
    const r = await mathgym(['eval', '--checkpoint', file, '--n', '50', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(JSON.stringify(out)).to.include('Arithmetic-v0');
    // the same greedy decoding on the same 50 test seeds: eval's accuracy is the page's last one
    expect(Number(out.accuracy ?? (out as { exactMatch?: number }).exactMatch)).to.be.closeTo(evals[evals.length - 1]!, 1e-9);
  });

  it('renders at desktop and phone widths without errors or horizontal overflow', async () => {
    const page = pg!.page;
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewport(viewport);
      const shot = await page.screenshot({ fullPage: true });
      expect(shot.length, 'a non-trivial PNG').to.be.greaterThan(10_000);
      expect(await curveInk(page)).to.be.greaterThan(500);
      expect(await bannerText(page)).to.equal('');
      const overflow = await call<number>(page, 'document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `page wider than ${viewport.width}px`).to.be.at.most(0);
    }
    expect(pg!.pageErrors).to.deep.equal([]);
  });

  it('shows an error in the page and selects the TypeScript path when WebGL2 is unavailable', async () => {
    const noGl = await launchPlayground({ bundle, args: ['--disable-webgl', '--disable-webgl2'] });
    try {
      expect((await call<Api['gl']>(noGl.page, 'mathgym.gl')).webgl2).to.equal(false);
      expect(await bannerText(noGl.page)).to.include('WebGL2 is not available');
      expect((await call<{ engine: string }>(noGl.page, 'mathgym.backend()')).engine).to.equal('typescript');
    } finally {
      await noGl.close();
    }
  });
});
