/**
 * verl adapter: a `compute_score` with verl's custom-reward signature
 * (`custom_reward_function.name`, `verl/utils/reward_score/__init__.py`):
 *
 *   computeScore(data_source, solution_str, ground_truth, extra_info?) → {score, acc, pred, rule, error}
 *
 * verl requires a float or a dict with "score"; every other key goes to `reward_extra_info`. Every
 * sample is scored with the `math` rubric whatever its data_source (verl's default_compute_score
 * dispatches on it; wrap this function to do the same). Two choices follow from how verl collects
 * extra info (`reward_extra_info[key].append(value)` per sample, then per-key statistics that skip
 * a key only when its first value is a string):
 * - every key is always present, or the per-key lists would have different lengths;
 * - `pred` and `error` are always strings (`''` = nothing extracted / no failure), never null.
 * A verifier failure scores 0 (verl needs a number) and says why in `error`.
 */
import type { Verifier } from '../../verify/sandbox.js';
import type { VerifyOptions } from '../../verify/types.js';
import { makeReward } from '../registry.js';
import type { RewardFn } from '../types.js';

export interface VerlScore {
  readonly score: number;
  readonly acc: boolean;
  /** The extracted predicted answer, '' when none was found. */
  readonly pred: string;
  /** The verifier rule that decided ('' if the reward consulted no verifier). */
  readonly rule: string;
  /** `CODE: message` when the verifier failed, else ''. */
  readonly error: string;
}

export type VerlGroundTruth = string | number | readonly (string | number)[];
export type VerlComputeScore = (dataSource: string, solutionStr: string, groundTruth: VerlGroundTruth, extraInfo?: Readonly<Record<string, unknown>> | null) => Promise<VerlScore>;

export interface VerlAdapterOptions {
  /** Registered reward name; default `math`. */
  readonly reward?: string;
  /** Default: in-process (see `correctness`); pass a sandboxed Verifier for hard time limits. */
  readonly verifier?: Verifier;
  readonly verifyOptions?: VerifyOptions;
}

/**
 * The best of several scores, whatever the order of the accepted answers: the highest score; on a
 * tie, one without an error (an unparseable alternative must not hide a judged one); then a fixed
 * order on the remaining fields, so that the answer is the same for any permutation of the list.
 */
function better(a: VerlScore, b: VerlScore): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if ((a.error === '') !== (b.error === '')) return a.error === '';
  if (a.acc !== b.acc) return a.acc;
  const ka = `${a.error}\0${a.pred}\0${a.rule}`;
  const kb = `${b.error}\0${b.pred}\0${b.rule}`;
  return ka < kb;
}

export function createComputeScore(opts: VerlAdapterOptions = {}): VerlComputeScore {
  const fn: RewardFn = makeReward(opts.reward ?? 'math', { verifier: opts.verifier, verifyOptions: opts.verifyOptions });
  const score: VerlComputeScore = async (dataSource, solutionStr, groundTruth, extraInfo) => {
    if (typeof groundTruth !== 'string' && typeof groundTruth !== 'number') {
      // some datasets store several accepted answers as a list; score against each, keep the best
      const list: readonly unknown[] = Array.isArray(groundTruth) ? groundTruth : [];
      if (list.length > 0 && list.every((g) => typeof g === 'string' || typeof g === 'number')) {
        const all = await Promise.all((list as readonly (string | number)[]).map((g) => score(dataSource, solutionStr, g, extraInfo)));
        return all.reduce((best, x) => (better(x, best) ? x : best));
      }
      return { score: 0, acc: false, pred: '', rule: 'error', error: `INTERNAL: ground_truth must be a string, a number or a list of them, got ${JSON.stringify(groundTruth)?.slice(0, 60)}` };
    }
    const out = await fn({ completion: solutionStr, answer: String(groundTruth), info: { data_source: dataSource, ...(extraInfo ?? {}) } });
    return {
      score: out.reward,
      acc: out.verdict?.correct ?? false,
      pred: out.verdict?.pred?.raw ?? '',
      rule: out.verdict?.rule ?? '',
      error: out.error ? `${out.error.code}: ${out.error.message}` : '',
    };
  };
  return score;
}

let defaultScore: VerlComputeScore | undefined;

/** `compute_score` with the math rubric and the in-process verifier. */
export function computeScore(dataSource: string, solutionStr: string, groundTruth: VerlGroundTruth, extraInfo?: Readonly<Record<string, unknown>> | null): Promise<VerlScore> {
  defaultScore ??= createComputeScore();
  return defaultScore(dataSource, solutionStr, groundTruth, extraInfo);
}
