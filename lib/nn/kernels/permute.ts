/**
 * permute: reorder dims (a copy), e.g. [B,T,H,D] -> [B,H,T,D] to split attention heads.
 * Backward applies the inverse permutation to the gradient. A flat kernel (rank <= 4) when the input
 * is on the device.
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host, type Values } from '../device.js';
import { ShapeError } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

type PermConsts = { o1: number; o2: number; o3: number; s0: number; s1: number; s2: number; s3: number };

/** out[i0,i1,i2,i3] = x at sum(i_k * s_k): the output shape is (., o1, o2, o3), s the permuted input strides. */
function permuteKernel(this: IKernelFunctionThis<PermConsts>, x: number[]): number {
  const i = this.thread.x;
  const q3 = divFloor(i, this.constants.o3);
  const i3 = i - q3 * this.constants.o3;
  const q2 = divFloor(q3, this.constants.o2);
  const i2 = q3 - q2 * this.constants.o2;
  const i0 = divFloor(q2, this.constants.o1);
  const i1 = q2 - i0 * this.constants.o1;
  return x[i0 * this.constants.s0 + i1 * this.constants.s1 + i2 * this.constants.s2 + i3 * this.constants.s3];
}

/** The output shape, and for each output dim the input stride it walks (row-major input). */
function permutedLayout(shape: readonly number[], perm: readonly number[]): { outShape: number[]; outStrides: number[] } {
  const strides = new Array<number>(shape.length);
  for (let i = shape.length - 1, s = 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i]!;
  }
  return { outShape: perm.map((p) => shape[p]!), outStrides: perm.map((p) => strides[p]!) };
}

/** The permutation on values: a flat kernel on the device for rank <= 4, else the host copy. */
function permuteValues(v: Values, shape: readonly number[], perm: readonly number[]): Values {
  const rank = shape.length;
  if (rank <= 4 && v.length > 0 && gpuFor('elementwise', v.length, [v])) {
    const { outShape, outStrides } = permutedLayout(shape, perm);
    // pad to rank 4 with leading size-1 dims (stride 0)
    const pad = 4 - rank;
    const os = [...new Array<number>(pad).fill(1), ...outShape];
    const ss = [...new Array<number>(pad).fill(0), ...outStrides];
    const c = { o1: os[1]!, o2: os[2]!, o3: os[3]!, s0: ss[0]!, s1: ss[1]!, s2: ss[2]!, s3: ss[3]! };
    return runFlat('permute', v.length, permuteKernel, c, [v]);
  }
  return permuteRaw(host(v), shape, perm);
}

/** Copies `data` of `shape` into the layout where output dim i is input dim perm[i]. */
function permuteRaw(data: Float32Array, shape: readonly number[], perm: readonly number[]): Float32Array {
  const rank = shape.length;
  const { outShape, outStrides } = permutedLayout(shape, perm);
  const out = new Float32Array(data.length);
  if (rank >= 2 && perm[rank - 1] === rank - 1) return permuteRuns(data, out, outShape, outStrides);
  const idx = new Array<number>(rank).fill(0);
  for (let o = 0; o < out.length; o++) {
    let src = 0;
    for (let i = 0; i < rank; i++) src += idx[i] * outStrides[i];
    out[o] = data[src];
    // odometer increment over the output shape
    for (let i = rank - 1; i >= 0; i--) {
      idx[i] = idx[i] + 1;
      if (idx[i] < outShape[i]) break;
      idx[i] = 0;
    }
  }
  return out;
}

/**
 * The common case where the last dim stays last (splitting / merging attention heads): contiguous runs
 * of that dim are copied whole, with the odometer stepping once per run instead of once per element.
 */
function permuteRuns(data: Float32Array, out: Float32Array, outShape: readonly number[], outStrides: readonly number[]): Float32Array {
  const rank = outShape.length;
  const run = outShape[rank - 1] as number;
  if (run === 0) return out;
  const idx = new Array<number>(rank - 1).fill(0);
  let src = 0;
  for (let o = 0; o < out.length; o += run) {
    for (let c = 0; c < run; c++) out[o + c] = data[src + c] as number;
    // odometer over the leading output dims, keeping src in step
    for (let i = rank - 2; i >= 0; i--) {
      idx[i] = (idx[i] as number) + 1;
      src += outStrides[i] as number;
      if ((idx[i] as number) < (outShape[i] as number)) break;
      src -= (idx[i] as number) * (outStrides[i] as number);
      idx[i] = 0;
    }
  }
  return out;
}

/**
 * `x` with its dims reordered: output dim i is input dim perm[i].
 * @throws ShapeError when perm is not a permutation of 0..rank-1.
 * @example permute(x, [0, 2, 1, 3]) // [B,T,H,D] -> [B,H,T,D]
 */
export function permute(x: Tensor, perm: readonly number[]): Tensor {
  const rank = x.shape.length;
  const ok = perm.length === rank && perm.every((p) => Number.isInteger(p) && p >= 0 && p < rank) && new Set(perm).size === rank;
  if (!ok) throw new ShapeError('permute', [x.shape, perm], `perm must list each of 0..${rank - 1} once`);
  const inverse = new Array<number>(rank);
  perm.forEach((p, i) => (inverse[p] = i));
  const outShape = perm.map((p) => x.shape[p]);
  return result(permuteValues(x.values, x.shape, perm), outShape, [x], (g) => accumulateFresh(x, permuteValues(g, outShape, inverse)));
}
