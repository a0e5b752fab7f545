/**
 * `counting`: combinatorics with exact integer answers (BigInt); an answer that is a number of the
 * question (C(n, 1) = n) is redrawn. Scoring: the verifier's equality AND
 * a literal integer (answer-form.ts `scoreLiteral`): `\binom{9}{4}`, `9!/(4!5!)` or `126 + 0` score 0.
 *
 * | difficulty | tasks                                                                          |
 * |------------|--------------------------------------------------------------------------------|
 * | 1          | C(n, k) or P(n, k) with n <= 10                                                 |
 * | 2          | C(n, k), P(n, k) with n <= 25, or strings of length n over k symbols (k^n)       |
 * | 3          | arrangements of a word with repeated letters, or committees C(m, a)·C(w, b)      |
 * | 4          | inclusion-exclusion: integers in 1..N divisible by a or b (or a, b or c), or C(n, k) with n <= 60 |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import { answerInQuestion, MAX_REDRAWS, type TaskGenerator } from './generator.js';
import { scoreLiteral } from './answer-form.js';

const NAME = 'counting';

export type CountingTask = 'choose' | 'permute' | 'strings' | 'multiset' | 'committee' | 'divisible';

function fact(n: number): bigint {
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return r;
}
const nPr = (n: number, k: number): bigint => fact(n) / fact(n - k);
const nCr = (n: number, k: number): bigint => nPr(n, k) / fact(k);

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

const WORD_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface Draw {
  readonly task: CountingTask;
  readonly params: Record<string, number | string | number[]>;
  readonly text: string;
  readonly answer: bigint;
}

function choose(rng: Rng, maxN: number): Draw {
  const n = rng.integer(4, maxN);
  const k = rng.integer(1, n - 1);
  return {
    task: 'choose',
    params: { n, k },
    text: `In how many ways can a group of ${k} be chosen from ${n} different people (order does not matter)?`,
    answer: nCr(n, k),
  };
}

function permute(rng: Rng, maxN: number): Draw {
  const n = rng.integer(4, maxN);
  const k = rng.integer(2, Math.min(n, 8));
  return {
    task: 'permute',
    params: { n, k },
    text: `In how many ways can ${k} different prizes (first, second, ...) be awarded to ${k} of ${n} people, each person getting at most one prize?`,
    answer: nPr(n, k),
  };
}

function strings(rng: Rng): Draw {
  const k = rng.integer(2, 10);
  const n = rng.integer(2, 8);
  return {
    task: 'strings',
    params: { n, k },
    text: `How many strings of length ${n} can be formed from an alphabet of ${k} symbols, if symbols may be repeated?`,
    answer: BigInt(k) ** BigInt(n),
  };
}

function multiset(rng: Rng): Draw {
  const distinct = rng.integer(2, 4);
  const letters = rng.shuffle([...WORD_LETTERS]).slice(0, distinct);
  const counts = letters.map(() => rng.integer(1, 3));
  const word = rng.shuffle(letters.flatMap((l, i) => Array.from({ length: counts[i] as number }, () => l))).join('');
  const answer = counts.reduce((acc, c) => acc / fact(c), fact(word.length));
  return { task: 'multiset', params: { word, counts }, text: `How many distinct arrangements of the letters of the word ${word} are there?`, answer };
}

function committee(rng: Rng): Draw {
  const m = rng.integer(3, 12);
  const w = rng.integer(3, 12);
  const a = rng.integer(1, m - 1);
  const b = rng.integer(1, w - 1);
  return {
    task: 'committee',
    params: { m, w, a, b },
    text: `A club has ${m} men and ${w} women. In how many ways can a committee of exactly ${a} ${a === 1 ? "man" : "men"} and ${b} ${b === 1 ? "woman" : "women"} be formed?`,
    answer: nCr(m, a) * nCr(w, b),
  };
}

function divisible(rng: Rng): Draw {
  const k = rng.integer(2, 3);
  let ds: number[] = [];
  do ds = rng.shuffle([2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13]).slice(0, k).sort((x, y) => x - y);
  while (ds.some((d, i) => ds.some((e, j) => i !== j && e % d === 0)));
  const N = rng.integer(100, 5000);
  // inclusion-exclusion over the non-empty subsets
  let count = 0;
  for (let mask = 1; mask < 1 << k; mask++) {
    const sub = ds.filter((_, i) => mask & (1 << i));
    const l = sub.reduce((acc, d) => (acc / gcd(acc, d)) * d, 1);
    count += (sub.length % 2 === 1 ? 1 : -1) * Math.floor(N / l);
  }
  const list = ds.length === 2 ? `${ds[0]} or ${ds[1]}` : `${ds[0]}, ${ds[1]} or ${ds[2]}`;
  return { task: 'divisible', params: { N, divisors: ds }, text: `How many integers from 1 to ${N} (inclusive) are divisible by at least one of ${list}?`, answer: BigInt(count) };
}

function draw(rng: Rng, difficulty: number): Draw {
  switch (difficulty) {
    case 1:
      return rng.bernoulli(0.5) ? choose(rng, 10) : permute(rng, 10);
    case 2:
      return rng.choice([() => choose(rng, 25), () => permute(rng, 25), () => strings(rng)])();
    case 3:
      return rng.bernoulli(0.5) ? multiset(rng) : committee(rng);
    default:
      return rng.bernoulli(0.7) ? divisible(rng) : choose(rng, 60);
  }
}

export const counting: TaskGenerator = {
  name: NAME,
  envName: 'Counting',
  description: 'Counting problems: combinations, permutations, strings with repetition, multiset arrangements and inclusion-exclusion.',
  levels: [
    'C(n, k) or P(n, k) with n <= 10',
    'C(n, k), P(n, k) with n <= 25, or k^n strings',
    'arrangements of a word with repeated letters, or committees C(m, a)*C(w, b)',
    'inclusion-exclusion on divisibility by 2-3 numbers, or C(n, k) with n <= 60',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    let d = draw(rng, difficulty);
    for (let i = 0; i < MAX_REDRAWS && answerInQuestion(d.text, d.answer.toString()); i++) d = draw(rng, difficulty);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `${d.text} Give the answer as a single integer written out in digits (not a formula such as a binomial coefficient or factorials).`,
      answer: d.answer.toString(),
      source: NAME,
      metadata: { family: NAME, difficulty, index, task: d.task, ...d.params },
    };
  },
  scoreAnswer: (answer, entry) => scoreLiteral(answer, entry.answer, ['integer']),
};
