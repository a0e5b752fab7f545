import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import Fraction from 'fraction.js';
import { linearEquations } from '../../../datasets/generators/linear-equations.js';
import { items, sharedGeneratorChecks } from './shared.js';

// ---------------------------------------------------------------- linear_equations

interface Side {
  k: number;
  a: number;
  b: number;
  den: number;
  c: number;
}

/** Independent solver: collect x-coefficient and constant of each side exactly. */
function solveSides(l: Side, r: Side): Fraction {
  const coef = (s: Side) => new Fraction(s.k * s.a, s.den);
  const cons = (s: Side) => new Fraction(s.k * s.b, s.den).add(s.c);
  return cons(r).sub(cons(l)).div(coef(l).sub(coef(r)));
}

/** `x = -\frac{3}{4}` / `x = 7` -> Fraction (test-side parser of the gold format). */
function parseGoldX(answer: string): Fraction {
  const m = /^x = (-?)(?:\\frac\{(\d+)\}\{(\d+)\}|(\d+))$/.exec(answer);
  if (!m) throw new Error(`unexpected gold format ${answer}`);
  const v = m[4] !== undefined ? new Fraction(m[4]) : new Fraction(Number(m[2]), Number(m[3]));
  return m[1] === '-' ? v.neg() : v;
}

sharedGeneratorChecks(linearEquations, ['equation', 'left', 'right', 'solution']);

describe('linear_equations: answers and scoring', () => {
  for (let d = 1; d <= linearEquations.levels.length; d++) {
    it(`difficulty ${d}: the gold answer is the exact solution of the metadata equation (100 items)`, () => {
      for (const r of items(linearEquations, d, 100, 4242)) {
        const m = r.metadata as { left: Side; right: Side };
        const x = solveSides(m.left, m.right);
        expect(parseGoldX(r.answer).equals(x), `${r.id}: ${r.answer} vs ${x.toFraction()}`).to.equal(true);
        if (d <= 3) expect(x.d).to.equal(1n);
        if (d === 4) expect(x.d).to.not.equal(1n);
        // the printed equation is the metadata's: substituting x into each printed side agrees
        const [lhs, rhs] = String(r.metadata.equation).split(' = ') as [string, string];
        const evalSide = (s: string) => Function('x', `return ${s.replace(/(\d)\(/g, '$1*(').replace(/(\d)x/g, '$1*x').replace(/-\(/g, '-1*(')};`) as (x: number) => number;
        expect(evalSide(lhs)(x.valueOf())).to.be.closeTo(evalSide(rhs)(x.valueOf()), 1e-9);
      }
    });
  }

  it('scores gold 1, a wrong value 0, and equivalent forms 1', () => {
    for (let d = 1; d <= linearEquations.levels.length; d++) {
      for (const r of items(linearEquations, d, 20, 5)) {
        const x = parseGoldX(r.answer);
        expect(scoreItem(linearEquations, r.answer, r)).to.equal(1);
        expect(scoreItem(linearEquations, `x = ${x.add(1).toFraction()}`, r)).to.equal(0);
        expect(scoreItem(linearEquations, `x = ${x.toFraction()}`, r)).to.equal(1);
        expect(scoreItem(linearEquations, x.toFraction(), r)).to.equal(1);
      }
    }
  });
});


