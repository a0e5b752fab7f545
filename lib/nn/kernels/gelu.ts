/**
 * GELU, tanh approximation (as GPT-2): y = x/2 (1 + tanh(u)), u = sqrt(2/pi) (x + 0.044715 x^3).
 * Backward: dy/dx = (1 + t)/2 + x/2 (1 - t^2) sqrt(2/pi) (1 + 3 * 0.044715 x^2), t = tanh(u).
 */
import type { GPU, IKernelFunctionThis } from 'gpu.js';
import { flattenInto, runGpu, useGpu } from '../backend.js';
import { Tensor, accumulate, result } from '../tensor.js';

const C = Math.sqrt(2 / Math.PI);
const A = 0.044715;

function geluKernel(this: IKernelFunctionThis<{ C: number; A: number }>, x: number[]): number {
  const v = x[this.thread.x];
  return 0.5 * v * (1 + Math.tanh(this.constants.C * (v + this.constants.A * v * v * v)));
}

function geluGradKernel(this: IKernelFunctionThis<{ C: number; A: number }>, x: number[], g: number[]): number {
  const v = x[this.thread.x];
  const t = Math.tanh(this.constants.C * (v + this.constants.A * v * v * v));
  const d = 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * this.constants.C * (1 + 3 * this.constants.A * v * v);
  return g[this.thread.x] * d;
}

function geluRaw(x: Float32Array): Float32Array {
  const out = new Float32Array(x.length);
  if (out.length > 0 && useGpu('elementwise', out.length)) {
    const k = (gpu: GPU) => gpu.createKernel(geluKernel, { output: [x.length], constants: { C, A } });
    return flattenInto(runGpu(`gelu:${x.length}`, k, [x]), out);
  }
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = 0.5 * v * (1 + Math.tanh(C * (v + A * v * v * v)));
  }
  return out;
}

function geluGradRaw(x: Float32Array, g: Float32Array): Float32Array {
  const out = new Float32Array(x.length);
  if (out.length > 0 && useGpu('elementwise', out.length)) {
    const k = (gpu: GPU) => gpu.createKernel(geluGradKernel, { output: [x.length], constants: { C, A } });
    return flattenInto(runGpu(`gelu-grad:${x.length}`, k, [x, g]), out);
  }
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const t = Math.tanh(C * (v + A * v * v * v));
    out[i] = g[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * C * (1 + 3 * A * v * v));
  }
  return out;
}

/** GELU (tanh approximation), elementwise. */
export function gelu(x: Tensor): Tensor {
  return result(geluRaw(x.data), x.shape, [x], (g) => accumulate(x, geluGradRaw(x.data, g)));
}
