import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import Fraction from 'fraction.js';
import { sharedGeneratorChecks } from './shared.js';
import { inequalities as gen } from '../../../datasets/generators/inequalities.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

/** Exact evaluation of one side of the text's inequality at x (undefined at a pole). */
function evalSide(src: string, x: Fraction): Fraction | undefined {
  const toks = src.match(/\d+|x|[-+*/^()|]/g) as string[];
  let p = 0;
  let pole = false;
  const atom = (): Fraction => {
    const t = toks[p++] as string;
    if (t === '(') {
      const v = sum();
      p++;
      return v;
    }
    if (t === '|') {
      const v = sum();
      p++;
      return v.abs();
    }
    if (t === 'x') return x;
    return new Fraction(t);
  };
  const power = (): Fraction => {
    const b = atom();
    if (toks[p] !== '^') return b;
    p++;
    return b.pow(Number(toks[p++]));
  };
  const term = (): Fraction => {
    let v = power();
    for (;;) {
      if (toks[p] === 'x' || toks[p] === '(' ) v = v.mul(power());
      else if (toks[p] === '/') {
        p++;
        const d = power();
        if (d.equals(0)) {
          pole = true;
          return new Fraction(0);
        }
        v = v.div(d);
      } else return v;
    }
  };
  function sum(): Fraction {
    let v = toks[p] === '-' ? (p++, term().neg()) : term();
    while (toks[p] === '+' || toks[p] === '-') v = toks[p++] === '+' ? v.add(term()) : v.sub(term());
    return v;
  }
  const v = sum();
  return pole ? undefined : v;
}

function holds(ineq: string, x: Fraction): boolean {
  const m = /^(.*) (<=|>=|<|>) (.*)$/.exec(ineq)!;
  const l = evalSide(m[1] as string, x);
  const r = evalSide(m[3] as string, x);
  if (l === undefined || r === undefined) return false;
  const c = l.compare(r);
  return m[2] === '<' ? c < 0 : m[2] === '<=' ? c <= 0 : m[2] === '>' ? c > 0 : c >= 0;
}

/** Membership in the gold, read from its text. */
function inGold(gold: string, x: Fraction): boolean {
  return gold.split(' U ').some((piece) => {
    const m = /^([[(])(.+), (.+)([\])])$/.exec(piece)!;
    const lo = m[2] === '-oo' ? undefined : new Fraction(m[2] as string);
    const hi = m[3] === 'oo' ? undefined : new Fraction(m[3] as string);
    const okLo = lo === undefined || (m[1] === '[' ? x.compare(lo) >= 0 : x.compare(lo) > 0);
    const okHi = hi === undefined || (m[4] === ']' ? x.compare(hi) <= 0 : x.compare(hi) < 0);
    return okLo && okHi;
  });
}

describe('generators: inequalities', function () {
  this.timeout(120_000);

  it('self-check: the inequality in the text, evaluated exactly at every endpoint, beside it and between, agrees with the gold set (200 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(81, d, i);
        const ineq = /^Solve the inequality (.*) for real x\./.exec(e.problem)![1] as string;
        const ends = (e.answer.match(/-?\d+(?:\/\d+)?/g) ?? []).map((t) => new Fraction(t));
        const pts = [new Fraction(-1000), new Fraction(0), new Fraction(1000), ...ends, ...ends.flatMap((x) => [x.add(new Fraction(1, 97)), x.sub(new Fraction(1, 97))])];
        for (const x of pts) expect(inGold(e.answer, x), `${e.id}: ${ineq} at x = ${x.toFraction()}; gold ${e.answer}`).to.equal(holds(ineq, x));
      }
  });

  it('enforces interval notation: any order of a union, \\infty and \\cup pay; inequalities, unreduced or closed infinite endpoints do not', () => {
    for (const d of levels)
      for (let i = 0; i < 40; i++) {
        const e = item(83, d, i);
        expect(scoreItem(gen, `\\boxed{${e.answer}}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `\\boxed{${e.answer.split(' U ').reverse().join(' \\cup ').replace(/oo/g, '\\infty')}}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        const swapped = e.answer.replace(/[[(]/g, (b) => (b === '(' ? '[' : '(')).replace(/\[-oo/g, '(-oo');
        if (swapped !== e.answer) expect(scoreItem(gen, `\\boxed{${swapped}}`, e), e.id).to.equal(0);
      }
    const e = { ...item(83, 1, 0), answer: '(-oo, 7/3]' };
    for (const ok of ['(-oo, 7/3]', '(-\\infty, \\frac{7}{3}]', '\\left(-\\infty, \\frac{7}{3}\\right]']) expect(scoreItem(gen, ok, e), ok).to.equal(1);
    for (const bad of ['x <= 7/3', '(-oo, 14/6]', '[-oo, 7/3]', '(-oo, 7/3)', '(-oo, 7/3] U (1, 2)', '(-oo, 2.333]', '(-oo, 7/3] or [0, 1]']) expect(scoreItem(gen, bad, e), bad).to.equal(0);
  });
});

sharedGeneratorChecks(gen, ['inequality']);
