/**
 * Text answers ("Evelyn", "odd", "\text{(C)}"): equal after case folding and dropping punctuation
 * and spacing. A text matches a bare name (\text{E} vs E) but never a number (\text{13} vs 13 is a
 * kind mismatch, as in Math-Verify).
 */
import type { Node } from '../parse/ast.js';

export function normalizeWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function textEqual(g: Node, p: Node): boolean {
  const words = (n: Node): string | undefined => {
    if (n.t === 'text') return normalizeWords(n.s);
    if (n.t === 'sym') return normalizeWords(n.name === 'pi' ? 'pi' : n.name);
    if (n.t === 'mul' && n.args.every((a) => a.t === 'sym')) return normalizeWords(n.args.map((a) => (a as { name: string }).name).join(''));
    return undefined;
  };
  const a = words(g);
  const b = words(p);
  return a !== undefined && b !== undefined && a.length > 0 && a === b;
}

/** Words that turn a statement around or hedge it: "is not even", "either odd or even". */
const TURNS = new Set(['not', 'no', 'never', 'neither', 'nor', 'isn', 'aren', 'cannot', 'can', 'or', 'either', 'maybe', 'perhaps', 'possibly', 'probably', 'unless', 'if', 'but', 'except', 'than', 'instead']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'answer', 'winner']);

/**
 * A text answer stated in a sentence: "The function is even." states "even"; the words before it end in
 * a copula ("is", "are") and none of them turns or hedges the statement ("is not even", "either odd or even").
 */
export function textStated(g: Node, p: Node): boolean {
  if (g.t !== 'text' || p.t !== 'text') return false;
  const gold = normalizeWords(g.s).split(' ').filter(Boolean);
  const pred = normalizeWords(p.s).split(' ').filter(Boolean);
  if (gold.length === 0 || pred.length <= gold.length || pred.length > gold.length + 8) return false;
  const tail = pred.slice(pred.length - gold.length);
  if (tail.join(' ') !== gold.join(' ')) return false;
  const lead = pred.slice(0, pred.length - gold.length);
  // one statement only: "is odd, the function is even" states two things
  return COPULAS.has(lead[lead.length - 1] as string) && lead.filter((w) => COPULAS.has(w)).length === 1 && !lead.some((w) => TURNS.has(w));
}
