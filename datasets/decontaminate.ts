/**
 * Decontamination: which problems of a training or generated set also occur, exactly or nearly, in
 * an evaluation set. Texts are normalised (case, LaTeX commands, punctuation, spacing); "near" means
 * that at least `threshold` of a problem's word n-grams occur in one evaluation problem.
 */
import { ConfigError } from '../lib/errors.js';
import type { ProblemRecord } from './record.js';

export interface DecontaminateOptions {
  /** Word n-gram length (default 8; 13 is common for long documents, short problems need less). */
  readonly n?: number;
  /** Fraction of a candidate's n-grams found in one reference problem to call it a near duplicate (default 0.5). */
  readonly threshold?: number;
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

function ngrams(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  if (words.length < n) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

export function decontaminate(candidates: Iterable<ProblemRecord>, references: readonly ProblemRecord[], opts: DecontaminateOptions = {}): DecontaminationReport {
  const n = opts.n ?? 8;
  const threshold = opts.threshold ?? 0.5;
  // a bad n or threshold would silently report "no near duplicates": refuse it
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`decontaminate: n must be a positive integer, got ${n}`);
  if (!(threshold > 0 && threshold <= 1)) throw new ConfigError(`decontaminate: threshold must be in (0, 1], got ${threshold}`);
  const exactIndex = new Map<string, string>();
  const gramIndex = new Map<string, string[]>();
  for (const r of references) {
    const norm = normalizeProblem(r.problem);
    exactIndex.set(norm, r.id);
    for (const g of ngrams(norm.split(' '), n)) {
      const ids = gramIndex.get(g) ?? [];
      ids.push(r.id);
      gramIndex.set(g, ids);
    }
  }
  const exact: Overlap[] = [];
  const near: Overlap[] = [];
  let checked = 0;
  for (const c of candidates) {
    checked++;
    const norm = normalizeProblem(c.problem);
    const same = exactIndex.get(norm);
    if (same !== undefined) {
      exact.push({ id: c.id, referenceId: same, overlap: 1 });
      continue;
    }
    const grams = ngrams(norm.split(' '), n);
    if (grams.size === 0) continue;
    const hits = new Map<string, number>();
    for (const g of grams) for (const id of gramIndex.get(g) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    let best: Overlap | undefined;
    for (const [id, count] of hits) {
      const overlap = count / grams.size;
      if (overlap >= threshold && (!best || overlap > best.overlap)) best = { id: c.id, referenceId: id, overlap };
    }
    if (best) near.push(best);
  }
  return { checked, exact, near };
}
