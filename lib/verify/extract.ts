/**
 * Finding the final answer in a completion. Each strategy yields candidate substrings; candidates
 * are tried in strategy order until one parses (Math-Verify's "any match"). Policies:
 * - several \boxed{}: boxes separated only by short connecting text ("\boxed{2} and \boxed{3}",
 *   "\boxed{(2,2)} \quad \text{and} \quad \boxed{(6,2)}") form one answer list; otherwise the
 *   last box (or group of boxes) counts. `multipleBoxed: 'last'` takes only the last box, `'reject'`
 *   refuses a completion with more than one box.
 * - hedging: "3 or 4" parses as a list and never equals a single gold value (rule `hedged`).
 */
import { type Box, findBoxes } from './boxed.js';
import type { ExtractionStrategy, StrategyTier } from './types.js';

export interface Candidate {
  readonly strategy: ExtractionStrategy;
  readonly raw: string;
  /** Where the candidate ends in the text: within a tier, later candidates are tried first. */
  readonly end?: number;
  /** Where the candidate starts in the text (explicit answers). */
  readonly start?: number;
  /** The answer is offered as one of several ("3 or 4", "5, or maybe 6"): never equal to a single value. */
  readonly hedged?: boolean;
  /** The text as written, where `raw` normalised a number ("11,13" read as 11.13): its reading as a list. */
  readonly written?: string;
}

/**
 * Explicit answer markup first (tags, GSM8K ####), then boxed / "final answer is" / "Answer:"
 * (rightmost first), then a short plain answer as a whole, then the rightmost formula or number.
 */
export const DEFAULT_STRATEGIES: readonly StrategyTier[] = [
  'answer-tag',
  'gsm8k',
  ['boxed', 'final-answer', 'answer-colon'],
  'whole',
  ['latex-env', 'last-number'],
];




/**
 * Text between two boxes that joins them into one answer: separators, "and" / "or" and names
 * ("x = \\boxed{2}, y_2 = \\boxed{3}"), or a short stretch inside one formula
 * ("$$\\boxed{(3, 3)} \\text{ for part (a) and } \\boxed{(1, 1)}$$"). A new sentence or formula
 * ("\\boxed{3}. Wait, recompute: \\boxed{4}") makes the later box a new, final answer (Math-Verify
 * takes the last box).
 */
function connects(gap: string): { joins: boolean; or: boolean } {
  if (gap.length > 80) return { joins: false, or: false };
  const words = gap
    .replace(/\\(?:text|textbf|mathrm|mbox)\s*\{([^}]*)\}/g, ' $1 ')
    .replace(/\\(?:q?quad|[,;: !]|[()[\]])|[$.,;:{}()&=]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const or = words.some((w) => /^or$/i.test(w));
  if (words.every((w) => /^(?:and|or|[a-zA-Z](?:_\w+)?)$/i.test(w))) return { joins: true, or };
  // a few words within one sentence and formula ("\\boxed{1} papers and \\boxed{2} bins")
  const joins = !/\$|\\[()[\]]|\n|[.!?:;]\s/.test(gap) && words.length <= 4 && gap.length <= 60;
  return { joins, or: joins && or };
}

/** Words that offer another answer beside the previous one rather than replacing it. */
const ALTERNATIVE = /\b(?:alternatively|alternative|or|otherwise|maybe|perhaps|possibly|either)\b/i;

function boxedCandidate(text: string, policy: 'adjacent' | 'last' | 'reject'): Candidate[] {
  const boxes = findBoxes(text);
  if (boxes.length === 0) return [];
  if (policy === 'reject' && boxes.length > 1) return [];
  const lastBox = boxes[boxes.length - 1] as Box;
  if (policy === 'last') return [{ strategy: 'boxed', raw: lastBox.body, end: lastBox.end, start: lastBox.start }];
  const group: Box[] = [lastBox];
  let or = false;
  for (let i = boxes.length - 2; i >= 0; i--) {
    const a = boxes[i] as Box;
    const gap = text.slice(a.end, (group[0] as Box).start);
    const c = connects(gap);
    if (!c.joins) {
      // "\\boxed{13}. Alternatively: \\boxed{12}" offers a second answer; "Wait, recompute: \\boxed{4}" replaces the first
      or ||= gap.length <= 80 && ALTERNATIVE.test(gap);
      break;
    }
    or ||= c.or;
    group.unshift(a);
  }
  return [{ strategy: 'boxed', raw: group.map((b) => b.body).join(', '), end: lastBox.end, start: (group[0] as Box).start, ...(or ? { hedged: true } : {}) }];
}

interface Env {
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

/** $..$ and \(..\) may not span lines; $$..$$ and \[..\] may. */
function latexEnvs(text: string): Env[] {
  const envs: Env[] = [];
  const re = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([^\n]+?)\\\)|(?<!\\)\$((?:\\\$|[^$\n])+?)\$/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    envs.push({ start: m.index, end: m.index + m[0].length, body: (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim() });
    if (envs.length > 10_000) break;
  }
  return envs;
}

/** Text between two formulas that makes them one answer list: "$2$, $-1$, and $-18$", "$3$ or $4$". */
const ENV_JOIN = /^[\s,;]*(?:(and|or)[\s,;]*)?$/i;

function latexCandidates(text: string): Candidate[] {
  const envs = latexEnvs(text).filter((e) => e.body.length > 0);
  if (envs.length === 0) return [];
  // the last formula and the formulas joined to it by commas and "and"/"or" form one answer
  const group: Env[] = [envs[envs.length - 1] as Env];
  let or = false;
  for (let i = envs.length - 2; i >= 0; i--) {
    const m = ENV_JOIN.exec(text.slice((envs[i] as Env).end, (group[0] as Env).start));
    if (!m) break;
    or ||= m[1]?.toLowerCase() === 'or';
    group.unshift(envs[i] as Env);
  }
  const last = envs[envs.length - 1] as Env;
  if (group.length > 1) return [{ strategy: 'latex-env', raw: group.map((e) => e.body).join(', '), end: last.end, start: (group[0] as Env).start, ...(or ? { hedged: true } : {}) }];
  return envs
    .slice(-3)
    .reverse()
    .map((e) => ({ strategy: 'latex-env' as const, raw: e.body, end: e.end, start: e.start }));
}

function finalAnswerCandidates(text: string): Candidate[] {
  const re = /final answer(?:\s+is)?\**\s*[:：]?\s*([^\n]*?)(?:\.?\s*I hope it is correct|\n|$)/gi;
  let last: { body: string; start: number } | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[1]?.trim()) last = { body: m[1], start: m.index + m[0].indexOf(m[1]) };
    if (m[0].length === 0) re.lastIndex++;
  }
  if (last === undefined) return [];
  // the sentence ends at ". " or at a chat-template marker
  let body = last.body.split(/\.\s|<\|/)[0]?.trim().replace(/\.$/, '') ?? '';
  // a boxed answer in the sentence is the boxed strategy's ("final answer is $147 \\cdot 2 = \\boxed{294}$"); a long
  // "sentence" is a heading followed by prose
  // "final answer is $9999$, \\boxed{1}" still states 9999 first
  const pre = body.split(/\\(?:boxed|fbox)/)[0] ?? '';
  if (pre !== body && (/=\s*$/.test(pre) || (pre.match(/(?<!\\)\$/g) ?? []).length % 2 === 1)) return [];
  body = pre.replace(/[\s,;*]+$/, '');
  if (!body || body.length > 200) return [];
  const end = last.start + body.length;
  // "The largest $n$ is 34": the answer follows the last " is "
  const is = body.toLowerCase().lastIndexOf(' is ');
  if (is >= 0) body = body.slice(is + 4);
  const at = { strategy: 'final-answer' as const, end, start: last.start };
  // "final answer is $9999$, \boxed{1}": the math inside the sentence, the sentence, then its last number
  const envs = latexCandidates(body).map((e) => ({ ...e, ...at }));
  return [...envs, { ...at, raw: body }, ...lastNumber(body).map((c) => ({ ...c, ...at }))];
}

function lastMatch(re: RegExp, text: string, strategy: ExtractionStrategy): Candidate[] {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(re)) last = m;
  const raw = last?.[1]?.trim();
  return raw && last ? [{ strategy, raw, end: last.index + last[0].length, start: last.index }] : [];
}

/** The last complete <answer>...</answer> (found from the end: no scan per unclosed tag). */
function answerTag(text: string): Candidate[] {
  const lower = text.toLowerCase();
  const close = lower.lastIndexOf('</answer>');
  if (close < 0) return [];
  const open = lower.lastIndexOf('<answer>', close);
  if (open < 0) return [];
  const raw = text.slice(open + 8, close).trim();
  return raw ? [{ strategy: 'answer-tag', raw, end: close + 9, start: open }] : [];
}

/** Numbers as people write them: 7,425,000 / 1 000 / 1,000.99 / 2,74 (decimal comma) / .4 */
const NUMBER_RE = /(?<![\p{L}\d.,])[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.])|\d+(?:[.,]\d+)?|\.\d+)/gu;

export function normalizeNumber(raw: string): string {
  let s = raw.replace('−', '-').replace(/ /g, '');
  // "21,16,11" is a list, not a number: several commas must all be thousands groups
  if ((s.match(/,/g) ?? []).length > 1 && !/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return raw;
  const comma = /^(-?\d+),(\d+)$/.exec(s);
  if (comma) {
    // one comma: thousands when exactly three digits follow (and the integer part is not 0); a decimal
    // comma when two or more digits follow ("1,22", "1000,99"); one digit ("-2,1") is a list of two numbers
    const [, int, frac] = comma as unknown as [string, string, string];
    if (frac.length === 1) return raw;
    s = frac.length === 3 && !/^-?0$/.test(int) ? `${int}${frac}` : `${int}.${frac}`;
  } else s = s.replace(/,/g, '');
  return s.startsWith('.') ? `0${s}` : s.startsWith('-.') ? `-0${s.slice(1)}` : s;
}

/** "not 5", "isn't 5", "\\neq 5": the number is what the answer is not. */
const NEGATED = /(?:\bnot|\bisn['’]?t|\bnever|\\neq?|≠)\s*(?:equal\s+to\s+|\$\s*)?$/i;
const HEDGE = /\b(?:or|either(?!\s+way)|and\/or|maybe|perhaps|possibly)\b/i;

/** Between two numbers of one enumeration: ", ", " and ", ", and ", " or " (the last two hedge when the gold is one number). */
const JOIN = /^\s*(?:,\s*(?:(and|or)\s+)?|(and|or)\s+)$/i;

/** Characters of ordinary prose and plain math; random or degenerate output is mostly other symbols. */
const ORDINARY = /[A-Za-z0-9\s.,:;!?'"()[\]{}=+\-*/^$\\<>]/;

/**
 * Whether the last number sits in readable text: a reader does not take a digit out of symbol soup
 * ("∧D%am_↔1G;g j?≤z³J{3~]%g5K×x∧-[,∨X%nbGfhf9"). The number must not be glued to letters before it,
 * nor after it except as a short unit ("1,000.99m²", "5cm"), and at most 1 in 10 of the 60 characters
 * before it may be outside ordinary prose and math.
 */
function readsAsText(text: string, start: number, end: number): boolean {
  if (/[A-Za-z]/.test(text[start - 1] ?? '')) return false;
  if (/[A-Za-z]/.test(text[end] ?? '') && !/^[A-Za-z]{1,3}[²³]?(?![A-Za-z0-9])/.test(text.slice(end, end + 8))) return false;
  const window = [...text.slice(Math.max(0, start - 60), start)];
  if (window.length === 0) return true;
  const odd = window.filter((ch) => !ORDINARY.test(ch)).length;
  return odd <= window.length / 10;
}

function lastNumber(text: string): Candidate[] {
  const recent: RegExpExecArray[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    recent.push(m);
    if (recent.length > 32) recent.shift();
  }
  const last = recent[recent.length - 1];
  if (!last) return [];
  const end = last.index + last[0].length;
  if (NEGATED.test(text.slice(Math.max(0, last.index - 24), last.index))) return [];
  if (!readsAsText(text, last.index, end)) return [];
  // "5 or maybe 6", "either 3 or 4": a sentence offering several numbers is a hedge
  const sentence = text.slice(Math.max(0, end - 400), end).split(/[.!?](?:\s|$)|\n/).pop() ?? '';
  // "0, 1, ..., 3000": the last number closes an elided enumeration, not an answer
  const elided = /\d\s*,\s*(?:\.\.\.|…|\\[lc]?dots)\s*,?\s*(?:and\s+)?$/.test(text.slice(Math.max(0, last.index - 40), last.index));
  const hedged = elided || (HEDGE.test(sentence) && (sentence.match(NUMBER_RE) ?? []).length > 1) ? { hedged: true } : {};
  // "27 and 93", "2, 3, and 5": the numbers the sentence ends with, as one list (never one of them alone)
  const items = [last];
  for (let i = recent.length - 2; i >= 0; i--) {
    const a = recent[i] as RegExpExecArray;
    if (!JOIN.test(text.slice(a.index + a[0].length, (items[0] as RegExpExecArray).index))) break;
    items.unshift(a);
  }
  if (items.length > 1 && !elided) return [{ strategy: 'last-number', raw: items.map((m) => normalizeNumber(m[0])).join(', '), end, ...hedged }];
  // "is 2/3.": a plain fraction counts as one number
  const frac = /^\s*\/\s*(\d+)(?![\d.,]*\d)/.exec(text.slice(end));
  const prev = text.slice(Math.max(0, last.index - 40), last.index).match(/(\d+)\s*\/\s*$/);
  if (frac) return [{ strategy: 'last-number', raw: `${normalizeNumber(last[0])}/${frac[1]}`, end: end + frac[0].length, ...hedged }];
  if (prev) return [{ strategy: 'last-number', raw: `${prev[1]}/${normalizeNumber(last[0])}`, end, ...hedged }];
  const raw = normalizeNumber(last[0]);
  return [{ strategy: 'last-number', raw, end, ...hedged, ...(raw !== last[0] ? { written: last[0] } : {}) }];
}

const HEDGE_WORDS = /\b(?:or|either|maybe|perhaps|possibly|probably|unsure|not sure)\b/i;

/**
 * A multiple-choice letter: "answer is (B)", "B.", "\text{(C)}", a lone capital letter.
 * Hedges never yield a single letter: "answer is A or B" gives the list "A or B"; a text that
 * enumerates options ("(A) 5 (B) 6") or hedges between lone letters ("A, or maybe B") gives none.
 */
export function extractChoice(text: string, letters = 'ABCDE'): Candidate[] {
  const L = `[${letters}]`;
  const anchored = new RegExp(`answer(?:\\s+is)?\\s*[:：]?\\s*\\(?(${L})\\)?(?![\\p{L}])`, 'giu');
  const found = lastMatch(anchored, text, 'choice')[0];
  if (found) {
    const other = new RegExp(`^\\)?\\s*(?:,|/|&|\\bor\\b|\\band\\b)+\\s*\\(?(${L})\\)?(?![\\p{L}])`, 'iu').exec(text.slice(found.end ?? 0));
    return [other && other[1] !== found.raw ? { ...found, raw: `${found.raw} or ${other[1]}` } : found];
  }
  // "(A) 5 (B) 6" lists the options; it does not choose one
  const optionMarkers = new Set([...text.matchAll(new RegExp(`(?<![\\p{L}])\\((${L})\\)`, 'gu'))].map((m) => m[1]));
  if (optionMarkers.size > 1) return [];
  const patterns = [
    new RegExp(`^\\s*\\(?(${L})\\)?[.:)](?:\\s|$)`, 'gu'),
    new RegExp(`\\\\text\\{\\s*\\(?(${L})\\)?\\s*\\}`, 'gu'),
    new RegExp(`(?<![\\p{L}])\\(?(${L})\\)?(?![\\p{L}])`, 'gu'),
  ];
  for (const re of patterns) {
    const letters = new Set([...text.matchAll(re)].map((m) => m[1]));
    if (letters.size === 0) continue;
    if (letters.size > 1 && HEDGE_WORDS.test(text)) return [];
    const found = lastMatch(re, text, 'choice');
    // "A B C D E", "A, B, C, D, E", "B/C": the letter closes an enumeration of options, it does not choose one
    const before = text.slice(Math.max(0, (found[0]?.start ?? 0) - 12), found[0]?.start ?? 0);
    if (letters.size > 1 && new RegExp(`(?<![\\p{L}])\\(?${L}\\)?[\\s,;/&]*(?:(?:and|or)\\s*)?$`, 'u').test(before)) return [];
    return found;
  }
  return [];
}

/** A quick test that a format can occur at all, before the full scan for it. */
const MARKERS: Partial<Record<ExtractionStrategy, RegExp>> = {
  boxed: /\\(?:boxed|fbox)/,
  'answer-tag': /<\/answer>/i,
  gsm8k: /####/,
  'final-answer': /final answer/i,
  'answer-colon': /answer/i,
  'latex-env': /[$\\]/,
};

export interface ExtractOptions {
  readonly multipleBoxed?: 'adjacent' | 'last' | 'reject';
}

export function byStrategy(s: ExtractionStrategy, text: string, opts: ExtractOptions): Candidate[] {
  const marker = MARKERS[s];
  if (marker && !marker.test(text)) return [];
  switch (s) {
    case 'boxed':
      return boxedCandidate(text, opts.multipleBoxed ?? 'adjacent');
    case 'answer-tag':
      return answerTag(text);
    case 'final-answer':
      return finalAnswerCandidates(text);
    case 'gsm8k':
      return lastMatch(/####\s*([^\n]+)/g, text, 'gsm8k');
    case 'latex-env':
      return latexCandidates(text);
    case 'answer-colon':
      return lastMatch(/(?:^|\n)[ \t>#*_]*answer[ \t*_]*[:：][ \t*_]*([^\n]+)/gi, text, 'answer-colon');
    case 'last-number':
      return lastNumber(text);
    case 'choice':
      return extractChoice(text);
    case 'whole': {
      const w = text.trim();
      // a short answer written plainly ("x + 1", "(1, 2)"); long prose is left to the other strategies
      // a sentence ("so it is $15$, or ...", "The answer is 3 or 5.") is read by the other strategies
      // pure math (no word once LaTeX commands are dropped: a matrix, a long polynomial) may be longer
      const limit = /[a-zA-Z]{3,}/.test(w.replace(/\\(?:begin|end)\{[a-zA-Z*]+\}|\\[a-zA-Z]+/g, '')) ? 80 : 400;
      if (!w || w.length > limit || /\n/.test(w) || /^[a-zA-Z]{2,}\s+[a-zA-Z]{2,}\s/.test(w)) return [];
      const bare = w.replace(/^\$+|\$+$/g, '').trim();
      // a plain number with a comma: thousands or decimal comma, as in last-number
      const raw = /^[-−]?\d[\d, ]*(?:\.\d+)?$/.test(bare) && /,/.test(bare) && !/, /.test(bare) ? normalizeNumber(bare) : bare;
      return [{ strategy: 'whole', raw, end: text.length, ...(raw !== bare ? { written: bare } : {}) }];
    }
    case 'last-sentence':
      return [];
  }
}

/** Candidates for the final answer of `text`, best first. */
export function extractCandidates(text: string, strategies: readonly StrategyTier[] = DEFAULT_STRATEGIES, opts: ExtractOptions = {}): Candidate[] {
  const out: Candidate[] = [];
  for (const tier of strategies) {
    const members: readonly ExtractionStrategy[] = typeof tier === 'string' ? [tier] : tier;
    // within a tier, the candidate that ends last comes first (stable for equal ends)
    const found = members.flatMap((s) => byStrategy(s, text, opts).map((c, i) => ({ c, i })));
    found.sort((a, b) => (b.c.end ?? 0) - (a.c.end ?? 0) || a.i - b.i);
    out.push(...found.map((f) => f.c));
  }
  return out;
}
