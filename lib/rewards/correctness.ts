/**
 * `correctness`: 1 if the verifier judges the completion's final answer equal to the gold answer,
 * else 0. A verifier failure (timeout, oversized input, unparseable gold, crash) also gives 0, but
 * with `error` set so that callers can drop the sample instead of training on a fake "wrong".
 * When the prompt is given, the verifier refuses an answer copied from the question (verify/question-copy.ts).
 */
import { Verifier } from '../verify/sandbox.js';
import type { VerifyOptions } from '../verify/types.js';
import type { RewardFn, RewardOutput } from './types.js';

export interface CorrectnessOptions {
  /**
   * The verifier to ask. Default: one in-process Verifier (no threads to release, but only the
   * verifier's soft time budget applies); pass a sandboxed `new Verifier()` or
   * `sharedVerifier.acquire()` for a hard time limit.
   */
  readonly verifier?: Verifier;
  /** Per-call verification options (extraction strategies, tolerance, timeoutMs, ...). */
  readonly verifyOptions?: VerifyOptions;
  /**
   * Refuse an answer copied from the question (verify/question-copy.ts) when the caller passes the prompt.
   * Default true; without a prompt there is nothing to compare and nothing is refused.
   */
  readonly refuseQuestionCopy?: boolean;
}

let inProcess: Verifier | undefined;

/** The default in-process verifier; it holds no workers, so it never needs closing. */
function defaultVerifier(): Verifier {
  inProcess ??= new Verifier({ workers: 0 });
  return inProcess;
}

export function correctness(opts: CorrectnessOptions = {}): RewardFn {
  const verifier = opts.verifier ?? defaultVerifier();
  const verifyOptions = opts.verifyOptions ?? {};
  const guard = opts.refuseQuestionCopy ?? true;
  return async ({ completion, answer, prompt }): Promise<RewardOutput> => {
    const verdict = await verifier.verify(answer, completion, guard && prompt ? { ...verifyOptions, question: prompt } : verifyOptions);
    if (verdict.error) return { reward: 0, verdict, error: verdict.error };
    return { reward: verdict.score, verdict };
  };
}
