/**
 * Question-copy refusal: an answer copied from the question is not a solution. "Write 3/20 as a
 * decimal" answered \boxed{\frac{3}{20}} is equal in value to the gold 0.15, and the verifier (which
 * judges values) says correct; a reader says the work was not done. Rule: when the question is known,
 * an extracted answer that is textually one of the question's own expressions (or the question
 * itself) is refused unless it is also textually the gold's form: "Which is larger, $\frac12$ or
 * $\frac13$?" with gold \frac12 still pays. Plain numbers are never refused: a literal number is a
 * final form, however often it appears in the question.
 *
 * The one place this refusal is applied: verify() with `question` set (the correctness reward, MathQA)
 * and judgeAnswer() of the generator families (the procedural environments, Arithmetic-v0) both call
 * refuseQuestionCopy() on a correct verdict.
 */
import type { Verdict } from './types.js';

/** Math expressions of a question: $..$, \(..\), \[..\] segments, then formula-looking runs of plain text. */
export function questionExpressions(question: string): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    const t = s.trim().replace(/[.,;:?]+$/, '').trim();
    if (t.length > 0 && t.length <= 400 && !out.includes(t)) out.push(t);
  };
  for (const m of question.matchAll(/\$\$([^$]+)\$\$|\$([^$]+)\$|\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/g)) add(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  // formula-looking runs: at least one operator or bracket and one digit
  for (const m of question.replace(/\$[^$]*\$/g, ' ').matchAll(/[-+*/^()[\]{}0-9a-z.=×÷−·√!, ]{3,}/gi)) {
    const run = m[0];
    if (/[-+*/^()×÷−·√!=]/.test(run) && /[0-9]/.test(run) && !/^[a-z ,.]+$/i.test(run)) add(run.replace(/^[^-+(0-9a-z√]+/i, ''));
  }
  return out;
}

/** Text form for comparing what was written: no spaces, dollars, sizing or spacing commands. */
export function copyKey(text: string): string {
  let s = text.trim();
  for (let m = /^\\boxed\{([\s\S]*)\}$/.exec(s); m; m = /^\\boxed\{([\s\S]*)\}$/.exec(s)) s = (m[1] as string).trim();
  return s
    .replace(/^\\\(|\\\)$|^\\\[|\\\]$/g, '')
    .replace(/\\(?:left|right|big|Big|bigg|Bigg)(?![a-zA-Z])/g, '')
    .replace(/\\[,;:! ]|\\quad|\\qquad/g, '')
    .replace(/\\[dt]frac/g, '\\frac')
    .replace(/[−–]/g, '-')
    .replace(/[×·]|\\times|\\cdot/g, '*')
    .replace(/[\s$]/g, '')
    .replace(/[.,;:]+$/, '');
}

const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Whether `pred` (the extracted answer, as written) was copied from `question` rather than worked
 * out: it is the question's text or one of its expressions, it is not a plain number, and it is not
 * written as the gold is.
 */
export function copiedFromQuestion(pred: string, question: string, gold: string): boolean {
  const key = copyKey(pred);
  if (key.length === 0 || PLAIN_NUMBER.test(key) || key === copyKey(gold)) return false;
  if (key === copyKey(question)) return true;
  return questionExpressions(question).some((e) => copyKey(e) === key);
}

/**
 * Whether `gold` (not a plain number) is written out in `question` itself — as one of its expressions
 * or as a 20+ character stretch of it (a format example that happens to be this item's answer). A
 * generated item like that is redrawn: copying the example would pay, and the honest gold would be
 * refused as a copy.
 */
export function goldShownInQuestion(question: string, gold: string): boolean {
  const key = copyKey(gold);
  if (key.length === 0 || PLAIN_NUMBER.test(key)) return false;
  return completionCopiesQuestion(gold, question) || questionExpressions(question).some((e) => copyKey(e) === key);
}

/** Whether the whole completion is the question or a part of it (20+ characters): nothing was added. */
export function completionCopiesQuestion(completion: string, question: string): boolean {
  const key = copyKey(completion);
  return key.length >= 20 && copyKey(question).includes(key);
}

/**
 * A correct verdict turned into the refusal `question-copy` when the completion is a copy of the
 * question or its extracted answer (`verdict.pred.raw`) was copied from it; any other verdict unchanged.
 */
export function refuseQuestionCopy(verdict: Verdict, completion: string, question: string, gold: string): Verdict {
  if (!verdict.correct) return verdict;
  const reason = completionCopiesQuestion(completion, question)
    ? 'the completion is a copy of the question'
    : verdict.pred && copiedFromQuestion(verdict.pred.raw, question, gold)
      ? `the answer ${JSON.stringify(verdict.pred.raw.slice(0, 80))} is copied from the question, not worked out`
      : undefined;
  return reason === undefined ? verdict : { ...verdict, correct: false, score: 0, rule: 'question-copy', reason };
}
