/**
 * `divisors`: prime factorisation and the divisor functions τ (number of divisors), σ (sum of
 * divisors) and φ (Euler's totient). Stated forms, checked as literals: a factorisation is a product
 * of prime powers with increasing primes (`2^3 * 3 * 5`; `*`, `\cdot` or `\times`), every other
 * answer an integer. The number itself, an unevaluated `2^3*3^2` for a divisor count, or primes out of
 * order earn 0.
 *
 * | difficulty | tasks                                                                 |
 * |------------|-----------------------------------------------------------------------|
 * | 1          | factorise a composite N <= 5000; or σ(N), N <= 3000                      |
 * | 2          | factorise N <= 10^5; or σ(N), N <= 10^4                                  |
 * | 3          | factorise N <= 10^7 with at least 3 prime factors; φ(N), N <= 10^5; τ(N) of N <= 10^12 |
 * | 4          | τ, σ or φ of N <= 10^12, a product of 2-4 prime powers below 60           |
 *
 * τ is asked only of numbers with several prime powers: over all N <= 1000 a quarter have τ = 4,
 * a constant a policy would learn instead.
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';
import { readIn, parseIntegerLiteral } from './literal-answer.js';

const NAME = 'divisors';
const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59];

export type DivisorTask = 'factor' | 'tau' | 'sigma' | 'phi';

/** Prime powers of n (trial division; n <= 10^10 here). */
export function factorize(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let p = 2; p * p <= n; p++) {
    let e = 0;
    while (n % p === 0) {
      n /= p;
      e++;
    }
    if (e > 0) out.push([p, e]);
  }
  if (n > 1) out.push([n, 1]);
  return out;
}

const isPrime = (n: number): boolean => n >= 2 && factorize(n).length === 1 && factorize(n)[0]![1] === 1;

export function factorText(fs: readonly [number, number][]): string {
  return fs.map(([p, e]) => (e === 1 ? `${p}` : `${p}^${e}`)).join(' * ');
}

function divisorFunction(task: Exclude<DivisorTask, 'factor'>, fs: readonly [number, number][]): bigint {
  let r = 1n;
  for (const [p, e] of fs) {
    const P = BigInt(p);
    if (task === 'tau') r *= BigInt(e + 1);
    else if (task === 'sigma') r *= (P ** BigInt(e + 1) - 1n) / (P - 1n);
    else r *= P ** BigInt(e - 1) * (P - 1n);
  }
  return r;
}

const QUESTION: Readonly<Record<DivisorTask, (n: number) => string>> = {
  factor: (n) => `Write the prime factorisation of ${n}. Give it as a product of prime powers with the primes in increasing order, for example 2^3 * 3 * 5.`,
  tau: (n) => `How many positive divisors does ${n} have? Give the answer as an integer.`,
  sigma: (n) => `What is the sum of all positive divisors of ${n} (including 1 and ${n})? Give the answer as an integer.`,
  phi: (n) => `How many integers from 1 to ${n} are coprime to ${n} (Euler's totient of ${n})? Give the answer as an integer.`,
};

/** A number <= max with at least `minFactors` prime factors (with multiplicity), drawn by multiplying primes. */
function composite(rng: Rng, max: number, minFactors: number, primes: readonly number[] = PRIMES): number {
  for (;;) {
    let n = 1;
    let k = 0;
    for (;;) {
      const p = rng.choice(primes.filter((q) => n * q <= max));
      n *= p;
      k++;
      if (primes.every((q) => n * q > max) || (k >= minFactors && rng.bernoulli(0.3))) break;
    }
    if (k >= minFactors) return n;
  }
}

/** N = a product of 2-4 distinct primes below 60 with exponents 1..7, N <= 10^12: τ(N) takes many values. */
function primePowers(rng: Rng, maxPrimes: number): number {
  for (;;) {
    const ps = rng.shuffle([...PRIMES]).slice(0, rng.integer(2, maxPrimes));
    const n = ps.reduce((acc, p) => acc * p ** rng.integer(1, 7), 1);
    if (n <= 1e12) return n;
  }
}

function draw(rng: Rng, difficulty: number): { task: DivisorTask; n: number } {
  switch (difficulty) {
    case 1:
      if (rng.bernoulli(0.3)) return { task: 'sigma', n: rng.integer(6, 3000) };
      for (;;) {
        const n = rng.integer(4, 5000);
        if (!isPrime(n)) return { task: 'factor', n };
      }
    case 2:
      return rng.bernoulli(0.5)
        ? { task: 'factor', n: composite(rng, 100_000, 2, [...PRIMES, 61, 67, 71, 73, 79, 83, 89, 97]) }
        : { task: 'sigma', n: rng.integer(100, 10_000) };
    case 3: {
      const r = rng.integer(0, 2);
      if (r === 0) return { task: 'factor', n: composite(rng, 10_000_000, 3, [...PRIMES, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113]) };
      return r === 1 ? { task: 'phi', n: rng.integer(1000, 100_000) } : { task: 'tau', n: primePowers(rng, 3) };
    }
    default:
      return { task: rng.choice(['tau', 'sigma', 'phi'] as const), n: primePowers(rng, 4) };
  }
}

/** The prime powers of a written factorisation in the stated form, or undefined. */
export function parseFactorization(s: string | undefined): [number, number][] | undefined {
  if (s === undefined || s.length > 400) return undefined;
  const parts = s.split(/\*|\\cdot|\\times|×|·/);
  const out: [number, number][] = [];
  for (const part of parts) {
    const m = /^(\d{1,12})(?:\^(?:(\d{1,3})|\{(\d{1,3})\}))?$/.exec(part);
    if (!m) return undefined;
    const p = Number(m[1]);
    const e = Number(m[2] ?? m[3] ?? '1');
    if (!isPrime(p) || e < 1) return undefined;
    // increasing primes, each once: the one canonical way to write it
    if (out.length > 0 && p <= out[out.length - 1]![0]) return undefined;
    out.push([p, e]);
  }
  return out;
}

export const divisors: TaskGenerator = {
  name: NAME,
  envName: 'Divisors',
  description: 'Prime factorisation and the divisor functions (number and sum of divisors, Euler totient); factorisations as increasing prime powers, other answers integers, checked as literals.',
  levels: [
    'factorise a composite N <= 5000, or the divisor sum of N <= 3000',
    'factorise N <= 10^5, or the divisor sum of N <= 10^4',
    'factorise N <= 10^7 (3+ prime factors); totient of N <= 10^5; number of divisors of N <= 10^12',
    'number of divisors, divisor sum or totient of N <= 10^12, a product of 2-4 prime powers below 60',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { task, n } = draw(rng, difficulty);
    const fs = factorize(n);
    const answer = task === 'factor' ? factorText(fs) : divisorFunction(task, fs).toString();
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: QUESTION[task](n),
      answer,
      source: NAME,
      metadata: { family: NAME, difficulty, index, task, n },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    if (entry.metadata.task === 'factor') {
      const fs = readIn(answer, parseFactorization);
      return familyVerdict(entry, fs?.raw, fs !== undefined && factorText(fs.value) === entry.answer);
    }
    const v = readIn(answer, parseIntegerLiteral);
    return familyVerdict(entry, v?.raw, v !== undefined && v.value.toString() === entry.answer);
  },
};
