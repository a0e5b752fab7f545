import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { wordProblems as gen } from '../../../datasets/generators/word-problems.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

/** Solves each template from its TEXT, step by step as a reader would (simulating where possible). */
function solveFromText(t: string): number {
  const n = (m: RegExpExecArray, i: number): number => Number(m[i]);
  let m: RegExpExecArray | null;
  if ((m = /has (\d+) \w+\. \w+ buys (\d+) bags with (\d+) \w+ in each bag\./.exec(t))) {
    let have = n(m, 1);
    for (let bag = 0; bag < n(m, 2); bag++) have += n(m, 3);
    return have;
  }
  if ((m = /received (\d+) more from \w+\. \w+ then shared all of them equally among (\d+) friends, and each friend got (\d+)\./.exec(t))) return n(m, 2) * n(m, 3) - n(m, 1);
  if ((m = /buys (\d+) notebooks at (\d+) dollars each and (\d+) pens at (\d+) dollars each, and pays with a (\d+)-dollar bill/.exec(t))) return n(m, 5) - n(m, 1) * n(m, 2) - n(m, 3) * n(m, 4);
  if ((m = /has (\d+) dollars saved and adds (\d+) dollars every week for (\d+) weeks\. Then \w+ spends (\d+) dollars/.exec(t))) {
    let money = n(m, 1);
    for (let w = 0; w < n(m, 3); w++) money += n(m, 2);
    return money - n(m, 4);
  }
  if ((m = /makes (\d+) parts per hour and runs (\d+) hours a day for (\d+) days\. (\d+)% of the parts are defective/.exec(t))) {
    const total = n(m, 1) * n(m, 2) * n(m, 3);
    const bad = (total * n(m, 4)) / 100;
    if (!Number.isInteger(bad)) throw new Error(`fractional defects in ${t}`);
    return total - bad;
  }
  if ((m = /uses 1 liter of fuel for every (\d+) km\. \w+ drives (\d+) km to work and the same distance back, (\d+) times a month\. Fuel costs (\d+) dollars per liter/.exec(t))) {
    const liters = (2 * n(m, 2) * n(m, 3)) / n(m, 1);
    if (!Number.isInteger(liters)) throw new Error(`fractional liters in ${t}`);
    return liters * n(m, 4);
  }
  if ((m = /had (\d+) \w+\. \w+ gave 1\/(\d+) of them to a friend, then gave 1\/(\d+) of the rest to a cousin, then lost (\d+), and finally bought (\d+) more\./.exec(t))) {
    let have = n(m, 1);
    have -= have / n(m, 2);
    have -= have / n(m, 3);
    if (!Number.isInteger(have)) throw new Error(`fractional items in ${t}`);
    return have - n(m, 4) + n(m, 5);
  }
  if ((m = /bakes (\d+) loaves a day for (\d+) days\. Each day the staff eat (\d+) loaves and sell the rest at (\d+) dollars each\. The ingredients cost (\d+) dollars a day/.exec(t))) {
    let profit = 0;
    for (let day = 0; day < n(m, 2); day++) profit += (n(m, 1) - n(m, 3)) * n(m, 4) - n(m, 5);
    return profit;
  }
  throw new Error(`no template matches: ${t}`);
}

describe('generators: word_problems', function () {
  this.timeout(120_000);

  it('self-check: every template solved from the problem text equals the gold (300 items per level); intermediate counts are whole', () => {
    for (const d of levels)
      for (let i = 0; i < 300; i++) {
        const e = item(71, d, i);
        expect(String(solveFromText(e.problem)), `${e.id}: ${e.problem}`).to.equal(e.answer);
        // counts and amounts of money in these stories are positive
        expect(Number(e.answer), e.id).to.be.above(0);
      }
  });

  it('answers are literal integers; units, expressions, hedges and copies earn 0', () => {
    for (const d of levels)
      for (let i = 0; i < 40; i++) {
        const e = item(73, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        expect(scoreItem(gen, `So the answer is \\boxed{${e.answer}}.`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `#### ${e.answer}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `\\boxed{${Number(e.answer) + 1}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${Number(e.answer) - 1} + 1}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${e.answer} or ${Number(e.answer) + 1}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
      }
  });
});

sharedGeneratorChecks(gen, ['template']);
