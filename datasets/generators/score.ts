/**
 * The one judge of generated items: every family's answer is judged into a Verdict (rule, reason,
 * what was read) — by the verifier, or by the family's stated-form reader — and the question-copy
 * refusal of the verifier (lib/verify/question-copy.ts) is applied here for every family.
 */
import { refuseQuestionCopy } from '../../lib/verify/question-copy.js';
import type { Extraction, Verdict, VerifyOptions } from '../../lib/verify/types.js';
import { verify } from '../../lib/verify/verify.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { finalAnswer } from './literal-answer.js';

/** The verifier's judgement of the final answer (exact: decimals must equal the gold exactly). */
export function verifierVerdict(answer: string, entry: ProblemRecord, opts: VerifyOptions = {}): Verdict {
  return verify(entry.answer, answer, { exact: true, ...opts });
}

const extraction = (raw: string): Extraction => ({ strategy: 'final-answer', raw, normalized: raw, kind: 'text' });

/**
 * A family's verdict from its own stated-form reader (rule `stated-form`): `read` is the literal it
 * read as the final answer (undefined: none in the stated form), `correct` whether it is the gold.
 */
export function familyVerdict(entry: ProblemRecord, read: string | undefined, correct: boolean): Verdict {
  const gold = extraction(entry.answer);
  const base = { gold, timeMs: 0 };
  if (read === undefined) return { ...base, correct: false, score: 0, rule: 'no-answer', reason: 'no final answer in the form the question states', pred: null };
  const shown = JSON.stringify(read.length > 80 ? `${read.slice(0, 80)}…` : read);
  return correct
    ? { ...base, correct: true, score: 1, rule: 'stated-form', reason: `${shown} is the answer ${entry.answer}, in the stated form`, pred: extraction(read) }
    : { ...base, correct: false, score: 0, rule: 'stated-form', reason: `${shown} is not the answer ${entry.answer}`, pred: extraction(read) };
}

/** A correct verifier verdict refused because the answer is not in the form the question states (rule `wrong-form`). */
export function inForm(v: Verdict, ok: boolean, why: string): Verdict {
  if (ok || !v.correct) return v;
  return { ...v, correct: false, score: 0, rule: 'wrong-form', reason: `right value, wrong form: ${JSON.stringify(v.pred?.raw ?? '')} ${why}` };
}

/**
 * The verdict on `answer` to `entry` of family `gen`: the family's judgement (a bare reward from a
 * family that returns a number is read as a stated-form verdict), then the question-copy refusal.
 */
export function judgeAnswer(gen: TaskGenerator, answer: unknown, entry: ProblemRecord): Verdict {
  if (typeof answer !== 'string') {
    return { correct: false, score: 0, rule: 'no-answer', reason: `the answer must be a string, got ${answer === null ? 'null' : typeof answer}`, gold: extraction(entry.answer), pred: null, timeMs: 0 };
  }
  const s = gen.scoreAnswer(answer, entry);
  const v = typeof s === 'number' ? familyVerdict(entry, finalAnswer(answer), s === 1) : s;
  return refuseQuestionCopy(v, answer, entry.problem, entry.answer);
}

/** The reward of `answer` to `entry`: judgeAnswer's score. */
export function scoreItem(gen: TaskGenerator, answer: unknown, entry: ProblemRecord): number {
  return judgeAnswer(gen, answer, entry).score;
}
