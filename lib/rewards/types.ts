/**
 * The data types of reward functions. A reward function scores one completion against a gold answer
 * and never throws for a bad completion: a wrong answer is `reward: 0`, and a verifier failure is
 * `reward: 0` plus `error`, so a trainer can tell "judged wrong" from "could not judge".
 */
import type { Verdict, VerifyError } from '../verify/types.js';

export interface RewardInput {
  /** The prompt the completion answers (plain text); optional, most rewards ignore it. */
  readonly prompt?: string;
  /** The model's completion (response only, prompt excluded). */
  readonly completion: string;
  /** The gold answer. */
  readonly answer: string;
  /** Per-sample metadata (dataset columns, record metadata). */
  readonly info?: Readonly<Record<string, unknown>>;
}

export interface RewardOutput {
  readonly reward: number;
  /** Unweighted score of each named part (a rubric's components, logged even at weight 0). */
  readonly components?: Readonly<Record<string, number>>;
  /** The verifier's judgement, when a verifier was consulted. */
  readonly verdict?: Verdict;
  /** Set only when the verifier failed: the reward is then 0 but the answer was NOT judged wrong. */
  readonly error?: VerifyError;
  /** Anything else worth logging (lengths, per-component errors, ...). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export type RewardFn = (input: RewardInput) => Promise<RewardOutput>;
