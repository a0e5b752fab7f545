/**
 * `number_theory`: GCD, LCM and modular arithmetic. Scoring: the verifier's equality AND a literal
 * integer (answer-form.ts `scoreLiteral`), so `\gcd(12, 18)` or `5 + 1` scores 0. An answer that is a
 * number of the question (gcd(6, 12) = 6) is redrawn.
 *
 * | difficulty | tasks                                                                  |
 * |------------|------------------------------------------------------------------------|
 * | 1          | gcd or lcm of two integers up to 60 (gcd pairs share a factor 2..12)     |
 * | 2          | gcd or lcm of two integers up to ~1000 sharing a common factor          |
 * | 3          | a^b mod m with a < 100, b <= 50, m in 3..50, remainder >= 2             |
 * | 4          | a^b mod m with b up to 10^6, m up to 1000; or the inverse of a mod m <= 100 |
 * | 5          | inverse of a mod m (m up to 10^4), or gcd / lcm of three integers       |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import { answerInQuestion, MAX_REDRAWS, type TaskGenerator } from './generator.js';
import { scoreLiteral } from './answer-form.js';
import { gcd, modPow } from '../../lib/core/bigint.js';

const NAME = 'number_theory';

export type NumberTheoryTask = 'gcd' | 'lcm' | 'powmod' | 'inverse';



/** a^-1 mod m by the extended Euclidean algorithm (gcd(a, m) = 1). */
function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}

interface Draw {
  readonly task: NumberTheoryTask;
  readonly numbers: readonly number[];
  readonly modulus?: number;
  readonly exponent?: number;
}

function drawInverse(rng: Rng, maxM: number): Draw {
  for (;;) {
    const m = rng.integer(5, maxM);
    const a = rng.integer(2, m - 1);
    if (gcd(BigInt(a), BigInt(m)) === 1n) return { task: 'inverse', numbers: [a], modulus: m };
  }
}

function draw(rng: Rng, difficulty: number): Draw {
  const task2 = (): 'gcd' | 'lcm' => rng.choice(['gcd', 'lcm'] as const);
  switch (difficulty) {
    case 1: {
      // gcd of two independent integers is 1 more than half the time, so a constant answer "1" would
      // earn ~30%: gcd pairs share a drawn factor k (the answer is k times a usually-1 cofactor gcd)
      const task = task2();
      if (task === 'lcm') return { task, numbers: [rng.integer(2, 60), rng.integer(2, 60)] };
      const k = rng.integer(2, 12);
      return { task, numbers: [k * rng.integer(1, Math.floor(60 / k)), k * rng.integer(1, Math.floor(60 / k))] };
    }
    case 2: {
      const k = rng.integer(2, 30);
      return { task: task2(), numbers: [k * rng.integer(2, 35), k * rng.integer(2, 35)] };
    }
    case 3: {
      // small moduli make 0 and 1 frequent remainders (a constant "1" earned 16%): those draws are redone
      for (;;) {
        const d: Draw = { task: 'powmod', numbers: [rng.integer(2, 99)], exponent: rng.integer(2, 50), modulus: rng.integer(3, 50) };
        if (solve(d) > 1n) return d;
      }
    }
    case 4:
      return rng.bernoulli(0.6)
        ? { task: 'powmod', numbers: [rng.integer(2, 999)], exponent: rng.integer(100, 1_000_000), modulus: rng.integer(11, 1000) }
        : drawInverse(rng, 100);
    default: {
      if (rng.bernoulli(0.5)) return drawInverse(rng, 10_000);
      const k = rng.integer(2, 12);
      return { task: task2(), numbers: [k * rng.integer(2, 40), k * rng.integer(2, 40), k * rng.integer(2, 40)] };
    }
  }
}

function solve(d: Draw): bigint {
  const ns = d.numbers.map(BigInt);
  switch (d.task) {
    case 'gcd':
      return ns.reduce((a, b) => gcd(a, b));
    case 'lcm':
      return ns.reduce((a, b) => (a / gcd(a, b)) * b);
    case 'powmod':
      return modPow(ns[0] as bigint, BigInt(d.exponent as number), BigInt(d.modulus as number));
    case 'inverse':
      return inverse(ns[0] as bigint, BigInt(d.modulus as number));
  }
}

function statement(d: Draw): string {
  const list = d.numbers.join(', ');
  switch (d.task) {
    case 'gcd':
      return `Find the greatest common divisor of ${list}.`;
    case 'lcm':
      return `Find the least common multiple of ${list}.`;
    case 'powmod':
      return `Compute ${d.numbers[0]}^${d.exponent} mod ${d.modulus}, i.e. the remainder of ${d.numbers[0]}^${d.exponent} divided by ${d.modulus} (an integer from 0 to ${(d.modulus as number) - 1}).`;
    case 'inverse':
      return `Find the multiplicative inverse of ${d.numbers[0]} modulo ${d.modulus}: the integer x with 0 ≤ x < ${d.modulus} and ${d.numbers[0]}x = 1 (mod ${d.modulus}).`;
  }
}

export const numberTheory: TaskGenerator = {
  name: NAME,
  envName: 'NumberTheory',
  description: 'GCD, LCM, modular exponentiation and modular inverses; integer answers.',
  levels: [
    'gcd or lcm of two integers up to 60 (gcd pairs share a factor 2..12)',
    'gcd or lcm of two integers up to ~1000 with a common factor',
    'a^b mod m with a < 100, b <= 50, m <= 50, remainder >= 2',
    'a^b mod m with b up to 10^6, m up to 1000, or an inverse modulo m <= 100',
    'inverse modulo m <= 10^4, or gcd / lcm of three integers',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    let d = draw(rng, difficulty);
    // gcd(6, 12) = 6, 5^2 mod 24 = 1, "from 0 to m - 1": an answer copied from the question is redrawn
    for (let i = 0; i < MAX_REDRAWS && answerInQuestion(statement(d), String(solve(d))); i++) d = draw(rng, difficulty);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `${statement(d)} Give the answer as a single integer written out in digits.`,
      answer: String(solve(d)),
      source: NAME,
      metadata: { family: NAME, difficulty, index, task: d.task, numbers: d.numbers, modulus: d.modulus ?? null, exponent: d.exponent ?? null },
    };
  },
  scoreAnswer: (answer, entry) => scoreLiteral(answer, entry.answer, ['integer']),
};
