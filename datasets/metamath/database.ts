/**
 * Metamath databases for the proving environment: the bundled propositional-calculus extract of
 * set.mm, a path to any .mm file, and set.mm with miniF2F statements appended. Parsed databases are
 * cached per process (set.mm takes about a second to parse).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../../lib/errors.js';
import { MetamathError, parseDatabase, proofOutcomes, type Database } from '../../lib/metamath/index.js';
import { PACKAGE_ROOT } from '../../lib/paths.js';
import { minif2fBlocks, type Minif2fSplit } from './minif2f.js';
import { requireSetMm, SETMM_HINT } from './setmm.js';

/** Bundled databases by name. */
export const BUNDLED_DATABASES: Readonly<Record<string, string>> = {
  'set-prop': join(PACKAGE_ROOT, 'datasets', 'data', 'metamath', 'set-prop.mm'),
};

/** miniF2F's Metamath statements (openai/miniF2F, MIT), bundled: provenance in datasets/README.md. */
export const DEFAULT_MINIF2F_DIR = join(PACKAGE_ROOT, 'datasets', 'data', 'metamath', 'minif2f');

export interface LoadedDatabase {
  readonly db: Database;
  /** Path of the main file. */
  readonly path: string;
  /** Text of the main file (section headers are read from it). */
  readonly text: string;
  /** miniF2F $p labels appended to the database, in order (empty for a plain database). */
  readonly appended: readonly string[];
  /** miniF2F statements left out, with the reason (malformed upstream, e.g. a duplicate label). */
  readonly skipped: ReadonlyArray<{ readonly label: string; readonly reason: string }>;
}

/** Parsed databases kept (least recently used dropped first): set.mm is ~0.4 GB parsed. */
const CACHE_SIZE = 4;
const cache = new Map<string, LoadedDatabase>();

/** A bundled name, a .mm path, or `set.mm` (found by findSetMm when no such file is here) to an absolute path; ConfigError when none. */
export function resolveDatabase(nameOrPath: string): string {
  const bundled = BUNDLED_DATABASES[nameOrPath];
  if (bundled) return bundled;
  const p = resolve(nameOrPath);
  if (nameOrPath === 'set.mm' && !existsSync(p)) return requireSetMm();
  if (!existsSync(p) || !statSync(p).isFile()) {
    throw new ConfigError(`Metamath database "${nameOrPath}" is neither a bundled name (${Object.keys(BUNDLED_DATABASES).join(', ')}), set.mm (${SETMM_HINT}) nor a file; pass database=<path to a .mm file>.`);
  }
  return p;
}

function parseOrConfig(source: string | { text: string; path: string }, name: string): Database {
  try {
    return parseDatabase(source);
  } catch (e) {
    if (e instanceof MetamathError) throw new ConfigError(`Metamath database ${name} is malformed: ${e.message}`);
    throw e;
  }
}

/** Loads (and caches) a database; with `minif2f`, the split's statements are appended (database must define their symbols: set.mm). */
export function loadMetamath(nameOrPath: string, minif2f?: { readonly split: Minif2fSplit; readonly dir?: string }): LoadedDatabase {
  const path = resolveDatabase(nameOrPath);
  const dir = minif2f ? resolve(minif2f.dir ?? DEFAULT_MINIF2F_DIR) : '';
  const text = readFileSync(path, 'utf8');
  // by content, not by mtime: a file rewritten within the same clock tick is still re-verified
  const key = `${createHash('sha256').update(text).digest('hex')}\0${path}\0${minif2f ? `${minif2f.split}\0${dir}` : ''}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  let loaded: LoadedDatabase;
  if (!minif2f) {
    const db = parseOrConfig({ text, path }, path);
    refuseUnverified(db, path);
    loaded = { db, path, text, appended: [], skipped: [] };
  } else {
    const blocks = minif2fBlocks(dir, minif2f.split);
    const base = loadMetamath(nameOrPath).db;
    const skipped: Array<{ label: string; reason: string }> = [];
    let keep = blocks.filter((b) => {
      const why = blockProblem(b.text, base);
      if (why) skipped.push({ label: b.label, reason: `${why} (${b.file})` });
      return !why;
    });
    if (keep.length === 0) {
      throw new ConfigError(`none of the ${blocks.length} miniF2F ${minif2f.split} statements fits ${path} (first: ${skipped[0]?.reason ?? 'none found'}); miniF2F is stated in set.mm's language: pass database=<path to set.mm>.`);
    }
    const baseLines = text.split('\n').length;
    // a block that still does not parse is found from the error's line, dropped, and the rest retried
    for (;;) {
      const full = `${text}\n${keep.map((b) => b.text).join('\n')}\n`;
      try {
        const db = parseDatabase({ text: full, path });
        loaded = { db, path, text, appended: keep.map((b) => b.label), skipped };
        break;
      } catch (e) {
        if (!(e instanceof MetamathError) || !e.location || e.location.line <= baseLines) {
          throw e instanceof MetamathError ? new ConfigError(`Metamath database ${path} is malformed: ${e.message}`) : e;
        }
        let line = baseLines + 1;
        const bad = keep.find((b) => (line += b.text.split('\n').length) > e.location!.line);
        if (!bad) throw new ConfigError(`cannot append miniF2F statements to ${path}: ${e.message}`);
        skipped.push({ label: bad.label, reason: e.message.replace(/^[^:]*:\d+:\d+: /, '') });
        keep = keep.filter((b) => b !== bad);
      }
    }
  }
  cache.set(key, loaded);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return loaded;
}

/** Proofs listed in a ConfigError before the rest are counted. */
const SHOWN_FAILURES = 10;

/** ConfigError when a proof of `db` does not verify (its statement could otherwise serve as a lemma). */
function refuseUnverified(db: Database, path: string): void {
  // the same verification ProofState uses to keep unverified lemmas out (done once per database)
  const failures: string[] = [];
  for (const [s, o] of proofOutcomes(db)) {
    if (o.status === 'fail') failures.push(`${s.label} (${db.locate(s).path}:${db.locate(s).line}: ${o.reason})`);
  }
  if (failures.length === 0) return;
  const shown = failures.slice(0, SHOWN_FAILURES);
  const more = failures.length > SHOWN_FAILURES ? `, and ${failures.length - SHOWN_FAILURES} more` : '';
  throw new ConfigError(`Metamath database ${path} has ${failures.length} proof(s) that do not verify: ${shown.join('; ')}${more}. Fix or remove them (mathgym mm verify ${path} lists them all); a database is used only when every complete proof verifies.`);
}

/** Why a miniF2F block cannot be appended to `base` (a label used twice or already taken, an undeclared symbol); undefined when it can. */
function blockProblem(text: string, base: Database): string | undefined {
  const toks = text.replace(/\$\([\s\S]*?\$\)/g, ' ').replace(/\$=[\s\S]*?\$\./g, '$.').split(/\s+/).filter(Boolean);
  const labels = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.startsWith('$')) continue;
    if (/^\$[efap]$/.test(toks[i + 1] ?? '')) {
      if (labels.has(t)) return `label \`${t}\` is used twice`;
      if (base.labels.has(t)) return `label \`${t}\` is already a label of the database`;
      labels.add(t);
    } else if (!base.symbolIds.has(t)) return `symbol \`${t}\` is not declared in the database`;
  }
  return undefined;
}
