/**
 * A scalar value head on a transformer's final hidden states (TRL's AutoModelForCausalLMWithValueHead:
 * one linear layer, dModel -> 1). PPO reads V at the positions that predict each completion token, so
 * V_t estimates the return of the state before token t.
 */
import type { Rng } from '../../core/rng.js';
import { ConfigError } from '../../errors.js';
import { pick } from '../kernels/index.js';
import { Linear } from '../layers/linear.js';
import type { Tensor } from '../tensor.js';

export class ValueHead {
  readonly linear: Linear;

  /** Weights Normal(0, 0.02^2) from `rng` (as the LM head), bias 0. */
  constructor(dModel: number, rng: Rng) {
    if (!Number.isInteger(dModel) || dModel < 1) throw new ConfigError(`ValueHead: dModel must be a positive integer, got ${dModel}`);
    this.linear = new Linear(dModel, 1, rng, { std: 0.02 });
  }

  /**
   * Values [B, Lc] at `positions` (rows of hidden viewed as [B * T, dModel]; -1 = padding, value 0), the
   * layout of Transformer.sequenceLogprobs' `positions`.
   */
  values(hidden: Tensor, positions: readonly number[], shape: readonly [number, number]): Tensor {
    return pick(this.linear.forward(hidden), positions, positions.map(() => 0), shape);
  }

  namedParameters(prefix = 'value'): [string, Tensor][] {
    return this.linear.parameters().map((p, i): [string, Tensor] => [`${prefix}.${i}`, p]);
  }

  parameters(): Tensor[] {
    return this.linear.parameters();
  }
}
