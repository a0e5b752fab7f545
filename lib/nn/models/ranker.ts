/**
 * An action-ranking policy: an MLP scores each candidate's feature vector, and a log-softmax over
 * the candidates gives log pi(candidate). For environments whose action is a choice among a varying
 * number of candidates (a proof step, a rewrite).
 */
import { Rng } from '../../core/rng.js';
import { ConfigError } from '../../errors.js';
import { gelu, logSoftmax, reshape } from '../kernels/index.js';
import { Linear } from '../layers/linear.js';
import { Tensor, noGrad } from '../tensor.js';

export interface RankerConfig {
  /** Features per candidate. */
  readonly features: number;
  /** Hidden width of the scoring MLP (default 32). */
  readonly hidden?: number;
}

export class Ranker {
  readonly config: Required<RankerConfig>;
  readonly fc: Linear;
  readonly out: Linear;

  constructor(config: RankerConfig, rng: Rng) {
    const hidden = config.hidden ?? 32;
    this.config = { features: config.features, hidden };
    this.fc = new Linear(config.features, hidden, rng);
    this.out = new Linear(hidden, 1, rng, { std: 0.01 });
  }

  namedParameters(): [string, Tensor][] {
    return [...this.fc.parameters().map((p, i): [string, Tensor] => [`fc.${i}`, p]), ...this.out.parameters().map((p, i): [string, Tensor] => [`out.${i}`, p])];
  }

  parameters(): Tensor[] {
    return this.namedParameters().map(([, p]) => p);
  }

  /** log pi over the candidates: features [N, F] -> [N] (differentiable). @throws ConfigError for another shape or N = 0. */
  logProbs(features: Tensor): Tensor {
    const [n, f] = features.shape;
    if (features.shape.length !== 2 || f !== this.config.features || !n) {
      throw new ConfigError(`Ranker: features must be [numCandidates >= 1, ${this.config.features}], got [${features.shape}]`);
    }
    const scores = this.out.forward(gelu(this.fc.forward(features)));
    return reshape(logSoftmax(reshape(scores, [1, n])), [n]);
  }

  /** A candidate drawn from pi, with its log-prob. `rng` is a seed or a stream to advance. */
  sample(features: Tensor, rng: Rng | number): { index: number; logprob: number } {
    const r = typeof rng === 'number' ? Rng.fromSeed(rng) : rng;
    const lp = noGrad(() => this.logProbs(features)).data;
    const index = r.weightedIndex(Array.from(lp, Math.exp));
    return { index, logprob: lp[index]! };
  }

  /** The most probable candidate (lowest index on ties). */
  greedy(features: Tensor): { index: number; logprob: number } {
    const lp = noGrad(() => this.logProbs(features)).data;
    let index = 0;
    for (let i = 1; i < lp.length; i++) if (lp[i]! > lp[index]!) index = i;
    return { index, logprob: lp[index]! };
  }
}
