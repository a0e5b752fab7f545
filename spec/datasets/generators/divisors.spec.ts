import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { divisors as gen } from '../../../datasets/generators/divisors.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

/** Divisors by trial up to sqrt(n), as a list (the test's own method: no prime factorisation). */
function divisorList(n: number): number[] {
  const small: number[] = [];
  const large: number[] = [];
  for (let d = 1; d * d <= n; d++)
    if (n % d === 0) {
      small.push(d);
      if (d * d !== n) large.push(n / d);
    }
  return [...small, ...large.reverse()];
}
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const isPrime = (p: number): boolean => p >= 2 && divisorList(p).length === 2;

/** Recomputes the answer from the problem TEXT alone. */
function solveFromText(t: string): string {
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^Write the prime factorisation of (\d+)\./))) {
    // repeated division by the smallest divisor > 1
    let n = Number(m[1]);
    const counts = new Map<number, number>();
    while (n > 1) {
      const p = divisorList(n)[1] as number;
      counts.set(p, (counts.get(p) ?? 0) + 1);
      n /= p;
    }
    return [...counts].map(([p, e]) => (e === 1 ? `${p}` : `${p}^${e}`)).join(' * ');
  }
  if ((m = t.match(/^How many positive divisors does (\d+) have\?/))) return String(divisorList(Number(m[1])).length);
  if ((m = t.match(/^What is the sum of all positive divisors of (\d+) /))) return divisorList(Number(m[1])).reduce((s, d) => s + BigInt(d), 0n).toString();
  if ((m = t.match(/^How many integers from 1 to (\d+) are coprime to \1/))) {
    const n = Number(m[1]);
    if (n <= 200_000) {
      let c = 0;
      for (let k = 1; k <= n; k++) if (gcd(k, n) === 1) c++;
      return String(c);
    }
    // inclusion-exclusion over the prime divisors found among all divisors
    const ps = divisorList(n).filter(isPrime);
    let total = 0n;
    for (let mask = 0; mask < 1 << ps.length; mask++) {
      const sub = ps.filter((_, i) => mask & (1 << i));
      const prod = sub.reduce((a, p) => a * BigInt(p), 1n);
      total += (sub.length % 2 === 0 ? 1n : -1n) * (BigInt(n) / prod);
    }
    return total.toString();
  }
  throw new Error(`no template matches: ${t}`);
}

describe('generators: divisors', function () {
  this.timeout(120_000);

  it('self-check: the answer recomputed from the problem text equals the gold (60 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 60; i++) {
        const e = item(31, d, i);
        expect(solveFromText(e.problem), `${e.id}: ${e.problem}`).to.equal(e.answer);
      }
  });

  it('enforces the forms: increasing prime powers and literal integers pay; the number itself, unevaluated or reordered forms do not', () => {
    for (const d of levels)
      for (let i = 0; i < 40; i++) {
        const e = item(33, d, i);
        const n = e.metadata.n as number;
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        expect(scoreItem(gen, `So the answer is \\boxed{${e.answer}}.`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `\\boxed{${n}}`, e), e.id).to.equal(e.answer === String(n) ? 1 : 0);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        if (e.metadata.task === 'factor') {
          expect(scoreItem(gen, `\\boxed{${e.answer.replace(/ \* /g, ' \\cdot ').replace(/\^(\d+)/g, '^{$1}')}}`, e), e.id).to.equal(1);
          const parts = e.answer.split(' * ');
          if (parts.length > 1) expect(scoreItem(gen, `\\boxed{${[...parts].reverse().join(' * ')}}`, e), e.id).to.equal(0);
          // a prime power written out as a product is not the stated form
          const expanded = parts.map((p) => (p.includes('^') ? Array(Number(p.split('^')[1])).fill(p.split('^')[0]).join(' * ') : p)).join(' * ');
          if (expanded !== e.answer) expect(scoreItem(gen, `\\boxed{${expanded}}`, e), e.id).to.equal(0);
        } else {
          expect(scoreItem(gen, `\\boxed{${BigInt(e.answer) + 1n}}`, e), e.id).to.equal(0);
        }
      }
    const e = { ...item(33, 1, 0), answer: '2^2 * 3', metadata: { task: 'factor', n: 12 } };
    expect(scoreItem(gen, '2^2*3', e)).to.equal(1);
    expect(scoreItem(gen, '4 * 3', e)).to.equal(0);
    expect(scoreItem(gen, '2^2 * 3 or 12', e)).to.equal(0);
    const t = { ...item(33, 1, 0), answer: '6', metadata: { task: 'tau', n: 12 } };
    expect(scoreItem(gen, '(2+1)(1+1)', t)).to.equal(0);
    expect(scoreItem(gen, '\\boxed{6}', t)).to.equal(1);
  });

  it('no gold is a learnable constant (under 4% of a level)', () => {
    for (const d of levels) {
      const counts = new Map<string, number>();
      for (let i = 0; i < 2000; i++) {
        const a = item(35, d, i).answer;
        counts.set(a, (counts.get(a) ?? 0) + 1);
      }
      expect(Math.max(...counts.values()), `difficulty ${d}`).to.be.below(80);
    }
  });
});

sharedGeneratorChecks(gen, ['task', 'n']);
