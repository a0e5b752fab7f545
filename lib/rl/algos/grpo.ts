/**
 * The GRPO family (grpo, dapo; dr_grpo is GRPO with loss type 'dr_grpo' and scaleRewards 'none'): its
 * config group, its loss (TRL `GRPOTrainer._compute_loss`) as a pure function of per-token log-probs,
 * its update step and DAPO's dynamic sampling. Per token of sequence i:
 *
 *   token level:    ρ_{i,t} = exp(logπ_θ − logπ_old)
 *   sequence level: ρ_{i,t} = exp(s_i), s_i = Σ_t m·(logπ_θ − logπ_old) / max(Σ_t m, 1)   (GSPO)
 *   coef1 = min(ρ, delta) when delta is set (INTELLECT-2's upper cap), else ρ
 *   coef2 = clip(ρ, 1 − epsilon, 1 + epsilonHigh)                      (clip-higher when epsilonHigh > epsilon)
 *   'clip'  ℓ_{i,t} = −min(coef1·A, coef2·A)
 *   'cispo' ℓ_{i,t} = −sg(min(ρ, 1 + epsilonHigh))·A·logπ_θ            (MiniMax-M1: every token keeps a
 *                                                                       gradient, only its IS weight is clipped)
 *   TIS     ℓ_{i,t} ← min(exp(logπ_old − logμ), tisCap)·ℓ_{i,t}          (μ the sampler's log-probs when they
 *                                                                       differ from π_old's: temperature, top-p)
 *   then    + beta·k_{i,t} (lib/rl/kl.ts klPenalty) − entropyCoef·H_{i,t}
 *
 * aggregated by lossType (../aggregate.ts). As in TRL, coef2 clips the uncapped ratio, and a ratio
 * outside the clip range on the side where clipping binds (ρ > 1+epsilonHigh with A > 0, ρ < 1−epsilon
 * with A < 0) contributes no gradient. The gradient returned is ∂loss/∂logπ_θ for every token (and
 * ∂loss/∂H for the entropies). overlongMask drops truncated completions from the loss (DAPO).
 */
import { ConfigError } from '../../errors.js';
import { checkNumber } from '../../core/validate.js';
import { klPenalty, type KlEstimator } from '../kl.js';
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
import { aggregationWeights, checkLossType, weightedSum, type LossType } from '../aggregate.js';
import { dynamicSamplingFilter, groupAdvantages, type ScaleRewards } from '../advantages.js';
import type { RolloutBatch } from '../rollout.js';
import { mul, softmax, sum } from '../../nn/kernels/index.js';
import { Tensor, noGrad } from '../../nn/tensor.js';
import { padRows, tokenLossUpdate, type TokenLoss, type TokenLossInput } from './common.js';
import type { Algorithm, Sampler, TokenizedBatch, UpdateContext, UpdateStats } from './types.js';

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
  /** logμ per token: the sampler's log-probs, for the TIS correction (with tisCap). */
  readonly samplerLogp?: TokenMatrix;
  /** Per-token entropies H of π_θ, for the entropy bonus (with entropyCoef). */
  readonly entropy?: TokenMatrix;
  /** Per sequence: whether the completion ended with eos (false: cut at the length limit), for overlongMask. */
  readonly finished?: readonly boolean[];
}

/** 'clip': PPO's clipped surrogate (GRPO, DAPO, GSPO); 'cispo': REINFORCE with a clipped, stop-gradient IS weight. */
export type GrpoObjective = 'clip' | 'cispo';

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
  /** Default 'clip'. */
  readonly objective?: GrpoObjective;
  /** KL estimator of the beta term (default k3, TRL's). */
  readonly klEstimator?: KlEstimator;
  /** Cap C of the truncated importance weight min(π_old/μ, C) (needs samplerLogp); default none (no correction). */
  readonly tisCap?: number;
  /** Entropy-bonus coefficient (verl entropy_coeff; default 0; needs entropy). */
  readonly entropyCoef?: number;
  /** Drop completions cut at the length limit from the loss (DAPO overlong filtering; needs finished). */
  readonly overlongMask?: boolean;
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
  /** agg(H) (0 without entropies). */
  readonly entropy: number;
  /** Token mean of the TIS weight min(π_old/μ, C) (1 without the correction). */
  readonly meanTisWeight: number;
  /** Completions masked out as truncated. */
  readonly maskedTruncated: number;
}

export interface GrpoLossResult {
  readonly loss: number;
  /** ∂loss/∂logp, same shape as logp (0 at masked positions). */
  readonly grad: number[][];
  /** ℓ_{i,t} before aggregation (0 at masked positions). */
  readonly perTokenLoss: number[][];
  /** ∂loss/∂H (zeros without entropies). */
  readonly gradEntropy: number[][];
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
  let mask = resolveMask(where, logp, input.mask);
  const epsilon = checkNumber(where, 'epsilon', opts.epsilon ?? 0.2, (x) => x >= 0 && x < 1, 'a number in [0, 1)');
  const epsilonHigh = checkNumber(where, 'epsilonHigh', opts.epsilonHigh ?? epsilon, (x) => x >= 0, 'a non-negative number');
  const delta = opts.delta === undefined ? undefined : checkNumber(where, 'delta', opts.delta, (x) => x > 1 + epsilonHigh, `a number above 1 + epsilonHigh = ${1 + epsilonHigh}`);
  const level = opts.importanceSamplingLevel ?? 'token';
  if (level !== 'token' && level !== 'sequence') throw new ConfigError(`${where}: importanceSamplingLevel must be 'token' or 'sequence', got ${JSON.stringify(level)}`);
  const objective = opts.objective ?? 'clip';
  if (objective !== 'clip' && objective !== 'cispo') throw new ConfigError(`${where}: objective must be 'clip' or 'cispo', got ${JSON.stringify(objective)}`);
  if (objective === 'cispo' && level === 'sequence') throw new ConfigError(`${where}: objective 'cispo' weighs each token by its own ratio; use importanceSamplingLevel 'token'`);
  const tisCap = opts.tisCap === undefined ? undefined : checkNumber(where, 'tisCap', opts.tisCap, (x) => x >= 1, 'a number >= 1 (the cap C of min(π_old/μ, C))');
  const samplerLogp = input.samplerLogp === undefined ? undefined : checkSameShape(where, 'samplerLogp', logp, input.samplerLogp);
  if (tisCap !== undefined && samplerLogp === undefined) throw new ConfigError(`${where}: tisCap needs samplerLogp (the sampler's per-token log-probs)`);
  const entropyCoef = checkNumber(where, 'entropyCoef', opts.entropyCoef ?? 0, () => true, 'a finite number');
  const entropy = input.entropy === undefined ? undefined : checkSameShape(where, 'entropy', logp, input.entropy);
  if (entropyCoef !== 0 && entropy === undefined) throw new ConfigError(`${where}: entropyCoef = ${entropyCoef} needs entropy (the per-token entropies of π_θ)`);
  let maskedTruncated = 0;
  if (opts.overlongMask) {
    const finished = input.finished;
    if (!Array.isArray(finished) || finished.length !== logp.length) throw new ConfigError(`${where}: overlongMask needs finished, one boolean per sequence (${logp.length})`);
    maskedTruncated = finished.filter((f) => !f).length;
    mask = mask.map((row, i) => (finished[i] ? row : row.map(() => 0)));
  }
  const { weights, activeTokens } = aggregationWeights(where, mask, {
    lossType: opts.lossType ?? 'dapo',
    maxCompletionLength: opts.maxCompletionLength,
    globalTokens: opts.globalTokens,
  });
  const lo = 1 - epsilon;
  const hi = 1 + epsilonHigh;
  const kl = refLogp === undefined ? undefined : klPenalty(logp, refLogp, { beta, estimator: opts.klEstimator ?? 'k3', lossType: opts.lossType ?? 'dapo', maxCompletionLength: opts.maxCompletionLength, globalTokens: opts.globalTokens }, mask);

  const perTokenLoss = zerosLike(logp);
  const grad = zerosLike(logp);
  const gradEntropy = zerosLike(logp);
  let low = 0;
  let high = 0;
  let klSum = 0;
  let ratioSum = 0;
  let tisSum = 0;
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
      const tis = samplerLogp === undefined || tisCap === undefined ? 1 : Math.min(Math.exp(oldLogp[i]![t]! - samplerLogp[i]![t]!), tisCap);
      const c = weights[i]![t]!;
      let l: number;
      if (objective === 'cispo') {
        // the clipped ratio is a constant weight: ∂/∂logπ of −w·A·logπ is −w·A
        const w = Math.min(ratio, hi);
        l = tis * -w * adv[i]![t]! * row[t]!;
        grad[i]![t] = c * tis * -w * adv[i]![t]!;
        if (ratio > hi) high += m[t]!;
      } else {
        const term = clippedTerm(ratio, adv[i]![t]!, lo, hi, delta);
        l = tis === 1 ? term.loss : tis * term.loss;
        const d = tis === 1 ? term.dRatio : tis * term.dRatio;
        if (level === 'token') grad[i]![t] = c * d * ratio;
        else dSeq += c * d * ratio;
        if (term.low) low += m[t]!;
        if (term.high) high += m[t]!;
      }
      if (kl !== undefined) {
        klSum += m[t]! * kl.values[i]![t]!;
        if (beta !== 0) {
          l += kl.perToken[i]![t]!;
          grad[i]![t]! += kl.grad[i]![t]!;
        }
      }
      if (entropy !== undefined && entropyCoef !== 0) {
        l -= entropyCoef * entropy[i]![t]!;
        gradEntropy[i]![t] = -entropyCoef * c;
      }
      perTokenLoss[i]![t] = l;
      ratioSum += m[t]! * ratio;
      tisSum += m[t]! * tis;
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
    gradEntropy,
    stats: {
      activeTokens,
      lowClipFraction: low / denom,
      highClipFraction: high / denom,
      clipFraction: (low + high) / denom,
      meanKl: refLogp === undefined ? Number.NaN : klSum / denom,
      meanRatio: ratioSum / denom,
      entropy: entropy === undefined ? 0 : weightedSum(weights, entropy),
      meanTisWeight: tisSum / denom,
      maskedTruncated,
    },
  };
}

/** The grpo / dapo config group (TRL GRPOConfig names where they overlap). */
export interface GrpoConfig {
  /** Lower clip ε (TRL epsilon). */
  readonly epsilon: number;
  /** Upper clip (TRL epsilon_high; DAPO's clip-higher 0.28). */
  readonly epsilonHigh: number;
  /** Token aggregation (TRL loss_type; 'dr_grpo' with scaleRewards 'none' is Dr. GRPO). */
  readonly lossType: LossType;
  /** Divide group advantages by the group's std ('group'), the batch's ('batch') or not ('none'). */
  readonly scaleRewards: ScaleRewards;
  /** Optimizer passes over each rollout batch (TRL num_iterations). */
  readonly numIterations: number;
  /** dapo: extra rollout rounds to refill the batch with groups whose rewards differ. */
  readonly maxResampleRounds: number;
  /** 'token' or 'sequence' (GSPO: one length-normalised ratio per completion). */
  readonly importanceSampling: ImportanceSamplingLevel;
  /** 'clip' (PPO's surrogate) or 'cispo' (clipped stop-gradient IS weight). */
  readonly objective: GrpoObjective;
  /** Truncated importance sampling: weigh each token by min(π_old/μ, tisCap), μ the sampler (temperature, top-p); 0 = off. */
  readonly tisCap: number;
  /** Entropy bonus: subtract entropyCoef·agg(H) from the loss (0 = off). */
  readonly entropyCoef: number;
  /** Drop completions cut at maxNewTokens from the loss (DAPO overlong filtering). */
  readonly overlongMask: boolean;
}

export const GRPO_DEFAULTS: GrpoConfig = {
  epsilon: 0.2,
  epsilonHigh: 0.28,
  lossType: 'dapo',
  scaleRewards: 'group',
  numIterations: 1,
  maxResampleRounds: 3,
  importanceSampling: 'token',
  objective: 'clip',
  tisCap: 0,
  entropyCoef: 0,
  overlongMask: false,
};

/** Per-token entropies of π_θ at the completion positions ([B][Lc] rows) and Σ w·H as a graph for backprop. */
function entropyTerm(lp: TokenLossInput['lp'], gradEntropy: readonly (readonly number[])[]): { rows: number[][]; extra: Tensor } {
  const { logProbs, positions } = lp;
  const v = logProbs.shape[logProbs.shape.length - 1]!;
  const lc = lp.logp.shape[1]!;
  const p = noGrad(() => softmax(logProbs.detach())).data;
  const rows = lp.lengths.map((_, b) => Array.from({ length: lc }, (_, j) => {
    const r = positions[b * lc + j]!;
    if (r < 0) return 0;
    let h = 0;
    for (let c = 0; c < v; c++) h -= p[r * v + c]! * logProbs.data[r * v + c]!;
    return h;
  }));
  // Σ_r g_r·H_r = −Σ_r g_r Σ_c p·logp: weights −g_r on every entry of row r of p ⊙ logp
  const w = new Float32Array(logProbs.size);
  positions.forEach((r, k) => {
    if (r < 0) return;
    const g = gradEntropy[Math.floor(k / lc)]![k % lc]!;
    for (let c = 0; c < v; c++) w[r * v + c]! += -g;
  });
  return { rows, extra: sum(mul(mul(softmax(logProbs), logProbs), new Tensor(w, logProbs.shape))) };
}

export function grpoUpdate(ctx: UpdateContext<GrpoConfig>, batch: TokenizedBatch): UpdateStats {
  const g = ctx.params;
  const { numGenerations, maxNewTokens } = ctx.shared;
  const adv = groupAdvantages(batch.rollout.rewards, { numGenerations, scaleRewards: g.scaleRewards });
  const samplerLogp = g.tisCap > 0 ? batch.rollout.generations.map((x) => [...(x.samplingLogprobs ?? x.logprobs)]) : undefined;
  const finished = batch.rollout.generations.map((x) => x.finished);
  return tokenLossUpdate(ctx, batch, g.numIterations, ({ logp, oldLogp, mask, lp }): TokenLoss & { readonly extra?: Tensor } => {
    const opts: GrpoLossOptions = {
      epsilon: g.epsilon,
      epsilonHigh: g.epsilonHigh,
      lossType: g.lossType,
      maxCompletionLength: maxNewTokens,
      importanceSamplingLevel: g.importanceSampling,
      objective: g.objective,
      ...(g.tisCap > 0 ? { tisCap: g.tisCap } : {}),
      entropyCoef: g.entropyCoef,
      overlongMask: g.overlongMask,
    };
    const input: GrpoLossInput = { logp, oldLogp, advantages: adv.advantages, mask, finished, ...(samplerLogp ? { samplerLogp: padRows(samplerLogp, logp[0]?.length ?? 0) } : {}) };
    if (g.entropyCoef === 0) {
      const r = grpoLoss(input, opts);
      return { loss: r.loss, grad: r.grad, aggregation: g.lossType, stats: { clipFraction: r.stats.lowClipFraction + r.stats.highClipFraction } };
    }
    // the entropies enter the loss as numbers; their gradient goes back through the graph of the log-softmax
    const first = entropyTerm(lp, zerosLike(logp));
    const r = grpoLoss({ ...input, entropy: first.rows }, opts);
    const { extra } = entropyTerm(lp, r.gradEntropy);
    return { loss: r.loss, grad: r.grad, aggregation: g.lossType, extra, stats: { clipFraction: r.stats.lowClipFraction + r.stats.highClipFraction, entropy: r.stats.entropy } };
  });
}

/** Groups of `b` at `keep`, re-indexed. */
function keepGroups(b: RolloutBatch, keep: readonly number[], numGenerations: number): RolloutBatch {
  const idx = keep.flatMap((g) => Array.from({ length: numGenerations }, (_, j) => g * numGenerations + j));
  return {
    prompts: idx.map((i) => b.prompts[i]!),
    generations: idx.map((i) => b.generations[i]!),
    rewards: idx.map((i) => b.rewards[i]!),
    groups: idx.map((_, k) => Math.floor(k / numGenerations)),
    infos: idx.map((i) => b.infos[i]!),
  };
}

function concatBatches(a: RolloutBatch, b: RolloutBatch): RolloutBatch {
  const offset = a.groups.length === 0 ? 0 : a.groups[a.groups.length - 1]! + 1;
  return {
    prompts: [...a.prompts, ...b.prompts],
    generations: [...a.generations, ...b.generations],
    rewards: [...a.rewards, ...b.rewards],
    groups: [...a.groups, ...b.groups.map((g) => g + offset)],
    infos: [...a.infos, ...b.infos],
  };
}

/** DAPO's dynamic sampling: keep groups whose rewards differ, sample more rounds until numPrompts groups. */
async function dynamicSampling(sample: Sampler, g: GrpoConfig, shared: { readonly numGenerations: number; readonly numPrompts: number }): Promise<{ batch: RolloutBatch; sampled: RolloutBatch[]; stats: Record<string, number> }> {
  const { numGenerations, numPrompts } = shared;
  const n = numPrompts * numGenerations;
  const informative = (b: RolloutBatch): RolloutBatch => keepGroups(b, dynamicSamplingFilter(b.rewards, { numGenerations }).keepGroups, numGenerations);
  const sampled = [await sample(0)];
  let kept = informative(sampled[0]!);
  for (let round = 1; round <= g.maxResampleRounds && kept.rewards.length < n; round++) {
    const more = await sample(round);
    sampled.push(more);
    kept = concatBatches(kept, informative(more));
  }
  const batch = kept.rewards.length > n ? keepGroups(kept, Array.from({ length: numPrompts }, (_, i) => i), numGenerations) : kept;
  return { batch, sampled, stats: { keptGroups: batch.rewards.length / numGenerations } };
}

function validateGrpo(g: GrpoConfig): void {
  const where = 'grpo config';
  checkLossType(where, g.lossType);
  checkNumber(where, 'numIterations', g.numIterations, (x) => Number.isInteger(x) && x >= 1, 'a positive integer');
  checkNumber(where, 'tisCap', g.tisCap, (x) => x === 0 || x >= 1, '0 (off) or a cap >= 1');
  checkNumber(where, 'entropyCoef', g.entropyCoef, (x) => x >= 0, 'a number >= 0');
  if (!['group', 'batch', 'none'].includes(g.scaleRewards)) throw new ConfigError(`${where}: scaleRewards must be 'group', 'batch' or 'none', got ${JSON.stringify(g.scaleRewards)}`);
  if (g.importanceSampling !== 'token' && g.importanceSampling !== 'sequence') throw new ConfigError(`${where}: importanceSampling must be 'token' or 'sequence' (GSPO), got ${JSON.stringify(g.importanceSampling)}`);
  if (g.objective !== 'clip' && g.objective !== 'cispo') throw new ConfigError(`${where}: objective must be 'clip' or 'cispo', got ${JSON.stringify(g.objective)}`);
  if (g.objective === 'cispo' && g.importanceSampling === 'sequence') throw new ConfigError(`${where}: objective 'cispo' weighs tokens by their own ratios; use importanceSampling 'token'`);
}

export const GRPO: Algorithm<GrpoConfig> = { defaults: GRPO_DEFAULTS, validate: validateGrpo, update: grpoUpdate };
/** GRPO with DAPO's recipe: token-level 'dapo' loss, clip-higher and dynamic sampling. */
export const DAPO: Algorithm<GrpoConfig> = { ...GRPO, collect: dynamicSampling };
