/**
 * Regression tests for the reward-integrity findings (issue 15) that live in the env core and the
 * rewards: gold leaks in info before the end, steps after truncation, answers copied from the question.
 */
import { expect } from 'chai';
import { rejects } from '../support/rejects.js';
import { make, makeReward, ResetNeededError } from '../../lib/index.js';
import { completionCopiesQuestion, copiedFromQuestion, questionExpressions } from '../../lib/verify/question-copy.js';
import { loadDataset } from '../../datasets/load.js';

/** Every string and number in `x`, deep. */
function leaves(x: unknown): string[] {
  if (typeof x === 'string' || typeof x === 'number') return [String(x)];
  if (Array.isArray(x)) return x.flatMap(leaves);
  if (x && typeof x === 'object') return Object.values(x).flatMap(leaves);
  return [];
}

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('reward integrity: findings', () => {
  describe('no gold in info before the episode ends', () => {
    const families = ['LinearEquations', 'LinearSystems', 'PolynomialExpand', 'PolynomialFactor', 'RationalSimplify', 'BaseConversion', 'Sequences', 'Counting', 'Quadratics', 'NumberTheory', 'Derivatives', 'Integrals', 'PropositionalLogic', 'Arithmetic'];
    for (const family of families) {
      it(`${family}-v0: reset info carries no metadata and no field equal to the gold`, async () => {
        const env = await make<string, string>(`mathgym/${family}-v0`);
        for (let seed = 0; seed < 25; seed++) {
          const { info } = await env.reset({ seed });
          expect(info).to.not.have.property('metadata');
          const r = await env.step('0');
          const gold = squash(String(r.info.gold));
          const { difficulty: _config, ...rest } = info; // the configured level is not problem data
          expect(leaves(rest).map(squash), `seed ${seed}: gold ${gold} in reset info ${JSON.stringify(info)}`).to.not.include(gold);
        }
        await env.close();
      });
    }

    it('MathQA-v0: record metadata reaches info only at the terminal step', async () => {
      const env = await make<string, string>('mathgym/MathQA-v0');
      const { info } = await env.reset({ seed: 1 });
      expect(info).to.have.keys(['id', 'index', 'source']);
      const r = await env.step('\\boxed{0}');
      expect(r.info).to.have.property('gold');
      await env.close();
    });
  });

  describe('no step after the end', () => {
    it('EquationRewrite-v0: step 31 after truncation at 30 is refused (it paid reward 1 at step 34)', async () => {
      const env = await make<string, number | string>('mathgym/EquationRewrite-v0');
      await env.reset({ seed: 3 });
      let r;
      let steps = 0;
      // swap sides back and forth: legal moves that never finish the episode
      do {
        r = await env.step('swap');
        steps++;
      } while (!r.terminated && !r.truncated);
      expect(r.truncated).to.equal(true);
      expect(steps).to.equal(30);
      const err = await rejects(env.step(0));
      expect(err).to.be.instanceOf(ResetNeededError);
      await env.close();
    });

    it('a server-style session (make with maxEpisodeSteps) refuses steps past its limit too', async () => {
      const env = await make<string, string>('mathgym/PolynomialExpand-v0', { maxEpisodeSteps: 1 });
      await env.reset({ seed: 0 });
      await env.step('0');
      const err = await rejects(env.step('0'));
      expect(err).to.be.instanceOf(ResetNeededError);
    });
  });

  describe('answers copied from the question', () => {
    it('refuses an expression of the question that equals the gold only in value', () => {
      expect(copiedFromQuestion('\\frac{3}{20}', 'Write $\\frac{3}{20}$ as a decimal.', '0.15')).to.equal(true);
      expect(copiedFromQuestion('\\dfrac{3}{20}', 'Write $\\frac{3}{20}$ as a decimal.', '0.15')).to.equal(true);
      expect(copiedFromQuestion('\\sqrt{8}', 'Simplify $\\sqrt{8}$.', '2\\sqrt{2}')).to.equal(true);
    });

    it('keeps an answer that is written as the gold is, and plain numbers', () => {
      expect(copiedFromQuestion('\\frac{1}{2}', 'Which is larger, $\\frac{1}{2}$ or $\\frac{1}{3}$?', '\\frac{1}{2}')).to.equal(false);
      expect(copiedFromQuestion('5', 'Add $2$ and $3$; is the result $5$?', '5')).to.equal(false);
      expect(copiedFromQuestion('0.15', 'Write $\\frac{3}{20}$ as a decimal.', '0.15')).to.equal(false);
    });

    it('a completion that is the question (or a 20+ character part of it) is a copy', () => {
      const q = 'What is the value of $x$ if $2x + 3 = 13$? The answer is 5.';
      expect(completionCopiesQuestion(q, q)).to.equal(true);
      expect(completionCopiesQuestion('What is the value of $x$ if $2x + 3 = 13$?', q)).to.equal(true);
      expect(completionCopiesQuestion('5', q)).to.equal(false);
      expect(completionCopiesQuestion('Subtract 3 and divide by 2: x = 5, so \\boxed{5}', q)).to.equal(false);
    });

    it('the math reward (MathQA-v0, the server) refuses it when the prompt is given, and says why', async () => {
      const reward = makeReward('correctness');
      const prompt = 'Write $\\frac{3}{20}$ as a decimal.';
      const copied = await reward({ prompt, completion: 'So \\boxed{\\frac{3}{20}}', answer: '0.15' });
      expect(copied.reward).to.equal(0);
      expect(copied.verdict?.rule).to.equal('question-copy');
      expect(copied.error).to.equal(undefined);
      expect((await reward({ prompt, completion: 'So \\boxed{0.15}', answer: '0.15' })).reward).to.equal(1);
      // no prompt: nothing to compare, value equality as before
      expect((await reward({ completion: 'So \\boxed{\\frac{3}{20}}', answer: '0.15' })).reward).to.equal(1);
      // the option turns it off
      const off = makeReward('correctness', { refuseQuestionCopy: false });
      expect((await off({ prompt, completion: 'So \\boxed{\\frac{3}{20}}', answer: '0.15' })).reward).to.equal(1);
    });

    it('MATH-500: a boxed expression of the question pays only where the gold is written so (34/500 before); the question itself never', async function () {
      this.timeout(120_000);
      const reward = makeReward('math');
      const paid: string[] = [];
      let questionPaid = 0;
      for (const r of (await loadDataset('math500')).records) {
        for (const e of questionExpressions(r.problem)) {
          if ((await reward({ prompt: r.problem, completion: `The answer is $\\boxed{${e}}$.`, answer: r.answer })).reward > 0) {
            paid.push(`${e} | gold ${r.answer}`);
            break;
          }
        }
        if ((await reward({ prompt: r.problem, completion: r.problem, answer: r.answer })).reward > 0) questionPaid++;
      }
      // the two that pay: "What is $\sqrt{53}$ in simplest radical form?" and "... divisible by $6$?" (gold 6)
      expect(paid, paid.join('\n')).to.have.length.at.most(2);
      expect(questionPaid).to.equal(0);
    });

    it('a procedural env pays nothing for the question copied back', async () => {
      const env = await make<string, string>('mathgym/PolynomialExpand-v0');
      const { observation } = await env.reset({ seed: 4 });
      expect((await env.step(observation)).reward).to.equal(0);
      await env.close();
    });
  });
});
