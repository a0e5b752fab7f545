/** The layers of lib/nn (Linear, LayerNorm): parameter-holding building blocks of the models. */
export { Linear, type LinearOptions } from './linear.js';
export { LayerNorm } from './layer-norm.js';
