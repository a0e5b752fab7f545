/**
 * Which answer of a completion is final, as a careful reader decides:
 * - only what renders counts (visible.ts); a completion that redefines LaTeX has no answer;
 * - explicit answers (\boxed, <answer>, ####, "final answer", "Answer:") win over anything else, and
 *   within each format the last one counts ("\boxed{3}. Wait: \boxed{4}" answers 4);
 * - explicit answers of different formats that close the completion together and say different
 *   things ("<answer>117</answer> then \boxed{118}") contradict each other: no single answer was
 *   given, so none is credited (an earlier answer followed by more working was superseded);
 * - a \boxed{ that never closes is an answer nobody can read: no answer, never a nearby number;
 * - without explicit answers, the end of the text is read (a short plain answer, then the last
 *   formula or number), so a long chain of thought costs nothing but the scan for explicit answers.
 */
import { scanBoxes } from './boxed.js';
import { byStrategy, type Candidate, DEFAULT_STRATEGIES, type ExtractOptions } from './extract.js';
import type { ExtractionStrategy, StrategyTier } from './types.js';
import { hasLatexComment, visibleText } from './visible.js';

/** Formats in which a writer states an answer on purpose. */
export const EXPLICIT_STRATEGIES: ReadonlySet<ExtractionStrategy> = new Set(['answer-tag', 'gsm8k', 'boxed', 'final-answer', 'answer-colon']);

/** How much of the end the implicit strategies read: a conclusion, not a megabyte of working. */
const TAIL = 10_000;

export interface Reading {
  readonly cand: Candidate;
}

export interface FinalAnswerOptions<R extends Reading> extends ExtractOptions {
  readonly strategies?: readonly StrategyTier[];
  /** Reads a candidate as an answer; undefined when it is not one. */
  readonly read: (c: Candidate) => R | undefined;
  /** Whether two readings state the same answer. */
  readonly same: (a: R, b: R) => boolean;
  /** Candidates tried before the implicit strategies (choice letters, a last sentence for a text gold). */
  readonly extra?: (tail: string) => Candidate[];
}

export interface FinalAnswer<R extends Reading> {
  /** The final answer, read; undefined when none could be read. */
  readonly answer?: R;
  /** The candidates considered (for reports and string comparison when none could be read). */
  readonly cands: readonly Candidate[];
  /** Why the completion has no creditable answer even though it may contain some. */
  readonly refusal?: { readonly rule: 'refused' | 'contradictory' | 'no-answer'; readonly reason: string };
}

/**
 * A completion that ends in a long exact loop ("## ## ## ...", a repeated paragraph) is cut after two
 * turns of the loop: the answer before it (or inside one turn of it) still counts, the loop does not.
 */
export function trimLoop(s: string, maxPeriod = 400): string {
  const n = s.length;
  if (n < 2000) return s;
  for (let p = 1; p <= maxPeriod; p++) {
    let k = n - 1;
    while (k >= p && s.charCodeAt(k) === s.charCodeAt(k - p)) k--;
    if (n - 1 - k >= Math.max(10 * p, 2000)) return s.slice(0, k + 1 + p);
  }
  return s;
}

const tiersOf = (strategies: readonly StrategyTier[]): ExtractionStrategy[][] => strategies.map((t) => (typeof t === 'string' ? [t] : [...t]));

/** The final answer of `completion`; see the module comment for the rules. */
export function finalAnswer<R extends Reading>(completion: string, o: FinalAnswerOptions<R>): FinalAnswer<R> {
  const vis = visibleText(completion);
  if (!vis.ok) return { cands: [], refusal: { rule: 'refused', reason: vis.reason } };
  const text = trimLoop(vis.text);
  const tiers = tiersOf(o.strategies ?? DEFAULT_STRATEGIES);
  const explicit = tiers.flat().filter((s) => EXPLICIT_STRATEGIES.has(s));
  if (explicit.includes('boxed')) {
    const { unclosedAt, boxes } = scanBoxes(text);
    if (o.multipleBoxed === 'reject' && boxes.length > 1) return { cands: [], refusal: { rule: 'no-answer', reason: `${boxes.length} boxed answers; multipleBoxed: 'reject' accepts one` } };
    if (unclosedAt >= 0) return { cands: [], refusal: { rule: 'no-answer', reason: `the \\boxed{ at character ${unclosedAt} never closes, so its answer cannot be read` } };
  }
  const formats = explicit.map((s) => byStrategy(s, text, o)).filter((cs) => cs.length > 0);
  const commented = formats.flat().find((c) => (c.strategy === 'boxed' || c.strategy === 'answer-tag') && hasLatexComment(c.raw));
  if (commented) return { cands: [commented], refusal: { rule: 'refused', reason: `a % comment hides part of the answer ${JSON.stringify(commented.raw.slice(0, 60))}` } };
  if (formats.length > 0) {
    const readings = formats
      .map((cs) => {
        for (const c of cs) {
          const r = o.read(c);
          if (r) return r;
        }
        return undefined;
      })
      .filter((r): r is R => r !== undefined)
      .sort((a, b) => (a.cand.end ?? 0) - (b.cand.end ?? 0));
    const all = formats.flat().sort((a, b) => (b.end ?? 0) - (a.end ?? 0));
    const final = readings[readings.length - 1];
    // an explicit answer nobody can read is still the answer given: never replaced by a nearby number
    if (!final) return { cands: all };
    // an earlier answer followed by more working was superseded ("\\boxed{255} So ... = 10,455. Final
    // answer: 10,455"); one that only some connecting words separate from the last is a rival final answer
    const rival = (r: R): boolean => {
      const gap = text.slice(r.cand.end ?? 0, final.cand.start ?? final.cand.end ?? 0);
      return gap.trim().length <= 80 && !gap.includes('=');
    };
    const other = readings.find((r) => r !== final && rival(r) && !o.same(r, final));
    if (other) {
      return {
        answer: final,
        cands: all,
        refusal: { rule: 'contradictory', reason: `the completion gives two different final answers, ${JSON.stringify(other.cand.raw.slice(0, 60))} (${other.cand.strategy}) and ${JSON.stringify(final.cand.raw.slice(0, 60))} (${final.cand.strategy})` },
      };
    }
    return { answer: final, cands: all };
  }
  const offset = Math.max(0, text.length - TAIL);
  const tail = text.slice(offset);
  const cands: Candidate[] = [...(o.extra?.(tail) ?? [])];
  for (const tier of tiers) {
    const members = tier.filter((s) => !EXPLICIT_STRATEGIES.has(s));
    // within a tier, the candidate that ends last comes first
    const found = members.flatMap((s) => (s === 'whole' ? byStrategy(s, text, o) : byStrategy(s, tail, o).map((c) => ({ ...c, end: (c.end ?? 0) + offset }))));
    cands.push(...found.map((c, i) => ({ c, i })).sort((a, b) => (b.c.end ?? 0) - (a.c.end ?? 0) || a.i - b.i).map((x) => x.c));
  }
  for (const c of cands) {
    const r = o.read(c);
    if (r) return { answer: r, cands };
  }
  return { cands };
}
