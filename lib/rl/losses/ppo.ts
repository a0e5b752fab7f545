/**
 * PPO's loss (verl `compute_policy_loss` + `compute_value_loss`, TRL PPOTrainer), as a pure function of
 * per-token numbers. With ρ_t = exp(logπ_θ − logπ_old):
 *
 *   policy  ℓ_t = max(−A·ρ, −A·clip(ρ, 1 − epsilon, 1 + epsilonHigh))
 *           dual clip (clipRatioC = c > 1, verl clip_ratio_c): for A < 0, ℓ_t = min(ℓ_t, −c·A)
 *   value   v_t = ½·max((V − R)², (clip(V, V_old − cliprangeValue, V_old + cliprangeValue) − R)²)
 *   entropy h_t = H_t (per-token entropy of π_θ, computed by the caller)
 *   loss = agg(ℓ) + vfCoef·agg(v) − entropyCoef·agg(h)
 *
 * agg is the chosen lossType (default verl's 'token-mean'; see aggregate.ts). Gradients come back with
 * respect to logπ_θ, V and H per token; the entropy's own dependence on the model is the caller's to
 * backpropagate.
 */
import { ConfigError } from '../../errors.js';
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

export interface PpoLossInput {
  readonly logp: TokenMatrix;
  readonly oldLogp: TokenMatrix;
  /** Per token (e.g. from GAE) or per sequence. */
  readonly advantages: SequenceOrTokenValues;
  readonly mask?: TokenMask;
  /** Current value predictions V per token; with `returns`, adds the value loss. */
  readonly values?: TokenMatrix;
  /** Value predictions at rollout time, the centre of the value clip; default `values` (no clipping). */
  readonly oldValues?: TokenMatrix;
  /** Value targets R per token (GAE returns). */
  readonly returns?: TokenMatrix;
  /** Per-token entropies of π_θ; with entropyCoef > 0, adds the entropy bonus. */
  readonly entropy?: TokenMatrix;
}

export interface PpoLossOptions {
  /** Lower clip ε (verl clip_ratio / clip_ratio_low, TRL cliprange; default 0.2). */
  readonly epsilon?: number;
  /** Upper clip (verl clip_ratio_high; default = epsilon). */
  readonly epsilonHigh?: number;
  /** Dual-clip bound c > 1 for negative advantages (verl clip_ratio_c, 3.0 there); default off. */
  readonly clipRatioC?: number;
  /** Value clip range (TRL cliprange_value, default 0.2); Infinity disables clipping. */
  readonly cliprangeValue?: number;
  /** Value-loss coefficient (TRL vf_coef, default 0.1). */
  readonly vfCoef?: number;
  /** Entropy-bonus coefficient (verl entropy_coeff, default 0). */
  readonly entropyCoef?: number;
  /** Aggregation for all three terms; default 'token-mean'. */
  readonly lossType?: LossType;
  readonly maxCompletionLength?: number;
  readonly globalTokens?: number;
}

export interface PpoLossResult {
  /** policyLoss + vfCoef·valueLoss − entropyCoef·entropy. */
  readonly loss: number;
  readonly policyLoss: number;
  /** ½·agg(max(...)); 0 without values/returns. */
  readonly valueLoss: number;
  /** agg(H); 0 without entropies. */
  readonly entropy: number;
  /** ∂loss/∂logp. */
  readonly grad: number[][];
  /** ∂loss/∂V (zeros without values). */
  readonly gradValues: number[][];
  /** ∂loss/∂H (zeros without entropies). */
  readonly gradEntropy: number[][];
  readonly stats: {
    readonly activeTokens: number;
    /** Token mean of |ρ − 1| beyond the clip range where clipping binds (verl pg_clipfrac). */
    readonly clipFraction: number;
    /** Token mean of the tokens where the dual clip binds (verl pg_clipfrac_lower). */
    readonly dualClipFraction: number;
    /** Token mean of the value clip binding (verl vf_clipfrac). */
    readonly valueClipFraction: number;
    /** Token mean of logπ_old − logπ_θ (verl ppo_kl). */
    readonly approxKl: number;
  };
}

export function ppoLoss(input: PpoLossInput, opts: PpoLossOptions = {}): PpoLossResult {
  const where = 'ppoLoss';
  const logp = checkMatrix(where, 'logp', input?.logp);
  const oldLogp = checkSameShape(where, 'oldLogp', logp, input.oldLogp);
  const adv = broadcastToTokens(where, 'advantages', logp, input.advantages);
  const mask = resolveMask(where, logp, input.mask);
  const epsilon = checkNumber(where, 'epsilon', opts.epsilon ?? 0.2, (x) => x >= 0 && x < 1, 'a number in [0, 1)');
  const epsilonHigh = checkNumber(where, 'epsilonHigh', opts.epsilonHigh ?? epsilon, (x) => x >= 0, 'a non-negative number');
  const c = opts.clipRatioC === undefined ? undefined : checkNumber(where, 'clipRatioC', opts.clipRatioC, (x) => x > 1, 'a number above 1 (verl asserts clip_ratio_c > 1.0)');
  const vclip = opts.cliprangeValue ?? 0.2;
  if (typeof vclip !== 'number' || Number.isNaN(vclip) || vclip < 0) throw new ConfigError(`${where}: cliprangeValue must be a non-negative number or Infinity, got ${JSON.stringify(vclip)}`);
  const vfCoef = checkNumber(where, 'vfCoef', opts.vfCoef ?? 0.1, (x) => x >= 0, 'a non-negative number');
  const entropyCoef = checkNumber(where, 'entropyCoef', opts.entropyCoef ?? 0, () => true, 'a finite number');
  const { weights, activeTokens } = aggregationWeights(where, mask, {
    lossType: opts.lossType ?? 'token-mean',
    maxCompletionLength: opts.maxCompletionLength,
    globalTokens: opts.globalTokens,
  });
  const lo = 1 - epsilon;
  const hi = 1 + epsilonHigh;

  // policy
  const pg = zerosLike(logp);
  const grad = zerosLike(logp);
  let clipped = 0;
  let dual = 0;
  let kl = 0;
  for (let i = 0; i < logp.length; i++) {
    for (let t = 0; t < logp[i]!.length; t++) {
      const m = mask[i]![t]!;
      if (m === 0) continue;
      const logRatio = logp[i]![t]! - oldLogp[i]![t]!;
      const ratio = Math.exp(logRatio);
      const a = adv[i]![t]!;
      const l1 = -a * ratio;
      const clippedRatio = ratio < lo ? lo : ratio > hi ? hi : ratio;
      const l2 = -a * clippedRatio;
      // ∂/∂ρ of the chosen branch: l1 → −A; l2 → −A inside the clip range, 0 outside
      let loss = l1 >= l2 ? l1 : l2;
      let dRatio = l1 >= l2 ? -a : ratio >= lo && ratio <= hi ? -a : 0;
      if (l2 > l1) clipped += m;
      if (c !== undefined && a < 0 && -c * a < loss) {
        loss = -c * a;
        dRatio = 0;
        dual += m;
      }
      pg[i]![t] = loss;
      grad[i]![t] = weights[i]![t]! * dRatio * ratio;
      kl += m * -logRatio;
    }
  }
  const policyLoss = weightedSum(weights, pg);

  // value
  const gradValues = zerosLike(logp);
  let valueLoss = 0;
  let vClipped = 0;
  if (input.values !== undefined || input.returns !== undefined) {
    if (input.values === undefined || input.returns === undefined) throw new ConfigError(`${where}: the value loss needs both values and returns`);
    const values = checkSameShape(where, 'values', logp, input.values);
    const returns = checkSameShape(where, 'returns', logp, input.returns);
    const oldValues = input.oldValues === undefined ? values : checkSameShape(where, 'oldValues', logp, input.oldValues);
    const v = zerosLike(logp);
    for (let i = 0; i < logp.length; i++) {
      for (let t = 0; t < logp[i]!.length; t++) {
        const m = mask[i]![t]!;
        if (m === 0) continue;
        const V = values[i]![t]!;
        const R = returns[i]![t]!;
        const Vo = oldValues[i]![t]!;
        const Vc = Math.min(Math.max(V, Vo - vclip), Vo + vclip);
        const inRange = V >= Vo - vclip && V <= Vo + vclip;
        const l1 = (V - R) ** 2;
        const l2 = (Vc - R) ** 2;
        // ½·max(l1, l2): derivative ½·2(V − R) on l1, ½·2(Vc − R)·∂Vc/∂V on l2
        const d = l1 >= l2 ? V - R : inRange ? Vc - R : 0;
        if (l2 > l1) vClipped += m;
        v[i]![t] = 0.5 * Math.max(l1, l2);
        gradValues[i]![t] = vfCoef * weights[i]![t]! * d;
      }
    }
    valueLoss = weightedSum(weights, v);
  }

  // entropy
  const gradEntropy = zerosLike(logp);
  let entropy = 0;
  if (input.entropy !== undefined) {
    const h = checkSameShape(where, 'entropy', logp, input.entropy);
    entropy = weightedSum(weights, h);
    for (let i = 0; i < logp.length; i++) for (let t = 0; t < logp[i]!.length; t++) gradEntropy[i]![t] = -entropyCoef * weights[i]![t]!;
  }

  const denom = Math.max(activeTokens, 1);
  return {
    loss: policyLoss + vfCoef * valueLoss - entropyCoef * entropy,
    policyLoss,
    valueLoss,
    entropy,
    grad,
    gradValues,
    gradEntropy,
    stats: {
      activeTokens,
      clipFraction: clipped / denom,
      dualClipFraction: dual / denom,
      valueClipFraction: vClipped / denom,
      approxKl: kl / denom,
    },
  };
}
