/**
 * Pieces the update steps share: plain-array views of tensors, pushing d(loss)/d(logp) into the model,
 * the frozen reference, and `tokenLossUpdate`, the one gradient step of every algorithm whose loss is
 * a function of per-token log-probs (the GRPO family, RLOO, REINFORCE), KL penalty included.
 */
import { Rng } from '../../core/rng.js';
import { add, mul, sum } from '../../nn/kernels/index.js';
import { Transformer, type SequenceLogprobs } from '../../nn/models/transformer.js';
import { clipGradNorm } from '../../nn/optim/clip.js';
import { Tensor, noGrad } from '../../nn/tensor.js';
import type { LossType } from '../aggregate.js';
import { klPenalty } from '../kl.js';
import type { TokenizedBatch, UpdateContext, UpdateStats } from './types.js';

/** A [rows, cols] Float32Array as rows of numbers. */
export function toRows(flat: ArrayLike<number>, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, b) => Array.from({ length: cols }, (_, j) => flat[b * cols + j]!));
}

/** Rows padded (or cut) to `cols` entries, 0 beyond a row's end. */
export function padRows(rows: readonly (readonly number[])[], cols: number): number[][] {
  return rows.map((r) => Array.from({ length: cols }, (_, j) => r[j] ?? 0));
}

/** Picks rows of a matrix. */
export function selectRows<T>(m: readonly T[], idx: readonly number[]): T[] {
  return idx.map((i) => m[i]!);
}

/**
 * Backpropagates a loss whose gradient with respect to the per-token log-probs (and optionally values) is
 * known: the gradient of sum(g * logp) + sum(gv * values) w.r.t. the parameters equals the loss's.
 */
export function backpropTokenGrads(logp: Tensor, grad: readonly (readonly number[])[], values?: Tensor, gradValues?: readonly (readonly number[])[]): void {
  let s = sum(mul(logp, Tensor.from(grad.flat(), logp.shape)));
  if (values && gradValues) s = add(s, sum(mul(values, Tensor.from(gradValues.flat(), values.shape))));
  s.backward();
}

/** log pi_ref of the same completion tokens, without a graph; [B][Lc] like lp.logp. */
export function referenceLogp(reference: Transformer, sequences: readonly (readonly number[])[], promptLengths: readonly number[]): number[][] {
  return noGrad(() => {
    const r = reference.sequenceLogprobs(sequences, promptLengths);
    return toRows(r.logp.data, sequences.length, r.logp.shape[1]!);
  });
}

/** Elementwise a + b of two equally shaped matrices. */
export function addRows(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  return a.map((row, i) => row.map((x, j) => x + b[i]![j]!));
}

/** A copy of `model` whose parameters do not require grad (the frozen reference). */
export function frozenCopy(model: Transformer): Transformer {
  const copy = new Transformer(model.config, Rng.fromSeed(0), model.tokenizer);
  const src = model.parameters();
  copy.parameters().forEach((p, i) => {
    p.data.set(src[i]!.data);
    p.requiresGrad = false;
  });
  return copy;
}

/** The log-probs as rows plus the mask as rows, from a sequenceLogprobs result. */
export function logpRows(lp: SequenceLogprobs): { logp: number[][]; mask: number[][]; lc: number } {
  const b = lp.lengths.length, lc = lp.logp.shape[1]!;
  return { logp: toRows(lp.logp.data, b, lc), mask: toRows(lp.mask, b, lc), lc };
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

/** A per-token loss at the current log-probs: its value, ∂loss/∂logp, how it aggregates tokens (the KL penalty aggregates alike) and what it logs. */
export interface TokenLoss {
  readonly loss: number;
  readonly grad: number[][];
  readonly aggregation: LossType;
  readonly stats: Readonly<Record<string, number>>;
}

/** Everything a per-token loss may read: the current and rollout log-probs, the completion mask, and the model's graph (for an entropy term). */
export interface TokenLossInput {
  readonly logp: number[][];
  readonly oldLogp: number[][];
  readonly mask: number[][];
  readonly lp: SequenceLogprobs;
}

/**
 * `iterations` optimizer steps on one batch: log-probs of the completions, the algorithm's loss and
 * gradient, plus β times the KL to the frozen reference when beta > 0, backpropagated, clipped, stepped.
 * `extraBackward` adds the gradient of terms that are not functions of the sampled tokens' log-probs
 * (the entropy bonus) to the same backward pass.
 */
export function tokenLossUpdate(ctx: UpdateContext, batch: TokenizedBatch, iterations: number, lossAt: (x: TokenLossInput) => TokenLoss & { readonly extra?: Tensor }): UpdateStats {
  const { beta, klEstimator, maxNewTokens, maxGradNorm } = ctx.shared;
  let refLogp: number[][] | undefined;
  let stats: Record<string, number> = { loss: 0 };
  for (let it = 0; it < iterations; it++) {
    ctx.optimizer.zeroGrad();
    const lp = ctx.model.sequenceLogprobs(batch.sequences, batch.promptLengths);
    const { logp, mask, lc } = logpRows(lp);
    const r = lossAt({ logp, oldLogp: padRows(batch.oldLogp, lc), mask, lp });
    let grad = r.grad;
    let kl = Number.NaN;
    if (beta > 0 && ctx.reference) {
      refLogp ??= referenceLogp(ctx.reference, batch.sequences, batch.promptLengths);
      const k = klPenalty(logp, refLogp, { beta, estimator: klEstimator, lossType: r.aggregation, maxCompletionLength: maxNewTokens }, mask);
      grad = addRows(grad, k.grad);
      kl = k.kl;
    }
    let s = sum(mul(lp.logp, Tensor.from(grad.flat(), lp.logp.shape)));
    if (r.extra) s = add(s, r.extra);
    s.backward();
    const gradNorm = clipGradNorm(ctx.optimizer.params, maxGradNorm);
    ctx.optimizer.step();
    stats = { loss: r.loss + (Number.isNaN(kl) ? 0 : beta * kl), ...r.stats, gradNorm, ...(Number.isNaN(kl) ? {} : { kl }) };
  }
  return stats as UpdateStats;
}
