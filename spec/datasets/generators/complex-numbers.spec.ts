import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { complexNumbers as gen, parseComplexLiteral } from '../../../datasets/generators/complex-numbers.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

// the test's own exact complex arithmetic: [re num, re den, im num, im den] as bigint fractions
type Q = [bigint, bigint];
type C = [Q, Q];
const g = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : g(b, a % b));
const q = (n: bigint, d: bigint): Q => {
  const s = d < 0n ? -1n : 1n;
  const k = g(n, d) || 1n;
  return [(s * n) / k, (s * d) / k];
};
const qa = (x: Q, y: Q): Q => q(x[0] * y[1] + y[0] * x[1], x[1] * y[1]);
const qm = (x: Q, y: Q): Q => q(x[0] * y[0], x[1] * y[1]);
const qn = (x: Q): Q => [-x[0], x[1]];
const cm = (x: C, y: C): C => [qa(qm(x[0], y[0]), qn(qm(x[1], y[1]))), qa(qm(x[0], y[1]), qm(x[1], y[0]))];
const cinv = (y: C): C => {
  const den = qa(qm(y[0], y[0]), qm(y[1], y[1]));
  return [q(y[0][0] * den[1], y[0][1] * den[0]), q(-y[1][0] * den[1], y[1][1] * den[0])];
};

/** Recursive descent over the question's expression: + - * / ^, parentheses, integers and i. */
function evaluate(src: string): C {
  const toks = src.match(/\d+|i|[-+*/^()]/g) as string[];
  let p = 0;
  const peek = (): string | undefined => toks[p];
  const atom = (): C => {
    const t = toks[p++];
    if (t === '(') {
      const v = sum();
      p++; // ')'
      return v;
    }
    if (t === 'i') return [q(0n, 1n), q(1n, 1n)];
    if (t === '-') {
      const v = power();
      return [qn(v[0]), qn(v[1])];
    }
    return [q(BigInt(t as string), 1n), q(0n, 1n)];
  };
  const power = (): C => {
    const base = atom();
    if (peek() !== '^') return base;
    p++;
    const n = Number(toks[p++]);
    let v: C = [q(1n, 1n), q(0n, 1n)];
    for (let k = 0; k < n; k++) v = cm(v, base);
    return v;
  };
  const implicit = (): C => {
    // "13i" is 13 times i
    let v = power();
    while (peek() === 'i') {
      p++;
      v = cm(v, [q(0n, 1n), q(1n, 1n)]);
    }
    return v;
  };
  const product = (): C => {
    let v = implicit();
    while (peek() === '*' || peek() === '/') {
      const op = toks[p++];
      const w = implicit();
      v = op === '*' ? cm(v, w) : cm(v, cinv(w));
    }
    return v;
  };
  const sum = (): C => {
    let v = peek() === '-' ? (p++, ((x: C): C => [qn(x[0]), qn(x[1])])(product())) : product();
    while (peek() === '+' || peek() === '-') {
      const op = toks[p++];
      const w = product();
      v = [qa(v[0], op === '+' ? w[0] : qn(w[0])), qa(v[1], op === '+' ? w[1] : qn(w[1]))];
    }
    return v;
  };
  const v = sum();
  if (p !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return v;
}

describe('generators: complex_numbers', function () {
  this.timeout(120_000);

  it('self-check: the expression in the problem text, evaluated independently, equals the gold (200 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(41, d, i);
        const m = /^Compute (.*), where i\^2 = -1\./.exec(e.problem);
        expect(m, e.problem).to.not.equal(null);
        const [re, im] = evaluate(m![1] as string);
        const gold = parseComplexLiteral(e.answer.replace(/\s+/g, ''));
        expect(gold, e.answer).to.not.equal(undefined);
        expect([gold!.re.n, gold!.re.d, gold!.im.n, gold!.im.d], `${e.id}: ${e.problem}`).to.deep.equal([...re, ...im]);
      }
  });

  it('enforces the form: literal a + bi in any order and fraction style pays; unevaluated, unreduced or copied forms do not', () => {
    for (const d of levels)
      for (let i = 0; i < 40; i++) {
        const e = item(43, d, i);
        const expr = /^Compute (.*), where/.exec(e.problem)![1] as string;
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        expect(scoreItem(gen, `Thus the result is $\\boxed{${e.answer}}$.`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `\\boxed{${expr}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${e.answer} + 1}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
      }
    // a substituted gold: the problem's example text ("3/5 - 4/5 i written as ...") would be a copy of it
    const e = { ...item(43, 4, 0), problem: 'Compute z.', answer: '\\frac{3}{5} - \\frac{4}{5}i' };
    for (const ok of ['\\frac{3}{5}-\\frac{4}{5}i', '3/5 - (4/5)i', '-\\frac{4}{5}i + \\frac{3}{5}', '3/5 - 4i/5', '\\dfrac{3}{5} - \\dfrac{4i}{5}']) expect(scoreItem(gen, ok, e), ok).to.equal(1);
    for (const bad of ['6/10 - 8/10i', '3/5 - 4/5i', '0.6 - 0.8i', '(3 - 4i)/5', '\\frac{3-4i}{5}', '3/5 - 4/5 i or 1', '3/5', '-4/5i']) expect(scoreItem(gen, bad, e), bad).to.equal(0);
    const f = { ...item(43, 2, 0), answer: '-2i' };
    for (const ok of ['-2i', '0 - 2i', '-2i + 0', '-2 i']) expect(scoreItem(gen, ok, f), ok).to.equal(1);
    for (const bad of ['-2', '2i', '-i*2', 'i^3 * 2', '-(2i)']) expect(scoreItem(gen, bad, f), bad).to.equal(0);
  });
});

sharedGeneratorChecks(gen, ['expression']);
