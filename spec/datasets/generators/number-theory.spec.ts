import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { numberTheory as gen } from '../../../datasets/generators/number-theory.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

// independent reference implementations (brute force where feasible)
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
function powmodSlow(a: number, b: number, m: number): number {
  let r = 1 % m;
  for (let i = 0; i < b; i++) r = (r * (a % m)) % m;
  return r;
}
function inverseSlow(a: number, m: number): number {
  for (let x = 0; x < m; x++) if ((a * x) % m === 1) return x;
  return -1;
}

describe('generators: number_theory', function () {
  this.timeout(60_000);
  it('items have the family\'s answer format and metadata (the common checks are in shared.ts)', () => {
    for (const d of levels)
      for (let i = 0; i < 50; i++) {
        const e = item(9, d, i);
        expect(e.answer).to.match(/^\d+$/);
        expect(['gcd', 'lcm', 'powmod', 'inverse']).to.include(e.metadata.task);
        expect(e.metadata.numbers).to.be.an('array');
      }
  });

  it('answers match an independent recomputation (100 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 100; i++) {
        const e = item(11, d, i);
        const m = e.metadata as { task: string; numbers: number[]; modulus: number; exponent: number };
        let want: number;
        if (m.task === 'gcd') want = m.numbers.reduce(gcd);
        else if (m.task === 'lcm') want = m.numbers.reduce((a, b) => (a * b) / gcd(a, b));
        else if (m.task === 'powmod') want = powmodSlow(m.numbers[0] as number, m.exponent, m.modulus);
        else want = inverseSlow(m.numbers[0] as number, m.modulus);
        expect(e.answer, e.id).to.equal(String(want));
        if (m.task === 'inverse') expect(((m.numbers[0] as number) * want) % m.modulus).to.equal(1);
      }
  });

  it('scores gold 1, wrong 0, equivalent forms 1', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(13, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        if (i < 20) {
          expect(scoreItem(gen, String(Number(e.answer) + 1), e)).to.equal(0);
          expect(scoreItem(gen, `\\boxed{${e.answer}}`, e)).to.equal(1);
          // the prompt asks for an integer: a decimal or an expression is the wrong form
          expect(scoreItem(gen, `${e.answer}.0`, e)).to.equal(0);
          expect(scoreItem(gen, `${e.answer} + 0`, e)).to.equal(0);
        }
      }
  });
});

sharedGeneratorChecks(gen, []);
