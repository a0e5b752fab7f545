/**
 * Layer norm over the last dim: y = (x - mean) / sqrt(var + eps) * gain + bias, with the biased
 * variance (as PyTorch). Backward, with xh the normalised input and dh = g * gain:
 * dx = rstd * (dh - mean(dh) - xh * mean(dh * xh)), dgain = sum_rows(g * xh), dbias = sum_rows(g).
 * TS on every backend (see softmax.ts).
 */
import { ConfigError } from '../../errors.js';
import { ShapeError, fmt, rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

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
  return result(y, x.shape, [x, gain, bias], (g) => {
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
