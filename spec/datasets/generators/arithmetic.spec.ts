import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { arithmetic } from '../../../datasets/generators/arithmetic.js';
import { itemRng } from '../../../datasets/generators/generator.js';
import { sharedGeneratorChecks } from './shared.js';

sharedGeneratorChecks(arithmetic, ['expression', 'operands', 'operators']);

describe('generators: arithmetic scoring of completions', () => {
  it('reads the final answer of a completion, exactly', () => {
    for (let i = 0; i < 50; i++) {
      const e = arithmetic.generate(itemRng(1, i, 5), 5, i);
      expect(scoreItem(arithmetic, `Working... so the answer is \\boxed{${e.answer}}`, e), e.id).to.equal(1);
      expect(scoreItem(arithmetic, e.answer, e)).to.equal(1);
      expect(scoreItem(arithmetic, `\\boxed{${e.answer}1}`, e)).to.equal(0);
    }
  });
});
