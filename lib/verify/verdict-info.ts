/**
 * A Verdict as an environment reports it in `info.verdict` at the end of an episode (never before:
 * `extracted` and the reason can name the gold): which rule decided, why, and what was read as the
 * final answer. Plain JSON, so it crosses the reward server and worker threads unchanged.
 */
import type { Verdict } from './types.js';

export interface VerdictInfo {
  readonly rule: string;
  readonly reason: string;
  /** The final answer as written in the completion; null when none was found. */
  readonly extracted: string | null;
  /** Its canonical form, when it parsed. */
  readonly normalized: string | null;
  /** How it was found (boxed, answer-tag, last-number, ...); null when none was. */
  readonly strategy: string | null;
  /** A verifier failure code (TIMEOUT, WORK_BUDGET, ...): the answer was not judged. */
  readonly error?: string;
}

/** Takes a Verdict, or what an env kept of one (its rule, reason, extraction and failure). */
export function verdictInfo(v: Pick<Verdict, 'rule' | 'reason' | 'pred'> & { readonly error?: Verdict['error'] }): VerdictInfo {
  return {
    rule: v.rule,
    reason: v.reason,
    extracted: v.pred?.raw ?? null,
    normalized: v.pred?.normalized ?? null,
    strategy: v.pred?.strategy ?? null,
    ...(v.error ? { error: v.error.code } : {}),
  };
}
