/**
 * Layer norm over the last dim: y = (x - mean) / sqrt(var + eps) * gain + bias, with the biased
 * variance (as PyTorch). Backward, with xh the normalised input and dh = g * gain:
 * dx = rstd * (dh - mean(dh) - xh * mean(dh * xh)), dgain = sum_rows(g * xh), dbias = sum_rows(g).
 * Flat kernels on a GL backend (see softmax.ts): a per-row statistics pass (mean, rstd), then the
 * elementwise apply; backward recomputes xh from those statistics instead of keeping it.
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { ConfigError } from '../../errors.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host, type Values } from '../device.js';
import { ShapeError, fmt, rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { sumRowsValues } from './elementwise.js';
import { accumulateFresh } from './fresh.js';

type Consts = { cols: number; eps: number };

/** [2 * rows]: (mean, 1 / sqrt(var + eps)) of each row. */
function statsKernel(this: IKernelFunctionThis<Consts>, x: number[]): number {
  const r = divFloor(this.thread.x, 2);
  const o = r * this.constants.cols;
  let mean = 0;
  for (let c = 0; c < this.constants.cols; c++) mean += x[o + c];
  mean = mean / this.constants.cols;
  let v = 0;
  for (let c = 0; c < this.constants.cols; c++) v += (x[o + c] - mean) * (x[o + c] - mean);
  const rstd = 1 / Math.sqrt(v / this.constants.cols + this.constants.eps);
  return this.thread.x - 2 * r > 0 ? rstd : mean;
}

function applyKernel(this: IKernelFunctionThis<Consts>, x: number[], st: number[], gain: number[], bias: number[]): number {
  const i = this.thread.x;
  const r = divFloor(i, this.constants.cols);
  const c = i - r * this.constants.cols;
  return (x[i] - st[2 * r]) * st[2 * r + 1] * gain[c] + bias[c];
}

/** [2 * rows]: (mean(dh), mean(dh * xh)) of each row, dh = g * gain. */
function gradStatsKernel(this: IKernelFunctionThis<Consts>, x: number[], st: number[], gain: number[], g: number[]): number {
  const r = divFloor(this.thread.x, 2);
  const o = r * this.constants.cols;
  let mdh = 0;
  let mdhx = 0;
  for (let c = 0; c < this.constants.cols; c++) {
    const dh = g[o + c] * gain[c];
    mdh += dh;
    mdhx += dh * (x[o + c] - st[2 * r]) * st[2 * r + 1];
  }
  return this.thread.x - 2 * r > 0 ? mdhx / this.constants.cols : mdh / this.constants.cols;
}

function dxKernel(this: IKernelFunctionThis<Consts>, x: number[], st: number[], gain: number[], g: number[], gs: number[]): number {
  const i = this.thread.x;
  const r = divFloor(i, this.constants.cols);
  const c = i - r * this.constants.cols;
  const xh = (x[i] - st[2 * r]) * st[2 * r + 1];
  return st[2 * r + 1] * (g[i] * gain[c] - gs[2 * r] - xh * gs[2 * r + 1]);
}

/** g * xh elementwise (summed over rows, dgain). */
function gXhKernel(this: IKernelFunctionThis<Consts>, x: number[], st: number[], g: number[]): number {
  const i = this.thread.x;
  const r = divFloor(i, this.constants.cols);
  return g[i] * (x[i] - st[2 * r]) * st[2 * r + 1];
}

/** Layer norm with its inputs (and result) on the device. */
function deviceLayerNorm(x: Tensor, gain: Tensor, bias: Tensor, n: number, cols: number, eps: number): Tensor {
  const c = { cols, eps };
  const st = runFlat('ln-stats', 2 * n, statsKernel, c, [x.values]);
  const y = runFlat('ln-apply', x.size, applyKernel, c, [x.values, st, gain.values, bias.values]);
  return result(y, x.shape, [x, gain, bias], (g: Values) => {
    if (x.requiresGrad) {
      const gs = runFlat('ln-grad-stats', 2 * n, gradStatsKernel, c, [x.values, st, gain.values, g]);
      accumulateFresh(x, runFlat('ln-dx', x.size, dxKernel, c, [x.values, st, gain.values, g, gs]));
    }
    if (gain.requiresGrad) accumulateFresh(gain, sumRowsValues(runFlat('ln-g-xh', x.size, gXhKernel, c, [x.values, st, g]), n, cols));
    if (bias.requiresGrad) accumulateFresh(bias, sumRowsValues(g, n, cols));
  });
}

/**
 * Normalises each last-dim row of `x`, then applies `gain` and `bias` (both [C]).
 * @throws ShapeError when gain or bias is not [C]; ConfigError when eps is not positive.
 */
export function layerNorm(x: Tensor, gain: Tensor, bias: Tensor, eps = 1e-5): Tensor {
  const { rows: n, cols } = rows('layerNorm', x.shape);
  for (const p of [gain, bias]) {
    if (p.shape.length !== 1 || p.shape[0] !== cols) {
      throw new ShapeError('layerNorm', [x.shape, gain.shape, bias.shape], `gain and bias must both be [${cols}] (the last dim of ${fmt(x.shape)})`);
    }
  }
  if (!(eps > 0)) throw new ConfigError(`layerNorm: eps must be > 0, got ${eps}`);
  if (cols > 0 && gpuFor('elementwise', x.size, [x.values])) return deviceLayerNorm(x, gain, bias, n, cols, eps);
  const xh = new Float32Array(x.size);
  const rstd = new Float64Array(n);
  const y = new Float32Array(x.size);
  const xd = x.data, gd = gain.data, bd = bias.data;
  for (let r = 0; r < n; r++) {
    const o = r * cols;
    let mean = 0;
    for (let c = 0; c < cols; c++) mean += xd[o + c];
    mean /= cols;
    let v = 0;
    for (let c = 0; c < cols; c++) {
      const dv = xd[o + c] - mean;
      v += dv * dv;
    }
    const s = 1 / Math.sqrt(v / cols + eps);
    rstd[r] = s;
    for (let c = 0; c < cols; c++) {
      const h = (xd[o + c] - mean) * s;
      xh[o + c] = h;
      y[o + c] = h * gd[c] + bd[c];
    }
  }
  return result(y, x.shape, [x, gain, bias], (gv) => {
    const g = host(gv);
    if (x.requiresGrad) {
      const dx = new Float32Array(x.size);
      for (let r = 0; r < n; r++) {
        const o = r * cols;
        let mdh = 0, mdhx = 0;
        for (let c = 0; c < cols; c++) {
          const dh = g[o + c] * gd[c];
          mdh += dh;
          mdhx += dh * xh[o + c];
        }
        mdh /= cols;
        mdhx /= cols;
        const s = rstd[r];
        for (let c = 0; c < cols; c++) {
          const dh = g[o + c] * gd[c];
          dx[o + c] = s * (dh - mdh - xh[o + c] * mdhx);
        }
      }
      accumulateFresh(x, dx);
    }
    if (gain.requiresGrad || bias.requiresGrad) {
      // both parameter grads in one pass over the rows, without a [rows, C] temporary
      const dg = new Float64Array(cols), db = new Float64Array(cols);
      for (let r = 0; r < n; r++) {
        const o = r * cols;
        for (let c = 0; c < cols; c++) {
          const gi = g[o + c];
          dg[c] = dg[c] + gi * xh[o + c];
          db[c] = db[c] + gi;
        }
      }
      if (gain.requiresGrad) accumulateFresh(gain, Float32Array.from(dg));
      if (bias.requiresGrad) accumulateFresh(bias, Float32Array.from(db));
    }
  });
}
