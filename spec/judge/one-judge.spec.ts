import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { make } from '../../lib/core/registry.js';
import { GENERATORS, itemRng } from '../../datasets/generators/index.js';
import { judgeAnswer } from '../../datasets/generators/score.js';
import { verify } from '../../lib/verify/verify.js';

/**
 * One judge (issue 23): every generated family judges into a Verdict, the question-copy refusal lives
 * in the verifier and is applied by judgeAnswer and by verify({ question }), Arithmetic-v0 scores
 * through the verifier's exact-rational mode, CalculatorTool-v0 through its literal-number mode,
 * MathQAWithFeedback-v0 through MathQA's correctness reward, and the verdict reaches `info` only when
 * the episode ends.
 */
describe('one judge', () => {
  it('every generator family returns a Verdict with a rule, a reason and what it read', () => {
    for (const gen of GENERATORS) {
      const r = gen.generate(itemRng(5, 0, 1), 1, 0);
      for (const answer of [r.answer, `The answer is $\\boxed{${r.answer}}$.`, 'no idea']) {
        const v = gen.scoreAnswer(answer, r);
        expect(typeof v, `${gen.name} returns a Verdict, not a bare number`).to.equal('object');
        if (typeof v === 'number') continue;
        expect(v.rule, gen.name).to.be.a('string').and.not.equal('');
        expect(v.reason, gen.name).to.be.a('string').and.not.equal('');
        expect(v.score).to.equal(v.correct ? 1 : 0);
      }
      expect(judgeAnswer(gen, r.answer, r).correct, `${gen.name}: the gold is correct`).to.equal(true);
    }
  });

  it('refuses a copy of the question in one place, for families and for verify({ question })', () => {
    const question = 'Write $\\frac{3}{20}$ as a decimal.';
    const copied = verify('0.15', '$\\boxed{\\frac{3}{20}}$', { question });
    expect([copied.correct, copied.rule]).to.deep.equal([false, 'question-copy']);
    expect(verify('0.15', '$\\boxed{\\frac{3}{20}}$').correct).to.equal(true);
    expect(verify('0.15', '$\\boxed{0.15}$', { question }).correct).to.equal(true);
    // a gold that the question happens to spell out (its example "... written as \frac{3}{5} - \frac{4}{5}i"):
    // the family's reader accepts the copy, the one judge refuses it
    const gen = GENERATORS.find((g) => g.name === 'complex_numbers')!;
    const r = { ...gen.generate(itemRng(43, 0, 4), 4, 0), answer: '\\frac{3}{5} - \\frac{4}{5}i' };
    expect(gen.scoreAnswer('\\frac{3}{5}-\\frac{4}{5}i', r)).to.include({ correct: true });
    const v = judgeAnswer(gen, '\\frac{3}{5}-\\frac{4}{5}i', r);
    expect([v.correct, v.rule]).to.deep.equal([false, 'question-copy']);
  });

  it('Arithmetic-v0 judges in the verifier\'s exact-rational mode: value and written form', () => {
    const forms = ['integer', 'fraction'] as const;
    expect(verify('56', '56', { forms })).to.include({ correct: true, rule: 'rational-exact' });
    expect(verify('56', '112/2', { forms })).to.include({ correct: false, rule: 'wrong-form' });
    expect(verify('1/2', '2/4', { forms })).to.include({ correct: false, rule: 'wrong-form' });
    expect(verify('56', '7*8', { forms })).to.include({ correct: false, rule: 'no-answer' });
    expect(verify('56', 'So the answer is \\boxed{56}.', { forms })).to.include({ correct: true, rule: 'rational-exact' });
    expect(verify('56', '\\boxed{55} or \\boxed{56}', { forms }).correct).to.equal(false);
    expect(verify('1/3', '0.3333', { forms: ['decimal'] })).to.include({ correct: false, rule: 'rational-exact' });
    expect(verify('x', '3', { forms }).error?.code).to.equal('GOLD_UNPARSEABLE');
  });

  it('every env reports its verdict in one shape (lib/verify/verdict-info.ts), MathQA-v0 included', async () => {
    const keys = ['rule', 'reason', 'extracted', 'normalized', 'strategy'];
    for (const [id, kwargs] of [['mathgym/MathQA-v0', { limit: 3 }], ['mathgym/Arithmetic-v0', {}], ['mathgym/Derivatives-v0', {}]] as const) {
      const env = await make(id, kwargs);
      try {
        await env.reset({ seed: 2 });
        const { info } = await env.step('So the answer is \\boxed{12345}.');
        const v = info.verdict as Record<string, unknown>;
        expect(Object.keys(v).sort(), id).to.deep.equal([...keys].sort());
        expect(v.extracted, id).to.equal('12345');
        expect(v.strategy, id).to.equal('boxed');
      } finally {
        await env.close();
      }
    }
  });

  for (const id of ['mathgym/Arithmetic-v0', 'mathgym/LinearEquations-v0', 'mathgym/Counting-v0', 'mathgym/Integrals-v0']) {
    it(`${id}: the verdict reaches info at the end of the episode, never before`, async () => {
      const env = await make(id);
      const { info: first } = await env.reset({ seed: 3 });
      expect(first).to.not.have.any.keys('verdict', 'gold', 'reason', 'parsed');
      const { info } = await env.step('I think the answer is \\boxed{12345}.');
      expect(info.verdict).to.include.keys('rule', 'reason', 'extracted');
      expect((info.verdict as { extracted: unknown }).extracted).to.be.a('string');
      expect(info.gold).to.be.a('string');
      await env.close();
    });
  }

  it('CalculatorTool-v0 judges in the verifier\'s literal-number mode: a numeric gold wants a literal number of its value', () => {
    const o = { literalNumber: true };
    expect(verify('9716', 'The answer is 9,716 apples.', o)).to.include({ correct: true, rule: 'exact-rational' });
    expect(verify('9716', '347 * 28', o)).to.include({ correct: false, rule: 'not-a-number' });
    expect(verify('3/4', '6/8', o)).to.include({ correct: false, rule: 'not-a-number' });
    expect(verify('0.15', '3/20', o)).to.include({ correct: false, rule: 'not-a-decimal' });
    expect(verify('12', '13', o)).to.include({ correct: false, rule: 'exact-rational' });
    // any other gold is verified as usual, and the question-copy refusal applies to it
    expect(verify('x^2 + 1', '\\boxed{1 + x^2}', o).correct).to.equal(true);
    const question = 'Simplify $\\sqrt{8}$.';
    expect(verify('2\\sqrt{2}', '\\sqrt{8}', { ...o, question })).to.include({ correct: false, rule: 'question-copy' });
  });

  const episodes: readonly (readonly [string, Record<string, unknown>, readonly string[]])[] = [
    // a tool call, a message with neither tool nor answer, then the answer
    ['mathgym/CalculatorTool-v0', {}, ['<tool>calc: 2 + 3</tool>', 'thinking', '<answer>12345</answer>']],
    // wrong attempts get feedback; the last one ends the episode
    ['mathgym/MathQAWithFeedback-v0', { limit: 5 }, ['\\boxed{12345}', 'I think \\boxed{-7.25}', '\\boxed{123456}']],
  ];
  for (const [id, kwargs, actions] of episodes) {
    it(`${id}: the verdict reaches info at the end of the episode, never before (nor the gold)`, async () => {
      const env = await make(id, kwargs);
      try {
        const { info: first } = await env.reset({ seed: 1 });
        expect(first).to.not.have.any.keys('verdict', 'gold', 'metadata');
        let last;
        for (const [i, action] of actions.entries()) {
          last = await env.step(action);
          const ended = last.terminated || last.truncated;
          expect(ended, `${id} step ${i + 1}`).to.equal(i === actions.length - 1);
          if (!ended) expect(last.info, `${id} step ${i + 1}`).to.not.have.any.keys('verdict', 'gold', 'metadata');
        }
        const verdict = last?.info.verdict as Record<string, unknown>;
        expect(verdict).to.include.keys('rule', 'reason', 'extracted', 'normalized');
        expect(verdict.rule).to.be.a('string').and.not.equal('');
        expect(verdict.extracted).to.be.a('string');
        expect(last?.info.correct).to.equal(false);
        expect(last?.info.gold).to.be.a('string');
      } finally {
        await env.close();
      }
    });
  }

  it('datasets never import environments (no back-arrow)', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
    const root = new URL('../../datasets/', import.meta.url).pathname;
    const back = files(root).filter((f) => /from '(?:\.\.\/)+environments\//.test(readFileSync(f, 'utf8')));
    expect(back).to.deep.equal([]);
  });
});
