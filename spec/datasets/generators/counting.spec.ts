import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { counting as gen } from '../../../datasets/generators/counting.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

// independent references: Pascal's triangle, falling products, brute-force counting
const pascal: bigint[][] = [[1n]];
for (let n = 1; n <= 60; n++) pascal.push(Array.from({ length: n + 1 }, (_, k) => (k === 0 || k === n ? 1n : (pascal[n - 1]![k - 1] as bigint) + (pascal[n - 1]![k] as bigint))));
const C = (n: number, k: number): bigint => pascal[n]![k] as bigint;
const P = (n: number, k: number): bigint => {
  let r = 1n;
  for (let i = 0; i < k; i++) r *= BigInt(n - i);
  return r;
};
/** Place each letter's copies into the free slots in turn: a product of binomials. */
function distinctPermutations(word: string): bigint {
  const counts = new Map<string, number>();
  for (const ch of word) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let free = word.length;
  let r = 1n;
  for (const c of counts.values()) {
    r *= C(free, c);
    free -= c;
  }
  return r;
}

describe('generators: counting', function () {
  this.timeout(60_000);
  it('items have the family\'s answer format and metadata (the common checks are in shared.ts)', () => {
    for (const d of levels)
      for (let i = 0; i < 50; i++) {
        const e = item(9, d, i);
        expect(e.answer).to.match(/^\d+$/);
        expect(e.metadata.task).to.be.a('string');
      }
  });

  it('answers match an independent recomputation (100 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 100; i++) {
        const e = item(11, d, i);
        const m = e.metadata as Record<string, unknown> & { n: number; k: number };
        let want: bigint;
        switch (m.task) {
          case 'choose':
            want = C(m.n, m.k);
            break;
          case 'permute':
            want = P(m.n, m.k);
            break;
          case 'strings':
            want = BigInt(m.k) ** BigInt(m.n);
            break;
          case 'multiset':
            want = distinctPermutations(m.word as string);
            break;
          case 'committee':
            want = C(m.m as number, m.a as number) * C(m.w as number, m.b as number);
            break;
          case 'divisible': {
            const ds = m.divisors as number[];
            let c = 0;
            for (let x = 1; x <= (m.N as number); x++) if (ds.some((dv) => x % dv === 0)) c++;
            want = BigInt(c);
            break;
          }
          default:
            throw new Error(`unknown task ${String(m.task)}`);
        }
        expect(e.answer, e.id).to.equal(want.toString());
      }
  });

  it('scores gold 1, wrong 0, equivalent forms 1', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(13, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        if (i < 20) {
          expect(scoreItem(gen, (BigInt(e.answer) + 1n).toString(), e)).to.equal(0);
          expect(scoreItem(gen, `The answer is \\boxed{${e.answer}}`, e)).to.equal(1);
        }
      }
    const e = { ...item(13, 1, 0), answer: '120' };
    // equal in value but not evaluated: the prompt asks for the number (issue 15)
    expect(scoreItem(gen, '5!', e)).to.equal(0);
    expect(scoreItem(gen, '\\binom{10}{3}', e)).to.equal(0);
    expect(scoreItem(gen, '$120$', e)).to.equal(1);
    expect(scoreItem(gen, '\\binom{10}{4}', e)).to.equal(0);
  });
});

sharedGeneratorChecks(gen, []);
