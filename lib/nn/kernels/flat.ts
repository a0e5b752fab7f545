/**
 * The runner of the flat kernels every GL op uses: one output index per thread, every input read as
 * a flat array (host Float32Array or device texture), results kept on the device as pipeline
 * textures on a GL backend (host arrays on gpu.js's CPU modes), plus the one-transfer readback of
 * many device arrays (`hostAll`).
 */
import type { GPU, IKernelFunctionThis, IKernelRunShortcut, KernelFunction, KernelOutput, KernelVariable, Texture } from 'gpu.js';
import { ConfigError } from '../../errors.js';
import { backendInfo, flattenInto, gpuIsGl, keepOnDevice, runGpu } from '../backend.js';
import { DeviceArray, type Values } from '../device.js';

/**
 * floor(a / b) for integers 0 <= a < 2^24, b > 0, exact inside a kernel: GPU division need not be
 * correctly rounded (GLSL allows 2.5 ulp), so the quotient is corrected by the exact remainder test.
 * Every flat kernel may call it (launch passes it to gpu.js).
 */
export function divFloor(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (a - q * b < 0) q = q - 1;
  if (a - q * b >= b) q = q + 1;
  return q;
}

/** A gpu.js kernel function of flat arrays and scalars (its `this` typed with its constants). */
export type FlatKernel = (this: never, ...args: never[]) => number;

/** A kernel argument: values (host or device) or a scalar. */
export type FlatArg = Values | number;

/**
 * Runs a kernel with a flat output of `length` floats (thread.x is the output index; every input is
 * read as a flat array). On a GL backend it runs as a pipeline kernel and the result stays on the
 * device (a DeviceArray, one fresh texture per call: `immutable`); on gpu.js's CPU modes it is a host
 * array. `constants` are baked into the kernel (and its cache key); loops bounded by a value that is
 * not a constant need `loopMax`.
 */
export function runFlat(name: string, length: number, fn: FlatKernel, constants: Readonly<Record<string, number>>, args: readonly FlatArg[], loopMax = 0): Values {
  const gl = gpuIsGl();
  const out = launch(name, length, fn, constants, args, loopMax, 'Number');
  if (gl) {
    const d = new DeviceArray(out as unknown as Texture, length);
    if (keepOnDevice()) return d;
    const h = d.toHost();
    d.dispose();
    return h;
  }
  if (out instanceof Float32Array && out.length === length) return out;
  return flattenInto(out, new Float32Array(length));
}

/**
 * GL only: a kernel returning four floats per thread, kept on the device as a vec4 texture of
 * `texels` entries (`length` = 4 * texels), for kernels that read their input four values per fetch.
 */
export function runPacked(name: string, texels: number, fn: PackedKernel, constants: Readonly<Record<string, number>>, args: readonly FlatArg[]): DeviceArray {
  if (!gpuIsGl()) throw new ConfigError(`runPacked('${name}') needs a GL backend, not '${backendInfo().mode}'`);
  return new DeviceArray(launch(name, texels, fn, constants, args, 0, 'Array(4)') as unknown as Texture, 4 * texels);
}

/** A kernel returning four floats (a vec4 texel). */
export type PackedKernel = (this: never, ...args: never[]) => number[];

function launch(name: string, length: number, fn: FlatKernel | PackedKernel, constants: Readonly<Record<string, number>>, args: readonly FlatArg[], loopMax: number, returnType: 'Number' | 'Array(4)'): KernelOutput {
  const gl = gpuIsGl();
  // every size gpu.js bakes in: the output, each constant, each argument's kind and length
  const sig = args.map((a) => (typeof a === 'number' ? 'n' : `${a instanceof DeviceArray ? 't' : 'h'}${a.length}`)).join(',');
  const key = `${name}:${length}:${Object.entries(constants).map(([k, v]) => `${k}=${v}`).join(',')}:${sig}:${loopMax}:${returnType}`;
  const build = (gpu: GPU): IKernelRunShortcut => {
    // pipeline/immutable/loopMaxIterations/returnType are real kernel settings that gpu.js's typings leave out
    const settings: IGPUKernelSettingsFlat = { output: [length], constants: { ...constants }, pipeline: gl, immutable: gl, precision: 'single', tactic: 'precision', returnType, functions: [divFloor] };
    if (loopMax > 0) settings.loopMaxIterations = loopMax + 1;
    return gpu.createKernel(fn as unknown as KernelFunction, settings);
  };
  return runGpu(key, build, args.map((a) => (a instanceof DeviceArray ? a.texture : a)) as KernelVariable[]);
}

interface IGPUKernelSettingsFlat {
  output: [number];
  constants: Record<string, number>;
  pipeline: boolean;
  immutable: boolean;
  precision: 'single';
  tactic: 'precision';
  returnType: 'Number' | 'Array(4)';
  functions: ((a: number, b: number) => number)[];
  loopMaxIterations?: number;
}

type ConcatConstants = { o1: number; o2: number; o3: number; o4: number; o5: number; o6: number; o7: number };

/** Eight flat arrays end to end (o_k: where array k starts). */
function concatKernel(this: IKernelFunctionThis<ConcatConstants>, a0: number[], a1: number[], a2: number[], a3: number[], a4: number[], a5: number[], a6: number[], a7: number[]): number {
  const i = this.thread.x;
  let v = 0;
  if (i < this.constants.o1) v = a0[i];
  else if (i < this.constants.o2) v = a1[i - this.constants.o1];
  else if (i < this.constants.o3) v = a2[i - this.constants.o2];
  else if (i < this.constants.o4) v = a3[i - this.constants.o3];
  else if (i < this.constants.o5) v = a4[i - this.constants.o4];
  else if (i < this.constants.o6) v = a5[i - this.constants.o5];
  else if (i < this.constants.o7) v = a6[i - this.constants.o6];
  else v = a7[i - this.constants.o7];
  return v;
}

/** `vs` end to end on the device: kernels of eight, then of their results, down to one array. */
function concatOnDevice(vs: readonly DeviceArray[]): DeviceArray {
  if (vs.length === 1) return vs[0]!;
  const groups: DeviceArray[] = [];
  for (let g = 0; g < vs.length; g += 8) {
    const part = vs.slice(g, g + 8);
    const starts = [0];
    for (const v of part) starts.push(starts[starts.length - 1]! + v.length);
    const total = starts[part.length]!;
    // unused slots: a one-float dummy past the end (never read)
    const args: FlatArg[] = [...part, ...Array.from({ length: 8 - part.length }, () => new Float32Array(1))];
    const o = (k: number): number => starts[Math.min(k, part.length)]!;
    groups.push(runFlat('concat', total, concatKernel, { o1: o(1), o2: o(2), o3: o(3), o4: o(4), o5: o(5), o6: o(6), o7: o(7) }, args) as DeviceArray);
  }
  const all = concatOnDevice(groups);
  // the groups are intermediate (the caller's arrays are never among them when there are several)
  if (groups.length > 1) for (const g of groups) g.dispose();
  return all;
}

/**
 * Every value on the host, the device ones in one transfer: on a GL backend they are concatenated on
 * the device and read back once (each readback stalls until the GPU is idle, so 38 parameter
 * gradients read one by one cost 38 stalls).
 */
export function hostAll(vs: readonly Values[]): Float32Array[] {
  const dev = vs.filter((v): v is DeviceArray => v instanceof DeviceArray);
  if (dev.length <= 1 || !keepOnDevice() || !gpuIsGl()) return vs.map((v) => (v instanceof DeviceArray ? v.toHost() : v));
  const packed = concatOnDevice(dev);
  const all = packed.toHost();
  packed.dispose();
  let at = 0;
  return vs.map((v) => {
    if (!(v instanceof DeviceArray)) return v;
    at += v.length;
    return all.slice(at - v.length, at);
  });
}
