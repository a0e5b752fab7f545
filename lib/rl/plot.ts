/**
 * The learning curve of a training run, drawn with vega-lite (rendered headless by vega to SVG) and
 * rasterised to PNG by resvg. One panel per phase, each on its own step axis: the supervised cold
 * start (training loss, held-out metric) and the RL phase (batch reward raw and faint, its EMA bold,
 * held-out metric). The held-out (test-split) metric is the headline: the title says where it went.
 * One colour per quantity in every panel.
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A metrics row (the trainer's Metric, or another trainer's): phase 'sft', 'eval', or an RL phase's name. */
export interface CurveRow {
  readonly phase: string;
  readonly step: number;
  readonly [key: string]: number | string;
}

export interface CurveLabels {
  /** What the run trained, e.g. "mathgym/Arithmetic-v0 difficulty 1: transformer from random init". */
  readonly title: string;
  /** The held-out metric (eval rows' `accuracy`). */
  readonly metric?: string;
  /** The RL rows' `reward`. */
  readonly reward?: string;
  /** The policy before any training, in the headline. */
  readonly start?: string;
  /** The unit of the RL axis. */
  readonly rlStep?: string;
}

/** Exponential moving average with bias correction (as TensorBoard's smoothing), span ~ a tenth of the points. */
export function ema(values: readonly number[], span = Math.max(5, Math.round(values.length / 10))): number[] {
  const alpha = 2 / (span + 1);
  let avg = 0;
  let weight = 0;
  return values.map((v) => {
    avg = (1 - alpha) * avg + alpha * v;
    weight = (1 - alpha) * weight + alpha;
    return avg / weight;
  });
}

// one meaning per colour, in every panel
const COLORS = { metric: '#1f5fbf', reward: '#e07b00', 'reward-raw': '#f2bf85', loss: '#7f7f7f' } as const;

const isRl = (phase: unknown): boolean => typeof phase === 'string' && phase !== 'sft' && phase !== 'eval';
const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '-');

interface Point {
  readonly step: number;
  readonly value: number;
  readonly series: string;
  readonly kind: 'metric' | 'reward-raw' | 'reward' | 'loss';
}

/** The headline, two lines: the held-out metric, and its value at the start, after the cold start and at the end. */
function headline(metrics: readonly CurveRow[], labels: Required<CurveLabels>, rlName: string | undefined): string[] {
  const evals = metrics.filter((m) => m.phase === 'eval');
  const hasSft = metrics.some((m) => m.phase === 'sft');
  const parts: string[] = [];
  if (evals.length) parts.push(`${fmt(Number(evals[0]?.accuracy))} ${labels.start}`);
  const afterSft = evals.filter((m) => m.after === 'sft');
  if (hasSft && afterSft.length > 1) parts.push(`${fmt(Number(afterSft[afterSft.length - 1]?.accuracy))} after the cold start`);
  const afterRl = evals.filter((m) => isRl(m.after));
  if (rlName && afterRl.length) parts.push(`${fmt(Number(afterRl[afterRl.length - 1]?.accuracy))} after ${rlName} (${afterRl[afterRl.length - 1]?.step} ${labels.rlStep})`);
  return [`${labels.metric} on the test split (problems never trained on):`, parts.join(' -> ')];
}

function panel(title: string, values: readonly Point[], xTitle: string, withLoss: boolean): Record<string, unknown> {
  const color = {
    field: 'series',
    type: 'nominal',
    title: null,
    // every series of every panel in one legend; the colour says the quantity (metric, reward, loss)
    scale: { domain: [...new Set(values.map((v) => v.series))], range: [...new Map(values.map((v) => [v.series, COLORS[v.kind]])).values()] },
    legend: { orient: 'bottom', direction: 'horizontal', columns: 2, symbolType: 'stroke', symbolStrokeWidth: 3, labelLimit: 0 },
  };
  const x = { field: 'step', type: 'quantitative', title: xTitle };
  const y = { field: 'value', type: 'quantitative', scale: { domain: [0, 1] }, title: 'held-out metric / reward' };
  const only = (kind: Point['kind']): Record<string, unknown> => ({ filter: { field: 'kind', equal: kind } });
  const layers: Record<string, unknown>[] = [
    { transform: [only('reward-raw')], mark: { type: 'line', strokeWidth: 1, opacity: 0.7 }, encoding: { x, y, color } },
    { transform: [only('reward')], mark: { type: 'line', strokeWidth: 2.5 }, encoding: { x, y, color } },
    // two evaluations (before and after) are points: a line between them would invent the values in between
    values.filter((v) => v.kind === 'metric').length > 2
      ? { transform: [only('metric')], mark: { type: 'line', strokeWidth: 2.5, point: { size: 40 } }, encoding: { x, y, color } }
      : { transform: [only('metric')], mark: { type: 'point', size: 90, filled: true }, encoding: { x, y, color } },
  ];
  const chart: Record<string, unknown> = { title, width: 420, height: 300, data: { values }, layer: layers };
  if (!withLoss) return chart;
  // the cold start's training loss on its own right-hand axis
  return {
    title,
    data: { values },
    layer: [
      { width: 420, height: 300, layer: layers },
      {
        transform: [only('loss')],
        mark: { type: 'line', strokeWidth: 1.5, strokeDash: [4, 3] },
        encoding: { x, y: { field: 'value', type: 'quantitative', title: 'training loss', axis: { orient: 'right' } }, color },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  };
}

/**
 * `opts` is the title, or the labels of a run whose metric and reward are not exact match and batch
 * reward (the action-ranking policy: success rates).
 */
export async function learningCurve(metrics: readonly CurveRow[], opts: string | CurveLabels): Promise<{ svg: string; png: Uint8Array }> {
  const labels: Required<CurveLabels> = {
    metric: 'held-out exact match',
    reward: 'batch reward',
    start: 'at random init',
    rlStep: 'updates',
    ...(typeof opts === 'string' ? { title: opts } : opts),
  };
  const rlRows = metrics.filter((m) => isRl(m.phase));
  const rlName = rlRows[0]?.phase.toUpperCase();
  const sftRows = metrics.filter((m) => m.phase === 'sft');
  const evals = metrics.filter((m) => m.phase === 'eval');
  const panels: Record<string, unknown>[] = [];
  if (sftRows.length) {
    const values: Point[] = [
      ...sftRows.filter((m) => typeof m.loss === 'number').map((m): Point => ({ step: m.step, value: Number(m.loss), series: 'cold start: training loss (right axis)', kind: 'loss' })),
      ...evals.filter((m) => m.after === 'sft').map((m): Point => ({ step: m.step, value: Number(m.accuracy), series: labels.metric, kind: 'metric' })),
    ];
    panels.push(panel('cold start (supervised)', values, 'cold-start step', values.some((v) => v.kind === 'loss')));
  }
  if (rlRows.length) {
    const rewards = rlRows.map((m) => Number(m.reward));
    const smooth = ema(rewards);
    // the RL panel starts from the last evaluation before RL (after the cold start, or untrained)
    const before = evals.filter((m) => !isRl(m.after)).pop();
    const firstStep = rlRows[0]?.step ?? 1;
    const values: Point[] = [
      ...rlRows.map((m, i): Point => ({ step: m.step, value: rewards[i] as number, series: `${labels.reward} (raw)`, kind: 'reward-raw' })),
      ...rlRows.map((m, i): Point => ({ step: m.step, value: smooth[i] as number, series: `${labels.reward} (EMA)`, kind: 'reward' })),
      ...(before ? [{ step: firstStep - 1, value: Number(before.accuracy), series: labels.metric, kind: 'metric' as const }] : []),
      ...evals.filter((m) => isRl(m.after)).map((m): Point => ({ step: m.step, value: Number(m.accuracy), series: labels.metric, kind: 'metric' })),
    ];
    panels.push(panel(rlName ?? 'RL', values, `${rlName ?? 'RL'} ${labels.rlStep}`, false));
  }
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: headline(metrics, labels, rlName), subtitle: labels.title, fontSize: 15, subtitleFontSize: 12, anchor: 'start', frame: 'group' },
    background: 'white',
    padding: 12,
    hconcat: panels,
    resolve: { scale: { color: 'independent' } },
  } as unknown as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, { background: 'white', font: { loadSystemFonts: true } }).render().asPng();
  return { svg, png };
}
