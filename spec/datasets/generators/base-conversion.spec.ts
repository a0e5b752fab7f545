import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { baseConversion as gen } from '../../../datasets/generators/base-conversion.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);
const DIGITS = '0123456789abcdef';

// independent conversions by repeated division / Horner's rule
function fromDigits(s: string, base: number): number {
  return [...s.toLowerCase()].reduce((acc, c) => {
    const v = DIGITS.indexOf(c);
    if (v < 0 || v >= base) throw new Error(`bad digit ${c} in base ${base}`);
    return acc * base + v;
  }, 0);
}
function toDigits(n: number, base: number): string {
  let s = '';
  do {
    s = DIGITS[n % base] + s;
    n = Math.floor(n / base);
  } while (n > 0);
  return s;
}

describe('generators: base_conversion', function () {
  this.timeout(60_000);
  it('items have the family\'s answer format and metadata (the common checks are in shared.ts)', () => {
    for (const d of levels)
      for (let i = 0; i < 50; i++) {
        const e = item(9, d, i);
        expect(e.answer).to.match(/^[0-9a-f]+$/);
        for (const k of ['value', 'fromBase', 'toBase', 'given']) expect(e.metadata).to.have.property(k);
        expect(e.metadata.fromBase).to.not.equal(e.metadata.toBase);
      }
  });

  it('answers match an independent conversion (100 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 100; i++) {
        const e = item(11, d, i);
        const m = e.metadata as { value: number; fromBase: number; toBase: number; given: string };
        expect(fromDigits(m.given, m.fromBase), e.id).to.equal(m.value);
        expect(e.problem).to.include(` ${m.given} `);
        expect(e.answer, e.id).to.equal(toDigits(fromDigits(m.given, m.fromBase), m.toBase));
      }
  });

  it('scores gold 1, wrong 0, equivalent forms 1', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(13, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        if (i < 20) {
          const base = e.metadata.toBase as number;
          expect(scoreItem(gen, e.answer.toUpperCase(), e)).to.equal(1);
          expect(scoreItem(gen, `0${e.answer}`, e)).to.equal(1);
          expect(scoreItem(gen, `\\boxed{${e.answer}}`, e)).to.equal(1);
          expect(scoreItem(gen, `${e.answer}_{${base}}`, e)).to.equal(1);
          const wrong = toDigits(parseInt(e.answer, base) + 1, base);
          expect(scoreItem(gen, wrong, e)).to.equal(0);
          expect(scoreItem(gen, String(e.metadata.value), e)).to.equal(base === 10 ? 1 : 0);
        }
      }
    const hex = { ...item(13, 2, 0), answer: 'ff' };
    expect(scoreItem(gen, 'FF', hex)).to.equal(1);
    expect(scoreItem(gen, '0xFF', hex)).to.equal(1);
    expect(scoreItem(gen, 'f f', hex)).to.equal(1);
    expect(scoreItem(gen, 'fe', hex)).to.equal(0);
    expect(scoreItem(gen, '', hex)).to.equal(0);
    expect(scoreItem(gen, 'ffg', hex)).to.equal(0);
    const bHex = { ...hex, answer: 'b3' };
    expect(scoreItem(gen, '0b3', bHex)).to.equal(1);
    expect(scoreItem(gen, '0xB3', bHex)).to.equal(1);
  });
});

sharedGeneratorChecks(gen, []);
