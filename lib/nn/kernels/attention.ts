/**
 * Causal multi-head self-attention core: for each (batch, head), O = softmax(mask(Q K^T / sqrt(D))) V,
 * where query i attends to keys 0..i. q, k, v and O are [B, H, T, D].
 *
 * The three products per direction go through gemm (gpu.js when large enough); the masked softmax
 * and its Jacobian are row ops, in TS, or as GL kernels when the products run on the device (then
 * nothing of the attention leaves the device). Masked scores are never exponentiated: row i is normalised over
 * its first i+1 entries and the rest of P stays exactly 0, so they drop out of every gradient.
 * Backward, with S the scaled scores and P = softmax(S):
 *   dV = P^T dO, dP = dO V^T, dS = P * (dP - rowsum(dP * P)), dQ = dS K / sqrt(D), dK = dS^T Q / sqrt(D).
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { gpuFor, gpuIsGl } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host, type Values } from '../device.js';
import { ShapeError, sameShape } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';
import { gemm, gemmValues } from './gemm.js';
import { softmaxGradKernel } from './softmax.js';

type Consts = { t: number; scale: number };

/** P from raw scores S [blocks, t, t]: row i is softmax(scale * S) over its first i+1 entries, 0 after. */
function causalSoftmaxKernel(this: IKernelFunctionThis<Consts>, s: number[]): number {
  const i = this.thread.x;
  const row = divFloor(i, this.constants.t);
  const j = i - row * this.constants.t;
  const z = divFloor(row, this.constants.t);
  const qi = row - z * this.constants.t;
  const o = row * this.constants.t;
  let mx = -1e30;
  for (let c = 0; c < this.constants.t; c++) {
    if (c <= qi) mx = Math.max(mx, s[o + c]);
  }
  let sum = 0;
  for (let c = 0; c < this.constants.t; c++) {
    if (c <= qi) sum += Math.exp((s[o + c] - mx) * this.constants.scale);
  }
  const e = Math.exp((s[o + j] - mx) * this.constants.scale) / sum;
  return j > qi ? 0 : e;
}

/** The attention on device values (GL): five products and two row kernels, no readback. */
function deviceAttention(q: Tensor, k: Tensor, v: Tensor, batch: number, t: number, d: number): Tensor {
  const c = { t, scale: 1 / Math.sqrt(d) };
  const s = gemmValues(q.values, k.values, { batch, m: t, k: d, n: t, transB: true });
  const p = runFlat('causal-softmax', batch * t * t, causalSoftmaxKernel, c, [s]);
  const out = gemmValues(p, v.values, { batch, m: t, k: t, n: d });
  return result(out, q.shape, [q, k, v], (g: Values) => {
    if (v.requiresGrad) accumulateFresh(v, gemmValues(p, g, { batch, m: t, k: t, n: d, transA: true }));
    if (!q.requiresGrad && !k.requiresGrad) return;
    const dp = gemmValues(g, v.values, { batch, m: t, k: d, n: t, transB: true });
    // dS = P * (dP - rowsum(dP * P)) / sqrt(D): softmax's Jacobian, the scale folded in (masked entries of P are 0)
    const ds = runFlat('softmax-grad', batch * t * t, softmaxGradKernel, { cols: t, scale: c.scale }, [p, dp]);
    if (q.requiresGrad) accumulateFresh(q, gemmValues(ds, k.values, { batch, m: t, k: t, n: d }));
    if (k.requiresGrad) accumulateFresh(k, gemmValues(ds, q.values, { batch, m: t, k: t, n: d, transA: true }));
  });
}

/** In place: each T x T block's row i becomes softmax over its first i+1 entries, zero after. */
function causalSoftmax(s: Float32Array, blocks: number, t: number): void {
  for (let z = 0; z < blocks; z++) {
    for (let i = 0; i < t; i++) {
      const o = (z * t + i) * t;
      let max = -Infinity;
      for (let j = 0; j <= i; j++) max = Math.max(max, s[o + j]);
      let sum = 0;
      for (let j = 0; j <= i; j++) {
        const e = Math.exp(s[o + j] - max);
        s[o + j] = e;
        sum += e;
      }
      const inv = 1 / sum;
      for (let j = 0; j <= i; j++) s[o + j] = s[o + j] * inv;
      s.fill(0, o + i + 1, o + t);
    }
  }
}

/**
 * Causal scaled dot-product attention over [B, H, T, D] queries, keys and values.
 * @throws ShapeError unless q, k and v share one rank-4 shape.
 * @example attention(q, k, v) // each [B, H, T, D] -> [B, H, T, D]
 */
export function attention(q: Tensor, k: Tensor, v: Tensor): Tensor {
  if (q.shape.length !== 4 || !sameShape(q.shape, k.shape) || !sameShape(q.shape, v.shape)) {
    throw new ShapeError('attention', [q.shape, k.shape, v.shape], 'q, k and v must share one shape [B, H, T, D]');
  }
  const [b, h, t, d] = q.shape as [number, number, number, number];
  const batch = b * h;
  if (gpuIsGl() && gpuFor('matmul', t * t * d, [q.values, k.values, v.values])) return deviceAttention(q, k, v, batch, t, d);
  const scale = 1 / Math.sqrt(d);
  const p = gemm(q.data, k.data, { batch, m: t, k: d, n: t, transB: true });
  for (let i = 0; i < p.length; i++) p[i] = p[i] * scale;
  causalSoftmax(p, batch, t);
  const out = gemm(p, v.data, { batch, m: t, k: t, n: d });
  return result(out, q.shape, [q, k, v], (gv) => {
    const g = host(gv);
    if (v.requiresGrad) accumulateFresh(v, gemm(p, g, { batch, m: t, k: t, n: d, transA: true }));
    if (!q.requiresGrad && !k.requiresGrad) return;
    const ds = gemm(g, v.data, { batch, m: t, k: d, n: t, transB: true });
    for (let r = 0; r < batch * t; r++) {
      const o = r * t;
      let dot = 0;
      for (let j = 0; j < t; j++) dot += ds[o + j] * p[o + j];
      // the 1/sqrt(D) of S folds in here, once for both dQ and dK
      for (let j = 0; j < t; j++) ds[o + j] = p[o + j] * (ds[o + j] - dot) * scale;
    }
    if (q.requiresGrad) accumulateFresh(q, gemm(ds, k.data, { batch, m: t, k: t, n: d }));
    if (k.requiresGrad) accumulateFresh(k, gemm(ds, q.data, { batch, m: t, k: t, n: d, transA: true }));
  });
}
