/**
 * Problem-disjoint train/test splits. A problem's split is a stable hash of its text, not of the seed
 * that drew it: two seeds that draw the same problem put it in the same split, so a test episode
 * never shows a problem the trainer saw (a seed split cannot promise that when a level has only a
 * few hundred distinct problems). The hash is FNV-1a (finalised by murmur3's mix) over the whitespace-collapsed text, the same on
 * every machine and in the browser.
 */
import { closest } from 'fastest-levenshtein';
import { ConfigError } from '../errors.js';

export type Split = 'train' | 'test' | 'all';

/** Share of the problem space in the test split. */
export const TEST_FRACTION = 0.1;

/** Draws per reset before a split is declared empty (a test share of 10% needs ~10 on average). */
export const MAX_SPLIT_DRAWS = 10_000;

/** FNV-1a, 32 bits, over UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: FNV-1a's high bits barely change between texts that differ in one digit. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The split a problem belongs to. */
export function splitOf(problem: string, testFraction = TEST_FRACTION): 'train' | 'test' {
  const h = fmix32(fnv1a(problem.replace(/\s+/g, ' ').trim()));
  return h / 2 ** 32 < testFraction ? 'test' : 'train';
}

/** Whether `problem` belongs to `split` (every problem belongs to `all`). */
export function inSplit(problem: string, split: Split): boolean {
  return split === 'all' || splitOf(problem) === split;
}

/** Validates a split option (`name`, default `split`); @throws ConfigError naming the env, the allowed values and the closest one. */
export function checkSplit(owner: string, value: unknown, name = 'split'): Split {
  if (value === undefined) return 'all';
  if (value === 'train' || value === 'test' || value === 'all') return value;
  const hint = typeof value === 'string' ? ` Did you mean ${JSON.stringify(closest(value, ['train', 'test', 'all']))}?` : '';
  throw new ConfigError(`${owner}: ${name} must be "train", "test" or "all", got ${JSON.stringify(value)}.${hint}`);
}

/**
 * Draws with `draw` until the problem text is in `split` (any problem for `all`) and `keep` accepts it.
 * @throws ConfigError when MAX_SPLIT_DRAWS draws find none (a level too small to have that split).
 */
export function drawInSplit<T>(owner: string, split: Split, draw: () => T, text: (x: T) => string, keep: (x: T) => boolean = () => true): T {
  for (let i = 0; i < MAX_SPLIT_DRAWS; i++) {
    const x = draw();
    if (inSplit(text(x), split) && keep(x)) return x;
  }
  throw new ConfigError(`${owner}: no ${split}-split problem (outside any excluded set) in ${MAX_SPLIT_DRAWS} draws; this level's problem space is too small for a ${split} split (use split "all")`);
}
