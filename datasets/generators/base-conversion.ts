/**
 * `base_conversion`: write a number given in one base in another base (2..16). The answer is the
 * digit string in the target base; it is compared as a string after normalisation (case, spaces,
 * a 0x/0b/0o prefix, a _base subscript, leading zeros), not by the verifier.
 *
 * | difficulty | conversion                                                        |
 * |------------|-------------------------------------------------------------------|
 * | 1          | decimal <-> binary, values 2..255                                  |
 * | 2          | decimal <-> base 2, 8 or 16, values 16..4095                       |
 * | 3          | decimal <-> any base 3..16, values 50..100000                      |
 * | 4          | base b1 -> base b2 (both 2..16, neither 10), values 100..10^6       |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';

const NAME = 'base_conversion';

function draw(rng: Rng, difficulty: number): { value: number; fromBase: number; toBase: number } {
  const pair = (other: number): [number, number] => (rng.bernoulli(0.5) ? [10, other] : [other, 10]);
  switch (difficulty) {
    case 1: {
      const [fromBase, toBase] = pair(2);
      return { value: rng.integer(2, 255), fromBase, toBase };
    }
    case 2: {
      const [fromBase, toBase] = pair(rng.choice([2, 8, 16]));
      return { value: rng.integer(16, 4095), fromBase, toBase };
    }
    case 3: {
      const [fromBase, toBase] = pair(rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16]));
      return { value: rng.integer(50, 100_000), fromBase, toBase };
    }
    default: {
      const bases = [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16];
      const [fromBase, toBase] = rng.shuffle(bases).slice(0, 2) as [number, number];
      return { value: rng.integer(100, 1_000_000), fromBase, toBase };
    }
  }
}

/** Lowercase digits, no prefix, subscript, spaces or leading zeros; '' when it is not a digit string. */
export function normalizeDigits(text: string, stripPrefix = true): string {
  let s = text.trim();
  const boxed = /\\boxed\{([^{}]*)\}/.exec(s);
  if (boxed) s = boxed[1] as string;
  s = s
    .replace(/\$/g, '')
    .replace(/\\text\{([^{}]*)\}/g, '$1')
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/_\{?\d+\}?$/, '')
    .replace(stripPrefix ? /^0[xbo](?=[0-9a-f])/ : /^$/, '');
  if (!/^[0-9a-f]+$/.test(s)) return '';
  return s.replace(/^0+(?=.)/, '');
}

const baseName = (b: number): string => (b === 10 ? 'base 10 (decimal)' : b === 2 ? 'base 2 (binary)' : b === 8 ? 'base 8 (octal)' : b === 16 ? 'base 16 (hexadecimal)' : `base ${b}`);

export const baseConversion: TaskGenerator = {
  name: NAME,
  envName: 'BaseConversion',
  description: 'Convert an integer between bases 2..16; the answer is the digit string in the target base.',
  levels: [
    'decimal <-> binary, values up to 255',
    'decimal <-> base 2, 8 or 16, values up to 4095',
    'decimal <-> any base 3..16, values up to 100000',
    'between two non-decimal bases 2..16, values up to 10^6',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { value, fromBase, toBase } = draw(rng, difficulty);
    const given = value.toString(fromBase);
    const answer = value.toString(toBase);
    const digitsNote = toBase > 10 ? ' Use the letters a-f for digits above 9.' : '';
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `Convert the ${baseName(fromBase)} number ${given} to ${baseName(toBase)}. Give only the digits in base ${toBase}, without a prefix.${digitsNote}`,
      answer,
      source: NAME,
      metadata: { family: NAME, difficulty, index, value, fromBase, toBase, given },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    if (typeof answer !== 'string') return familyVerdict(entry, undefined, false);
    const gold = normalizeDigits(entry.answer, false);
    // "0b3" is a prefixed 3 or the base-16 digits 0b3: accept either reading
    const readings = [normalizeDigits(answer), normalizeDigits(answer, false)];
    const read = readings.find((got) => got !== '' && got === gold) ?? readings.find((got) => got !== '');
    return familyVerdict(entry, read, read !== undefined && read === gold);
  },
};
