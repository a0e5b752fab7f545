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
 */
import { ConfigError } from '../../errors.js';
import { checkNumber } from '../tokens.js';

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
