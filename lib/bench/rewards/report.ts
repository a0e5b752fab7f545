/** Output of the reward benchmark: the comparison table, the JSON and a self-contained HTML report. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { RewardBenchReport, RewardMetrics } from './types.js';

const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

export const TABLE_HEADER = ['reward', 'suite', 'cases', 'accuracy', 'precision', 'recall', 'FP rate', 'errors/timeouts', 'calls/s', 'p50 ms', 'p99 ms'] as const;

/** One table row per (reward, suite) plus `all`, in report order. */
export function tableRows(report: RewardBenchReport): string[][] {
  const order = new Map(report.rewards.map((r, i) => [r.name, i]));
  return [...report.metrics]
    .sort((a, b) => (order.get(a.reward) ?? 0) - (order.get(b.reward) ?? 0))
    .map((m: RewardMetrics) => [
      m.reward,
      m.suite,
      String(m.cases),
      pct(m.accuracy),
      pct(m.precision),
      pct(m.recall),
      m.fp === 0 && m.falsePositiveRate !== null ? '0' : `${pct(m.falsePositiveRate)} (${m.fp})`,
      `${m.errors}/${m.timeouts}`,
      m.perSecond.toFixed(0),
      m.p50Ms.toFixed(3),
      m.p99Ms.toFixed(3),
    ]);
}

const hacks = (report: RewardBenchReport): RewardBenchReport['probes'] => report.probes.filter((p) => p.expected === 0);
/** Honest answers (expected 1): a reward that rejects them is too strict, not fooled. */
const controls = (report: RewardBenchReport): RewardBenchReport['probes'] => report.probes.filter((p) => p.expected === 1);

/** Rows of the exploit table: exploit, hack probes, then how many of them each reward accepted (honest controls apart, see controlRows). */
export function exploitRows(report: RewardBenchReport): { header: string[]; rows: string[][] } {
  const exploits = [...new Set(hacks(report).map((p) => p.exploit))];
  return {
    header: ['exploit', 'hacks', ...report.rewards.map((r) => r.name)],
    rows: exploits.map((e) => {
      const of = hacks(report).filter((p) => p.exploit === e);
      return [e, String(of.length), ...report.rewards.map((r) => String(of.filter((p) => p.fooled[r.name]).length))];
    }),
  };
}

/** Rows of the control table: each honest answer, then whether each reward accepted it. */
export function controlRows(report: RewardBenchReport): { header: string[]; rows: string[][] } {
  return {
    header: ['honest answer', 'kind', ...report.rewards.map((r) => r.name)],
    rows: controls(report).map((p) => [p.id, p.exploit, ...report.rewards.map((r) => (p.fooled[r.name] ? 'REJECTED' : 'accepted'))]),
  };
}

/** One line per reward: accuracy on the labelled cases, hacks accepted, honest controls rejected, speed. */
export function verdictLines(report: RewardBenchReport): string[] {
  const all = report.suites.length > 1 ? 'all' : report.suites[0]?.name;
  const h = hacks(report);
  const c = controls(report);
  return report.rewards.map((r) => {
    const m = report.metrics.find((x) => x.reward === r.name && x.suite === all);
    const fooled = h.filter((p) => p.fooled[r.name]).length;
    const rejected = c.filter((p) => p.fooled[r.name]).length;
    const verdict = fooled > 0 ? 'HACKABLE' : rejected > 0 ? 'too strict' : (m?.errors ?? 0) > 0 ? 'errors' : 'sound';
    const parts = [
      m ? `${pct(m.accuracy)} right on ${m.cases} labelled cases` : undefined,
      h.length ? (fooled === 0 ? `fooled by none of ${h.length} hacks` : `FOOLED by ${fooled} of ${h.length} hacks`) : undefined,
      c.length ? (rejected === 0 ? `accepts all ${c.length} honest controls` : `REJECTS ${rejected} of ${c.length} honest controls`) : undefined,
      m && m.errors > 0 ? `${m.errors} errors/timeouts` : undefined,
      m ? `${m.perSecond.toFixed(0)} calls/s` : undefined,
    ].filter((x): x is string => x !== undefined);
    return `${r.name}${r.baseline ? ' (baseline)' : ''}: ${verdict} - ${parts.join(', ')}`;
  });
}

/** The minified Chart.js UMD bundle, or undefined when chart.js is not installed. */
export function chartLibrary(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve('chart.js');
    return readFileSync(join(dirname(entry), 'chart.umd.js'), 'utf8');
  } catch {
    return undefined;
  }
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON that is safe inside a <script> element. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function htmlTable(header: readonly string[], rows: readonly (readonly string[])[], highlight?: (row: readonly string[], col: number) => boolean): string {
  const head = `<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${highlight?.(r, i) ? ' class="bad"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>${head}\n${body}</table>`;
}

/**
 * A self-contained HTML page: data as JSON, Chart.js inlined, tables that read without scripts.
 * `chartJs`: the Chart.js UMD source (default: read from node_modules); null renders without charts.
 */
export function renderHtml(report: RewardBenchReport, chartJs?: string | null): string {
  const lib = chartJs === undefined ? chartLibrary() : (chartJs ?? undefined);
  const ex = exploitRows(report);
  const ctl = controlRows(report);
  const charts = lib
    ? `<script>${lib.replace(/<\/script/gi, '<\\/script')}</script>`
    : '<p class="bad">Chart.js was not found (npm install chart.js); the charts are missing, the tables are complete.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mathgym reward benchmark</title>
<style>
body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1150px}
table{border-collapse:collapse;margin:8px 0 24px;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}
td.bad{background:#fdd;font-weight:bold}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.chart{height:300px}
.chart.wide{grid-column:1 / span 2;height:440px}
ul.verdicts{font-size:15px;line-height:1.5}
.key{font-size:13px;color:#555}
</style></head><body>
<h1>Reward-function benchmark</h1>
<p>${escapeHtml(report.createdAt)} &middot; node ${escapeHtml(report.machine.node)} &middot; ${report.machine.cores} &times; ${escapeHtml(report.machine.cpu)}</p>
<h2>Verdict</h2>
<ul class="verdicts">${verdictLines(report).map((l) => `<li>${escapeHtml(l).replace(/^(.+?): /, '<b>$1</b>: ')}</li>`).join('')}</ul>
<p class="key">sound: accepts no hack probe, rejects no honest control, no errors; HACKABLE: accepts a hack; too strict: rejects an honest answer. In every chart a colour is one reward.</p>
<p>Suites: ${report.suites.map((s) => `<b>${escapeHtml(s.name)}</b> (${s.cases} cases, ${s.positives} positive): ${escapeHtml(s.description)}`).join('; ')}</p>
<div class="charts">
<div class="chart"><canvas id="accuracy"></canvas></div>
<div class="chart"><canvas id="fpr"></canvas></div>
<div class="chart"><canvas id="speed"></canvas></div>
<div class="chart"><canvas id="calls"></canvas></div>
<div class="chart wide"><canvas id="exploits"></canvas></div>
<div class="chart"><canvas id="controls"></canvas></div>
</div>
<h2>Comparison</h2>
${htmlTable([...TABLE_HEADER], tableRows(report))}
<h2>Which reward falls to which exploit</h2>
<p>Number of hack probes of each exploit that the reward accepted (should be 0).</p>
${htmlTable(ex.header, ex.rows, (r, i) => i >= 2 && r[i] !== '0')}
<h2>Honest controls</h2>
<p>Correct answers in another form; a reward must accept them (one that rejects everything is not fooled, but useless).</p>
${htmlTable(ctl.header, ctl.rows, (r, i) => i >= 2 && r[i] === 'REJECTED')}
${report.skipped.length > 0 ? `<p>Skipped: ${report.skipped.map((s) => `${escapeHtml(s.name)} (${escapeHtml(s.reason)})`).join('; ')}</p>` : ''}
<script id="report-data" type="application/json">${scriptJson(report)}</script>
${charts}
<script>
(function () {
  if (typeof Chart === 'undefined') return;
  var report = JSON.parse(document.getElementById('report-data').textContent);
  var rewards = report.rewards.map(function (r) { return r.name; });
  var suites = report.suites.map(function (s) { return s.name; });
  var colors = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
  function metric(r, s, key) {
    var m = report.metrics.find(function (x) { return x.reward === r && x.suite === s; });
    return m && m[key] !== null ? m[key] : null;
  }
  function bars(id, title, labels, datasets, opts) {
    new Chart(document.getElementById(id), { type: 'bar', data: { labels: labels, datasets: datasets },
      options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false, plugins: { title: { display: true, text: title } } }, opts || {}) });
  }
  // one meaning per colour: a reward, in every chart
  function perReward(labels, value) {
    return rewards.map(function (r, i) { return { label: r, backgroundColor: colors[i % colors.length], data: labels.map(function (l) { return value(r, l); }) }; });
  }
  function pctOf(key) { return function (r, s) { var v = metric(r, s, key); return v === null ? null : 100 * v; }; }
  bars('accuracy', 'Accuracy by suite (%)', suites, perReward(suites, pctOf('accuracy')), { scales: { y: { min: 0, max: 100 } } });
  bars('fpr', 'False-positive rate by suite (%): wrong answers rewarded', suites, perReward(suites, pctOf('falsePositiveRate')), { scales: { y: { min: 0 } } });
  var hacks = report.probes.filter(function (p) { return p.expected === 0; });
  var controls = report.probes.filter(function (p) { return p.expected === 1; });
  var exploits = hacks.map(function (p) { return p.exploit; }).filter(function (e, i, a) { return a.indexOf(e) === i; });
  bars('exploits', 'Hack probes accepted, by exploit (should be 0)', exploits, perReward(exploits, function (r, e) {
    return hacks.filter(function (p) { return p.exploit === e && p.fooled[r]; }).length;
  }), { indexAxis: 'y', scales: { y: { ticks: { autoSkip: false } }, x: { ticks: { precision: 0 } } } });
  bars('controls', 'Honest controls rejected (should be 0)', ['honest answers rejected'], perReward(['x'], function (r) {
    return controls.filter(function (p) { return p.fooled[r]; }).length;
  }), { scales: { y: { min: 0, max: controls.length, ticks: { precision: 0 } } } });
  var all = suites.length > 1 ? 'all' : suites[0];
  bars('speed', 'Latency (ms, log scale)', ['p50', 'p99'], perReward(['p50Ms', 'p99Ms'], function (r, k) { return metric(r, all, k); }), { scales: { y: { type: 'logarithmic' } } });
  bars('calls', 'Throughput (calls/s, log scale, sequential)', ['calls/s'], perReward(['perSecond'], function (r, k) { return metric(r, all, k); }), { scales: { y: { type: 'logarithmic' } } });
})();
</script>
</body></html>
`;
}

/** Writes `rewards.json` and `rewards.html` into `outDir` (created if needed); returns their paths. */
export function writeRewardReport(report: RewardBenchReport, outDir = 'bench-results'): { json: string; html: string } {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'rewards.json');
  const html = join(dir, 'rewards.html');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(html, renderHtml(report));
  return { json, html };
}
