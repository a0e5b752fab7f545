/** mul: elementwise product, with gain broadcast (see broadcast.ts). Backward: dA = g*b, dB = (g*a) summed over rows. */
import type { GPU, IKernelFunctionThis } from 'gpu.js';
import { asInput, flattenInto, runGpu, useGpu } from '../backend.js';
import { Tensor, accumulate, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';
import { broadcast, sumRows } from './broadcast.js';

function mulKernel(this: IKernelFunctionThis, a: number[][], b: number[]): number {
  return a[this.thread.y][this.thread.x] * b[this.thread.x];
}

/** a [rows, cols] * b [cols], broadcast over rows. */
function mulRaw(a: Float32Array, b: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(a.length);
  if (out.length > 0 && useGpu('elementwise', out.length)) {
    const k = (gpu: GPU) => gpu.createKernel(mulKernel, { output: [cols, rows] });
    return flattenInto(runGpu(`mul:${rows}x${cols}`, k, [asInput(a, [cols, rows]), b]), out);
  }
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let c = 0; c < cols; c++) out[o + c] = a[o + c] * b[c];
  }
  return out;
}

/**
 * a * b elementwise, where the shapes are equal or one is a suffix of the other.
 * @throws ShapeError for shapes that do not broadcast.
 */
export function mul(a: Tensor, b: Tensor): Tensor {
  const { big, small, rows, cols } = broadcast('mul', a, b);
  const out = mulRaw(big.data, small.data, rows, cols);
  return result(out, big.shape, [a, b], (g) => {
    if (big.requiresGrad) accumulateFresh(big, mulRaw(g, small.data, rows, cols));
    if (small.requiresGrad) accumulate(small, sumRows(mulRaw(g, big.data, 1, g.length), rows, cols));
  });
}
