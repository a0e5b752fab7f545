/**
 * sum and mean, over everything (-> a scalar, shape []) or over the last dim (dim -1 -> [...lead]).
 * Backward broadcasts the gradient back (divided by the count for mean). Flat kernels when the input
 * is on the device (see softmax.ts); a full sum is one thread's loop, fine at policy-loss sizes.
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { ConfigError } from '../../errors.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host } from '../device.js';
import { rows } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

function rowSumKernel(this: IKernelFunctionThis<{ cols: number; f: number }>, x: number[]): number {
  const o = this.thread.x * this.constants.cols;
  let s = 0;
  for (let c = 0; c < this.constants.cols; c++) s += x[o + c];
  return s * this.constants.f;
}

function spreadKernel(this: IKernelFunctionThis<{ cols: number; f: number }>, g: number[]): number {
  return g[divFloor(this.thread.x, this.constants.cols)] * this.constants.f;
}

function reduce(op: 'sum' | 'mean', x: Tensor, dim: number | undefined): Tensor {
  let n: number, cols: number, shape: readonly number[];
  if (dim === undefined) {
    [n, cols, shape] = [1, x.size, []];
  } else {
    if (dim !== -1 && dim !== x.shape.length - 1) {
      throw new ConfigError(`${op}: only the last dim (-1 or ${x.shape.length - 1}) or all dims (undefined) can be reduced, got dim ${dim}`);
    }
    ({ rows: n, cols } = rows(op, x.shape));
    shape = x.shape.slice(0, -1);
  }
  const f = op === 'mean' ? (cols > 0 ? 1 / cols : NaN) : 1;
  if (cols > 0 && n > 0 && gpuFor('elementwise', x.size, [x.values])) {
    const c = { cols, f };
    const out = runFlat('row-sum', n, rowSumKernel, c, [x.values]);
    return result(out, shape, [x], (g) => accumulateFresh(x, runFlat('spread', x.size, spreadKernel, c, [g])));
  }
  const out = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let c = 0, o = r * cols; c < cols; c++) s += x.data[o + c];
    out[r] = s * f;
  }
  return result(out, shape, [x], (gv) => {
    const g = host(gv);
    const dx = new Float32Array(x.size);
    for (let r = 0; r < n; r++) dx.fill(g[r] * f, r * cols, (r + 1) * cols);
    accumulateFresh(x, dx);
  });
}

/** Sum of all elements (dim undefined) or over the last dim (dim -1). @throws ConfigError for any other dim. */
export function sum(x: Tensor, dim?: number): Tensor {
  return reduce('sum', x, dim);
}

/** Mean of all elements (dim undefined) or over the last dim (dim -1); NaN for an empty reduction. */
export function mean(x: Tensor, dim?: number): Tensor {
  return reduce('mean', x, dim);
}
