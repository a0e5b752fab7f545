/**
 * Decontamination: which problems of a training or generated set also occur, exactly or nearly, in
 * an evaluation set, and (`DecontaminationIndex.filter`, `mathgym datasets decontam --exclude`) the
 * set without them. Texts are normalised (case, LaTeX commands, punctuation, spacing) and every
 * number is masked (`17` and `35` are both `#`), so a problem with its numbers changed is still the
 * evaluation problem; "near" means that at least `threshold` of a problem's word n-grams occur in one
 * evaluation problem. Short texts (fewer than `minMaskedWords` words) are compared with their numbers,
 * since masked they are often generic ("compute # #").
 */
import { ConfigError } from '../lib/errors.js';
import type { ProblemRecord } from './record.js';

export interface DecontaminateOptions {
  /** Token n-gram length (default 6; 13 is common for long documents, short problems need less). */
  readonly n?: number;
  /** Fraction of a candidate's n-grams found in one reference problem to call it a near duplicate (default 0.5). */
  readonly threshold?: number;
  /** Mask numbers (default true): catches numbers-changed variants. */
  readonly maskNumbers?: boolean;
  /** Texts with fewer tokens are matched with their numbers kept (default 6). */
  readonly minMaskedWords?: number;
}

export interface Overlap {
  readonly id: string;
  readonly referenceId: string;
  /** 1 for exact duplicates. */
  readonly overlap: number;
}

export interface DecontaminationReport {
  readonly checked: number;
  readonly exact: readonly Overlap[];
  readonly near: readonly Overlap[];
}

export function normalizeProblem(text: string): string {
  return text
    .toLowerCase()
    .replace(/\\[a-z]+/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** LaTeX commands that only format (or spell the same thing twice) are not tokens. */
const FORMATTING = new Set(['left', 'right', 'displaystyle', 'text', 'mathrm', 'textbf', 'mbox', 'quad', 'qquad', 'dfrac', 'tfrac', 'dbinom', 'tbinom']);
const ALIASES: Readonly<Record<string, string>> = { dfrac: 'frac', tfrac: 'frac', dbinom: 'binom', tbinom: 'binom' };

/**
 * Words, LaTeX command names, numbers and operator symbols, lower-cased: operators stay so that a
 * masked `#^# - #^#` is not every other expression with two numbers.
 */
export function problemTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\\([a-z]+)|(\p{L}+)|(\d+(?:\.\d+)?)|([-+*/^=<>!|()])/gu)) {
    if (m[1] !== undefined) {
      const alias = ALIASES[m[1]];
      if (alias) out.push(alias);
      else if (!FORMATTING.has(m[1])) out.push(m[1]);
    } else out.push(m[0]);
  }
  return out;
}

function ngrams(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  if (words.length < n) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/** An index of evaluation problems, built once and queried per candidate. */
export class DecontaminationIndex {
  private readonly n: number;
  private readonly threshold: number;
  private readonly mask: boolean;
  private readonly minMasked: number;
  private readonly exactIndex = new Map<string, string>();
  private readonly gramIndex = new Map<string, string[]>();
  /** Number of references indexed. */
  readonly size: number;

  /** @throws ConfigError for settings that would silently find nothing. */
  constructor(references: Iterable<ProblemRecord>, opts: DecontaminateOptions = {}) {
    this.n = opts.n ?? 6;
    this.threshold = opts.threshold ?? 0.5;
    this.mask = opts.maskNumbers ?? true;
    this.minMasked = opts.minMaskedWords ?? 6;
    if (!Number.isInteger(this.n) || this.n < 1) throw new ConfigError(`decontaminate: n must be a positive integer, got ${this.n}`);
    if (!(this.threshold > 0 && this.threshold <= 1)) throw new ConfigError(`decontaminate: threshold must be in (0, 1], got ${this.threshold}`);
    if (!Number.isInteger(this.minMasked) || this.minMasked < 0) throw new ConfigError(`decontaminate: minMaskedWords must be a non-negative integer, got ${this.minMasked}`);
    let size = 0;
    for (const r of references) {
      size++;
      this.exactIndex.set(normalizeProblem(r.problem), r.id);
      for (const key of this.keys(r.problem)) {
        const ids = this.gramIndex.get(key) ?? [];
        if (ids[ids.length - 1] !== r.id) ids.push(r.id);
        this.gramIndex.set(key, ids);
      }
    }
    this.size = size;
  }

  /** The text's token n-grams: numbers masked when it is long enough to stay specific. */
  private keys(text: string): Set<string> {
    const tokens = problemTokens(text);
    const masked = this.mask && tokens.length >= this.minMasked;
    return ngrams(masked ? tokens.map((w) => (/^\d/.test(w) ? '#' : w)) : tokens, this.n);
  }

  /** The best match of `problem` among the references (overlap 1 = exact after normalisation), or undefined. */
  match(problem: string): { readonly referenceId: string; readonly overlap: number; readonly exact: boolean } | undefined {
    const norm = normalizeProblem(problem);
    const same = this.exactIndex.get(norm);
    if (same !== undefined) return { referenceId: same, overlap: 1, exact: true };
    const grams = this.keys(problem);
    if (grams.size === 0) return undefined;
    const hits = new Map<string, number>();
    for (const g of grams) for (const id of this.gramIndex.get(g) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    let best: { referenceId: string; overlap: number; exact: boolean } | undefined;
    for (const [id, count] of hits) {
      const overlap = count / grams.size;
      if (overlap >= this.threshold && (!best || overlap > best.overlap)) best = { referenceId: id, overlap, exact: false };
    }
    return best;
  }

  /** Whether `problem` is (nearly) a reference problem. */
  contains(problem: string): boolean {
    return this.match(problem) !== undefined;
  }
}

export function decontaminate(candidates: Iterable<ProblemRecord>, references: readonly ProblemRecord[], opts: DecontaminateOptions = {}): DecontaminationReport {
  const index = new DecontaminationIndex(references, opts);
  const exact: Overlap[] = [];
  const near: Overlap[] = [];
  let checked = 0;
  for (const c of candidates) {
    checked++;
    const m = index.match(c.problem);
    if (m) (m.exact ? exact : near).push({ id: c.id, referenceId: m.referenceId, overlap: m.overlap });
  }
  return { checked, exact, near };
}
