/**
 * TRPO's solver (lib/rl/algos/trpo.ts uses it), generic over a flat parameter vector (Float64Array) and callbacks, so any model that can
 * evaluate its loss, its KL to the rollout policy and a Fisher-vector product can use it:
 *
 *   conjugateGradient      solves F·x = b from products v ↦ F·v (no F stored)
 *   trpoSearchDirection    x = F⁻¹(−∇loss), scaled to the trust-region boundary: fullStep = √(2·maxKl / xᵀFx)·x
 *   klLineSearch           backtracks θ + f·fullStep, f = 1, r, r², … until the loss improves and KL ≤ maxKl
 *   trpoStep               the three together
 *
 * Defaults follow Stable-Baselines3's TRPO (cg_max_steps 15, cg_damping 0.1, line_search_shrinking_factor
 * 0.8, line_search_max_iter 10); damping is added inside the product, (F + damping·I)·v, as there.
 */
import { ConfigError } from '../../errors.js';
import { checkNumber, checkPositiveInteger } from '../../core/validate.js';

/** v ↦ F·v for the Fisher (or any symmetric positive-definite) matrix F. Must not modify v. */
export type MatrixVectorProduct = (v: Float64Array) => Float64Array;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function checkVector(where: string, name: string, v: unknown, n?: number): Float64Array {
  if (!(v instanceof Float64Array)) throw new ConfigError(`${where}: ${name} must be a Float64Array`);
  if (n !== undefined && v.length !== n) throw new ConfigError(`${where}: ${name} has ${v.length} entries, expected ${n}`);
  return v;
}

export interface ConjugateGradientOptions {
  /** Most iterations (default 15; n iterations solve an n×n system exactly in exact arithmetic). */
  readonly maxIterations?: number;
  /** Stop when the squared residual norm rᵀr falls below this (default 1e-10, as baselines and SB3). */
  readonly residualTol?: number;
  /** Solve (F + damping·I)·x = b instead (default 0 here; trpoSearchDirection passes cgDamping). */
  readonly damping?: number;
  /**
   * What a direction p with pᵀFp ≤ 0 does: 'throw' (default: F is not positive definite, a ConfigError)
   * or 'stop' (Steihaug's truncated CG: return the iterate so far, or b itself when that is still 0).
   * A Fisher product approximated by finite differences can lose definiteness on a bad step; the
   * TRPO line search measures the true KL anyway, so it stops rather than ends the run.
   */
  readonly onNonPositiveCurvature?: 'throw' | 'stop';
}

export interface ConjugateGradientResult {
  readonly x: Float64Array;
  readonly iterations: number;
  /** ‖b − F·x‖² at the end, tracked by the recurrence. */
  readonly residualSquaredNorm: number;
  /** With onNonPositiveCurvature 'stop': whether a direction of non-positive curvature ended the solve. */
  readonly stoppedOnCurvature: boolean;
}

/** Conjugate gradient for F·x = b, starting from x = 0. */
export function conjugateGradient(fvp: MatrixVectorProduct, b: Float64Array, opts: ConjugateGradientOptions = {}): ConjugateGradientResult {
  const where = 'conjugateGradient';
  checkVector(where, 'b', b);
  if (typeof fvp !== 'function') throw new ConfigError(`${where}: fvp must be a function v => F·v`);
  const maxIterations = checkPositiveInteger(where, 'maxIterations', opts.maxIterations ?? 15);
  const tol = checkNumber(where, 'residualTol', opts.residualTol ?? 1e-10, (x) => x >= 0, 'a non-negative number');
  const damping = checkNumber(where, 'damping', opts.damping ?? 0, (x) => x >= 0, 'a non-negative number');
  const n = b.length;
  const product = (v: Float64Array): Float64Array => {
    const out = checkVector(where, 'fvp(v)', fvp(v), n);
    if (damping === 0) return out;
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = out[i]! + damping * v[i]!;
    return d;
  };
  const x = new Float64Array(n);
  const r = Float64Array.from(b);
  const p = Float64Array.from(b);
  let rr = dot(r, r);
  let iterations = 0;
  while (iterations < maxIterations && rr >= tol) {
    const z = product(Float64Array.from(p));
    const pz = dot(p, z);
    if (!(pz > 0)) {
      if (opts.onNonPositiveCurvature !== 'stop') throw new ConfigError(`${where}: pᵀFp = ${pz} is not positive; F must be positive definite (add damping)`);
      return { x: iterations === 0 ? Float64Array.from(b) : x, iterations, residualSquaredNorm: rr, stoppedOnCurvature: true };
    }
    const alpha = rr / pz;
    for (let i = 0; i < n; i++) {
      x[i]! += alpha * p[i]!;
      r[i]! -= alpha * z[i]!;
    }
    const next = dot(r, r);
    const beta = next / rr;
    for (let i = 0; i < n; i++) p[i] = r[i]! + beta * p[i]!;
    rr = next;
    iterations++;
  }
  return { x, iterations, residualSquaredNorm: rr, stoppedOnCurvature: false };
}

export interface SearchDirectionOptions {
  /** Trust-region radius δ on the mean KL (SB3 target_kl, default 0.01). */
  readonly maxKl?: number;
  /** CG iterations (default 15). */
  readonly cgIterations?: number;
  /** Added to the Fisher product (default 0.1). */
  readonly cgDamping?: number;
  readonly residualTol?: number;
}

export interface SearchDirection {
  /** x ≈ (F + damping·I)⁻¹·(−∇loss). */
  readonly direction: Float64Array;
  /** √(2·maxKl / xᵀFx)·x: the step whose quadratic KL model equals maxKl. */
  readonly fullStep: Float64Array;
  /** Predicted loss decrease −∇lossᵀ·fullStep (positive for a descent direction). */
  readonly expectedImprovement: number;
  readonly cg: ConjugateGradientResult;
}

/** The natural-gradient step for minimising a loss with gradient `lossGradient`, scaled to the KL boundary. */
export function trpoSearchDirection(lossGradient: Float64Array, fvp: MatrixVectorProduct, opts: SearchDirectionOptions = {}): SearchDirection {
  const where = 'trpoSearchDirection';
  checkVector(where, 'lossGradient', lossGradient);
  const maxKl = checkNumber(where, 'maxKl', opts.maxKl ?? 0.01, (x) => x > 0, 'a positive number');
  const damping = checkNumber(where, 'cgDamping', opts.cgDamping ?? 0.1, (x) => x >= 0, 'a non-negative number');
  const negGrad = lossGradient.map((g) => -g);
  const cg = conjugateGradient(fvp, negGrad, { maxIterations: opts.cgIterations ?? 15, residualTol: opts.residualTol, damping, onNonPositiveCurvature: 'stop' });
  const x = cg.x;
  const Fx = fvp(Float64Array.from(x));
  checkVector(where, 'fvp(x)', Fx, x.length);
  let shs = 0;
  for (let i = 0; i < x.length; i++) shs += x[i]! * (Fx[i]! + damping * x[i]!);
  const scale = shs > 0 ? Math.sqrt((2 * maxKl) / shs) : 0;
  const fullStep = x.map((v) => v * scale);
  return { direction: x, fullStep, expectedImprovement: -dot(lossGradient, fullStep), cg };
}

export interface LineSearchProblem {
  readonly params: Float64Array;
  readonly fullStep: Float64Array;
  /** Loss to minimise at a parameter vector (the surrogate, −E[ρ·A]). */
  readonly loss: (params: Float64Array) => number;
  /** Mean KL between the rollout policy and the policy at a parameter vector. */
  readonly kl: (params: Float64Array) => number;
  /** loss(params); computed when absent. */
  readonly lossBefore?: number;
}

export interface LineSearchOptions {
  readonly maxKl?: number;
  /** Step shrink factor r in (0, 1) (default 0.8). */
  readonly backtrackRatio?: number;
  /** Candidate steps tried (default 10): fractions 1, r, …, r^(maxBacktracks−1). */
  readonly maxBacktracks?: number;
}

export interface LineSearchResult {
  readonly accepted: boolean;
  /** The accepted parameters, or a copy of the starting ones when every candidate was rejected. */
  readonly params: Float64Array;
  /** Fraction of fullStep taken (0 when rejected). */
  readonly stepFraction: number;
  /** Candidates evaluated. */
  readonly tries: number;
  readonly lossBefore: number;
  readonly lossAfter: number;
  readonly kl: number;
}

/**
 * Backtracking line search along fullStep: a candidate is accepted when its loss and KL are finite, the
 * loss is strictly lower than before and KL ≤ maxKl. Never modifies `params`.
 */
export function klLineSearch(problem: LineSearchProblem, opts: LineSearchOptions = {}): LineSearchResult {
  const where = 'klLineSearch';
  const params = checkVector(where, 'params', problem?.params);
  const fullStep = checkVector(where, 'fullStep', problem.fullStep, params.length);
  const maxKl = checkNumber(where, 'maxKl', opts.maxKl ?? 0.01, (x) => x > 0, 'a positive number');
  const ratio = checkNumber(where, 'backtrackRatio', opts.backtrackRatio ?? 0.8, (x) => x > 0 && x < 1, 'a number in (0, 1)');
  const maxBacktracks = checkPositiveInteger(where, 'maxBacktracks', opts.maxBacktracks ?? 10);
  const lossBefore = problem.lossBefore ?? problem.loss(Float64Array.from(params));
  let fraction = 1;
  let tries = 0;
  let lastLoss = lossBefore;
  let lastKl = 0;
  for (let k = 0; k < maxBacktracks; k++) {
    const candidate = new Float64Array(params.length);
    for (let i = 0; i < params.length; i++) candidate[i] = params[i]! + fraction * fullStep[i]!;
    const l = problem.loss(Float64Array.from(candidate));
    const kl = problem.kl(Float64Array.from(candidate));
    tries++;
    lastLoss = l;
    lastKl = kl;
    if (Number.isFinite(l) && Number.isFinite(kl) && kl <= maxKl && l < lossBefore) {
      return { accepted: true, params: candidate, stepFraction: fraction, tries, lossBefore, lossAfter: l, kl };
    }
    fraction *= ratio;
  }
  return { accepted: false, params: Float64Array.from(params), stepFraction: 0, tries, lossBefore, lossAfter: lastLoss, kl: lastKl };
}

export interface TrpoProblem {
  readonly params: Float64Array;
  /** ∇loss at params. */
  readonly lossGradient: Float64Array;
  readonly fvp: MatrixVectorProduct;
  readonly loss: (params: Float64Array) => number;
  readonly kl: (params: Float64Array) => number;
  readonly lossBefore?: number;
}

export type TrpoStepOptions = SearchDirectionOptions & LineSearchOptions;

export interface TrpoStepResult extends LineSearchResult {
  readonly search: SearchDirection;
}

/** One TRPO update: natural-gradient direction, scaled to the KL boundary, then the KL line search. */
export function trpoStep(problem: TrpoProblem, opts: TrpoStepOptions = {}): TrpoStepResult {
  const search = trpoSearchDirection(problem.lossGradient, problem.fvp, opts);
  const result = klLineSearch(
    { params: problem.params, fullStep: search.fullStep, loss: problem.loss, kl: problem.kl, lossBefore: problem.lossBefore },
    opts,
  );
  return { ...result, search };
}
