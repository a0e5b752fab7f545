/**
 * pick: gather single entries of the rows of x viewed as [rows, cols]: out[i] = x[row[i], col[i]],
 * and 0 where row[i] is -1 (padding). For the log-probs of chosen tokens. Backward scatter-adds g[i]
 * into x[row[i], col[i]]. TS on every backend (see softmax.ts).
 */
import { ConfigError } from '../../errors.js';
import { ShapeError, fmt, numel, rows as rowsOf } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

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
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) if (at[i]! >= 0) out[i] = x.data[at[i]!]!;
  return result(out, shape, [x], (g) => {
    const dx = new Float32Array(x.size);
    for (let i = 0; i < n; i++) if (at[i]! >= 0) dx[at[i]!] += g[i]!;
    accumulateFresh(x, dx);
  });
}
