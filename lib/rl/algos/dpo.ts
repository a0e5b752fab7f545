/**
 * DPO on preference pairs (TRL `DPOTrainer.dpo_loss`), from sequence log-probs. Per pair:
 *
 *   z = (logπ_θ(y_w) − logπ_θ(y_l)) − (logπ_ref(y_w) − logπ_ref(y_l))
 *   'sigmoid'  ℓ = −(1 − s)·logσ(β·z) − s·logσ(−β·z)        (s = labelSmoothing, cDPO; 0 = plain DPO)
 *   'ipo'      ℓ = (z − 1/(2β))²
 *   loss = mean over pairs
 *
 * Gradients are returned for the two policy log-probs of every pair (the reference ones are constants).
 * TRL's IPO averages each sequence's token log-probs before this formula; pass length-normalised
 * sequence log-probs for that. Implicit rewards as TRL logs them: β·(logπ_θ − logπ_ref).
 *
 * The update: online (iterative) DPO on preference pairs built from verifier-judged samples: in each group of
 * numGenerations completions of one problem, the best-rewarded completions are chosen and the
 * worst-rewarded rejected (when the group's rewards differ), and every chosen completion is paired with
 * every rejected one (a group of G with one right answer gives G − 1 pairs, so the rare right answer
 * is used fully). The reference is the frozen policy at the start of the RL phase. Sequence
 * log-probs are sums over the completion's tokens (eos included), as TRL; dpoLoss above gives the loss
 * and the gradient per pair, which goes to every token of that completion.
 */
import { ConfigError } from '../../errors.js';
import { checkNumber } from '../../core/validate.js';
import { clipGradNorm } from '../../nn/optim/clip.js';
import type { Reward } from '../advantages.js';
import { backpropTokenGrads, logpRows, mean, referenceLogp, selectRows } from './common.js';
import type { Algorithm, TokenizedBatch, UpdateContext, UpdateStats } from './types.js';

export type DpoLossType = 'sigmoid' | 'ipo';

export interface DpoLossInput {
  /** logπ_θ(y_w | x) per pair: the preferred response's summed token log-probs. */
  readonly policyChosenLogp: readonly number[];
  /** logπ_θ(y_l | x) per pair. */
  readonly policyRejectedLogp: readonly number[];
  readonly refChosenLogp: readonly number[];
  readonly refRejectedLogp: readonly number[];
}

export interface DpoLossOptions {
  /** β (TRL default 0.1). */
  readonly beta?: number;
  /** Default 'sigmoid'. */
  readonly lossType?: DpoLossType;
  /** Only for 'sigmoid': the probability that a label is flipped, in [0, 0.5) (TRL label_smoothing, default 0). */
  readonly labelSmoothing?: number;
}

export interface DpoLossResult {
  readonly loss: number;
  /** ℓ per pair. */
  readonly losses: number[];
  /** ∂loss/∂policyChosenLogp per pair. */
  readonly gradChosen: number[];
  /** ∂loss/∂policyRejectedLogp per pair. */
  readonly gradRejected: number[];
  /** β·(logπ_θ(y_w) − logπ_ref(y_w)). */
  readonly chosenRewards: number[];
  readonly rejectedRewards: number[];
  /** Fraction of pairs with chosen reward > rejected reward. */
  readonly rewardAccuracy: number;
}

/** log σ(x), stable for large |x|. */
export function logSigmoid(x: number): number {
  return Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)));
}

/** σ(x), stable for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function dpoLoss(input: DpoLossInput, opts: DpoLossOptions = {}): DpoLossResult {
  const where = 'dpoLoss';
  const names = ['policyChosenLogp', 'policyRejectedLogp', 'refChosenLogp', 'refRejectedLogp'] as const;
  const n = input?.policyChosenLogp?.length;
  for (const k of names) {
    const a = input?.[k];
    if (!Array.isArray(a) || a.length !== n) throw new ConfigError(`${where}: ${k} must be an array with one number per pair (${n}), got ${Array.isArray(a) ? a.length : typeof a}`);
    a.forEach((x, i) => checkNumber(where, `${k}[${i}]`, x, () => true, 'a finite number'));
  }
  const beta = checkNumber(where, 'beta', opts.beta ?? 0.1, (x) => x > 0, 'a positive number');
  const lossType = opts.lossType ?? 'sigmoid';
  if (lossType !== 'sigmoid' && lossType !== 'ipo') throw new ConfigError(`${where}: lossType must be 'sigmoid' or 'ipo', got ${JSON.stringify(lossType)}`);
  const s = checkNumber(where, 'labelSmoothing', opts.labelSmoothing ?? 0, (x) => x >= 0 && x < 0.5, 'a number in [0, 0.5)');
  if (lossType === 'ipo' && s !== 0) throw new ConfigError(`${where}: labelSmoothing applies to the sigmoid loss only; IPO has none`);
  const losses: number[] = [];
  const gradChosen: number[] = [];
  const gradRejected: number[] = [];
  const chosenRewards: number[] = [];
  const rejectedRewards: number[] = [];
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const z = input.policyChosenLogp[i]! - input.policyRejectedLogp[i]! - (input.refChosenLogp[i]! - input.refRejectedLogp[i]!);
    let l: number;
    let dz: number;
    if (lossType === 'sigmoid') {
      const bz = beta * z;
      l = -(1 - s) * logSigmoid(bz) - s * logSigmoid(-bz);
      // d/dz −logσ(βz) = −β·σ(−βz);  d/dz −logσ(−βz) = β·σ(βz)
      dz = -(1 - s) * beta * sigmoid(-bz) + s * beta * sigmoid(bz);
    } else {
      const d = z - 1 / (2 * beta);
      l = d * d;
      dz = 2 * d;
    }
    losses.push(l);
    gradChosen.push(dz / n);
    gradRejected.push(-dz / n);
    const cr = beta * (input.policyChosenLogp[i]! - input.refChosenLogp[i]!);
    const rr = beta * (input.policyRejectedLogp[i]! - input.refRejectedLogp[i]!);
    chosenRewards.push(cr);
    rejectedRewards.push(rr);
    if (cr > rr) correct++;
  }
  return {
    loss: n === 0 ? 0 : losses.reduce((a, b) => a + b, 0) / n,
    losses,
    gradChosen,
    gradRejected,
    chosenRewards,
    rejectedRewards,
    rewardAccuracy: n === 0 ? 0 : correct / n,
  };
}

/** The dpo config group (TRL DPOConfig names). */
export interface DpoConfig {
  /** DPO's β, the temperature of its implicit reward (TRL default 0.1); not the KL penalty's beta. */
  readonly beta: number;
  readonly lossType: DpoLossType;
  /** Optimizer passes over each batch's pairs. */
  readonly numIterations: number;
}

export const DPO_DEFAULTS: DpoConfig = { beta: 0.1, lossType: 'sigmoid', numIterations: 1 };

/** [chosen, rejected] sample indices: per group, every max-reward sample against every min-reward one. */
export function preferencePairs(rewards: readonly Reward[], numGenerations: number): Array<[number, number]> {
  if (!Number.isInteger(numGenerations) || numGenerations < 1 || rewards.length % numGenerations !== 0) {
    throw new ConfigError(`preferencePairs: ${rewards.length} rewards are not whole groups of numGenerations = ${numGenerations}`);
  }
  const pairs: Array<[number, number]> = [];
  for (let g = 0; g < rewards.length; g += numGenerations) {
    const idx = Array.from({ length: numGenerations }, (_, j) => g + j).filter((i) => rewards[i] !== null && !Number.isNaN(rewards[i]));
    if (idx.length < 2) continue;
    const rs = idx.map((i) => rewards[i] as number);
    const hi = Math.max(...rs), lo = Math.min(...rs);
    if (hi === lo) continue;
    const chosen = idx.filter((i) => rewards[i] === hi);
    const rejected = idx.filter((i) => rewards[i] === lo);
    for (const c of chosen) for (const l of rejected) pairs.push([c, l]);
  }
  return pairs;
}

export function dpoUpdate(ctx: UpdateContext<DpoConfig>, batch: TokenizedBatch): UpdateStats {
  const cfg = ctx.params;
  if (!ctx.reference) throw new ConfigError('dpo needs a reference model; the trainer creates one when algo is dpo');
  const pairs = preferencePairs(batch.rollout.rewards, ctx.shared.numGenerations);
  if (pairs.length === 0) return { loss: 0, pairs: 0 };
  // the completions in some pair, each once
  const used = [...new Set(pairs.flat())].sort((a, b) => a - b);
  const at = new Map(used.map((s, k) => [s, k]));
  const seqs = selectRows(batch.sequences, used);
  const lens = selectRows(batch.promptLengths, used);
  const ref = referenceLogp(ctx.reference, seqs, lens).map((row) => row.reduce((a, b) => a + b, 0));
  const beta = cfg.beta;
  let out: UpdateStats = { loss: 0 };
  for (let it = 0; it < (cfg.numIterations); it++) {
    ctx.optimizer.zeroGrad();
    const lp = ctx.model.sequenceLogprobs(seqs, lens);
    const { logp, mask } = logpRows(lp);
    const seqLogp = logp.map((row, k) => row.reduce((a, x, j) => a + x * mask[k]![j]!, 0));
    const r = dpoLoss(
      {
        policyChosenLogp: pairs.map(([c]) => seqLogp[at.get(c)!]!),
        policyRejectedLogp: pairs.map(([, l]) => seqLogp[at.get(l)!]!),
        refChosenLogp: pairs.map(([c]) => ref[at.get(c)!]!),
        refRejectedLogp: pairs.map(([, l]) => ref[at.get(l)!]!),
      },
      { beta, lossType: cfg.lossType },
    );
    const perSeq = new Array<number>(used.length).fill(0);
    pairs.forEach(([c, l], p) => {
      perSeq[at.get(c)!]! += r.gradChosen[p]!;
      perSeq[at.get(l)!]! += r.gradRejected[p]!;
    });
    backpropTokenGrads(lp.logp, mask.map((row, k) => row.map((m) => m * perSeq[k]!)));
    const gradNorm = clipGradNorm(ctx.optimizer.params, ctx.shared.maxGradNorm);
    ctx.optimizer.step();
    out = {
      loss: r.loss,
      pairs: pairs.length,
      rewardAccuracy: r.rewardAccuracy,
      chosenReward: mean(r.chosenRewards),
      rejectedReward: mean(r.rejectedRewards),
      margin: mean(r.chosenRewards.map((c, k) => c - r.rejectedRewards[k]!)),
      gradNorm,
    };
  }
  return out;
}

function validateDpo(p: DpoConfig, shared: { readonly numGenerations: number }): void {
  const where = 'dpo config';
  checkNumber(where, 'beta', p.beta, (x) => x > 0, "a number > 0 (DPO's temperature; TRL default 0.1)");
  if (p.lossType !== 'sigmoid' && p.lossType !== 'ipo') throw new ConfigError(`${where}: lossType must be 'sigmoid' or 'ipo', got ${JSON.stringify(p.lossType)}`);
  checkNumber(where, 'numIterations', p.numIterations, (x) => Number.isInteger(x) && x >= 1, 'a positive integer');
  if (shared.numGenerations < 2) throw new ConfigError('dpo builds pairs within a group: numGenerations must be >= 2');
}

export const DPO: Algorithm<DpoConfig> = {
  defaults: DPO_DEFAULTS,
  validate: validateDpo,
  needsReference: true,
  noKlPenalty: "DPO's loss is already relative to the reference; set its temperature with dpo.beta and leave beta at 0",
  update: dpoUpdate,
};
