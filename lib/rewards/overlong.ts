/**
 * `overlongPenalty`: DAPO's soft overlong punishment, computed exactly as verl's DAPO reward manager
 * (`verl/workers/reward_manager/dapo.py`, `overlong_buffer: {len, penalty_factor}`):
 *
 *   expected = maxLength − bufferLength
 *   penalty  = min(−(L − expected) / bufferLength · penaltyFactor, 0)
 *
 * 0 up to `expected`, falling linearly to −penaltyFactor at `maxLength`. Like verl there is no floor:
 * past maxLength the penalty keeps falling (verl never sees that, its responses are cut at maxLength).
 * Add it to a correctness reward with a rubric (weight 1).
 */
import { ConfigError } from '../errors.js';
import type { RewardFn, RewardOutput } from './types.js';

export interface OverlongOptions {
  /** Maximum response length (verl `max_resp_len`), in `lengthOf` units. */
  readonly maxLength: number;
  /** Length of the penalty ramp before maxLength (verl `overlong_buffer.len`); > 0. */
  readonly bufferLength: number;
  /** Penalty at maxLength (verl `overlong_buffer.penalty_factor`); default 1. */
  readonly penaltyFactor?: number;
  /**
   * Length of a completion. Default: whitespace-separated tokens, a tokenizer-free stand-in; pass
   * your tokenizer's count to match verl, which measures response tokens.
   */
  readonly lengthOf?: (completion: string) => number;
}

/** Number of whitespace-separated tokens. */
export function whitespaceTokens(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

/** The penalty for a response of `length` (pure arithmetic, for callers that measure length themselves). */
export function overlongPenaltyValue(length: number, maxLength: number, bufferLength: number, penaltyFactor = 1): number {
  const expected = maxLength - bufferLength;
  return Math.min((-(length - expected) / bufferLength) * penaltyFactor, 0);
}

function check(name: string, value: unknown, ok: (n: number) => boolean, want: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new ConfigError(`overlongPenalty: ${name} must be ${want}, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function overlongPenalty(opts: OverlongOptions): RewardFn {
  const maxLength = check('maxLength', opts?.maxLength, (n) => n >= 0, 'a non-negative number');
  const bufferLength = check('bufferLength', opts.bufferLength, (n) => n > 0, 'a positive number (it divides the excess length)');
  const penaltyFactor = check('penaltyFactor', opts.penaltyFactor ?? 1, (n) => n >= 0, 'a non-negative number');
  // verl asserts max_resp_len >= overlong_buffer.len: a longer buffer would penalise every response
  if (bufferLength > maxLength) throw new ConfigError(`overlongPenalty: bufferLength (${bufferLength}) must not exceed maxLength (${maxLength})`);
  const lengthOf = opts.lengthOf ?? whitespaceTokens;
  if (typeof lengthOf !== 'function') throw new ConfigError('overlongPenalty: lengthOf must be a function (completion: string) => number');
  return async ({ completion }): Promise<RewardOutput> => {
    const length = lengthOf(typeof completion === 'string' ? completion : '');
    const reward = overlongPenaltyValue(length, maxLength, bufferLength, penaltyFactor);
    return { reward, details: { length, expectedLength: maxLength - bufferLength, overlong: reward < 0 } };
  };
}
