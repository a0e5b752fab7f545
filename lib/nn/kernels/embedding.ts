/**
 * Embedding gather: out[i] = weight[ids[i]]. Backward scatter-adds each output row's gradient into
 * the row it came from (a token seen twice gets both). Flat kernels on a GL backend when the output
 * is large enough (see softmax.ts); the ids go up as a host array.
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { ConfigError } from '../../errors.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host } from '../device.js';
import { ShapeError, fmt, numel } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

function gatherKernel(this: IKernelFunctionThis<{ dim: number }>, w: number[], ids: number[]): number {
  const i = this.thread.x;
  const r = divFloor(i, this.constants.dim);
  return w[ids[r] * this.constants.dim + i - r * this.constants.dim];
}

/**
 * dw[v, c] = sum of g[i, c] over the positions i whose id is v: `order` lists the positions grouped by
 * id, `start[v]` where id v's group begins (a host-built CSR, so each thread loops over its own
 * group, at most `most` long, instead of over every position).
 */
function scatterKernel(this: IKernelFunctionThis<{ dim: number; most: number }>, g: number[], order: number[], start: number[]): number {
  const j = this.thread.x;
  const v = divFloor(j, this.constants.dim);
  const c = j - v * this.constants.dim;
  const a = start[v];
  const count = start[v + 1] - a;
  let s = 0;
  for (let k = 0; k < this.constants.most; k++) {
    if (k < count) s += g[order[a + k] * this.constants.dim + c];
  }
  return s;
}

/** Positions grouped by id (counting sort), each group's start, and the largest group rounded up to a power of two (fewer distinct kernels). */
function groupById(idx: Int32Array, vocab: number): { order: Float32Array; start: Float32Array; most: number } {
  const start = new Float32Array(vocab + 1);
  for (const id of idx) start[id + 1]!++;
  let most = 1;
  for (let v = 0; v < vocab; v++) {
    most = Math.max(most, start[v + 1]!);
    start[v + 1]! += start[v]!;
  }
  const next = Float32Array.from(start);
  const order = new Float32Array(idx.length);
  idx.forEach((id, i) => (order[next[id]!++] = i));
  return { order, start, most: 2 ** Math.ceil(Math.log2(most)) };
}

/**
 * Rows of `weight` [V, C] picked by `ids`, shaped [...idsShape, C].
 * @param idsShape the shape of `ids` (default: flat [ids.length]).
 * @throws ShapeError when weight is not 2-D or idsShape does not hold ids.length values;
 *   ConfigError for an id that is not an integer in [0, V).
 * @example embedding(wte, tokens, [B, T]) // -> [B, T, C]
 */
export function embedding(weight: Tensor, ids: ArrayLike<number>, idsShape: readonly number[] = [ids.length]): Tensor {
  if (weight.shape.length !== 2) throw new ShapeError('embedding', [weight.shape], 'weight must be 2-D [vocab, dim]');
  if (numel(idsShape) !== ids.length) {
    throw new ShapeError('embedding', [weight.shape, idsShape], `idsShape ${fmt(idsShape)} holds ${numel(idsShape)} ids but ${ids.length} were given`);
  }
  const [vocab, dim] = weight.shape as [number, number];
  const n = ids.length;
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (!Number.isInteger(id) || id < 0 || id >= vocab) {
      throw new ConfigError(`embedding: ids[${i}] = ${id} is not a token id in [0, ${vocab}) for weight ${fmt(weight.shape)}`);
    }
    idx[i] = id;
  }
  if (gpuFor('elementwise', n * dim, [weight.values])) {
    const idf = Float32Array.from(idx);
    const out = runFlat('gather', n * dim, gatherKernel, { dim }, [weight.values, idf]);
    return result(out, [...idsShape, dim], [weight], (g) => {
      const { order, start, most } = groupById(idx, vocab);
      accumulateFresh(weight, runFlat('scatter', weight.size, scatterKernel, { dim, most }, [g, order, start]));
    });
  }
  const out = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) out.set(weight.data.subarray(idx[i] * dim, (idx[i] + 1) * dim), i * dim);
  return result(out, [...idsShape, dim], [weight], (gv) => {
    const g = host(gv);
    const dw = new Float32Array(weight.size);
    for (let i = 0; i < n; i++) {
      const w = idx[i] * dim, o = i * dim;
      for (let c = 0; c < dim; c++) dw[w + c] = dw[w + c] + g[o + c];
    }
    accumulateFresh(weight, dw);
  });
}
