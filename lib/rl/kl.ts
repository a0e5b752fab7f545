/**
 * Per-token KL estimators (Schulman, "Approximating KL divergence"), for tokens sampled from the
 * current policy π_θ, with `d = logπ_ref − logπ_θ` (the log of r = π_ref/π_θ):
 *
 *   k1 = −d = logπ_θ − logπ_ref        unbiased for KL(π_θ‖π_ref), can be negative   ∂k1/∂logπ_θ = 1
 *   k2 = ½·d²                          biased, low variance, ≥ 0                      ∂k2/∂logπ_θ = −d
 *   k3 = exp(d) − d − 1                unbiased, low variance, ≥ 0 (TRL's per_token_kl,  ∂k3/∂logπ_θ = 1 − exp(d)
 *                                      verl low_var_kl without its clamps)
 *
 * verl names: `kl`/`k1`, `mse`/`k2`, `low_var_kl`/`k3`; OpenRLHF `--algo.kl.estimator k1|k2|k3`.
 * Gradients are with respect to the current policy's log-prob only (the reference is a constant).
 *
 * `klPenalty` is the one way a KL penalty enters a loss, for every algorithm (the trainer's update
 * steps and grpoLoss's own `beta` both call it): β·agg(k(logπ_θ, logπ_ref)), TRL's `beta * per_token_kl`
 * added to the per-token loss before aggregation.
 */
import { ConfigError } from '../errors.js';
import { aggregationWeights, weightedSum, type LossType } from './aggregate.js';
import { checkMatrix, checkSameShape, resolveMask, type TokenMask, type TokenMatrix } from './tokens.js';

export type KlEstimator = 'k1' | 'k2' | 'k3';

export interface KlValue {
  readonly value: number;
  /** ∂value/∂logp. */
  readonly grad: number;
}

/** One token's estimate and its derivative with respect to logp (the current policy's log-prob). */
export function klEstimate(logp: number, refLogp: number, estimator: KlEstimator = 'k3'): KlValue {
  const d = refLogp - logp;
  switch (estimator) {
    case 'k1':
      return { value: -d, grad: 1 };
    case 'k2':
      return { value: 0.5 * d * d, grad: -d };
    case 'k3': {
      const e = Math.exp(d);
      return { value: e - d - 1, grad: 1 - e };
    }
    default:
      throw new ConfigError(`klEstimate: estimator must be 'k1', 'k2' or 'k3', got ${JSON.stringify(estimator)}`);
  }
}

export interface TokenKl {
  /** Estimate per token (0 at masked positions). */
  readonly values: number[][];
  /** ∂value/∂logp per token (0 at masked positions). */
  readonly grads: number[][];
}

/** `klEstimate` for every token of a batch; masked positions (weight 0) get 0 and are not read. */
export function tokenKl(logp: TokenMatrix, refLogp: TokenMatrix, estimator: KlEstimator = 'k3', mask?: TokenMask): TokenKl {
  const where = 'tokenKl';
  checkMatrix(where, 'logp', logp);
  checkSameShape(where, 'refLogp', logp, refLogp);
  const m = resolveMask(where, logp, mask);
  const values = logp.map((row) => new Array<number>(row.length).fill(0));
  const grads = logp.map((row) => new Array<number>(row.length).fill(0));
  for (let i = 0; i < logp.length; i++) {
    for (let t = 0; t < logp[i]!.length; t++) {
      if (m[i]![t] === 0) continue;
      const k = klEstimate(logp[i]![t]!, refLogp[i]![t]!, estimator);
      values[i]![t] = k.value;
      grads[i]![t] = k.grad;
    }
  }
  return { values, grads };
}

export interface KlLossOptions {
  readonly estimator?: KlEstimator;
  /** How tokens are averaged (see losses/aggregate.ts); default 'token-mean'. */
  readonly lossType?: LossType;
  readonly maxCompletionLength?: number;
  readonly globalTokens?: number;
}

export interface KlLoss {
  /** The aggregated estimate, e.g. the masked token mean of k3. */
  readonly loss: number;
  /** ∂loss/∂logp per token. */
  readonly grad: number[][];
}

/**
 * The aggregated KL estimate as a loss term (verl `use_kl_loss` with `kl_loss_type`, a TRPO constraint
 * estimate, or a logged metric) and its gradient with respect to logp.
 */
export function klLoss(logp: TokenMatrix, refLogp: TokenMatrix, opts: KlLossOptions = {}, mask?: TokenMask): KlLoss {
  const p = klPenalty(logp, refLogp, { ...opts, beta: 1 }, mask);
  return { loss: p.kl, grad: p.grad };
}

export interface KlPenaltyOptions extends KlLossOptions {
  /** The penalty's coefficient β (TRL GRPOConfig.beta). */
  readonly beta: number;
}

export interface KlPenalty {
  /** The aggregated estimate, unscaled (logged as `kl`). */
  readonly kl: number;
  /** k per token, unscaled (0 at masked positions). */
  readonly values: number[][];
  /** β·k per token (0 at masked positions), to add to a per-token loss. */
  readonly perToken: number[][];
  /** β·∂agg(k)/∂logp per token, to add to the loss's gradient. */
  readonly grad: number[][];
}

/** β·agg(k(logp, refLogp)) as a per-token term with its gradient; see the file comment. */
export function klPenalty(logp: TokenMatrix, refLogp: TokenMatrix, opts: KlPenaltyOptions, mask?: TokenMask): KlPenalty {
  const where = 'klPenalty';
  const m = resolveMask(where, checkMatrix(where, 'logp', logp), mask);
  const { values, grads } = tokenKl(logp, refLogp, opts.estimator ?? 'k3', m);
  const { weights } = aggregationWeights(where, m, {
    lossType: opts.lossType ?? 'token-mean',
    maxCompletionLength: opts.maxCompletionLength,
    globalTokens: opts.globalTokens,
  });
  const beta = opts.beta;
  return {
    kl: weightedSum(weights, values),
    values,
    perToken: values.map((row) => row.map((v) => beta * v)),
    grad: grads.map((row, i) => row.map((g, t) => beta * (weights[i]![t]! * g))),
  };
}
