/** A linear layer y = x W + b over the last dim, W [in, out] drawn Normal(0, std^2) from an Rng. */
import type { Rng } from '../../core/rng.js';
import { ConfigError } from '../../errors.js';
import { add, matmul } from '../kernels/index.js';
import { Tensor } from '../tensor.js';

export interface LinearOptions {
  /** Add a bias (default true). */
  readonly bias?: boolean;
  /** Std of the weight init (default 1/sqrt(in)). */
  readonly std?: number;
}

export class Linear {
  readonly weight: Tensor;
  readonly bias: Tensor | undefined;

  /** @throws ConfigError unless both sizes are positive integers. */
  constructor(inFeatures: number, outFeatures: number, rng: Rng, opts: LinearOptions = {}) {
    if (!Number.isInteger(inFeatures) || inFeatures < 1 || !Number.isInteger(outFeatures) || outFeatures < 1) {
      throw new ConfigError(`Linear: sizes must be positive integers, got ${inFeatures} -> ${outFeatures}`);
    }
    this.weight = Tensor.randn([inFeatures, outFeatures], rng, opts.std ?? 1 / Math.sqrt(inFeatures), true);
    this.bias = opts.bias === false ? undefined : Tensor.zeros([outFeatures], true);
  }

  /** x [..., in] -> [..., out]. */
  forward(x: Tensor): Tensor {
    const y = matmul(x, this.weight);
    return this.bias ? add(y, this.bias) : y;
  }

  parameters(): Tensor[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }
}
