/** The live learning curve: train reward per RL update and test-split accuracy per evaluation, on a 2-D canvas. */

export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

export interface CurveSeries {
  readonly label: string;
  readonly color: string;
  readonly points: readonly CurvePoint[];
}

/** Draws `series` on `canvas` (y in [0, 1], x from 0 to the largest x), with axes and a legend. */
export function drawCurve(canvas: HTMLCanvasElement, series: readonly CurveSeries[], xLabel: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const w = canvas.width, h = canvas.height;
  const pad = { l: 40, r: 10, t: 24, b: 28 };
  ctx.clearRect(0, 0, w, h);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  const xMax = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.x)));
  const px = (x: number): number => pad.l + (x / xMax) * (w - pad.l - pad.r);
  const py = (y: number): number => h - pad.b - Math.min(1, Math.max(0, y)) * (h - pad.t - pad.b);
  ctx.strokeStyle = '#ccc';
  ctx.fillStyle = '#444';
  ctx.font = '11px sans-serif';
  for (const y of [0, 0.25, 0.5, 0.75, 1]) {
    ctx.beginPath();
    ctx.moveTo(pad.l, py(y));
    ctx.lineTo(w - pad.r, py(y));
    ctx.stroke();
    ctx.fillText(y.toFixed(2), 4, py(y) + 4);
  }
  ctx.fillText(`${xLabel} (0 .. ${xMax})`, pad.l, h - 8);
  series.forEach((s, i) => {
    ctx.strokeStyle = s.color;
    ctx.fillStyle = s.color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    s.points.forEach((p, j) => (j === 0 ? ctx.moveTo(px(p.x), py(p.y)) : ctx.lineTo(px(p.x), py(p.y))));
    ctx.stroke();
    for (const p of s.points.length < 40 ? s.points : []) ctx.fillRect(px(p.x) - 2, py(p.y) - 2, 4, 4);
    ctx.fillText(s.label, pad.l + 8 + i * 170, 14);
  });
  ctx.lineWidth = 1;
}
