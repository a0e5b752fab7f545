/**
 * TRPO, all of it: its config group, its surrogate loss, the Fisher of its KL constraint on the
 * transformer's parameters (one flat vector θ) and its update step; the generic conjugate-gradient and
 * KL line-search solver is lib/nn/optim/trust-region.ts.
 *
 *   loss(θ)  the surrogate −mean_t(ρ_t·A), ρ_t = π_θ(o_t)/π_old(o_t) over completion tokens, A the
 *            group-relative advantage of the token's completion (TRPO needs no critic here: one outcome
 *            reward per completion, as GRPO)
 *   KL(θ)    the exact mean over completion positions s of KL(π_old(·|s) ‖ π_θ(·|s)), summed over the
 *            whole vocabulary (not a sample estimate); this is the constraint the line search enforces
 *   F·v      the Fisher of that KL at θ_old in Gauss–Newton form, F = Jᵀ·H·J with J = ∂logits/∂θ and
 *            H = mean_s (diag(p_s) − p_s·p_sᵀ) (the softmax's Fisher, exact): J·v by a central finite
 *            difference of the logits, (z(θ+εv) − z(θ−εv)) / 2ε, and Jᵀ·u by backpropagation through the
 *            graph of z(θ_old), kept for the whole update. Symmetric and positive semi-definite up to the
 *            finite-difference error; cgDamping adds δ·I.
 * Then conjugate gradient for F⁻¹·(−∇loss), the step scaled to the KL boundary, and the backtracking line
 * search; the KL actually reached is measured and logged (`stepKl` ≤ `maxKl`, or no step).
 */
import { broadcastToTokens, checkMatrix, checkSameShape, resolveMask, zerosLike, type SequenceOrTokenValues, type TokenMask, type TokenMatrix } from '../tokens.js';
import { checkNumber } from '../../core/validate.js';
import { logSoftmax, mul, sum } from '../../nn/kernels/index.js';
import type { Transformer } from '../../nn/models/transformer.js';
import { trpoStep } from '../../nn/optim/trust-region.js';
import { PAD_ID } from '../../nn/tokenizer.js';
import { Tensor, noGrad } from '../../nn/tensor.js';
import { aggregationWeights, weightedSum, type LossType } from '../aggregate.js';
import { groupAdvantages, type ScaleRewards } from '../advantages.js';
import type { Algorithm, TokenizedBatch, UpdateContext, UpdateStats } from './types.js';

/** The trpo config group (SB3 TRPO names where they overlap). */
export interface TrpoConfig {
  /** Trust-region radius δ on the mean KL (SB3 target_kl). */
  readonly maxKl: number;
  /** Conjugate-gradient iterations and damping of the Fisher product. */
  readonly cgIterations: number;
  readonly cgDamping: number;
  /** Group advantages' scaling, as GRPO's. */
  readonly scaleRewards: ScaleRewards;
}

export const TRPO_DEFAULTS: TrpoConfig = { maxKl: 0.01, cgIterations: 10, cgDamping: 0.1, scaleRewards: 'group' };

/**
 * The surrogate as a loss, `L = −agg(ρ·A)` with ρ = exp(logπ_θ − logπ_old) and no clipping (the trust
 * region does that job), and the sample estimate of its constraint KL(π_old ‖ π_θ) on tokens drawn from
 * π_old: per token `exp(logπ_θ − logπ_old) − (logπ_θ − logπ_old) − 1` (k3 with the roles of the two
 * policies swapped, ≥ 0, 0 at θ = θ_old). Both return ∂/∂logπ_θ; the update below uses the loss.
 */
export interface TrpoSurrogateInput {
  readonly logp: TokenMatrix;
  readonly oldLogp: TokenMatrix;
  readonly advantages: SequenceOrTokenValues;
  readonly mask?: TokenMask;
}

export interface TrpoSurrogateOptions {
  /** Default 'token-mean'. */
  readonly lossType?: LossType;
  readonly maxCompletionLength?: number;
  readonly globalTokens?: number;
}

export interface TrpoSurrogateResult {
  /** −agg(ρ·A). */
  readonly loss: number;
  /** ∂loss/∂logp = −c·ρ·A. */
  readonly grad: number[][];
  /** agg of the per-token KL(π_old‖π_θ) estimate. */
  readonly kl: number;
  /** ∂kl/∂logp = c·(ρ − 1). */
  readonly klGrad: number[][];
}

export function trpoSurrogate(input: TrpoSurrogateInput, opts: TrpoSurrogateOptions = {}): TrpoSurrogateResult {
  const where = 'trpoSurrogate';
  const logp = checkMatrix(where, 'logp', input?.logp);
  const oldLogp = checkSameShape(where, 'oldLogp', logp, input.oldLogp);
  const adv = broadcastToTokens(where, 'advantages', logp, input.advantages);
  const mask = resolveMask(where, logp, input.mask);
  const { weights } = aggregationWeights(where, mask, {
    lossType: opts.lossType ?? 'token-mean',
    maxCompletionLength: opts.maxCompletionLength,
    globalTokens: opts.globalTokens,
  });
  const per = zerosLike(logp);
  const kls = zerosLike(logp);
  const grad = zerosLike(logp);
  const klGrad = zerosLike(logp);
  for (let i = 0; i < logp.length; i++) {
    for (let t = 0; t < logp[i]!.length; t++) {
      const c = weights[i]![t]!;
      if (c === 0) continue;
      const d = logp[i]![t]! - oldLogp[i]![t]!;
      const ratio = Math.exp(d);
      per[i]![t] = -ratio * adv[i]![t]!;
      grad[i]![t] = -c * ratio * adv[i]![t]!;
      kls[i]![t] = ratio - d - 1;
      klGrad[i]![t] = c * (ratio - 1);
    }
  }
  return { loss: weightedSum(weights, per), grad, kl: weightedSum(weights, kls), klGrad };
}

/** The model's parameters as one Float64Array, and back. */
export function flatParameters(model: Transformer): Float64Array {
  const ps = model.parameters();
  const out = new Float64Array(ps.reduce((a, p) => a + p.size, 0));
  let o = 0;
  for (const p of ps) {
    out.set(p.data, o);
    o += p.size;
  }
  return out;
}

export function setFlatParameters(model: Transformer, flat: Float64Array): void {
  let o = 0;
  for (const p of model.parameters()) {
    for (let i = 0; i < p.size; i++) p.data[i] = flat[o + i]!;
    o += p.size;
  }
}

function flatGrad(model: Transformer): Float64Array {
  const ps = model.parameters();
  const out = new Float64Array(ps.reduce((a, p) => a + p.size, 0));
  let o = 0;
  for (const p of ps) {
    if (p.grad) out.set(p.grad, o);
    o += p.size;
  }
  return out;
}

/**
 * The pieces of one TRPO problem for a batch of (prompt + completion) sequences: the Fisher-vector
 * product, the exact mean KL to the policy at construction time, and the batch layout. Built at θ_old
 * (the model's parameters when called); restores them after every evaluation at another θ.
 */
export class PolicyFisher {
  readonly model: Transformer;
  /** Row of the [B·T, V] logits that predicts each completion token (active positions only). */
  readonly rows: number[];
  /** The completion token at each active position. */
  readonly tokens: number[];
  /** Completion index (sequence) of each active position. */
  readonly seqOf: number[];
  readonly vocab: number;
  /** log π_old over the vocabulary at each active position, [rows.length][V]. */
  readonly oldLogProbs: Float64Array[];
  /** Relative size of the finite-difference step: ε·‖v‖ = fdStep·√(number of parameters). */
  readonly fdStep: number;
  private readonly padded: number[][];
  private readonly theta: Float64Array;
  private readonly logits: Tensor;

  constructor(model: Transformer, sequences: readonly (readonly number[])[], promptLengths: readonly number[], fdStep = 1e-3) {
    this.model = model;
    this.fdStep = fdStep;
    const t = Math.max(...sequences.map((s) => s.length));
    this.padded = sequences.map((s) => [...s, ...new Array<number>(t - s.length).fill(PAD_ID)]);
    this.rows = [];
    this.tokens = [];
    this.seqOf = [];
    sequences.forEach((s, b) => {
      for (let j = promptLengths[b]!; j < s.length; j++) {
        this.rows.push(b * t + j - 1);
        this.tokens.push(s[j]!);
        this.seqOf.push(b);
      }
    });
    this.vocab = model.config.vocabSize;
    this.theta = flatParameters(model);
    this.logits = model.forward(this.padded); // graph at θ_old, reused by every Jᵀ·u
    const lsm = noGrad(() => logSoftmax(this.logits.detach())).data;
    this.oldLogProbs = this.rows.map((r) => Float64Array.from(lsm.subarray(r * this.vocab, (r + 1) * this.vocab)));
  }

  get size(): number {
    return this.theta.length;
  }

  /** θ_old (a copy). */
  parameters(): Float64Array {
    return Float64Array.from(this.theta);
  }

  /** Logits at the active positions for parameters θ (no graph); the model is put back to θ_old. */
  private logitsAt(theta: Float64Array): Float32Array[] {
    setFlatParameters(this.model, theta);
    try {
      const z = noGrad(() => this.model.forward(this.padded)).data;
      return this.rows.map((r) => z.slice(r * this.vocab, (r + 1) * this.vocab));
    } finally {
      setFlatParameters(this.model, this.theta);
    }
  }

  /** log π_θ over the vocabulary at the active positions. */
  logProbsAt(theta: Float64Array): Float64Array[] {
    return this.logitsAt(theta).map((z) => {
      let max = -Infinity;
      for (const x of z) max = Math.max(max, x);
      let s = 0;
      for (const x of z) s += Math.exp(x - max);
      const lse = max + Math.log(s);
      return Float64Array.from(z, (x) => x - lse);
    });
  }

  /** mean_s KL(π_old(·|s) ‖ π(·|s)) for log-probs `lp` at the active positions. */
  meanKl(lp: readonly Float64Array[]): number {
    let total = 0;
    lp.forEach((row, k) => {
      const old = this.oldLogProbs[k]!;
      for (let v = 0; v < this.vocab; v++) total += Math.exp(old[v]!) * (old[v]! - row[v]!);
    });
    return total / Math.max(1, lp.length);
  }

  /** (F + 0)·v, F the Fisher of meanKl at θ_old (see the file comment). */
  fvp(v: Float64Array): Float64Array {
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm === 0) return new Float64Array(v.length);
    const eps = (this.fdStep * Math.sqrt(v.length)) / norm;
    const plus = this.theta.map((x, i) => x + eps * v[i]!);
    const minus = this.theta.map((x, i) => x - eps * v[i]!);
    const zp = this.logitsAt(plus), zm = this.logitsAt(minus);
    const u = new Float32Array(this.logits.size);
    const n = Math.max(1, this.rows.length);
    this.rows.forEach((r, k) => {
      const old = this.oldLogProbs[k]!;
      let pjv = 0;
      const jv = new Float64Array(this.vocab);
      for (let c = 0; c < this.vocab; c++) {
        jv[c] = (zp[k]![c]! - zm[k]![c]!) / (2 * eps);
        pjv += Math.exp(old[c]!) * jv[c]!;
      }
      for (let c = 0; c < this.vocab; c++) u[r * this.vocab + c] = (Math.exp(old[c]!) * (jv[c]! - pjv)) / n;
    });
    for (const p of this.model.parameters()) p.grad = undefined;
    sum(mul(this.logits, new Tensor(u, this.logits.shape))).backward();
    const out = flatGrad(this.model);
    for (const p of this.model.parameters()) p.grad = undefined;
    return out;
  }

  /** ∇θ of Σ_k g[k]·log π_θ(token_k) at θ_old, for per-token weights g over the active positions. */
  tokenGradient(g: readonly number[]): Float64Array {
    const u = new Float32Array(this.logits.size);
    // d log softmax(z)[tok] / dz = onehot(tok) − p
    this.rows.forEach((r, k) => {
      const old = this.oldLogProbs[k]!;
      for (let c = 0; c < this.vocab; c++) u[r * this.vocab + c] = g[k]! * ((c === this.tokens[k] ? 1 : 0) - Math.exp(old[c]!));
    });
    for (const p of this.model.parameters()) p.grad = undefined;
    sum(mul(this.logits, new Tensor(u, this.logits.shape))).backward();
    const out = flatGrad(this.model);
    for (const p of this.model.parameters()) p.grad = undefined;
    return out;
  }
}

export function trpoUpdate(ctx: UpdateContext<TrpoConfig>, batch: TokenizedBatch): UpdateStats {
  const cfg = ctx.params;
  const maxKl = cfg.maxKl;
  const fisher = new PolicyFisher(ctx.model, batch.sequences, batch.promptLengths);
  const adv = groupAdvantages(batch.rollout.rewards, { numGenerations: ctx.shared.numGenerations, scaleRewards: cfg.scaleRewards }).advantages;
  const tokenAdv = fisher.seqOf.map((b) => adv[b]!);
  const oldTok = fisher.oldLogProbs.map((row, k) => row[fisher.tokens[k]!]!);
  // the surrogate on the active tokens as one row: token-mean aggregation
  const evalAt = (lp: readonly Float64Array[]): { loss: number; kl: number } => {
    const logp = [lp.map((row, k) => row[fisher.tokens[k]!]!)];
    const s = trpoSurrogate({ logp, oldLogp: [oldTok], advantages: [tokenAdv] }, { lossType: 'token-mean' });
    return { loss: s.loss, kl: fisher.meanKl(lp) };
  };
  let last: { theta: Float64Array; loss: number; kl: number } | undefined;
  const at = (theta: Float64Array): { loss: number; kl: number } => {
    if (!last || last.theta.length !== theta.length || last.theta.some((x, i) => x !== theta[i])) {
      last = { theta: Float64Array.from(theta), ...evalAt(fisher.logProbsAt(theta)) };
    }
    return last;
  };
  const before = trpoSurrogate({ logp: [oldTok], oldLogp: [oldTok], advantages: [tokenAdv] }, { lossType: 'token-mean' });
  const lossGradient = fisher.tokenGradient(before.grad[0]!);
  const theta = fisher.parameters();
  if (lossGradient.every((g) => g === 0)) {
    // every advantage is 0 (all completions scored alike): no direction, no step
    return { loss: before.loss, lossBefore: before.loss, stepKl: 0, maxKl, accepted: 0, stepFraction: 0, lineSearchTries: 0, cgIterations: 0, cgStoppedOnCurvature: 0, gradNorm: 0 };
  }
  const r = trpoStep(
    { params: theta, lossGradient, fvp: (v) => fisher.fvp(v), loss: (p) => at(p).loss, kl: (p) => at(p).kl, lossBefore: before.loss },
    { maxKl, cgIterations: cfg.cgIterations, cgDamping: cfg.cgDamping },
  );
  // the KL actually reached, measured at the accepted parameters (logProbsAt leaves the model at θ_old)
  const stepKl = r.accepted ? fisher.meanKl(fisher.logProbsAt(r.params)) : 0;
  setFlatParameters(ctx.model, r.params);
  let gnorm = 0;
  for (const g of lossGradient) gnorm += g * g;
  return {
    loss: r.accepted ? r.lossAfter : r.lossBefore,
    lossBefore: r.lossBefore,
    stepKl,
    maxKl,
    accepted: r.accepted ? 1 : 0,
    stepFraction: r.stepFraction,
    lineSearchTries: r.tries,
    cgIterations: r.search.cg.iterations,
    // 1 when the finite-difference Fisher met a direction of non-positive curvature and CG stopped there
    cgStoppedOnCurvature: r.search.cg.stoppedOnCurvature ? 1 : 0,
    gradNorm: Math.sqrt(gnorm),
  };
}

function validateTrpo(p: TrpoConfig): void {
  const where = 'trpo config';
  checkNumber(where, 'maxKl', p.maxKl, (x) => x > 0, 'a number > 0');
  checkNumber(where, 'cgIterations', p.cgIterations, (x) => Number.isInteger(x) && x >= 1, 'a positive integer');
  checkNumber(where, 'cgDamping', p.cgDamping, (x) => x >= 0, 'a number >= 0');
}

export const TRPO: Algorithm<TrpoConfig> = {
  defaults: TRPO_DEFAULTS,
  validate: validateTrpo,
  noKlPenalty: 'the trust region (trpo.maxKl) replaces the KL penalty; leave beta at 0',
  update: trpoUpdate,
};
