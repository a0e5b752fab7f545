/** add: elementwise sum, with bias broadcast (see broadcast.ts). Backward: dA = g, dBias = g summed over rows. */
import type { GPU, IKernelFunctionThis } from 'gpu.js';
import { asInput, flattenInto, runGpu, useGpu } from '../backend.js';
import { Tensor, accumulate, result } from '../tensor.js';
import { broadcast, sumRows } from './broadcast.js';
import { accumulateFresh } from './fresh.js';

function addKernel(this: IKernelFunctionThis, a: number[][], b: number[]): number {
  return a[this.thread.y][this.thread.x] + b[this.thread.x];
}

/** a [rows, cols] + b [cols], broadcast over rows. */
function addRaw(a: Float32Array, b: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(a.length);
  if (out.length > 0 && useGpu('elementwise', out.length)) {
    const k = (gpu: GPU) => gpu.createKernel(addKernel, { output: [cols, rows] });
    return flattenInto(runGpu(`add:${rows}x${cols}`, k, [asInput(a, [cols, rows]), b]), out);
  }
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let c = 0; c < cols; c++) out[o + c] = a[o + c] + b[c];
  }
  return out;
}

/**
 * a + b, where the shapes are equal or one is a suffix of the other.
 * @throws ShapeError for shapes that do not broadcast.
 * @example add(x, bias) // [B,T,C] + [C]
 */
export function add(a: Tensor, b: Tensor): Tensor {
  const { big, small, rows, cols } = broadcast('add', a, b);
  const out = addRaw(big.data, small.data, rows, cols);
  return result(out, big.shape, [a, b], (g) => {
    // big takes g itself; small copies (sumRows returns g when rows is 1), before anything adds into g
    accumulateFresh(big, g);
    if (small.requiresGrad) accumulate(small, sumRows(g, rows, cols));
  });
}
