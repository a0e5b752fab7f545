/** Pieces the update steps share: plain-array views of tensors, pushing d(loss)/d(logp) into the model, the KL penalty. */
import { Rng } from '../../core/rng.js';
import { add, mul, sum } from '../../nn/kernels/index.js';
import { Transformer, type SequenceLogprobs } from '../../nn/models/transformer.js';
import { Tensor, noGrad } from '../../nn/tensor.js';
import { klLoss, type KlEstimator } from '../kl.js';
import type { LossType } from '../losses/aggregate.js';

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

export interface KlPenalty {
  /** The aggregated estimate (logged as `kl`). */
  readonly kl: number;
  /** beta * d(kl)/d(logp), to add to the policy loss's gradient. */
  readonly grad: number[][];
}

/** beta * agg(k(logp, refLogp)): TRL's `beta * per_token_kl` added to the per-token loss before aggregation. */
export function klPenalty(logp: number[][], refLogp: number[][], mask: number[][], beta: number, estimator: KlEstimator, lossType: LossType, maxCompletionLength: number): KlPenalty {
  const k = klLoss(logp, refLogp, { estimator, lossType, maxCompletionLength }, mask);
  return { kl: k.loss, grad: k.grad.map((row) => row.map((g) => beta * g)) };
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
