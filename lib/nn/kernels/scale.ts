/** scale: multiply by a constant. Backward: dA = s*g. */
import type { GPU, IKernelFunctionThis } from 'gpu.js';
import { ConfigError } from '../../errors.js';
import { flattenInto, runGpu, useGpu } from '../backend.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';

function scaleKernel(this: IKernelFunctionThis, a: number[], s: number): number {
  return a[this.thread.x] * s;
}

function scaleRaw(a: Float32Array, s: number): Float32Array {
  const out = new Float32Array(a.length);
  if (out.length > 0 && useGpu('elementwise', out.length)) {
    const k = (gpu: GPU) => gpu.createKernel(scaleKernel, { output: [a.length] });
    return flattenInto(runGpu(`scale:${a.length}`, k, [a, s]), out);
  }
  for (let i = 0; i < a.length; i++) out[i] = a[i] * s;
  return out;
}

/**
 * s * a.
 * @throws ConfigError when s is not finite.
 */
export function scale(a: Tensor, s: number): Tensor {
  if (!Number.isFinite(s)) throw new ConfigError(`scale: the factor must be a finite number, got ${s}`);
  return result(scaleRaw(a.data, s), a.shape, [a], (g) => accumulateFresh(a, scaleRaw(g, s)));
}
