/**
 * The GRPO family's loss (TRL `GRPOTrainer._compute_loss`, loss types grpo / bnpo / dr_grpo / dapo), as a
 * pure function of per-token log-probs. Per token of sequence i:
 *
 *   token level:    ρ_{i,t} = exp(logπ_θ − logπ_old)
 *   sequence level: ρ_{i,t} = exp(s_i), s_i = Σ_t m·(logπ_θ − logπ_old) / max(Σ_t m, 1)   (GSPO)
 *   coef1 = min(ρ, delta) when delta is set (INTELLECT-2's upper cap), else ρ
 *   coef2 = clip(ρ, 1 − epsilon, 1 + epsilonHigh)                      (clip-higher when epsilonHigh > epsilon)
 *   ℓ_{i,t} = −min(coef1·A, coef2·A) + beta·k3_{i,t},  k3 = exp(ref − logπ_θ) − (ref − logπ_θ) − 1
 *
 * then aggregated by lossType (see aggregate.ts). As in TRL, coef2 clips the uncapped ratio, and a ratio
 * outside the clip range on the side where clipping binds (ρ > 1+epsilonHigh with A > 0, ρ < 1−epsilon
 * with A < 0) contributes no gradient. The gradient returned is ∂loss/∂logπ_θ for every token.
 */
import { ConfigError } from '../../errors.js';
import { klEstimate } from '../kl.js';
import {
  broadcastToTokens,
  checkMatrix,
  checkNumber,
  checkSameShape,
  resolveMask,
  zerosLike,
  type SequenceOrTokenValues,
  type TokenMask,
  type TokenMatrix,
} from '../tokens.js';
import { aggregationWeights, weightedSum, type LossType } from './aggregate.js';

export type ImportanceSamplingLevel = 'token' | 'sequence';

export interface GrpoLossInput {
  /** logπ_θ per completion token: the numbers the gradient is taken with respect to. */
  readonly logp: TokenMatrix;
  /** logπ_old per token; default logp itself (num_iterations = 1, where TRL uses logp.detach(): ρ = 1). */
  readonly oldLogp?: TokenMatrix;
  /** logπ_ref per token; required when beta ≠ 0. */
  readonly refLogp?: TokenMatrix;
  /** One advantage per sequence (TRL) or per token (a matrix like logp). */
  readonly advantages: SequenceOrTokenValues;
  /** Completion-token mask (or weights), same shape as logp; default all ones. */
  readonly mask?: TokenMask;
}

export interface GrpoLossOptions {
  /** Lower clip ε (TRL epsilon, default 0.2): ratios below 1 − ε are clipped. */
  readonly epsilon?: number;
  /** Upper clip (TRL epsilon_high, default = epsilon; DAPO uses 0.28). */
  readonly epsilonHigh?: number;
  /** Upper cap on the unclipped ratio (TRL delta, default none); must exceed 1 + epsilonHigh. */
  readonly delta?: number;
  /** KL coefficient β (default 0: no reference needed). */
  readonly beta?: number;
  /** Aggregation (default 'dapo', TRL's current default); verl's loss_agg_mode names are accepted too. */
  readonly lossType?: LossType;
  /** For 'dr_grpo' (required) and 'seq-mean-token-sum-norm'. */
  readonly maxCompletionLength?: number;
  /** For 'dapo' / 'token-mean': active tokens of the global batch (TRL num_items_in_batch / num_processes). */
  readonly globalTokens?: number;
  /** 'token' (default) or 'sequence' (GSPO). */
  readonly importanceSamplingLevel?: ImportanceSamplingLevel;
}

export interface GrpoLossStats {
  /** Σ mask. */
  readonly activeTokens: number;
  /** Token means (over the mask) of the clip indicators, as TRL logs clip_ratio/low_mean etc. */
  readonly lowClipFraction: number;
  readonly highClipFraction: number;
  readonly clipFraction: number;
  /** Token mean of k3 against the reference (NaN when beta = 0 and no refLogp). */
  readonly meanKl: number;
  /** Token mean of the importance ratio. */
  readonly meanRatio: number;
}

export interface GrpoLossResult {
  readonly loss: number;
  /** ∂loss/∂logp, same shape as logp (0 at masked positions). */
  readonly grad: number[][];
  /** ℓ_{i,t} before aggregation (0 at masked positions). */
  readonly perTokenLoss: number[][];
  readonly stats: GrpoLossStats;
}

interface ClippedTerm {
  /** −min(coef1·A, coef2·A). */
  readonly loss: number;
  /** ∂loss/∂ρ. */
  readonly dRatio: number;
  readonly low: boolean;
  readonly high: boolean;
}

/** One token's clipped surrogate and its derivative in ρ (torch.clamp passes gradient on the closed range). */
function clippedTerm(ratio: number, adv: number, lo: number, hi: number, delta: number | undefined): ClippedTerm {
  const capped = delta !== undefined && ratio > delta;
  const coef1 = capped ? delta : ratio;
  const inRange = ratio >= lo && ratio <= hi;
  const coef2 = ratio < lo ? lo : ratio > hi ? hi : ratio;
  const u1 = coef1 * adv;
  const u2 = coef2 * adv;
  const dRatio = u1 <= u2 ? (capped ? 0 : -adv) : inRange ? -adv : 0;
  return { loss: -Math.min(u1, u2), dRatio, low: ratio < lo && adv < 0, high: ratio > hi && adv > 0 };
}

export function grpoLoss(input: GrpoLossInput, opts: GrpoLossOptions = {}): GrpoLossResult {
  const where = 'grpoLoss';
  const logp = checkMatrix(where, 'logp', input?.logp);
  const oldLogp = input.oldLogp === undefined ? logp : checkSameShape(where, 'oldLogp', logp, input.oldLogp);
  const beta = checkNumber(where, 'beta', opts.beta ?? 0, (x) => x >= 0, 'a non-negative number');
  const refLogp = input.refLogp === undefined ? undefined : checkSameShape(where, 'refLogp', logp, input.refLogp);
  if (beta !== 0 && refLogp === undefined) throw new ConfigError(`${where}: beta = ${beta} needs refLogp (the reference policy's per-token log-probs); pass beta 0 to train without one`);
  const adv = broadcastToTokens(where, 'advantages', logp, input.advantages);
  const mask = resolveMask(where, logp, input.mask);
  const epsilon = checkNumber(where, 'epsilon', opts.epsilon ?? 0.2, (x) => x >= 0 && x < 1, 'a number in [0, 1)');
  const epsilonHigh = checkNumber(where, 'epsilonHigh', opts.epsilonHigh ?? epsilon, (x) => x >= 0, 'a non-negative number');
  const delta = opts.delta === undefined ? undefined : checkNumber(where, 'delta', opts.delta, (x) => x > 1 + epsilonHigh, `a number above 1 + epsilonHigh = ${1 + epsilonHigh}`);
  const level = opts.importanceSamplingLevel ?? 'token';
  if (level !== 'token' && level !== 'sequence') throw new ConfigError(`${where}: importanceSamplingLevel must be 'token' or 'sequence', got ${JSON.stringify(level)}`);
  const { weights, activeTokens } = aggregationWeights(where, mask, {
    lossType: opts.lossType ?? 'dapo',
    maxCompletionLength: opts.maxCompletionLength,
    globalTokens: opts.globalTokens,
  });
  const lo = 1 - epsilon;
  const hi = 1 + epsilonHigh;

  const perTokenLoss = zerosLike(logp);
  const grad = zerosLike(logp);
  let low = 0;
  let high = 0;
  let klSum = 0;
  let ratioSum = 0;
  for (let i = 0; i < logp.length; i++) {
    const row = logp[i]!;
    const m = mask[i]!;
    let seqRatio = 1;
    let rowMass = 0;
    if (level === 'sequence') {
      let s = 0;
      for (let t = 0; t < row.length; t++) {
        if (m[t] === 0) continue;
        s += m[t]! * (row[t]! - oldLogp[i]![t]!);
        rowMass += m[t]!;
      }
      seqRatio = Math.exp(s / Math.max(rowMass, 1));
    }
    // for the sequence level: ∂loss/∂s_i accumulates over the row's tokens, then spreads back as m_u / max(n_i, 1)
    let dSeq = 0;
    for (let t = 0; t < row.length; t++) {
      if (m[t] === 0) continue;
      const ratio = level === 'token' ? Math.exp(row[t]! - oldLogp[i]![t]!) : seqRatio;
      const term = clippedTerm(ratio, adv[i]![t]!, lo, hi, delta);
      let l = term.loss;
      const c = weights[i]![t]!;
      if (level === 'token') grad[i]![t] = c * term.dRatio * ratio;
      else dSeq += c * term.dRatio * ratio;
      if (refLogp !== undefined) {
        const k = klEstimate(row[t]!, refLogp[i]![t]!, 'k3');
        klSum += m[t]! * k.value;
        if (beta !== 0) {
          l += beta * k.value;
          grad[i]![t]! += c * beta * k.grad;
        }
      }
      perTokenLoss[i]![t] = l;
      if (term.low) low += m[t]!;
      if (term.high) high += m[t]!;
      ratioSum += m[t]! * ratio;
    }
    if (level === 'sequence' && dSeq !== 0) {
      const norm = Math.max(rowMass, 1);
      for (let t = 0; t < row.length; t++) if (m[t] !== 0) grad[i]![t]! += (dSeq * m[t]!) / norm;
    }
  }
  const denom = Math.max(activeTokens, 1);
  return {
    loss: weightedSum(weights, perTokenLoss),
    grad,
    perTokenLoss,
    stats: {
      activeTokens,
      lowClipFraction: low / denom,
      highClipFraction: high / denom,
      clipFraction: (low + high) / denom,
      meanKl: refLogp === undefined ? Number.NaN : klSum / denom,
      meanRatio: ratioSum / denom,
    },
  };
}
