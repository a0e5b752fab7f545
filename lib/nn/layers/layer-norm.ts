/** A layer norm over the last dim with a learned gain (init 1) and bias (init 0). */
import { ConfigError } from '../../errors.js';
import { layerNorm } from '../kernels/index.js';
import { Tensor } from '../tensor.js';

export class LayerNorm {
  readonly gain: Tensor;
  readonly bias: Tensor;
  readonly eps: number;

  constructor(dim: number, eps = 1e-5) {
    if (!Number.isInteger(dim) || dim < 1) throw new ConfigError(`LayerNorm: dim must be a positive integer, got ${dim}`);
    this.gain = Tensor.from(new Float32Array(dim).fill(1), [dim], true);
    this.bias = Tensor.zeros([dim], true);
    this.eps = eps;
  }

  forward(x: Tensor): Tensor {
    return layerNorm(x, this.gain, this.bias, this.eps);
  }

  parameters(): Tensor[] {
    return [this.gain, this.bias];
  }
}
