/** Red-team reports: a plain-text table for the terminal and a self-contained HTML page. */
import type { EnvRedteamReport } from './run.js';

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

/** One row per env: baselines, chance, the worst exploit and the verdict. */
export function redteamTable(reports: readonly EnvRedteamReport[]): string[][] {
  return reports.map((r) => {
    const worst = [...r.exploits].sort((a, b) => b.winRate - a.winRate)[0];
    const kw = Object.entries(r.kwargs).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    return [
      kw ? `${r.id} ${kw}` : r.id,
      pct(r.honest),
      pct(r.random),
      pct(r.chance),
      worst ? `${worst.id} ${pct(worst.winRate)}` : '-',
      `${r.afterEnd.refused}/${r.afterEnd.tried}`,
      r.error ? `ERROR ${r.error}` : r.exploitable ? `EXPLOITABLE: ${r.findings.join(', ')}` : 'ok',
    ];
  });
}

export const REDTEAM_HEADER = ['env', 'honest', 'random', 'chance', 'worst exploit (win rate)', 'after-end refused', 'verdict'] as const;

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** A standalone HTML report: one verdict line per env first, then each env's exploit table. */
export function redteamHtml(reports: readonly EnvRedteamReport[]): string {
  const bad = reports.filter((r) => r.exploitable).length;
  const summary = reports
    .map((r) => `<li class="${r.exploitable ? 'bad' : 'ok'}"><b>${esc(r.id)}</b>: ${r.error ? `error: ${esc(r.error)}` : r.exploitable ? `exploitable by ${esc(r.findings.join(', '))}` : 'no exploit above chance'}</li>`)
    .join('\n');
  const sections = reports
    .map((r) => {
      const rows = [...r.exploits]
        .sort((a, b) => b.winRate - a.winRate)
        .map((x) => `<tr class="${x.exploitable ? 'bad' : ''}"><td>${esc(x.id)}</td><td>${esc(x.description)}</td><td>${x.applicable}/${x.episodes}</td><td>${pct(x.winRate)}</td><td>${x.meanReturn.toFixed(3)}</td><td>${x.errors}</td></tr>`)
        .join('\n');
      const kw = Object.entries(r.kwargs).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
      return `<h2>${esc(r.id)} ${esc(kw)}</h2>
<p>honest ${pct(r.honest)} (format ${esc(r.format ?? 'n/a')}), random ${pct(r.random)}, chance ${pct(r.chance)}${r.classes ? ` (${r.classes} classes)` : ''}, flagged above ${pct(r.threshold)};
after the end: ${r.afterEnd.refused} of ${r.afterEnd.tried} steps refused, ${r.afterEnd.paid} paid${r.afterEnd.example ? ` (${esc(r.afterEnd.example)})` : ''}; ${r.seconds.toFixed(1)} s.</p>
<table><tr><th>exploit</th><th>what it does</th><th>applicable</th><th>win rate</th><th>mean return</th><th>errors</th></tr>
${rows}</table>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>mathgym red team</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}
.bad{color:#b00020}.ok{color:#1b5e20}tr.bad{background:#fde7e9}</style></head><body>
<h1>mathgym red team: ${bad === 0 ? 'no exploitable environment' : `${bad} of ${reports.length} environments exploitable`}</h1>
<p>An exploit is flagged when its win rate (episodes where some step paid a positive reward) exceeds chance by more than three binomial standard errors. See docs/reward-integrity.md.</p>
<ul>${summary}</ul>
${sections}
</body></html>
`;
}
