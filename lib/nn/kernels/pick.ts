/**
 * pick: gather single entries of the rows of x viewed as [rows, cols]: out[i] = x[row[i], col[i]],
 * and 0 where row[i] is -1 (padding). For the log-probs of chosen tokens. Backward scatter-adds g[i]
 * into x[row[i], col[i]]. Flat kernels when x is on the device (see softmax.ts): the gather reads
 * x at host-computed offsets; the scatter, when no row is picked twice (the log-probs of one token
 * per position), looks up each row's one pick; otherwise it scatters on the host.
 */
import type { IKernelFunctionThis } from 'gpu.js';
import { ConfigError } from '../../errors.js';
import { gpuFor } from '../backend.js';
import { divFloor, runFlat } from './flat.js';
import { host } from '../device.js';
import { ShapeError, fmt, numel, rows as rowsOf } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

function pickKernel(this: IKernelFunctionThis, x: number[], at: number[]): number {
  const a = at[this.thread.x];
  let v = 0;
  if (a >= 0) v = x[a];
  return v;
}

/** dx[r, c] = g[i] when position i picked (r, c): `which[r]` is that i (or -1), `col[r]` its column. */
function unpickKernel(this: IKernelFunctionThis<{ cols: number }>, g: number[], which: number[], col: number[]): number {
  const j = this.thread.x;
  const r = divFloor(j, this.constants.cols);
  const w = which[r];
  let v = 0;
  if (w >= 0 && col[r] === j - r * this.constants.cols) v = g[w];
  return v;
}

/** Per row, the one position that picked it and the column, or undefined when some row is picked twice. */
function rowPicks(at: Int32Array, nRows: number, cols: number): { which: Float32Array; col: Float32Array } | undefined {
  const which = new Float32Array(nRows).fill(-1), col = new Float32Array(nRows).fill(-1);
  for (let i = 0; i < at.length; i++) {
    const a = at[i]!;
    if (a < 0) continue;
    const r = Math.floor(a / cols);
    if (which[r]! >= 0) return undefined;
    which[r] = i;
    col[r] = a - r * cols;
  }
  return { which, col };
}

/**
 * Entries of `x` (rows = all but the last dim) at (rowIds[i], colIds[i]), shaped `shape` (default [n]).
 * @throws ShapeError when the id lists differ in length or do not fill `shape`; ConfigError for an id out of range.
 * @example pick(logp, [0, 5], [tokA, tokB]) // logp [B,T,V] -> [2]
 */
export function pick(x: Tensor, rowIds: ArrayLike<number>, colIds: ArrayLike<number>, shape: readonly number[] = [rowIds.length]): Tensor {
  const { rows: nRows, cols } = rowsOf('pick', x.shape);
  const n = rowIds.length;
  if (colIds.length !== n || numel(shape) !== n) {
    throw new ShapeError('pick', [x.shape, [n], [colIds.length], shape], `rowIds and colIds need equal lengths that fill ${fmt(shape)}`);
  }
  const at = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rowIds[i] as number, c = colIds[i] as number;
    if (r === -1) {
      at[i] = -1;
      continue;
    }
    if (!Number.isInteger(r) || r < 0 || r >= nRows || !Number.isInteger(c) || c < 0 || c >= cols) {
      throw new ConfigError(`pick: (${r}, ${c}) at index ${i} is outside the [${nRows}, ${cols}] rows of ${fmt(x.shape)} (row -1 marks padding)`);
    }
    at[i] = r * cols + c;
  }
  if (n > 0 && gpuFor('elementwise', n, [x.values])) {
    const out = runFlat('pick', n, pickKernel, {}, [x.values, Float32Array.from(at)]);
    const picks = rowPicks(at, nRows, cols);
    return result(out, shape, [x], (gv) => {
      if (picks) accumulateFresh(x, runFlat('unpick', x.size, unpickKernel, { cols }, [gv, picks.which, picks.col]));
      else accumulateFresh(x, scatter(host(gv), at, x.size));
    });
  }
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) if (at[i]! >= 0) out[i] = x.data[at[i]!]!;
  return result(out, shape, [x], (g) => accumulateFresh(x, scatter(host(g), at, x.size)));
}

/** dx with g[i] added at at[i] (skipping -1). */
function scatter(g: Float32Array, at: Int32Array, size: number): Float32Array {
  const dx = new Float32Array(size);
  for (let i = 0; i < at.length; i++) if (at[i]! >= 0) dx[at[i]!] += g[i]!;
  return dx;
}
