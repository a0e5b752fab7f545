/** The tensor ops, one a file; each records its own backward. */
export { matmul } from './matmul.js';
export { add } from './add.js';
export { mul } from './mul.js';
export { scale } from './scale.js';
export { gelu } from './gelu.js';
export { softmax } from './softmax.js';
export { logSoftmax } from './log-softmax.js';
export { layerNorm } from './layer-norm.js';
export { embedding } from './embedding.js';
export { attention } from './attention.js';
export { crossEntropy } from './cross-entropy.js';
export { sum, mean } from './reduce.js';
export { reshape } from './reshape.js';
export { permute } from './permute.js';
export { pick } from './pick.js';
