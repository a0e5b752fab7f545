import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import Fraction from 'fraction.js';
import { sharedGeneratorChecks } from './shared.js';
import { expLog as gen } from '../../../datasets/generators/exp-log.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

/** p x + c read from `2x - 3`, `-x + 4`, `x`. */
function linear(s: string): [number, number] {
  const m = /^(-?\d*)x(?: ([+-]) (\d+))?$/.exec(s.trim())!;
  const p = m[1] === '' ? 1 : m[1] === '-' ? -1 : Number(m[1]);
  return [p, m[2] === undefined ? 0 : (m[2] === '-' ? -1 : 1) * Number(m[3])];
}

/** The largest integer e with b^e = n exactly, or undefined (n a rational). */
function logExact(b: number, n: Fraction): number | undefined {
  for (let e = -60; e <= 60; e++) if (new Fraction(b).pow(e).equals(n)) return e;
  return undefined;
}

/** Solves the equation of the TEXT: the set of rational solutions found by exact checks. */
function solveFromText(t: string): string {
  const eq = /^Solve for real x: (.*)\. Give the answer/.exec(t)![1] as string;
  let m: RegExpExecArray | null;
  if ((m = /^(?:(\d+) \* )?(\d+)\^\((.*)\) = (\d+)$/.exec(eq))) {
    const a = Number(m[1] ?? 1);
    const b = Number(m[2]);
    const [p, c] = linear(m[3] as string);
    // the exponent is log_b(N / a), an integer here
    const e = logExact(b, new Fraction(m[4] as string).div(a));
    if (e === undefined) throw new Error(`N/a is not a power of b in ${eq}`);
    return new Fraction(e - c, p).toFraction();
  }
  if ((m = /^log_(\d+)\(([^)]*)\) = (\d+)$/.exec(eq))) {
    const [p, c] = linear(m[2] as string);
    const x = new Fraction(BigInt(m[1] as string) ** BigInt(m[3] as string)).sub(c).div(p);
    return x.toFraction();
  }
  if ((m = /^log_(\d+)\(([^)]*)\) \+ log_\1\(([^)]*)\) = (\d+)$/.exec(eq))) {
    const [, c1] = linear(m[2] as string);
    const [, c2] = linear(m[3] as string);
    const n = Number(m[1]) ** Number(m[4]);
    // (x + c1)(x + c2) = n: scan integer x where both arguments are positive (the roots are integers here)
    const roots: number[] = [];
    for (let x = -Math.max(c1, c2) + 1; x <= n + 100; x++) if ((x + c1) * (x + c2) === n) roots.push(x);
    if (roots.length !== 1) throw new Error(`expected one admissible root in ${eq}, got ${roots}`);
    return String(roots[0]);
  }
  throw new Error(`no template matches ${eq}`);
}

describe('generators: exp_log', function () {
  this.timeout(120_000);

  it('self-check: the solution recomputed from the equation in the text equals the gold (150 items per level); level 4 has one admissible root', () => {
    for (const d of levels)
      for (let i = 0; i < 150; i++) {
        const e = item(91, d, i);
        expect(`x = ${solveFromText(e.problem)}`, `${e.id}: ${e.problem}`).to.equal(e.answer);
      }
  });

  it('enforces the form: x = r or r with r reduced pays; logs, unreduced fractions, decimals and copies do not', () => {
    for (const d of levels)
      for (let i = 0; i < 40; i++) {
        const e = item(93, d, i);
        const r = e.answer.replace('x = ', '');
        expect(scoreItem(gen, `\\boxed{${r}}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `The solution is $\\boxed{x = ${r}}$.`, e), e.id).to.equal(1);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${r} + 1}`, e), e.id).to.equal(0);
        if (r.includes('/')) {
          const [a, b] = r.split('/').map(Number) as [number, number];
          expect(scoreItem(gen, `\\boxed{${2 * a}/${2 * b}}`, e), e.id).to.equal(0);
          expect(scoreItem(gen, `\\boxed{\\frac{${a < 0 ? -a : a}}{${b}}}`, e), e.id).to.equal(a < 0 ? 0 : 1);
        }
      }
    const e = { ...item(93, 1, 0), answer: 'x = 5' };
    for (const bad of ['log_2(32)', '\\log_2 32', '10/2', '5.0', 'x = 5 or x = 6']) expect(scoreItem(gen, bad, e), bad).to.equal(0);
  });
});

sharedGeneratorChecks(gen, ['equation']);
