import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { probability as gen } from '../../../datasets/generators/probability.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
/** favourable/total as the test writes it: reduced, "a/b". */
const frac = (fav: bigint, total: bigint): string => {
  const g = gcd(fav, total);
  return `${fav / g}/${total / g}`;
};
const num = (m: RegExpMatchArray | null, i: number): number => Number((m as RegExpMatchArray)[i]);

/** The urn as written: colour counts in order. */
function urn(text: string): number[] {
  const m = /An urn contains (.*?) balls\./.exec(text);
  if (!m) throw new Error(`no urn in ${text}`);
  return [...(m[1] as string).matchAll(/(\d+) (red|blue|green)/g)].map((x) => Number(x[1]));
}

/** Every ordered draw of `k` distinct balls (labelled by colour index), by brute force. */
function drawsOf(counts: readonly number[], k: number, pred: (colours: number[]) => boolean): [bigint, bigint] {
  const balls = counts.flatMap((c, colour) => Array.from({ length: c }, () => colour));
  let fav = 0n;
  let total = 0n;
  const rec = (chosen: number[], used: Set<number>): void => {
    if (chosen.length === k) {
      total++;
      if (pred(chosen.map((i) => balls[i] as number))) fav++;
      return;
    }
    for (let i = 0; i < balls.length; i++) {
      if (used.has(i)) continue;
      used.add(i);
      rec([...chosen, i], used);
      used.delete(i);
    }
  };
  rec([], new Set());
  return [fav, total];
}

/** Recomputes the answer from the problem TEXT alone, by enumerating outcomes. */
function solveFromText(t: string): string {
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^A fair (\d+)-sided die with faces numbered 1 to \1 is rolled once\. What is the probability that the result is (greater than|at most|a multiple of) (\d+)\?/))) {
    const n = num(m, 1);
    const k = num(m, 3);
    const faces = Array.from({ length: n }, (_, i) => i + 1);
    const pred = m[2] === 'greater than' ? (x: number) => x > k : m[2] === 'at most' ? (x: number) => x <= k : (x: number) => x % k === 0;
    return frac(BigInt(faces.filter(pred).length), BigInt(n));
  }
  if ((m = t.match(/One ball is drawn at random\. What is the probability that it is (not )?(red|blue|green)\?/))) {
    const counts = urn(t);
    const c = ['red', 'blue', 'green'].indexOf(m[2] as string);
    const [fav, total] = drawsOf(counts, 1, ([x]) => (x === c) !== (m![1] === 'not '));
    return frac(fav, total);
  }
  if ((m = t.match(/^Two fair dice are rolled: a (\d+)-sided die and a (\d+)-sided die, each with faces numbered from 1\. What is the probability that (.*)\?/))) {
    const a = num(m, 1);
    const b = num(m, 2);
    const q = m[3] as string;
    let pred: (x: number, y: number) => boolean;
    let mm: RegExpMatchArray | null;
    if ((mm = q.match(/^the sum of the two results is (\d+)$/))) pred = (x, y) => x + y === num(mm, 1);
    else if ((mm = q.match(/^the sum of the two results is at least (\d+)$/))) pred = (x, y) => x + y >= num(mm, 1);
    else if ((mm = q.match(/^the product of the two results is a multiple of (\d+)$/))) pred = (x, y) => (x * y) % num(mm, 1) === 0;
    else if ((mm = q.match(/^the two results differ by exactly (\d+)$/))) pred = (x, y) => Math.abs(x - y) === num(mm, 1);
    else throw new Error(`unknown dice question ${q}`);
    let fav = 0;
    for (let x = 1; x <= a; x++) for (let y = 1; y <= b; y++) if (pred(x, y)) fav++;
    return frac(BigInt(fav), BigInt(a * b));
  }
  if ((m = t.match(/^(\d+) fair coins are tossed\. What is the probability of (exactly|at least) (\d+) heads\?/))) {
    const n = num(m, 1);
    const k = num(m, 3);
    // count subsets by popcount over all 2^n outcomes (n <= 30: counted by a DP over the coins, not a formula)
    let ways = [1n];
    for (let i = 0; i < n; i++) ways = Array.from({ length: ways.length + 1 }, (_, h) => (ways[h] ?? 0n) + (ways[h - 1] ?? 0n));
    const fav = m[2] === 'exactly' ? (ways[k] as bigint) : ways.slice(k).reduce((s, x) => s + x, 0n);
    return frac(fav, 2n ** BigInt(n));
  }
  if ((m = t.match(/Two balls are drawn at random without replacement\. What is the probability that (both are red|both have the same colour|exactly one of them is red)\?/))) {
    const q = m[1];
    const [fav, total] = drawsOf(urn(t), 2, ([x, y]) => (q === 'both are red' ? x === 0 && y === 0 : q === 'both have the same colour' ? x === y : (x === 0) !== (y === 0)));
    return frac(fav, total);
  }
  if (/Three balls are drawn at random without replacement\. What is the probability that exactly two of them are red\?/.test(t)) {
    // unordered triples counted directly
    const counts = urn(t);
    const balls = counts.flatMap((c, colour) => Array.from({ length: c }, () => colour));
    let fav = 0n;
    let total = 0n;
    for (let i = 0; i < balls.length; i++)
      for (let j = i + 1; j < balls.length; j++)
        for (let k = j + 1; k < balls.length; k++) {
          total++;
          if ([balls[i], balls[j], balls[k]].filter((c) => c === 0).length === 2) fav++;
        }
    return frac(fav, total);
  }
  if ((m = t.match(/^A fair (\d+)-sided die with faces numbered 1 to \1 is rolled (\d+) times\. What is the probability that at least one roll is at most (\d+)\?/))) {
    const s = num(m, 1);
    const n = num(m, 2);
    const k = num(m, 3);
    // complement counted by enumerating roll sequences would be s^n (up to 20^8): count by DP on rolls instead
    let none = 1n;
    for (let i = 0; i < n; i++) none *= BigInt(Array.from({ length: s }, (_, f) => f + 1).filter((f) => f > k).length);
    const total = BigInt(s) ** BigInt(n);
    return frac(total - none, total);
  }
  throw new Error(`no template matches: ${t}`);
}

describe('generators: probability', function () {
  this.timeout(120_000);

  it('self-check: the answer recomputed from the problem text by enumeration equals the gold (150 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 150; i++) {
        const e = item(21, d, i);
        expect(e.problem).to.match(/Give the probability as a reduced fraction a\/b\.$/);
        expect(solveFromText(e.problem), `${e.id}: ${e.problem}`).to.equal(e.answer);
      }
  });

  it('enforces the form: reduced literal fractions pay, equal unreduced, decimal or unevaluated forms do not', () => {
    for (const d of levels)
      for (let i = 0; i < 40; i++) {
        const e = item(23, d, i);
        const [a, b] = e.answer.split('/').map(BigInt) as [bigint, bigint];
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        expect(scoreItem(gen, `The probability is \\boxed{\\frac{${a}}{${b}}}.`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `<answer>${a}/${b}</answer>`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `\\boxed{${2n * a}/${2n * b}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${Number(a) / Number(b)}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${a + 1n}/${b}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{1 - ${b - a}/${b}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${a}/${b} or ${a + 1n}/${b}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
      }
  });

  it('never asks for probability 0 or 1, and golds are spread (no answer is 5% of a level)', () => {
    for (const d of levels) {
      const counts = new Map<string, number>();
      for (let i = 0; i < 1000; i++) {
        const e = item(25, d, i);
        expect(e.answer).to.match(/^\d+\/\d+$/);
        counts.set(e.answer, (counts.get(e.answer) ?? 0) + 1);
      }
      expect(Math.max(...counts.values()), `difficulty ${d}`).to.be.below(50);
    }
  });
});

sharedGeneratorChecks(gen, ['task']);
