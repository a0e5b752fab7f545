/** Default scoring for generated items: the verifier's judgement of the final answer (1 or 0). */
import type { VerifyOptions } from '../../lib/verify/types.js';
import { verify } from '../../lib/verify/verify.js';
import type { ProblemRecord } from '../record.js';

export function verifierScore(answer: string, entry: ProblemRecord, opts: VerifyOptions = {}): number {
  return verify(entry.answer, answer, { exact: true, ...opts }).correct ? 1 : 0;
}
