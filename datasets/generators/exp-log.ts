/**
 * `exp_log`: exponential and logarithmic equations with exact rational solutions. Stated form,
 * checked as a literal: `x = r` (or `r`) with r an integer or a reduced fraction; `log_2(32)`,
 * `\frac{6}{4}` or the question's own numbers do not pay.
 *
 * | difficulty | equation                                                   |
 * |------------|------------------------------------------------------------|
 * | 1          | a * b^(x + c) = N                                            |
 * | 2          | b^(p x + c) = N (rational solution)                          |
 * | 3          | log_b(p x + c) = k (rational solution)                        |
 * | 4          | log_b(x + e) + log_b(x + e + d) = k (one root is extraneous)  |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';
import { readIn, parseReducedFraction, rational, ratEq, ratText, type Rational } from './literal-answer.js';

const NAME = 'exp_log';
const BASES = [2, 3, 4, 5, 6, 7, 8, 9, 10];
const pow = (b: number, k: number): bigint => BigInt(b) ** BigInt(k);
const shift = (c: number): string => (c === 0 ? '' : c > 0 ? ` + ${c}` : ` - ${-c}`);
const linear = (p: number, c: number): string => `${p === 1 ? '' : p === -1 ? '-' : p}x${shift(c)}`;

function draw(rng: Rng, difficulty: number): { text: string; x: Rational } {
  const b = rng.choice(BASES);
  switch (difficulty) {
    case 1: {
      const a = rng.integer(1, 20);
      const k = rng.integer(1, b <= 3 ? 12 : 6);
      const c = rng.integer(-15, 15);
      return { text: `${a === 1 ? '' : `${a} * `}${b}^(x${shift(c)}) = ${BigInt(a) * pow(b, k)}`, x: rational(BigInt(k - c)) };
    }
    case 2: {
      let p = rng.integer(-5, 5);
      while (p === 0 || p === 1) p = rng.integer(-5, 5);
      const k = rng.integer(1, b <= 3 ? 10 : 5);
      const c = rng.integer(-20, 20);
      return { text: `${b}^(${linear(p, c)}) = ${pow(b, k)}`, x: rational(BigInt(k - c), BigInt(p)) };
    }
    case 3: {
      let p = rng.integer(-6, 6);
      while (p === 0) p = rng.integer(-6, 6);
      const k = rng.integer(1, b <= 3 ? 7 : 4);
      const c = rng.integer(-20, 20);
      return { text: `log_${b}(${linear(p, c)}) = ${k}`, x: rational(pow(b, k) - BigInt(c), BigInt(p)) };
    }
    default: {
      // x (x + d) = b^k with x a divisor of b^k below its square root: the other root, -(x + d), is negative
      for (;;) {
        const k = rng.integer(2, b <= 3 ? 10 : 5);
        const n = pow(b, k);
        const divisors: bigint[] = [];
        for (let x = 1n; x * x < n; x++) if (n % x === 0n) divisors.push(x);
        const x = rng.choice(divisors);
        const d = n / x - x;
        // shifted by e: log_b(x + e) + log_b(x + e + d) = k has the root x = y - e
        const e = rng.integer(-30, 30);
        const arg = (s: bigint): string => (s === 0n ? 'x' : s > 0n ? `x + ${s}` : `x - ${-s}`);
        if (d > 0n) return { text: `log_${b}(${arg(BigInt(e))}) + log_${b}(${arg(BigInt(e) + d)}) = ${k}`, x: rational(x - BigInt(e)) };
      }
    }
  }
}

/** `x = r` or `r`, r an integer or a reduced fraction. */
function parseSolution(s: string | undefined): Rational | undefined {
  return parseReducedFraction(s?.replace(/^x=/, ''));
}

export const expLog: TaskGenerator = {
  name: NAME,
  envName: 'ExpLog',
  description: 'Exponential and logarithmic equations with exact rational solutions; the answer is x = <integer or reduced fraction>.',
  levels: ['a * b^(x + c) = N', 'b^(p x + c) = N, rational solution', 'log_b(p x + c) = k, rational solution', 'log_b(x + e) + log_b(x + e + d) = k, one root extraneous'],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { text, x } = draw(rng, difficulty);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `Solve for real x: ${text}. Give the answer as x = r, with r an integer or a reduced fraction.`,
      answer: `x = ${ratText(x)}`,
      source: NAME,
      metadata: { family: NAME, difficulty, index, equation: text },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const got = readIn(answer, parseSolution);
    const gold = parseSolution(entry.answer.replace(/\s+/g, ''));
    return familyVerdict(entry, got?.raw, got !== undefined && gold !== undefined && ratEq(got.value, gold));
  },
};
