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
 * through the verifier's exact-rational mode, and the verdict reaches `info` only when the episode ends.
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

  it('datasets never import environments (no back-arrow)', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
    const root = new URL('../../datasets/', import.meta.url).pathname;
    const back = files(root).filter((f) => /from '(?:\.\.\/)+environments\//.test(readFileSync(f, 'utf8')));
    expect(back).to.deep.equal([]);
  });
});
