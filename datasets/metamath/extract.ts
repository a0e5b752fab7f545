/**
 * Builds the bundled propositional-calculus database `datasets/data/metamath/set-prop.mm` from
 * set.mm: everything before the first predicate-calculus chapter, with comments dropped except the
 * section headers (so `section:<title>` targets still work) and the file header's license line.
 *
 *   npx tsx datasets/metamath/extract.ts /usr/share/metamath/databases/set.mm datasets/data/metamath/set-prop.mm
 *
 * The cut is at a chapter header, where no `${` block is open, so the result is a complete database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { HEADER_RULES, headerOf } from './sections.js';

/** Title of the chapter the extract stops before. */
export const STOP_BEFORE = 'Predicate calculus with equality';

export function extractProp(text: string, source: string): string {
  const out: string[] = [
    `$( Propositional calculus from ${source}, extracted by datasets/metamath/extract.ts.`,
    '   set.mm is dedicated to the public domain (CC0 1.0); so is this extract. $)',
    '',
  ];
  let i = 0;
  for (;;) {
    const open = text.indexOf('$(', i);
    const chunk = text.slice(i, open < 0 ? text.length : open);
    if (chunk.trim()) out.push(chunk.replace(/^[ \t]*\n/, '').replace(/\n\s*\n+/g, '\n').trimEnd());
    if (open < 0) break;
    const close = text.indexOf('$)', open);
    if (close < 0) throw new Error(`unclosed comment at offset ${open}`);
    const h = headerOf(text.slice(open + 2, close));
    if (h && h.title.startsWith(STOP_BEFORE)) break;
    if (h) out.push('', `$( ${HEADER_RULES[h.level].repeat(10)}\n  ${h.title}\n   ${HEADER_RULES[h.level].repeat(10)} $)`);
    i = close + 2;
  }
  return `${out.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [src, dst] = process.argv.slice(2);
  if (!src || !dst) throw new Error('usage: extract.ts <set.mm> <out.mm>');
  writeFileSync(dst, extractProp(readFileSync(src, 'utf8'), 'set.mm (Version of 28-Dec-2020)'));
}
