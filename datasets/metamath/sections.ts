/** Section headers of a Metamath database (set.mm's decorated header comments) and their extents. */

/** Decoration lines of set.mm section headers, outermost first: part, chapter, section, subsection. */
export const HEADER_RULES = ['####', '#*#*', '=-=-', '-.-.'] as const;

/** A comment body that is a section header: its level (0 = part .. 3 = subsection) and title. */
export function headerOf(body: string): { level: number; title: string } | undefined {
  const lines = body.split('\n').map((l) => l.trim());
  for (let i = 0; i + 2 < lines.length; i++) {
    const level = HEADER_RULES.findIndex((r) => lines[i].startsWith(r));
    if (level >= 0 && lines[i + 2].startsWith(HEADER_RULES[level]) && lines[i + 1]) return { level, title: lines[i + 1] };
  }
  return undefined;
}

export interface Section {
  readonly title: string;
  readonly level: number;
  /** Character offsets in the file: [start, end) runs to the next header of the same or an outer level. */
  readonly start: number;
  readonly end: number;
}

/** The sections of a database file's text, in order. */
export function sectionsOf(text: string): Section[] {
  const heads: Array<{ title: string; level: number; start: number }> = [];
  for (let i = text.indexOf('$('); i >= 0; i = text.indexOf('$(', i + 2)) {
    const close = text.indexOf('$)', i);
    if (close < 0) break;
    const h = headerOf(text.slice(i + 2, close));
    if (h) heads.push({ ...h, start: i });
    i = close;
  }
  return heads.map((h, k) => {
    const next = heads.slice(k + 1).find((n) => n.level <= h.level);
    return { ...h, end: next ? next.start : text.length };
  });
}
