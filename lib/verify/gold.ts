/**
 * Reading a gold answer. A gold is an answer, not a completion: it is read whole (without its math
 * delimiters or one \boxed around it), so a long gold (a rotation matrix, six pairs, a union of
 * intervals) is never cut down to its last number and "11,13" is the list 11, 13. Only a gold that
 * does not read whole is searched like a completion: its marked answer (\boxed, ####, <answer>,
 * "final answer"), and for a worked solution in prose with no marked answer, its end.
 */
import { scanBoxes } from './boxed.js';
import { byStrategy, type Candidate, extractCandidates } from './extract.js';
import type { StrategyTier } from './types.js';

/** `$x$`, `$$x$$`, `\(x\)`, `\[x\]`, `\boxed{x}` (and a final period) around the whole gold. */
export function unwrapGold(gold: string): string {
  let s = gold.trim();
  for (let k = 0; k < 4; k++) {
    const before = s;
    // one formula around everything ("$x$ and $y$" is two formulas and prose, kept whole)
    s = s.replace(/^\$\$((?:(?!\$\$)[\s\S])*)\$\$$/, '$1').replace(/^\$((?:\\\$|[^$])*)\$$/, '$1').replace(/^\\\[([\s\S]*)\\\]$/, '$1').replace(/^\\\(([\s\S]*)\\\)$/, '$1').trim();
    s = s.replace(/[.。]$/, '').trim();
    const { boxes } = scanBoxes(s);
    const box = boxes[0];
    if (boxes.length === 1 && box && box.start === 0 && box.end === s.length) s = box.body.trim();
    if (s === before) break;
  }
  return s;
}

/** Words of prose (three letters or more, outside LaTeX commands): a worked solution rather than an answer. */
function isProse(s: string): boolean {
  const words = s.replace(/\\[a-zA-Z]+/g, ' ').match(/\b[a-zA-Z]{3,}\b/g) ?? [];
  return words.length >= 6;
}

/** Gold candidates, best first: the whole gold, then its marked answers, then (prose only) its end. */
export function goldCandidates(gold: string, strategies?: readonly StrategyTier[]): Candidate[] {
  if (strategies) return extractCandidates(gold, strategies);
  const whole = unwrapGold(gold);
  // a gold with boxes is answered by them, read as in a completion (the last box or group of boxes); a
  // box whose brace is missing runs to the end (a typo in the data, not an unreadable answer)
  const { unclosedAt } = scanBoxes(whole);
  if (unclosedAt >= 0) return [{ strategy: 'boxed', raw: whole.slice(whole.indexOf('{', unclosedAt) + 1), end: gold.length }];
  const boxed = byStrategy('boxed', whole, {});
  if (boxed.length > 0) return boxed;
  const out: Candidate[] = whole ? [{ strategy: 'whole', raw: whole, end: gold.length }] : [];
  const marked = (['answer-tag', 'gsm8k', 'final-answer'] as const).flatMap((s) => byStrategy(s, gold, {})).sort((a, b) => (b.end ?? 0) - (a.end ?? 0));
  out.push(...marked);
  if (marked.length === 0 && isProse(gold)) out.push(...extractCandidates(gold, [['latex-env', 'last-number']]));
  return out;
}

/**
 * Other readings of an ambiguous gold: "1,22" is the list 1, 22 or, with a decimal comma, 1.22. Only
 * a one-digit whole part reads as a decimal comma ("11,13" and "27,93" are lists; "0,111" is never 111).
 */
export function goldAlternatives(raw: string): string[] {
  const m = /^(-?\d),(\d{2}|\d{4,})$/.exec(raw.trim()) ?? /^(-?0),(\d{3})$/.exec(raw.trim());
  return m ? [`${m[1]}.${m[2]}`] : [];
}
