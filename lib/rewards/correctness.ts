/**
 * `correctness`: 1 if the verifier judges the completion's final answer equal to the gold answer,
 * else 0. A verifier failure (timeout, oversized input, unparseable gold, crash) also gives 0, but
 * with `error` set so that callers can drop the sample instead of training on a fake "wrong".
 * When the prompt is given, an answer copied from the question is refused (question-copy.ts).
 */
import { Verifier } from '../verify/sandbox.js';
import type { VerifyOptions } from '../verify/types.js';
import { completionCopiesQuestion, copiedFromQuestion } from './question-copy.js';
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
   * Refuse an answer copied from the question (question-copy.ts) when the caller passes the prompt.
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
    const verdict = await verifier.verify(answer, completion, verifyOptions);
    if (verdict.error) return { reward: 0, verdict, error: verdict.error };
    if (guard && verdict.correct && prompt) {
      const copied = completionCopiesQuestion(completion, prompt)
        ? 'the completion is a copy of the question'
        : verdict.pred && copiedFromQuestion(verdict.pred.raw, prompt, answer)
          ? `the answer ${JSON.stringify(verdict.pred.raw.slice(0, 80))} is copied from the question, not worked out`
          : undefined;
      if (copied) return { reward: 0, verdict: { ...verdict, correct: false, score: 0, rule: 'question-copy', reason: copied } };
    }
    return { reward: verdict.score, verdict };
  };
}
