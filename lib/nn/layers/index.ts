export { Linear, type LinearOptions } from './linear.js';
export { LayerNorm } from './layer-norm.js';
