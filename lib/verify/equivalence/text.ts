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
