/**
 * Reducing a per-token loss matrix ℓ[i][t] to one scalar. Every mode is linear in ℓ,
 * `L = Σ_i Σ_t c[i][t]·ℓ[i][t]`, so `aggregationWeights` returns the coefficients c (which depend only on
 * the mask) and every loss gets its gradient as `c ⊙ ∂ℓ/∂x`.
 *
 * TRL `loss_type` (GRPOConfig), with m the mask, n_i = Σ_t m[i][t], N = Σ_i n_i, B = rows:
 *   'grpo'     Σ_i (Σ_t m·ℓ / max(n_i, 1)) / B                 per-sequence mean, then mean over sequences
 *   'bnpo'     Σ m·ℓ / max(N, 1)                               token mean over the local batch
 *   'dr_grpo'  Σ m·ℓ / (B · maxCompletionLength)               a constant normaliser
 *   'dapo'     Σ m·ℓ / globalTokens                            token mean over the global accumulated batch
 *                                                              (TRL: num_items_in_batch / num_processes;
 *                                                              default: the local N, clamped to ≥ 1)
 * verl `loss_agg_mode` (`core_algos.agg_loss`), same notation:
 *   'token-mean'               Σ m·ℓ / (globalTokens ?? max(N, 1))
 *   'seq-mean-token-sum'       Σ_i Σ_t m·ℓ / B
 *   'seq-mean-token-mean'      Σ_i (Σ_t m·ℓ / (n_i + 1e-8)) / B    (verl's +1e-8, not TRL's clamp)
 *   'seq-mean-token-sum-norm'  Σ m·ℓ / (B · maxCompletionLength)   (verl loss_scale_factor; default: the
 *                                                                  widest row, verl's mask width)
 * TRL divides grpo/bnpo/dr_grpo (not dapo) by the gradient-accumulation steps; that is the trainer's job.
 */
import { ConfigError } from '../errors.js';
import type { TokenMatrix } from './tokens.js';

/** TRL GRPOConfig `loss_type` values (policy-gradient part). */
export type TrlLossType = 'grpo' | 'bnpo' | 'dr_grpo' | 'dapo';
/** verl `actor.loss_agg_mode` values. */
export type VerlLossAggMode = 'token-mean' | 'seq-mean-token-sum' | 'seq-mean-token-mean' | 'seq-mean-token-sum-norm';
/** Either vocabulary; the spellings do not overlap. */
export type LossType = TrlLossType | VerlLossAggMode;

export const LOSS_TYPES: readonly LossType[] = [
  'grpo',
  'bnpo',
  'dr_grpo',
  'dapo',
  'token-mean',
  'seq-mean-token-sum',
  'seq-mean-token-mean',
  'seq-mean-token-sum-norm',
];

export interface AggregationOptions {
  readonly lossType: LossType;
  /** 'dr_grpo' (required) and 'seq-mean-token-sum-norm' (optional): the constant length normaliser. */
  readonly maxCompletionLength?: number;
  /** 'dapo' and 'token-mean': active tokens of the global batch (> 0). Default: this batch's. */
  readonly globalTokens?: number;
}

/** Coefficients c with L = Σ c·ℓ, and the normaliser actually used (for logging). */
export interface AggregationWeights {
  readonly weights: number[][];
  /** Σ mask over the batch. */
  readonly activeTokens: number;
}

export function checkLossType(where: string, lossType: unknown): LossType {
  if (typeof lossType !== 'string' || !(LOSS_TYPES as readonly string[]).includes(lossType)) {
    throw new ConfigError(`${where}: lossType must be one of ${LOSS_TYPES.map((t) => `'${t}'`).join(', ')}, got ${JSON.stringify(lossType)}`);
  }
  return lossType as LossType;
}

/** The coefficients c[i][t] of the chosen aggregation for this mask (already numeric, see resolveMask). */
export function aggregationWeights(where: string, mask: TokenMatrix, opts: AggregationOptions): AggregationWeights {
  const lossType = checkLossType(where, opts.lossType);
  const B = mask.length;
  const rowSums = mask.map((row) => row.reduce((a, b) => a + b, 0));
  const N = rowSums.reduce((a, b) => a + b, 0);
  const scale = (f: (i: number) => number): number[][] => mask.map((row, i) => row.map((m) => (m === 0 ? 0 : m * f(i))));
  const globalTokens = (): number => {
    if (opts.globalTokens === undefined) return Math.max(N, 1);
    const g = opts.globalTokens;
    if (typeof g !== 'number' || !Number.isFinite(g) || g <= 0) throw new ConfigError(`${where}: globalTokens must be a positive number, got ${JSON.stringify(g)}`);
    return g;
  };
  const lengthNorm = (required: boolean): number => {
    const L = opts.maxCompletionLength;
    if (L === undefined) {
      if (required) {
        throw new ConfigError(
          `${where}: lossType '${lossType}' divides by B · maxCompletionLength; pass maxCompletionLength (TRL max_completion_length, default 512 there)`,
        );
      }
      return Math.max(1, ...mask.map((row) => row.length));
    }
    if (typeof L !== 'number' || !Number.isFinite(L) || L <= 0) throw new ConfigError(`${where}: maxCompletionLength must be a positive number, got ${JSON.stringify(L)}`);
    return L;
  };
  if (B === 0) return { weights: [], activeTokens: 0 };
  let weights: number[][];
  switch (lossType) {
    case 'grpo':
      weights = scale((i) => 1 / (B * Math.max(rowSums[i]!, 1)));
      break;
    case 'bnpo':
      weights = scale(() => 1 / Math.max(N, 1));
      break;
    case 'dapo':
    case 'token-mean': {
      const g = globalTokens();
      weights = scale(() => 1 / g);
      break;
    }
    case 'dr_grpo': {
      const L = lengthNorm(true);
      weights = scale(() => 1 / (B * L));
      break;
    }
    case 'seq-mean-token-sum-norm': {
      const L = lengthNorm(false);
      weights = scale(() => 1 / (B * L));
      break;
    }
    case 'seq-mean-token-sum':
      weights = scale(() => 1 / B);
      break;
    case 'seq-mean-token-mean':
      weights = scale((i) => 1 / (B * (rowSums[i]! + 1e-8)));
      break;
  }
  return { weights, activeTokens: N };
}

/** Σ c·ℓ, skipping entries with c = 0 (so padding that holds NaN or garbage never leaks in). */
export function weightedSum(weights: TokenMatrix, values: TokenMatrix): number {
  let s = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    const v = values[i]!;
    for (let t = 0; t < w.length; t++) if (w[t] !== 0) s += w[t]! * v[t]!;
  }
  return s;
}
