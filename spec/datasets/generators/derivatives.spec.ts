import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { derivatives as gen } from '../../../datasets/generators/derivatives.js';
import { itemRng } from '../../../datasets/generators/generator.js';
import { parseAnswer } from '../../../lib/verify/parse/parser.js';
import { numeric } from '../../../lib/verify/equivalence/evaluate.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);
const at = (text: string, x: number): number => numeric(parseAnswer(text), new Map([['x', x]]), 0);

describe('generators: derivatives', function () {
  this.timeout(60_000);
  it('items have the family\'s answer format and metadata (the common checks are in shared.ts)', () => {
    for (const d of levels)
      for (let i = 0; i < 50; i++) {
        const e = item(9, d, i);
        expect(e.metadata.function).to.be.a('string');
        expect(e.metadata.kind).to.be.a('string');
      }
  });

  it('answers match a numeric derivative of the function in metadata (100 items per level)', () => {
    const h = 1e-5;
    for (const d of levels)
      for (let i = 0; i < 100; i++) {
        const e = item(11, d, i);
        const f = e.metadata.function as string;
        for (const x of [0.37, 0.81, 1.3, 1.77]) {
          const num = (at(f, x + h) - at(f, x - h)) / (2 * h);
          const got = at(e.answer, x);
          expect(Math.abs(num - got), `${e.id}: f=${f}, f'=${e.answer} at ${x}`).to.be.below(1e-4 * Math.max(1, Math.abs(got)));
        }
      }
  });

  it('scores gold 1, wrong 0, equivalent forms 1', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(13, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
      }
    const e = item(13, 1, 0);
    expect(scoreItem(gen, `${e.answer} + 1`, e)).to.equal(0);
    expect(scoreItem(gen, `(${e.answer})*2`, e)).to.equal(0);
    expect(scoreItem(gen, e.metadata.function as string, e)).to.equal(0);
    expect(scoreItem(gen, `0 + (${e.answer})`, e)).to.equal(1);
    expect(scoreItem(gen, `The derivative is \\boxed{${e.answer}}.`, e)).to.equal(1);
    // hand-checked alternative forms
    const chain = { ...e, answer: '2*(3x + 1)*cos(3x^2 + 2x)' };
    expect(scoreItem(gen, '(6x + 2)\\cos(3x^2+2x)', chain)).to.equal(1);
    expect(scoreItem(gen, '(6x + 2)\\sin(3x^2+2x)', chain)).to.equal(0);
  });
});

sharedGeneratorChecks(gen, []);
