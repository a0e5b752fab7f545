/**
 * The guide's model: a linear score over binary step features, turned into a distribution over the
 * children of one expansion by a softmax (a conditional logit model). Trained by AdaGrad on the
 * cross-entropy of the step the proof took, with L2, over examples shuffled by a seeded generator.
 */
import { ConfigError } from '../../errors.js';

/** One decision: the features of each candidate step and which one the proof took. */
export interface GuideExample {
  readonly candidates: ReadonlyArray<readonly string[]>;
  readonly chosen: number;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  readonly seed?: number;
  readonly onEpoch?: (epoch: number, loss: number) => void;
}

export interface GuideModelJson {
  readonly format: 'mathgym-prover-guide';
  readonly version: 1;
  readonly weights: Readonly<Record<string, number>>;
}

/** mulberry32: a small seeded generator (deterministic shuffles). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class GuideModel {
  readonly weights: Map<string, number>;

  constructor(weights: Iterable<[string, number]> = []) {
    this.weights = new Map(weights);
  }

  score(features: readonly string[]): number {
    let z = 0;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return z;
  }

  /** Log-probabilities of the candidates (softmax of their scores). */
  logProbs(candidates: ReadonlyArray<readonly string[]>): number[] {
    const z = candidates.map((c) => this.score(c));
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((a, x) => a + Math.exp(x - m), 0));
    return z.map((x) => x - lse);
  }

  /** Mean cross-entropy of the chosen candidates. */
  loss(examples: readonly GuideExample[]): number {
    if (examples.length === 0) return 0;
    let sum = 0;
    for (const e of examples) sum -= this.logProbs(e.candidates)[e.chosen];
    return sum / examples.length;
  }

  /** AdaGrad on the examples; returns the mean loss of the last epoch (measured during it). */
  train(examples: readonly GuideExample[], opts: TrainOptions = {}): number {
    const epochs = opts.epochs ?? 8;
    const lr = opts.learningRate ?? 0.1;
    const l2 = opts.l2 ?? 1e-5;
    const rand = seededRandom(opts.seed ?? 0);
    const g2 = new Map<string, number>();
    const order = examples.map((_, i) => i);
    let last = 0;
    for (let ep = 0; ep < epochs; ep++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let sum = 0;
      for (const k of order) {
        const e = examples[k];
        if (e.candidates.length < 2) continue;
        const lp = this.logProbs(e.candidates);
        sum -= lp[e.chosen];
        const grad = new Map<string, number>();
        for (let c = 0; c < e.candidates.length; c++) {
          const d = Math.exp(lp[c]) - (c === e.chosen ? 1 : 0);
          if (d === 0) continue;
          for (const f of e.candidates[c]) grad.set(f, (grad.get(f) ?? 0) + d);
        }
        for (const [f, g0] of grad) {
          const w = this.weights.get(f) ?? 0;
          const g = g0 + l2 * w;
          const acc = (g2.get(f) ?? 0) + g * g;
          g2.set(f, acc);
          this.weights.set(f, w - (lr * g) / Math.sqrt(acc + 1e-8));
        }
      }
      last = examples.length ? sum / examples.length : 0;
      opts.onEpoch?.(ep + 1, last);
    }
    return last;
  }

  toJSON(): GuideModelJson {
    const weights: Record<string, number> = {};
    for (const [f, w] of [...this.weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) if (w !== 0) weights[f] = Number(w.toPrecision(7));
    return { format: 'mathgym-prover-guide', version: 1, weights };
  }

  static fromJSON(json: unknown, where = 'guide checkpoint'): GuideModel {
    const j = json as Partial<GuideModelJson> | null;
    if (!j || typeof j !== 'object' || j.format !== 'mathgym-prover-guide' || j.version !== 1 || !j.weights || typeof j.weights !== 'object') {
      throw new ConfigError(`${where} is not a mathgym prover guide (expected {"format":"mathgym-prover-guide","version":1,"weights":{...}}); train one with \`mathgym prover train --out FILE\`.`);
    }
    const entries = Object.entries(j.weights);
    for (const [f, w] of entries) if (typeof w !== 'number' || !Number.isFinite(w)) throw new ConfigError(`${where}: weight of feature ${JSON.stringify(f)} is not a finite number.`);
    return new GuideModel(entries as Array<[string, number]>);
  }
}
