/**
 * The learning curve of a training run, drawn with vega-lite (rendered headless by vega to SVG) and
 * rasterised to PNG by resvg: held-out exact match per evaluation, and the GRPO batch reward, over
 * one step axis (cold-start steps, then GRPO updates after them).
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Metric } from './trainer.js';

export async function learningCurve(metrics: readonly Metric[], title: string): Promise<{ svg: string; png: Uint8Array }> {
  const sftSteps = Math.max(0, ...metrics.filter((m) => m.phase === 'sft').map((m) => m.step));
  const x = (m: Metric): number => (m.phase === 'grpo' || m.after === 'grpo' ? sftSteps + m.step : m.step);
  const values = [
    ...metrics.filter((m) => m.phase === 'eval').map((m) => ({ step: x(m), value: Number(m.accuracy), series: `held-out exact match (${m.after === 'grpo' ? 'GRPO' : 'cold start'})` })),
    ...metrics.filter((m) => m.phase === 'grpo').map((m) => ({ step: x(m), value: Number(m.reward), series: 'GRPO batch reward' })),
  ];
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    width: 640,
    height: 320,
    background: 'white',
    data: { values },
    mark: { type: 'line', point: { size: 12 }, strokeWidth: 1.5 },
    encoding: {
      x: { field: 'step', type: 'quantitative', title: 'step (cold-start steps, then GRPO updates)' },
      y: { field: 'value', type: 'quantitative', scale: { domain: [0, 1] }, title: 'exact match / reward' },
      color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 400 } },
    },
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, { background: 'white', font: { loadSystemFonts: true } }).render().asPng();
  return { svg, png };
}
