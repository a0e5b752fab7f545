import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { countdown as gen, solve } from '../../../datasets/generators/countdown.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

/** Numbers and target as the problem TEXT states them. */
function fromText(t: string): { numbers: number[]; target: number } {
  const m = /^Using each of the numbers ([\d, ]+) exactly once, and only \+, -, \*, \/ and parentheses, write an expression equal to (\d+)\./.exec(t);
  if (!m) throw new Error(`unexpected text ${t}`);
  return { numbers: (m[1] as string).split(', ').map(Number), target: Number(m[2]) };
}

/** The test's own check of an expression: only digits, + - * / and parentheses, evaluated in floating point. */
function floatValue(expr: string): number {
  if (!/^[\d+\-*/() ]+$/.test(expr)) throw new Error(`not an arithmetic expression: ${expr}`);
  return (Function(`return (${expr});`) as () => number)();
}
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);

describe('generators: countdown', function () {
  this.timeout(120_000);

  it('self-check: the gold uses exactly the numbers of the text and equals its target (200 items per level); level 2 targets 24', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(51, d, i);
        const { numbers, target } = fromText(e.problem);
        expect(sorted((e.answer.match(/\d+/g) ?? []).map(Number)), `${e.id}: ${e.answer}`).to.deep.equal(sorted(numbers));
        expect(floatValue(e.answer), `${e.id}: ${e.answer}`).to.be.closeTo(target, 1e-9);
        expect(numbers).to.have.length(d === 1 ? 3 : d === 4 ? 5 : 4);
        if (d === 2) expect(target).to.equal(24);
        // the target is no giveaway
        expect(numbers).to.not.include(target);
      }
  });

  it('any correct expression pays; extra, missing or repeated numbers, unary minus, other forms and copies do not', () => {
    for (const d of levels)
      for (let i = 0; i < 30; i++) {
        const e = item(53, d, i);
        const { numbers, target } = fromText(e.problem);
        expect(scoreItem(gen, `\\boxed{${e.answer}}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `<answer>(${e.answer})</answer>`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `\\boxed{${e.answer.replace(/\*/g, '\\times').replace(/\//g, '\\div')}}`, e), e.id).to.equal(1);
        // another solution found by search over the numbers in reverse order
        if (numbers.length <= 4) {
          const other = solve([...numbers].reverse(), target);
          expect(other, e.id).to.be.a('string');
          expect(scoreItem(gen, `\\boxed{${other}}`, e), `${e.id}: ${other}`).to.equal(1);
        }
        expect(scoreItem(gen, `\\boxed{${e.answer} + 0}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{(${e.answer}) * 1}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${target}}`, e), e.id).to.equal(0);
        // (a 24-game hand may sum to 24: then the sum is a solution)
        expect(scoreItem(gen, `\\boxed{${numbers.join(' + ')}}`, e), e.id).to.equal(numbers.reduce((a, b) => a + b, 0) === target ? 1 : 0);
        expect(scoreItem(gen, `\\boxed{${numbers.join(', ')}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
      }
    const e = { ...item(53, 2, 0), metadata: { numbers: [3, 3, 8, 8], target: 24 } };
    expect(scoreItem(gen, '8 / (3 - 8 / 3)', e)).to.equal(1);
    expect(scoreItem(gen, '8 / (3 - 8 / 3) = 24', e)).to.equal(0);
    expect(scoreItem(gen, '8 * 3', e)).to.equal(0);
    expect(scoreItem(gen, '8 * 3 + 3 - 3 + 8 - 8', e)).to.equal(0);
    expect(scoreItem(gen, '-3 + 3 + 8 * 8 - 40', e)).to.equal(0);
    expect(scoreItem(gen, '8 / (3 - 3) + 8', e)).to.equal(0);
    expect(scoreItem(gen, '(8 / (3 - 8 / 3)) or 24', e)).to.equal(0);
    expect(scoreItem(gen, '8 / (3 - 8 / 3', e)).to.equal(0);
  });
});

sharedGeneratorChecks(gen, ['numbers', 'target']);
