/**
 * Target theorems for the proving environment, chosen by a selector string:
 *
 *   mp2                       one label
 *   mp2,a1i,syl               a list of labels
 *   mp2..syl                  a range of $p labels in database order, both ends included
 *   section:Logical negation  the $p statements under a section header (title prefix, case-insensitive)
 *   minif2f:test              the appended miniF2F statements (see database.ts)
 *   all                       every $p of the database
 *
 * Any selector may end in `@N` to keep the first N targets (e.g. `section:Propositional calculus@200`).
 */
import { ConfigError } from '../../lib/errors.js';
import type { Statement } from '../../lib/metamath/index.js';
import type { LoadedDatabase } from './database.js';
import { sectionsOf } from './sections.js';

/** `minif2f:test` / `minif2f:valid` selects miniF2F statements, which must be appended when loading. */
export function minif2fSplitOf(selector: string): 'test' | 'valid' | undefined {
  const m = /^minif2f:(test|valid)(@\d+)?$/.exec(selector.trim());
  return m ? (m[1] as 'test' | 'valid') : undefined;
}

function theorem(loaded: LoadedDatabase, label: string): Statement {
  const s = loaded.db.labels.get(label);
  if (!s) throw new ConfigError(`no statement labeled "${label}" in ${loaded.path}; give a $p label, a range a..b, section:<title>, minif2f:test or all.`);
  if (s.kind !== 'p') throw new ConfigError(`"${label}" in ${loaded.path} is a $${s.kind} statement, not a theorem ($p); only $p statements can be targets.`);
  return s;
}

/** The $p statements a selector names, in database order (lists keep their order). Throws ConfigError on a bad selector or an empty result. */
export function selectTargets(loaded: LoadedDatabase, selector: string): Statement[] {
  const { db } = loaded;
  let sel = selector.trim();
  let limit = Infinity;
  const at = /@(\d+)$/.exec(sel);
  if (at) {
    limit = Number(at[1]);
    sel = sel.slice(0, at.index);
    if (limit < 1) throw new ConfigError(`target selector "${selector}": the count after @ must be at least 1.`);
  }
  let out: Statement[];
  const proofs = (): Statement[] => db.statements.filter((s) => s.kind === 'p');
  if (sel === 'all' || sel === '') out = proofs();
  else if (minif2fSplitOf(sel)) {
    if (loaded.appended.length === 0) throw new ConfigError(`"${sel}" needs the database loaded with miniF2F statements appended (database=<set.mm>, theorem=${sel}).`);
    out = loaded.appended.map((l) => theorem(loaded, l));
  } else if (sel.startsWith('section:')) {
    const want = sel.slice('section:'.length).trim().toLowerCase();
    const sections = sectionsOf(loaded.text);
    const sec = sections.find((s) => s.title.toLowerCase().startsWith(want));
    if (!sec) {
      throw new ConfigError(`no section titled "${want}…" in ${loaded.path}; sections include: ${sections.slice(0, 8).map((s) => JSON.stringify(s.title)).join(', ')}${sections.length > 8 ? ', …' : ''}.`);
    }
    out = proofs().filter((s) => s.file === 0 && s.offset >= sec.start && s.offset < sec.end);
  } else if (sel.includes('..')) {
    const parts = sel.split('..').map((x) => x.trim());
    if (parts.length !== 2 || parts.some((x) => !x || x.includes(','))) throw new ConfigError(`target range "${sel}" must be exactly first..last (two labels); lists and ranges do not mix.`);
    const [a, b] = parts;
    const from = theorem(loaded, a);
    const to = theorem(loaded, b);
    if (to.index < from.index) throw new ConfigError(`target range "${sel}": ${b} comes before ${a} in the database; write ${b}..${a}.`);
    out = proofs().filter((s) => s.index >= from.index && s.index <= to.index);
  } else {
    out = sel.split(',').map((l) => theorem(loaded, l.trim()));
  }
  if (out.length === 0) throw new ConfigError(`target selector "${selector}" selects no theorem in ${loaded.path}.`);
  return out.slice(0, limit);
}
