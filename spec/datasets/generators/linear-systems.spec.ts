import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import Fraction from 'fraction.js';
import { linearSystems } from '../../../datasets/generators/linear-systems.js';
import { items, sharedGeneratorChecks } from './shared.js';

interface Eq {
  lx: number;
  ly: number;
  lc: number;
  rx: number;
  ry: number;
  rc: number;
}

/** `-\frac{3}{4}` / `7` -> Fraction (test-side parser of the gold format). */
function parseTex(s: string): Fraction {
  const m = /^(-?)(?:\\frac\{(\d+)\}\{(\d+)\}|(\d+))$/.exec(s.trim());
  if (!m) throw new Error(`unexpected gold format ${s}`);
  const v = m[4] !== undefined ? new Fraction(m[4]) : new Fraction(Number(m[2]), Number(m[3]));
  return m[1] === '-' ? v.neg() : v;
}

function goldPair(answer: string): [Fraction, Fraction] {
  const m = /^\((.*), (.*)\)$/.exec(answer);
  if (!m) throw new Error(`unexpected gold format ${answer}`);
  return [parseTex(m[1] ?? ''), parseTex(m[2] ?? '')];
}

sharedGeneratorChecks(linearSystems, ['equations', 'x', 'y']);

describe('linear_systems: answers and scoring', () => {
  for (let d = 1; d <= linearSystems.levels.length; d++) {
    it(`difficulty ${d}: the gold pair satisfies both metadata equations exactly and is unique (100 items)`, () => {
      for (const r of items(linearSystems, d, 100, 777)) {
        const eqs = r.metadata.equations as Eq[];
        const [x, y] = goldPair(r.answer);
        for (const e of eqs) {
          const lhs = x.mul(e.lx).add(y.mul(e.ly)).add(e.lc);
          const rhs = x.mul(e.rx).add(y.mul(e.ry)).add(e.rc);
          expect(lhs.equals(rhs), `${r.id}`).to.equal(true);
        }
        const [p, q] = eqs as [Eq, Eq];
        expect((p.lx - p.rx) * (q.ly - q.ry) - (p.ly - p.ry) * (q.lx - q.rx), 'unique solution').to.not.equal(0);
        if (d <= 2) expect(x.d === 1n && y.d === 1n).to.equal(true);
        if (d === 3) expect(x.d !== 1n || y.d !== 1n).to.equal(true);
      }
    });
  }

  it('scores gold 1, a swapped or perturbed pair 0, and plain-text forms 1', () => {
    for (let d = 1; d <= linearSystems.levels.length; d++) {
      for (const r of items(linearSystems, d, 20, 3)) {
        const [x, y] = goldPair(r.answer);
        expect(scoreItem(linearSystems, r.answer, r)).to.equal(1);
        expect(scoreItem(linearSystems, `(${x.toFraction()}, ${y.add(1).toFraction()})`, r)).to.equal(0);
        if (!x.equals(y)) expect(scoreItem(linearSystems, `(${y.toFraction()}, ${x.toFraction()})`, r)).to.equal(0);
        expect(scoreItem(linearSystems, `(${x.toFraction()}, ${y.toFraction()})`, r)).to.equal(1);
        expect(scoreItem(linearSystems, `x = ${x.toFraction()}, y = ${y.toFraction()}`, r)).to.equal(1);
      }
    }
  });
});
