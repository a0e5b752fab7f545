/** lib/nn: tensors with reverse-mode autograd, and their ops on gpu.js or plain TypeScript. */
export { Tensor, noGrad, isGradEnabled, zeroGrad } from './tensor.js';
export { ShapeError } from './shape.js';
export {
  BACKEND_NAMES,
  setBackend,
  backendInfo,
  disposeBackend,
  type BackendName,
  type BackendOptions,
  type BackendInfo,
  type GpuThresholds,
  type OpFamily,
} from './backend.js';
export * from './kernels/index.js';
export { benchMatmul, type MatmulBenchOptions, type MatmulBenchRow } from './bench.js';
