/**
 * `probability`: dice, coins and urns with exact answers. The answer form is stated in every prompt:
 * a reduced fraction a/b (or an integer), checked as a literal (literal-answer.ts), so `3/6` for 1/2,
 * a decimal, or an unevaluated expression earns 0.
 *
 * | difficulty | tasks                                                                                  |
 * |------------|----------------------------------------------------------------------------------------|
 * | 1          | one fair n-sided die (greater than k, at most k, a multiple of m), one ball from an urn   |
 * | 2          | two fair dice (sum equal to / at least s, product a multiple of m, difference k); n coins, exactly k heads |
 * | 3          | two balls drawn without replacement from an urn of 2-3 colours (both red, same colour, exactly one red) |
 * | 4          | n coins with at least k heads; three balls without replacement, exactly two red; at least one roll at most k in n rolls |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';
import { readIn, parseReducedFraction, rational, ratEq, ratText, type Rational } from './literal-answer.js';

const NAME = 'probability';
const FORM = 'Give the probability as a reduced fraction a/b.';

interface Draw {
  readonly task: string;
  readonly text: string;
  readonly p: Rational;
}

const count = (n: number, pred: (x: number) => boolean): number => Array.from({ length: n }, (_, i) => i + 1).filter(pred).length;
const fr = (a: number | bigint, b: number | bigint): Rational => rational(BigInt(a), BigInt(b));

function binom(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
}

function oneDie(rng: Rng): Draw {
  const n = rng.integer(4, 30);
  const kind = rng.integer(0, 2);
  const die = `A fair ${n}-sided die with faces numbered 1 to ${n} is rolled once.`;
  if (kind === 0) {
    const k = rng.integer(1, n - 1);
    return { task: 'die-greater', text: `${die} What is the probability that the result is greater than ${k}?`, p: fr(n - k, n) };
  }
  if (kind === 1) {
    const k = rng.integer(1, n - 1);
    return { task: 'die-at-most', text: `${die} What is the probability that the result is at most ${k}?`, p: fr(k, n) };
  }
  const m = rng.integer(2, Math.min(9, n));
  return { task: 'die-multiple', text: `${die} What is the probability that the result is a multiple of ${m}?`, p: fr(count(n, (x) => x % m === 0), n) };
}

const COLOURS = ['red', 'blue', 'green'] as const;

function urnText(counts: readonly number[]): string {
  const parts = counts.map((c, i) => `${c} ${COLOURS[i]}`);
  return `An urn contains ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]} balls.`;
}

function oneBall(rng: Rng): Draw {
  const counts = [rng.integer(1, 40), rng.integer(1, 40), rng.integer(1, 40)];
  const total = counts.reduce((a, b) => a + b, 0);
  const c = rng.integer(0, 2);
  const not = rng.bernoulli(0.5);
  const colour = COLOURS[c] as string;
  const k = counts[c] as number;
  return {
    task: not ? 'ball-not' : 'ball',
    text: `${urnText(counts)} One ball is drawn at random. What is the probability that it is ${not ? 'not ' : ''}${colour}?`,
    p: fr(not ? total - k : k, total),
  };
}

function twoDice(rng: Rng): Draw {
  const a = rng.integer(4, 20);
  const b = rng.integer(4, 20);
  // the face counts come first: "1 to a" would make 1/a (often the answer on the sum's plateau) a question-number guess
  const dice = `Two fair dice are rolled: a ${a}-sided die and a ${b}-sided die, each with faces numbered from 1.`;
  const pairs: [number, number][] = [];
  for (let x = 1; x <= a; x++) for (let y = 1; y <= b; y++) pairs.push([x, y]);
  const p = (pred: (x: number, y: number) => boolean): Rational => fr(pairs.filter(([x, y]) => pred(x, y)).length, pairs.length);
  switch (rng.integer(0, 3)) {
    case 0: {
      const s = rng.integer(2, a + b);
      return { task: 'dice-sum', text: `${dice} What is the probability that the sum of the two results is ${s}?`, p: p((x, y) => x + y === s) };
    }
    case 1: {
      const s = rng.integer(3, a + b);
      return { task: 'dice-sum-at-least', text: `${dice} What is the probability that the sum of the two results is at least ${s}?`, p: p((x, y) => x + y >= s) };
    }
    case 2: {
      const m = rng.integer(2, 12);
      return { task: 'dice-product-multiple', text: `${dice} What is the probability that the product of the two results is a multiple of ${m}?`, p: p((x, y) => (x * y) % m === 0) };
    }
    default: {
      const k = rng.integer(1, Math.max(a, b) - 1);
      return { task: 'dice-difference', text: `${dice} What is the probability that the two results differ by exactly ${k}?`, p: p((x, y) => Math.abs(x - y) === k) };
    }
  }
}

function coinsExactly(rng: Rng, maxN: number): Draw {
  const n = rng.integer(2, maxN);
  const k = rng.integer(0, n);
  return { task: 'coins-exactly', text: `${n} fair coins are tossed. What is the probability of exactly ${k} heads?`, p: fr(binom(n, k), 2n ** BigInt(n)) };
}

function twoBalls(rng: Rng): Draw {
  const counts = rng.bernoulli(0.5) ? [rng.integer(2, 25), rng.integer(2, 25)] : [rng.integer(2, 25), rng.integer(2, 25), rng.integer(2, 25)];
  const total = counts.reduce((a, b) => a + b, 0);
  const pairs = total * (total - 1);
  const r = counts[0] as number;
  const intro = `${urnText(counts)} Two balls are drawn at random without replacement.`;
  switch (rng.integer(0, 2)) {
    case 0:
      return { task: 'two-both-red', text: `${intro} What is the probability that both are red?`, p: fr(r * (r - 1), pairs) };
    case 1:
      return { task: 'two-same', text: `${intro} What is the probability that both have the same colour?`, p: fr(counts.reduce((s, c) => s + c * (c - 1), 0), pairs) };
    default:
      return { task: 'two-one-red', text: `${intro} What is the probability that exactly one of them is red?`, p: fr(2 * r * (total - r), pairs) };
  }
}

function hard(rng: Rng): Draw {
  // the urn case has by far the most distinct problems: it gets half the draws
  switch (rng.integer(0, 3)) {
    case 2: {
      const n = rng.integer(5, 30);
      const k = rng.integer(1, n);
      let c = 0n;
      for (let j = k; j <= n; j++) c += binom(n, j);
      return { task: 'coins-at-least', text: `${n} fair coins are tossed. What is the probability of at least ${k} heads?`, p: fr(c, 2n ** BigInt(n)) };
    }
    case 0:
    case 1: {
      const counts = [rng.integer(2, 30), rng.integer(1, 30), rng.integer(1, 30)];
      const r = counts[0] as number;
      const total = counts.reduce((a, b) => a + b, 0);
      return {
        task: 'three-two-red',
        text: `${urnText(counts)} Three balls are drawn at random without replacement. What is the probability that exactly two of them are red?`,
        p: fr(binom(r, 2) * binom(total - r, 1), binom(total, 3)),
      };
    }
    default: {
      const s = rng.integer(4, 20);
      const n = rng.integer(2, 8);
      const k = rng.integer(1, s - 1);
      return {
        task: 'at-least-one',
        text: `A fair ${s}-sided die with faces numbered 1 to ${s} is rolled ${n} times. What is the probability that at least one roll is at most ${k}?`,
        p: fr(BigInt(s) ** BigInt(n) - BigInt(s - k) ** BigInt(n), BigInt(s) ** BigInt(n)),
      };
    }
  }
}

function draw(rng: Rng, difficulty: number): Draw {
  switch (difficulty) {
    case 1:
      return rng.bernoulli(0.3) ? oneDie(rng) : oneBall(rng);
    case 2:
      return rng.bernoulli(0.85) ? twoDice(rng) : coinsExactly(rng, 12);
    case 3:
      return twoBalls(rng);
    default:
      return hard(rng);
  }
}

export const probability: TaskGenerator = {
  name: NAME,
  envName: 'Probability',
  description: 'Probability with exact answers: dice, coins and urns; the answer is a reduced fraction a/b, checked as a literal.',
  levels: [
    'one fair die (greater than, at most, a multiple of) or one ball from an urn',
    'two fair dice (sum, product, difference) or exactly k heads of n coins',
    'two balls without replacement from an urn of 2-3 colours',
    'at least k heads of n coins, three balls with exactly two red, at least one roll at most k in n rolls',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    // probabilities 0 and 1 are not asked: they are guessable constants
    let d = draw(rng, difficulty);
    while (d.p.n === 0n || d.p.n === d.p.d) d = draw(rng, difficulty);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `${d.text} ${FORM}`,
      answer: ratText(d.p),
      source: NAME,
      metadata: { family: NAME, difficulty, index, task: d.task },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    const got = readIn(answer, parseReducedFraction);
    const gold = parseReducedFraction(entry.answer);
    return familyVerdict(entry, got?.raw, got !== undefined && gold !== undefined && ratEq(got.value, gold));
  },
};
