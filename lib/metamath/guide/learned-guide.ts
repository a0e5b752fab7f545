/**
 * The learned guide as a SearchGuide: a step costs its negative log-probability under the model
 * (softmax over the children of the expansion) plus a constant, so confident steps are nearly free
 * and the search stays best-first. Which labels may be features is part of the guide (see split.ts).
 */
import type { GuideChild, SearchGuide } from '../prover.js';
import type { ProofState } from '../proof-state.js';
import type { Statement } from '../types.js';
import { stepFeatures } from './features.js';
import type { GuideModel } from './model.js';

export interface SearchWeights {
  /** Priority added per open goal. */
  readonly goalWeight: number;
  /** Constant cost of every step, added to -log p. */
  readonly stepCost: number;
}

export const DEFAULT_SEARCH_WEIGHTS: SearchWeights = { goalWeight: 1, stepCost: 0.25 };

export class LearnedGuide implements SearchGuide {
  readonly goalWeight: number;
  private readonly stepCost: number;

  constructor(
    readonly model: GuideModel,
    private readonly labelFeatures: (s: Statement) => boolean,
    weights: SearchWeights = DEFAULT_SEARCH_WEIGHTS,
  ) {
    this.goalWeight = weights.goalWeight;
    this.stepCost = weights.stepCost;
  }

  stepCosts(parent: ProofState, goal: number, children: readonly GuideChild[]): number[] {
    if (children.length === 0) return [];
    const lp = this.model.logProbs(children.map((c) => stepFeatures({ parent, goal, stmt: c.stmt, child: c.state }, this.labelFeatures)));
    return lp.map((x) => this.stepCost - x);
  }
}
