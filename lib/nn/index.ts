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
export { AdamW, clipGradNorm, lrSchedule, type AdamWOptions, type AdamWState, type LrSchedule, type LrScheduleOptions } from './optim/index.js';
export { CharTokenizer, PAD_ID, BOS_ID, EOS_ID, type EncodeOptions } from './tokenizer.js';
export { Linear, LayerNorm, type LinearOptions } from './layers/index.js';
export { Transformer, KvCache, sampleToken, type TransformerConfig, type TransformerGeneration, type TokenGeneration, type SequenceLogprobs } from './models/index.js';
export { serializeCheckpoint, deserializeCheckpoint, restoreCheckpoint, type Checkpoint, type CheckpointInput, type Checkpointable } from './checkpoint.js';
export { saveCheckpoint, loadCheckpoint } from './checkpoint-file.js';
export { Ranker, type RankerConfig } from './models/index.js';
export { kernelParity, relError, PARITY_TOLERANCE, type ParityCase, type ParityReport } from './parity.js';
