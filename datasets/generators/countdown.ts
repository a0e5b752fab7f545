/**
 * `countdown`: the numbers game and the 24 game. Given numbers and a target, write an expression that
 * uses every given number exactly once with + - * / and parentheses and equals the target. Here the
 * expression IS the answer form: any correct expression pays, checked exactly (rational arithmetic,
 * the multiset of numbers written must be the multiset given; no unary minus, no other numbers, no
 * division by zero).
 *
 * | difficulty | task                                                                  |
 * |------------|-----------------------------------------------------------------------|
 * | 1          | 3 numbers 1..20, a target made from them                                |
 * | 2          | the 24 game: 4 numbers 1..13 from which 24 can be made                  |
 * | 3          | 4 numbers 1..25, a target up to 500                                     |
 * | 4          | 5 numbers from the Countdown pool (1..10, 25, 50, 75, 100), a 3-digit target |
 *
 * Targets at levels 1, 3 and 4 come from a random expression over the numbers (positive integer
 * intermediates, as in Countdown), which is also the gold; level 2 searches every expression.
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';
import { readIn, rational, ratAdd, ratDiv, ratEq, ratMul, ratSub, type Rational } from './literal-answer.js';

const NAME = 'countdown';

interface Built {
  readonly value: number;
  readonly text: string;
}

/** Combines the numbers in random order with random operations, keeping every intermediate a positive integer. */
function randomExpression(rng: Rng, nums: readonly number[]): Built | undefined {
  let items: Built[] = nums.map((n) => ({ value: n, text: String(n) }));
  while (items.length > 1) {
    items = rng.shuffle(items);
    const a = items.pop() as Built;
    const b = items.pop() as Built;
    const options: Built[] = [
      { value: a.value + b.value, text: `(${a.text} + ${b.text})` },
      { value: a.value * b.value, text: `${a.text} * ${b.text}` },
    ];
    if (a.value > b.value) options.push({ value: a.value - b.value, text: `(${a.text} - ${b.text})` });
    if (b.value > 1 && a.value % b.value === 0) options.push({ value: a.value / b.value, text: `${a.text} / ${paren(b.text)}` });
    items.push(rng.choice(options));
  }
  return items[0];
}

/** A product or quotient on the right of `/` needs parentheses. */
const paren = (t: string): string => (/^\d+$/.test(t) || (t.startsWith('(') && t.endsWith(')') && balancedInside(t)) ? t : `(${t})`);
function balancedInside(t: string): boolean {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')') depth--;
    if (depth === 0 && i < t.length - 1) return false;
  }
  return true;
}

/** An expression over exactly `nums` equal to `target`, by exhaustive search (4 numbers: a few thousand steps). */
export function solve(nums: readonly number[], target: number): string | undefined {
  const go = (items: readonly { v: Rational; t: string }[]): string | undefined => {
    if (items.length === 1) return ratEq(items[0]!.v, rational(BigInt(target))) ? items[0]!.t : undefined;
    for (let i = 0; i < items.length; i++)
      for (let j = 0; j < items.length; j++) {
        if (i === j) continue;
        const a = items[i]!;
        const b = items[j]!;
        const rest = items.filter((_, k) => k !== i && k !== j);
        const next: { v: Rational; t: string }[] = [];
        if (i < j) next.push({ v: ratAdd(a.v, b.v), t: `(${a.t} + ${b.t})` }, { v: ratMul(a.v, b.v), t: `(${a.t} * ${b.t})` });
        next.push({ v: ratSub(a.v, b.v), t: `(${a.t} - ${b.t})` });
        if (b.v.n !== 0n) next.push({ v: ratDiv(a.v, b.v), t: `(${a.t} / ${b.t})` });
        for (const x of next) {
          const found = go([...rest, x]);
          if (found) return found;
        }
      }
    return undefined;
  };
  const t = go(nums.map((n) => ({ v: rational(BigInt(n)), t: String(n) })));
  return t?.replace(/^\((.*)\)$/, '$1');
}

const POOL = [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 25, 50, 75, 100];

function draw(rng: Rng, difficulty: number): { numbers: number[]; target: number; gold: string } {
  for (;;) {
    let numbers: number[];
    let range: [number, number];
    if (difficulty === 2) {
      numbers = Array.from({ length: 4 }, () => rng.integer(1, 13));
      const gold = solve(numbers, 24);
      if (gold) return { numbers, target: 24, gold };
      continue;
    }
    if (difficulty === 1) [numbers, range] = [Array.from({ length: 3 }, () => rng.integer(1, 20)), [2, 400]];
    else if (difficulty === 3) [numbers, range] = [Array.from({ length: 4 }, () => rng.integer(1, 25)), [10, 500]];
    else [numbers, range] = [rng.shuffle(POOL).slice(0, 5), [100, 999]];
    const e = randomExpression(rng, numbers);
    // a target equal to one of the numbers, or to their sum, is a giveaway
    if (!e || e.value < range[0] || e.value > range[1] || numbers.includes(e.value) || e.value === numbers.reduce((a, b) => a + b, 0)) continue;
    return { numbers, target: e.value, gold: e.text.replace(/^\((.*)\)$/, (m, inner: string) => (balancedInside(m) ? inner : m)) };
  }
}

type Tok = { readonly k: 'num'; readonly v: bigint } | { readonly k: 'op'; readonly v: string };

/**
 * Parses and evaluates a written expression exactly, listing the numbers it uses; undefined for
 * anything else (unary minus, decimals, letters, division by zero, unbalanced parentheses).
 */
export function evaluateExpression(s: string): { value: Rational; numbers: bigint[] } | undefined {
  const src = s
    .replace(/\\times|\\cdot|×|·/g, '*')
    .replace(/\\div|÷/g, '/')
    .replace(/\\left|\\right/g, '')
    .replace(/\s+/g, '');
  if (src.length === 0 || src.length > 500 || !/^[\d+\-*/()]+$/.test(src)) return undefined;
  const toks: Tok[] = (src.match(/\d+|[+\-*/()]/g) ?? []).map((t) => (/^\d/.test(t) ? { k: 'num', v: BigInt(t) } : { k: 'op', v: t }));
  let p = 0;
  const numbers: bigint[] = [];
  const primary = (): Rational | undefined => {
    const t = toks[p++];
    if (!t) return undefined;
    if (t.k === 'num') {
      numbers.push(t.v);
      return rational(t.v);
    }
    if (t.v !== '(') return undefined; // unary minus and stray operators are not allowed
    const v = sum();
    const close = toks[p++];
    return v !== undefined && close?.k === 'op' && close.v === ')' ? v : undefined;
  };
  const product = (): Rational | undefined => {
    let v = primary();
    while (v !== undefined && toks[p]?.k === 'op' && (toks[p]!.v === '*' || toks[p]!.v === '/')) {
      const op = toks[p++]!.v;
      const w = primary();
      if (w === undefined || (op === '/' && w.n === 0n)) return undefined;
      v = op === '*' ? ratMul(v, w) : ratDiv(v, w);
    }
    return v;
  };
  function sum(): Rational | undefined {
    let v = product();
    while (v !== undefined && toks[p]?.k === 'op' && (toks[p]!.v === '+' || toks[p]!.v === '-')) {
      const op = toks[p++]!.v;
      const w = product();
      if (w === undefined) return undefined;
      v = op === '+' ? ratAdd(v, w) : ratSub(v, w);
    }
    return v;
  }
  const value = sum();
  if (value === undefined || p !== toks.length) return undefined;
  return { value, numbers };
}

const sameMultiset = (a: readonly bigint[], b: readonly number[]): boolean =>
  a.length === b.length && [...a].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).join(',') === [...b].map(BigInt).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).join(',');

export const countdown: TaskGenerator = {
  name: NAME,
  envName: 'Countdown',
  description: 'Countdown and the 24 game: an expression using every given number exactly once with + - * / equal to the target; any correct expression pays, checked exactly.',
  levels: ['3 numbers 1..20, a target made from them', 'the 24 game: 4 numbers 1..13', '4 numbers 1..25, a target up to 500', '5 numbers from the Countdown pool, a 3-digit target'],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const drawn = draw(rng, difficulty);
    const { target, gold } = drawn;
    // one order per hand: reordering the same numbers is not another problem
    const numbers = [...drawn.numbers].sort((a, b) => a - b);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem:
        `Using each of the numbers ${numbers.join(', ')} exactly once, and only +, -, *, / and parentheses, write an expression equal to ${target}. ` +
        'Give the expression alone as your answer (no "=", no other numbers).',
      answer: gold,
      source: NAME,
      metadata: { family: NAME, difficulty, index, numbers, target },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const e = readIn(answer, (s) => (s === undefined ? undefined : evaluateExpression(s)));
    const numbers = entry.metadata.numbers as readonly number[];
    const target = entry.metadata.target as number;
    return familyVerdict(entry, e?.raw, e !== undefined && sameMultiset(e.value.numbers, numbers) && ratEq(e.value.value, rational(BigInt(target))));
  },
};
