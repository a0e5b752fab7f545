/**
 * The learning curve of a training run, drawn with vega-lite (rendered headless by vega to SVG) and
 * rasterised to PNG by resvg: held-out exact match per evaluation, and the RL batch reward, over
 * one step axis (cold-start steps, then RL updates after them).
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A metrics row (the trainer's Metric, or another trainer's): phase 'sft', 'eval', or an RL algorithm's name. */
export interface CurveRow {
  readonly phase: string;
  readonly step: number;
  readonly [key: string]: number | string;
}

export async function learningCurve(metrics: readonly CurveRow[], title: string): Promise<{ svg: string; png: Uint8Array }> {
  const sftSteps = Math.max(0, ...metrics.filter((m) => m.phase === 'sft').map((m) => m.step));
  // RL rows carry the algorithm's name as their phase (grpo, ppo, dpo, ...); evaluations say which phase they followed
  const isRl = (phase: unknown): boolean => typeof phase === 'string' && phase !== 'sft' && phase !== 'eval';
  const label = (phase: unknown): string => (isRl(phase) ? String(phase).toUpperCase() : 'cold start');
  const x = (m: CurveRow): number => (isRl(m.phase) || isRl(m.after) ? sftSteps + m.step : m.step);
  const values = [
    ...metrics.filter((m) => m.phase === 'eval').map((m) => ({ step: x(m), value: Number(m.accuracy), series: `held-out exact match (${label(m.after)})` })),
    ...metrics.filter((m) => isRl(m.phase)).map((m) => ({ step: x(m), value: Number(m.reward), series: `${label(m.phase)} batch reward` })),
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
      x: { field: 'step', type: 'quantitative', title: 'step (cold-start steps, then RL updates)' },
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
