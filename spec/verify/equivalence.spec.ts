import { expect } from 'chai';
import { verify } from '../../lib/verify/verify.js';

type Row = readonly [gold: string, pred: string, equal: boolean];

function table(name: string, rows: readonly Row[], opts = {}): void {
  describe(name, () => {
    for (const [gold, pred, equal] of rows) {
      it(`${JSON.stringify(pred)} ${equal ? '=' : '≠'} ${JSON.stringify(gold)}`, () => {
        const v = verify(gold, pred, opts);
        expect(v.error, v.reason).to.equal(undefined);
        expect(v.correct, `${v.rule}: ${v.reason}`).to.equal(equal);
      });
    }
  });
}

describe('verify: equivalence by answer kind', () => {
  table('numbers', [
    ['1/2', '0.5', true],
    ['\\frac{1}{2}', '2/4', true],
    ['1/3', '0.3333', false], // rounding to 6 places: 0.333333 vs 0.3333
    ['0.5', '50', false],
    ['50\\%', '50', true], // percent signs are dropped, as Math-Verify does
    ['1500', '1.5 \\times 10^3', true],
    ['1500', '1.5e3', true],
    ['0.0002', '2E-4', true],
    ['7425000', '7,425,000', true],
    ['-3', '−3', true],
    ['3', '3.000001', false], // decimals are compared at floatRounding (6) places, as Math-Verify does
    ['1/3', '0.333333', true],
    ['3', '3.0000001', false], // ... unless written to more places: 7 places claim 10^{-7} (Math-Verify rounds it to 3)
    ['\\pi', '3.14159265358', true], // truncated to 11 places: within 10^{-11}
    ['3', '3.001', false],
    ['1\\frac{1}{2}', '3/2', true], // a mixed number
    ['2\\frac{3}{2}', '3', true], // not proper: a product, 2 * 3/2
    ['-2,1', '\\boxed{-2,1}', true],
    ['1,22', '1.22', true], // a decimal comma
  ]);
  table('numbers, exact mode', [['1/3', '0.333333', false], ['1/4', '0.25', true]], { exact: true });
  table('expressions', [
    ['x+2', '2+x', true],
    ['x^2-1', '(x-1)(x+1)', true],
    ['\\sqrt{x^2}', 'x', false],
    ['2\\sqrt{2}', '\\sqrt{8}', true],
    ['\\frac{\\pi}{2}', '1.5707963', true], // equal to 6 decimal places
    ['\\frac{\\pi}{2}', '1.57', false],
    ['\\tan^2(y)+1', '\\sec^2(y)', true],
    ['x+1', 'y+1', false],
    ['e^{x}', '\\exp(x)', true],
  ]);
  table('equations and inequalities', [
    ['x = 2', '2 = x', true],
    ['2x+4y-3=0', 'y=-\\frac{1}{2}x+\\frac{3}{4}', true],
    ['x = 2', 'x = 3', false],
    ['x \\geq 5', '5 \\leq x', true],
    ['x > 5', 'x \\geq 5', false],
    ['x < 1', '-x > -1', true],
    ['k = 1', '1', true],
    ['a + 3z = 0', '0', false],
  ]);
  table('intervals and sets', [
    ['[0,1)', '[0, 1)', true],
    ['(0,9)', '[0,9)', false],
    ['-2 \\le x \\le 7', 'x \\in [-2,7]', true],
    ['(-\\infty, 2) \\cup (3, \\infty)', 'x<2 \\text{ or } x>3', false],
    ['\\{1,2,3\\}', '\\{3,2,1\\}', true],
    ['\\{1,2\\}', '\\{1,2,3\\}', false],
    ['(1,2)', '(2,1)', false],
    ['\\pm 2', '\\{-2, 2\\}', true],
    ['\\pm 2', '2', false],
  ]);
  table('matrices', [
    ['\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}', '\\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}', true],
    ['\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}', '\\begin{pmatrix}1 & 2 \\\\ 4 & 3\\end{pmatrix}', false],
    ['\\begin{pmatrix}1 \\\\ 2\\end{pmatrix}', '\\begin{pmatrix}1 & 2\\end{pmatrix}', false],
  ]);
  table('text and choices', [
    ['\\text{Evelyn}', 'evelyn', true],
    ['\\text{odd}', '\\text{even}', false],
    ['C', 'The answer is (C).', true],
    ['C', 'The answer is (B).', false],
  ]);
});

describe('verify: extraction', () => {
  it('takes the answer from the last boxed, GSM8K ####, <answer> tags and "final answer is"', () => {
    expect(verify('42', 'We get 41 first... so \\boxed{42}.').pred?.strategy).to.equal('boxed');
    expect(verify('42', 'Natalia sold 48/2 = 24 clips.\n#### 42').pred?.strategy).to.equal('gsm8k');
    expect(verify('42', '<think>6*7</think><answer>42</answer>').pred?.strategy).to.equal('answer-tag');
    expect(verify('42', 'Final Answer: The final answer is $42$. I hope it is correct.').correct).to.equal(true);
  });

  it('reports what was extracted on both sides and which rule decided', () => {
    const v = verify('$\\frac{1}{2}$', 'so \\boxed{0.5}');
    expect(v.correct).to.equal(true);
    expect(v.gold?.normalized).to.equal('1/2');
    expect(v.gold?.kind).to.equal('number');
    expect(v.pred?.raw).to.equal('0.5');
    expect(v.rule).to.equal('numeric-rounded');
    expect(v.timeMs).to.be.a('number');
  });

  it('is deterministic for a seed', () => {
    const a = verify('\\sin^2 x + \\cos^2 x', '1', { seed: 3 });
    const b = verify('\\sin^2 x + \\cos^2 x', '1', { seed: 3 });
    expect({ ...a, timeMs: 0 }).to.deep.equal({ ...b, timeMs: 0 });
    expect(a.correct).to.equal(true);
  });
});
