/**
 * Backend choice for lib/nn. Every op has a plain-TypeScript path (the 'js' backend, and the reference
 * the tests hold the others to) and, where it pays, a gpu.js path. This module owns the one gpu.js
 * `GPU` instance and the per-shape kernel cache: gpu.js compiles a kernel for one output size (and
 * bakes our shape constants in), so a kernel is built once per (op, shape) key and reused.
 *
 * gpu.js is synchronous here: its 'webgpu' kernels always return Promises and its webasm worker
 * threads engage only under the async contract, neither of which a synchronous autograd tape can use.
 */
import { GPU, HeadlessGLKernel, Input, WebGL2Kernel, WebGLKernel, type IKernelRunShortcut, type KernelOutput, type KernelVariable } from 'gpu.js';
import { ConfigError, MathgymError } from '../errors.js';
import { DeviceArray, invalidateDeviceArrays, type Values } from './device.js';
import { simdGemmAvailable } from './kernels/simd-gemm.js';

/**
 * Names `setBackend` accepts. 'gpu' is gpu.js's own pick (a GL backend, else webasm, else its cpu
 * mode); 'auto' is the same pick except that it prefers 'js' (wasm-simd gemm) to gpu.js's CPU-side modes. What they
 * resolved to is `backendInfo().mode`. 'js' is the plain-TypeScript kernels, no gpu.js at all.
 */
export const BACKEND_NAMES = ['auto', 'gpu', 'headlessgl', 'webasm', 'cpu', 'webgpu', 'js'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

/** The op families that have a gpu.js path; each has its own size threshold. */
export type OpFamily = 'matmul' | 'elementwise';

/** Work (multiply-adds for matmul, elements for elementwise) below which an op takes the TS path. */
export type GpuThresholds = Readonly<Record<OpFamily, number>>;

export interface BackendOptions {
  /** Per-family minimum work for the gpu.js path; a number sets every family (0 forces gpu.js, as the tests do). */
  readonly gpuMinWork?: number | Partial<GpuThresholds>;
  /**
   * Products that do not go to gpu.js use our WebAssembly SIMD matmul kernel where the runtime has
   * SIMD (default true); false keeps them on the plain-TypeScript kernel.
   */
  readonly simd?: boolean;
  /**
   * On a GL backend, kernel results stay on the device until the host reads them (default true);
   * false reads every result back at once, as before device arrays existed (the benchmark's baseline).
   */
  readonly resident?: boolean;
}

export interface BackendInfo {
  /** What was asked for. */
  readonly requested: BackendName;
  /** What runs: 'js', or the gpu.js kernel mode ('cpu', 'webasm', 'headlessgl', 'webgl', 'webgl2'). */
  readonly mode: string;
  readonly engine: 'gpu.js' | 'typescript';
  readonly gpuMinWork: GpuThresholds;
  /** The kernel of products that do not go to gpu.js: our WebAssembly SIMD one, or plain TypeScript. */
  readonly cpuMatmul: 'wasm-simd' | 'typescript';
  /** Whether GL kernel results stay on the device (BackendOptions.resident). */
  readonly resident: boolean;
  /** Backends `setBackend` would accept here. */
  readonly available: readonly BackendName[];
  /** Why each other backend is unavailable. */
  readonly unavailable: Readonly<Partial<Record<BackendName, string>>>;
  readonly cachedKernels: number;
  /** Kernels gpu.js degraded to its cpu backend, with its reason (should stay empty). */
  readonly fallbacks: readonly string[];
}

/*
 * Default thresholds, from lib/bench/nn-matmul.ts and probes on a 2-core AMD EPYC (Node 20):
 *  - matmul (GFLOP/s at n^3, TS gemm / webasm / gpu.js cpu): n=32 2.9 / 2.2 / 0.6, n=64 3.3 / 3.3 / 1.0,
 *    n=256 3.9 / 4.5 / 1.1. Below 64^3 multiply-adds the per-call marshalling of gpu.js loses, so
 *    small products take the TS gemm on every backend; gpu.js 'cpu' never wins but stays selectable.
 *  - elementwise: a gpu.js add / GELU over 1M floats took 3.7 / 33 ms on webasm against 4.1 / 24 ms
 *    in TS, so on the CPU modes ('cpu', 'webasm') the TS loop runs at every size.
 * The GL thresholds (64^3 matmul, 64K elements) are unmeasured guesses: no GL context was available.
 */
const CPU_MODES = new Set(['js', 'cpu', 'webasm']);
const GL_MODES = new Set(['webgl', 'webgl2', 'headlessgl']);
function defaultThresholds(mode: string): GpuThresholds {
  return { matmul: 64 ** 3, elementwise: CPU_MODES.has(mode) ? Infinity : 1 << 16 };
}

interface State {
  requested: BackendName;
  mode: string;
  gpu: GPU | undefined;
  thresholds: GpuThresholds;
  simd: boolean;
  resident: boolean;
  kernels: Map<string, IKernelRunShortcut>;
  fallbacks: string[];
}

/** Above this many cached kernels the oldest is destroyed (varying sequence lengths would grow it without end). */
const MAX_KERNELS = 256;

let state: State | undefined;

/** Why `name` cannot be used here, or undefined when it can. */
function unavailableReason(name: BackendName): string | undefined {
  switch (name) {
    case 'js':
    case 'cpu':
    case 'auto':
    case 'gpu':
      return undefined;
    case 'webasm':
      return GPU.isWebAssemblySupported ? undefined : 'this runtime has no WebAssembly';
    case 'headlessgl':
      return GPU.isHeadlessGLSupported ? undefined : 'no headless GL context (the optional `gl` package is not installed or has no display)';
    case 'webgpu':
      return 'gpu.js webgpu kernels are asynchronous (every call returns a Promise) and the lib/nn tape is synchronous';
  }
}

function availability(): { available: BackendName[]; unavailable: Partial<Record<BackendName, string>> } {
  const available: BackendName[] = [];
  const unavailable: Partial<Record<BackendName, string>> = {};
  for (const name of BACKEND_NAMES) {
    const why = unavailableReason(name);
    if (why === undefined) available.push(name);
    else unavailable[name] = why;
  }
  return { available, unavailable };
}

/** The mode gpu.js runs: its GL kernels all report 'gpu', so those are told apart by class (most derived first). */
function kernelMode(gpu: GPU): string {
  const K = gpu.Kernel as unknown;
  for (const [cls, name] of [[HeadlessGLKernel, 'headlessgl'], [WebGL2Kernel, 'webgl2'], [WebGLKernel, 'webgl']] as const) {
    if (K === cls || (typeof K === 'function' && K.prototype instanceof cls)) return name;
  }
  return (K as { mode: string }).mode;
}

function makeState(name: BackendName, options: BackendOptions): State {
  const why = unavailableReason(name);
  if (why !== undefined) {
    const { available } = availability();
    throw new ConfigError(`nn backend '${name}' is unavailable: ${why}. Available here: ${available.join(', ')}.`);
  }
  let gpu: GPU | undefined;
  let mode = 'js';
  if (name !== 'js') {
    // 'auto' and 'gpu' take gpu.js's own order (headlessgl > webgl2 > webgl > webasm > cpu)
    gpu = new GPU({ mode: name === 'auto' ? 'gpu' : name });
    mode = kernelMode(gpu);
    if (name === 'auto' && (mode === 'cpu' || (mode === 'webasm' && options.simd !== false && simdGemmAvailable()))) {
      // without a GL context gpu.js is the slower path: its cpu mode runs ~3x below the TS kernels and its
      // webasm matmul ~7x below our wasm-simd gemm (mathgym bench nn), so 'auto' takes 'js' instead
      void gpu.destroy().catch(() => undefined);
      [gpu, mode] = [undefined, 'js'];
    }
  }
  const base = defaultThresholds(mode);
  const o = options.gpuMinWork;
  const thresholds = typeof o === 'number' ? { matmul: o, elementwise: o } : { ...base, ...o };
  return { requested: name, mode, gpu, thresholds, simd: options.simd !== false && simdGemmAvailable(), resident: options.resident !== false, kernels: new Map(), fallbacks: [] };
}

function current(): State {
  state ??= makeState('auto', {});
  return state;
}

/**
 * Selects the backend every later op runs on, disposing the previous one's kernels.
 * @throws ConfigError for an unknown or unavailable backend (the message lists what is available).
 * @example setBackend('js'); setBackend('webasm', { gpuMinWork: 0 });
 */
export function setBackend(name: BackendName, options: BackendOptions = {}): BackendInfo {
  if (!(BACKEND_NAMES as readonly string[]).includes(name)) {
    throw new ConfigError(`unknown nn backend ${JSON.stringify(name)}; expected one of ${BACKEND_NAMES.join(', ')}`);
  }
  const next = makeState(name, options);
  disposeBackend();
  state = next;
  return backendInfo();
}

/** What runs now, what else could, and the kernel cache size. Creates the default ('auto') backend on first use. */
export function backendInfo(): BackendInfo {
  const s = current();
  return {
    requested: s.requested,
    mode: s.mode,
    engine: s.gpu ? 'gpu.js' : 'typescript',
    gpuMinWork: s.thresholds,
    cpuMatmul: s.simd ? 'wasm-simd' : 'typescript',
    resident: s.resident,
    ...availability(),
    cachedKernels: s.kernels.size,
    fallbacks: [...s.fallbacks],
  };
}

/** Destroys every cached gpu.js kernel and the GPU instance; the next op starts the default backend again. */
export function disposeBackend(): void {
  if (!state) return;
  for (const k of state.kernels.values()) k.destroy();
  state.kernels.clear();
  // GPU.destroy() releases the GL context (if any) on a later tick; a failure there leaves nothing to undo
  state.gpu?.destroy().catch(() => undefined);
  if (state.gpu && GL_MODES.has(state.mode)) invalidateDeviceArrays();
  state = undefined;
}

/** True when gpu.js runs on a GL context (webgl, webgl2, headlessgl), where kernels are fragment shaders. */
export function gpuIsGl(): boolean {
  const s = current();
  return s.gpu !== undefined && GL_MODES.has(s.mode);
}

/** True when products off the gpu.js path should use the WebAssembly SIMD kernel. */
export function useSimdGemm(): boolean {
  return current().simd;
}

/**
 * The cached kernel for `key`, built on first use. `key` must name the op and every size and
 * constant baked into the kernel. Only call after `gpuFor` returned true; ops go through `runGpu`.
 */
export function gpuKernel(key: string, build: (gpu: GPU) => IKernelRunShortcut): IKernelRunShortcut {
  const s = current();
  if (!s.gpu) throw new ConfigError(`gpuKernel('${key}') called on the '${s.mode}' backend, which has no gpu.js instance`);
  let k = s.kernels.get(key);
  if (k) {
    // re-insert: Map order is the LRU order
    s.kernels.delete(key);
    s.kernels.set(key, k);
    return k;
  }
  k = build(s.gpu);
  s.kernels.set(key, k);
  if (s.kernels.size > MAX_KERNELS) {
    const [oldKey, oldest] = s.kernels.entries().next().value as [string, IKernelRunShortcut];
    oldest.destroy();
    s.kernels.delete(oldKey);
  }
  return k;
}

/**
 * Runs the cached kernel for `key` (built by `build` on first use) on `args`. After a kernel's first
 * run, a silent degradation to gpu.js's cpu backend is recorded in `backendInfo().fallbacks`.
 */
export function runGpu(key: string, build: (gpu: GPU) => IKernelRunShortcut, args: readonly KernelVariable[]): KernelOutput {
  const fresh = !current().kernels.has(key);
  const kernel = gpuKernel(key, build);
  const out = kernel(...args);
  const reason = fresh ? (kernel.kernel as unknown as { fallbackReason?: string | null }).fallbackReason : undefined;
  if (reason) current().fallbacks.push(`${key}: ${reason}`);
  return out;
}

/** A flat Float32Array viewed as a gpu.js array of `size` = [x, y, z] (x fastest), with no copy on our side. */
export function asInput(data: Float32Array, size: readonly [number, number] | readonly [number, number, number]): Input {
  // gpu.js types Input's value as number[], but it reads typed arrays directly
  return new Input(data as unknown as number[], size.length === 2 ? [size[0], size[1]] : [size[0], size[1], size[2]]);
}

/** Copies a kernel result (Float32Array, or rows / planes of them) into `out` in row-major order. */
export function flattenInto(result: KernelOutput, out: Float32Array): Float32Array {
  let offset = 0;
  const walk = (v: unknown): void => {
    if (v instanceof Float32Array) {
      out.set(v, offset);
      offset += v.length;
    } else if (Array.isArray(v)) {
      for (const row of v) walk(row);
    } else {
      throw new MathgymError(`unexpected gpu.js kernel result of type ${typeof v}`, 'NN_KERNEL');
    }
  };
  walk(result);
  if (offset !== out.length) throw new MathgymError(`gpu.js kernel returned ${offset} values, expected ${out.length}`, 'NN_KERNEL');
  return out;
}

/** Arrays longer than this never go to a flat kernel: float32 holds every integer index only below 2^24. */
export const MAX_FLAT_LENGTH = 2 ** 24 - 1;

/**
 * Whether an op of `family` with `work` units runs its gpu.js kernel. On a GL backend an op whose input
 * already lives on the device always does (whatever its size): taking the TS path would read it back.
 */
export function gpuFor(family: OpFamily, work: number, inputs: readonly Values[] = []): boolean {
  const s = current();
  if (!s.gpu || work <= 0) return false;
  // flat kernels index in float32, exact only below 2^24: larger arrays take the TS path
  if ((family === 'elementwise' && work > MAX_FLAT_LENGTH) || inputs.some((v) => v.length > MAX_FLAT_LENGTH)) return false;
  if (GL_MODES.has(s.mode) && inputs.some((v) => v instanceof DeviceArray)) return true;
  return work >= s.thresholds[family];
}

/** Whether GL kernel results stay on the device (BackendOptions.resident) on the current backend. */
export function keepOnDevice(): boolean {
  return current().resident;
}
