/**
 * PPO: its config group, its loss and its update step.
 *
 * The loss (verl `compute_policy_loss` + `compute_value_loss`, TRL PPOTrainer), as a pure function of
 * per-token numbers. With ρ_t = exp(logπ_θ − logπ_old):
 *
 *   policy  ℓ_t = max(−A·ρ, −A·clip(ρ, 1 − epsilon, 1 + epsilonHigh))
 *           dual clip (clipRatioC = c > 1, verl clip_ratio_c): for A < 0, ℓ_t = min(ℓ_t, −c·A)
 *   value   v_t = ½·max((V − R)², (clip(V, V_old − cliprangeValue, V_old + cliprangeValue) − R)²)
 *   entropy h_t = H_t (per-token entropy of π_θ, computed by the caller)
 *   loss = agg(ℓ) + vfCoef·agg(v) − entropyCoef·agg(h)
 *
 * agg is the chosen lossType (default verl's 'token-mean'; see ../aggregate.ts). Gradients come back with
 * respect to logπ_θ, V and H per token; the entropy's own dependence on the model is the caller's to
 * backpropagate.
 *
 * The update: PPO with a value head (TRL PPOTrainer / verl's critic, sharing the policy's trunk):
 *   1. token-level rewards: 0 on every completion token but the last, which gets the verifier's reward;
 *   2. V_old per token from the value head at rollout time; GAE(gamma, lambda) per completion gives
 *      advantages and returns; advantages are whitened over the batch (TRL `whiten`);
 *   3. num_iterations epochs over the batch in numMinibatches shuffled minibatches, each a step on the
 *      clipped surrogate against the rollout's log-probs plus vfCoef times the clipped value loss
 *      (ppoLoss above), plus beta times the KL to the reference when beta > 0; with targetKl, the
 *      epochs stop early once the policy has moved that far (SB3).
 * By default the value loss trains the value head only (valueGradToTrunk false): the trunk is the policy's.
 * A completion whose reward is missing (judge failure) is masked out of every term.
 */
import { Rng } from '../../core/rng.js';
import { checkNumber } from '../../core/validate.js';
import { ConfigError } from '../../errors.js';
import { clipGradNorm } from '../../nn/optim/clip.js';
import { noGrad } from '../../nn/tensor.js';
import { gae, whiten } from '../advantages.js';
import { klPenalty } from '../kl.js';
import {
  broadcastToTokens,
  checkMatrix,
  checkSameShape,
  resolveMask,
  zerosLike,
  type SequenceOrTokenValues,
  type TokenMask,
  type TokenMatrix,
} from '../tokens.js';
import { aggregationWeights, weightedSum, type LossType } from '../aggregate.js';
import { addRows, backpropTokenGrads, logpRows, padRows, referenceLogp, selectRows, toRows } from './common.js';
import type { Algorithm, TokenizedBatch, UpdateContext, UpdateStats } from './types.js';

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

/** The ppo config group (TRL PPOConfig / SB3 names where they overlap). */
export interface PpoConfig {
  /** Lower and upper clip of the ratio. */
  readonly epsilon: number;
  readonly epsilonHigh: number;
  /** Epochs over each rollout batch (TRL num_ppo_epochs). */
  readonly numIterations: number;
  /** Minibatches per epoch. */
  readonly numMinibatches: number;
  /** GAE discount and lambda. */
  readonly gamma: number;
  readonly lambda: number;
  /**
   * Let the value loss train the shared trunk too (TRL's value head on the policy model). false: the
   * value head reads the policy's hidden states but its gradient stops there, so a fresh critic cannot
   * disturb the policy's features (the role of TRL's separate value model).
   */
  readonly valueGradToTrunk: boolean;
  /** Stop a batch's epochs once an epoch's mean approximate KL to the rollout policy exceeds 1.5 x this (SB3 target_kl; 0 = never). */
  readonly targetKl: number;
  /** Value-loss coefficient (TRL vf_coef) and value clip (TRL cliprange_value). */
  readonly vfCoef: number;
  readonly cliprangeValue: number;
}

export const PPO_DEFAULTS: PpoConfig = {
  epsilon: 0.2,
  epsilonHigh: 0.28,
  numIterations: 4,
  numMinibatches: 2,
  gamma: 1,
  lambda: 0.95,
  valueGradToTrunk: false,
  targetKl: 0,
  vfCoef: 0.1,
  cliprangeValue: 0.2,
};

export function ppoUpdate(ctx: UpdateContext<PpoConfig>, batch: TokenizedBatch): UpdateStats {
  const cfg = ctx.params;
  const shared = ctx.shared;
  const head = ctx.valueHead;
  if (!head) throw new ConfigError('ppo needs a value head; the trainer creates one when algo is ppo');
  const n = batch.sequences.length;
  const rewards = batch.rollout.rewards;

  // rollout-time values and the per-token layout
  const old = noGrad(() => {
    const lp = ctx.model.sequenceLogprobs(batch.sequences, batch.promptLengths);
    const lc = lp.logp.shape[1]!;
    const values = head.values(lp.hidden, lp.positions, [n, lc]);
    return { lc, mask: toRows(lp.mask, n, lc), values: toRows(values.data, n, lc), lengths: lp.lengths };
  });
  const { lc } = old;
  const mask = old.mask.map((row, i) => (rewards[i] === null ? row.map(() => 0) : row));
  const oldLogp = padRows(batch.oldLogp, lc);

  // GAE per completion, reward on the last token
  const advantages: number[][] = [];
  const returns: number[][] = [];
  for (let i = 0; i < n; i++) {
    const len = old.lengths[i]!;
    const r = new Array<number>(len).fill(0);
    if (len > 0) r[len - 1] = rewards[i] ?? 0;
    const g = gae({ rewards: r, values: old.values[i]!.slice(0, len), dones: r.map((_, t) => t === len - 1) }, { gamma: cfg.gamma, lambda: cfg.lambda });
    advantages.push([...g.advantages, ...new Array<number>(lc - len).fill(0)]);
    returns.push([...g.returns, ...new Array<number>(lc - len).fill(0)]);
  }
  const flatMask = mask.flat();
  const white = flatMask.reduce((a, b) => a + b, 0) > 1 ? whiten(advantages.flat(), { mask: flatMask }) : advantages.flat();
  const adv = toRows(white, n, lc);

  const beta = shared.beta;
  const refLogp = beta > 0 && ctx.reference ? referenceLogp(ctx.reference, batch.sequences, batch.promptLengths) : undefined;
  const epochs = cfg.numIterations;
  const minibatches = Math.min(cfg.numMinibatches, n);
  const rng = Rng.fromSeed(shared.seed * 7_919 + ctx.update);
  const sums = { loss: 0, policyLoss: 0, valueLoss: 0, clipFraction: 0, valueClipFraction: 0, approxKl: 0, kl: 0, gradNorm: 0 };
  let steps = 0;
  let epochsRun = 0;
  for (let e = 0; e < epochs; e++) {
    let epochKl = 0;
    let epochTokens = 0;
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = rng.integer(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let m = 0; m < minibatches; m++) {
      const idx = order.slice(Math.floor((m * n) / minibatches), Math.floor(((m + 1) * n) / minibatches)).sort((a, b) => a - b);
      ctx.optimizer.zeroGrad();
      const lp = ctx.model.sequenceLogprobs(selectRows(batch.sequences, idx), selectRows(batch.promptLengths, idx));
      const rows = logpRows(lp);
      const w = rows.lc;
      const cut = (x: number[][]): number[][] => padRows(selectRows(x, idx), w);
      const mbMask = cut(mask);
      const values = head.values(cfg.valueGradToTrunk ? lp.hidden : lp.hidden.detach(), lp.positions, [idx.length, w]);
      const r = ppoLoss(
        { logp: rows.logp, oldLogp: cut(oldLogp), advantages: cut(adv), mask: mbMask, values: toRows(values.data, idx.length, w), oldValues: cut(old.values), returns: cut(returns) },
        { epsilon: cfg.epsilon, epsilonHigh: cfg.epsilonHigh, cliprangeValue: cfg.cliprangeValue, vfCoef: cfg.vfCoef, lossType: 'token-mean' },
      );
      let grad = r.grad;
      let kl = 0;
      if (refLogp) {
        const k = klPenalty(rows.logp, cut(refLogp), { beta, estimator: shared.klEstimator, lossType: 'token-mean', maxCompletionLength: shared.maxNewTokens }, mbMask);
        grad = addRows(grad, k.grad);
        kl = k.kl;
      }
      // SB3's approx_kl, k3 of log(π_θ/π_old) (>= 0), for the targetKl stop
      const oldRows = cut(oldLogp);
      rows.logp.forEach((row, i) => row.forEach((lpv, t) => {
        if (mbMask[i]![t] === 0) return;
        const d = lpv - oldRows[i]![t]!;
        epochKl += Math.exp(d) - 1 - d;
        epochTokens++;
      }));
      backpropTokenGrads(lp.logp, grad, values, r.gradValues);
      sums.gradNorm += clipGradNorm(ctx.optimizer.params, shared.maxGradNorm);
      ctx.optimizer.step();
      sums.loss += r.loss + beta * kl;
      sums.policyLoss += r.policyLoss;
      sums.valueLoss += r.valueLoss;
      sums.clipFraction += r.stats.clipFraction;
      sums.valueClipFraction += r.stats.valueClipFraction;
      sums.approxKl += r.stats.approxKl;
      sums.kl += kl;
      steps++;
    }
    epochsRun++;
    // SB3's target_kl: the policy has moved far enough from the rollout policy for this batch
    if (cfg.targetKl > 0 && epochKl / Math.max(1, epochTokens) > 1.5 * cfg.targetKl) break;
  }
  const mean = (x: number): number => x / Math.max(1, steps);
  const { kl, ...rest } = sums;
  const out: Record<string, number> = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, mean(v)]));
  if (refLogp) out.kl = mean(kl);
  out.optimizerSteps = steps;
  out.epochs = epochsRun;
  // V_old against its target over the completion tokens: how well the value head tracks the return
  let vs = 0, rs = 0, cnt = 0;
  mask.forEach((row, i) => row.forEach((m, t) => {
    if (m === 0) return;
    vs += old.values[i]![t]!;
    rs += returns[i]![t]!;
    cnt++;
  }));
  out.valueMean = vs / Math.max(1, cnt);
  out.returnMean = rs / Math.max(1, cnt);
  return out as UpdateStats;
}

function validatePpo(p: PpoConfig): void {
  const where = 'ppo config';
  checkNumber(where, 'numIterations', p.numIterations, (x) => Number.isInteger(x) && x >= 1, 'a positive integer');
  checkNumber(where, 'numMinibatches', p.numMinibatches, (x) => Number.isInteger(x) && x >= 1, 'a positive integer');
  checkNumber(where, 'gamma', p.gamma, (x) => x >= 0 && x <= 1, 'a number in [0, 1]');
  checkNumber(where, 'lambda', p.lambda, (x) => x >= 0 && x <= 1, 'a number in [0, 1]');
  checkNumber(where, 'targetKl', p.targetKl, (x) => x >= 0, 'a number >= 0 (0: off)');
}

export const PPO: Algorithm<PpoConfig> = { defaults: PPO_DEFAULTS, validate: validatePpo, needsValueHead: true, update: ppoUpdate };
