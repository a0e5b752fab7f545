/**
 * AdamW (Loshchilov & Hutter): Adam with bias correction and decoupled weight decay, as PyTorch's
 * torch.optim.AdamW. For step t (1-based) and gradient g:
 *   m = b1 m + (1 - b1) g,  v = b2 v + (1 - b2) g^2,
 *   p -= lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps) + lr * wd * p.
 * Parameters whose grad is undefined at a step are left alone (their moments do not move).
 */
import { ConfigError } from '../../errors.js';
import { gradsToHost, type Tensor } from '../tensor.js';

export interface AdamWOptions {
  /** Learning rate (default 1e-3). `step(lr)` overrides it for one step (for a schedule). */
  readonly lr?: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly eps?: number;
  /** Decoupled weight decay (default 0.01, as PyTorch). */
  readonly weightDecay?: number;
}

/** Everything AdamW needs to resume: the step count and both moments of each parameter (in `params` order). */
export interface AdamWState {
  readonly step: number;
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
  readonly m: readonly Float32Array[];
  readonly v: readonly Float32Array[];
}

function check(name: string, x: number, lo: number, hi: number, loOpen = false): void {
  const ok = Number.isFinite(x) && (loOpen ? x > lo : x >= lo) && x < hi;
  if (!ok) throw new ConfigError(`AdamW: ${name} must be in ${loOpen ? '(' : '['}${lo}, ${hi}), got ${x}`);
}

export class AdamW {
  readonly params: readonly Tensor[];
  lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
  /** Steps taken so far. */
  stepCount = 0;
  private m: Float32Array[];
  private v: Float32Array[];

  /** @throws ConfigError for a hyperparameter out of range or a parameter listed twice. */
  constructor(params: readonly Tensor[], opts: AdamWOptions = {}) {
    if (new Set(params).size !== params.length) throw new ConfigError('AdamW: a parameter tensor is listed twice');
    this.params = [...params];
    this.lr = opts.lr ?? 1e-3;
    this.beta1 = opts.beta1 ?? 0.9;
    this.beta2 = opts.beta2 ?? 0.999;
    this.eps = opts.eps ?? 1e-8;
    this.weightDecay = opts.weightDecay ?? 0.01;
    check('lr', this.lr, 0, Infinity);
    check('beta1', this.beta1, 0, 1);
    check('beta2', this.beta2, 0, 1);
    check('eps', this.eps, 0, Infinity, true);
    check('weightDecay', this.weightDecay, 0, Infinity);
    this.m = this.params.map((p) => new Float32Array(p.size));
    this.v = this.params.map((p) => new Float32Array(p.size));
  }

  /** One update from the parameters' current grads, at `lr` (default this.lr). Writes parameter data in place. */
  step(lr: number = this.lr): void {
    check('lr', lr, 0, Infinity);
    const t = ++this.stepCount;
    const { beta1: b1, beta2: b2, eps, weightDecay: wd } = this;
    const c1 = 1 - b1 ** t, c2 = 1 - b2 ** t;
    gradsToHost(this.params);
    this.params.forEach((p, k) => {
      const g = p.grad;
      if (!g) return;
      const m = this.m[k] as Float32Array, v = this.v[k] as Float32Array, d = p.data;
      for (let i = 0; i < d.length; i++) {
        const gi = g[i] as number;
        const mi = b1 * (m[i] as number) + (1 - b1) * gi;
        const vi = b2 * (v[i] as number) + (1 - b2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        const pi = d[i] as number;
        d[i] = pi - lr * wd * pi - (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
      }
    });
  }

  /** Clears every parameter's grad. */
  zeroGrad(): void {
    for (const p of this.params) p.grad = undefined;
  }

  /** A copy of the optimizer state (for checkpoints). */
  state(): AdamWState {
    const { lr, beta1, beta2, eps, weightDecay } = this;
    return { step: this.stepCount, lr, beta1, beta2, eps, weightDecay, m: this.m.map((x) => new Float32Array(x)), v: this.v.map((x) => new Float32Array(x)) };
  }

  /** Restores `state()` (hyperparameters included). @throws ConfigError when the moments do not match the parameters. */
  loadState(s: AdamWState): void {
    if (s.m.length !== this.params.length || s.v.length !== this.params.length) {
      throw new ConfigError(`AdamW.loadState: the state holds ${s.m.length} parameters' moments, this optimizer has ${this.params.length}`);
    }
    this.params.forEach((p, k) => {
      if (s.m[k]?.length !== p.size || s.v[k]?.length !== p.size) {
        throw new ConfigError(`AdamW.loadState: parameter ${k} has ${p.size} values but its saved moments have ${s.m[k]?.length}`);
      }
    });
    this.m = s.m.map((x) => new Float32Array(x));
    this.v = s.v.map((x) => new Float32Array(x));
    this.stepCount = s.step;
    this.lr = s.lr;
    (this as { beta1: number }).beta1 = s.beta1;
    (this as { beta2: number }).beta2 = s.beta2;
    (this as { eps: number }).eps = s.eps;
    (this as { weightDecay: number }).weightDecay = s.weightDecay;
  }
}
