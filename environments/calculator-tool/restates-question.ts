/**
 * "Does this answer restate the question?": an answer that is the question, or one of its math
 * segments ($...$, $$...$$, \(...\), \[...\]), copied back. A checker that evaluates answers accepts
 * `\boxed{99^2+99+1}` for "Compute $99^2+99+1$" (and `\frac{3}{20}` for "Write $\frac{3}{20}$ as a
 * decimal"), so such a copy must be refused before judging, by form, whatever its value. It is not
 * refused when it is written exactly as the gold (then the question contains the answer verbatim).
 */

const SEGMENT = /\$\$([\s\S]+?)\$\$|\$([^$]+)\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)/g;

/** Whitespace, math delimiters, \left/\right, \boxed{} and trailing punctuation do not make a copy different. */
export function normalizeMath(text: string): string {
  let s = text.trim();
  for (let m = /^\\boxed\{([\s\S]*)\}$/.exec(s); m; m = /^\\boxed\{([\s\S]*)\}$/.exec(s)) s = (m[1] as string).trim();
  return s
    .replace(/\\left|\\right/g, '')
    .replace(/\\[dt]frac/g, '\\frac')
    .replace(/[\s$]+/g, '')
    .replace(/^\\\(|\\\)$|^\\\[|\\\]$/g, '')
    .replace(/[.,;:]+$/, '');
}

/** The math segments of a question, normalized (empty ones dropped). */
export function questionSegments(question: string): string[] {
  return [...question.matchAll(SEGMENT)].map((m) => normalizeMath(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')).filter((s) => s !== '');
}

export function restatesQuestion(answer: string, question: string, gold: string): boolean {
  const said = normalizeMath(answer);
  if (said === '' || said === normalizeMath(gold)) return false;
  return said === normalizeMath(question) || questionSegments(question).includes(said);
}
