import { scoreItem } from '../../../datasets/generators/score.js';
import { expect } from 'chai';
import { items, parsePolyText, sharedGeneratorChecks } from './shared.js';
import { polynomialRoots as gen } from '../../../datasets/generators/polynomial-roots.js';

const levels = gen.levels.map((_, i) => i + 1);

/** All complex roots of a polynomial (coefficients constant first) by Durand-Kerner iteration. */
function complexRoots(c: readonly number[]): [number, number][] {
  const n = c.length - 1;
  const lead = c[n] as number;
  const a = c.map((x) => x / lead);
  let z: [number, number][] = Array.from({ length: n }, (_, k) => [Math.cos(0.4 + (2 * Math.PI * k) / n) * 3, Math.sin(0.4 + (2 * Math.PI * k) / n) * 3]);
  const cm = (x: [number, number], y: [number, number]): [number, number] => [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]];
  const cd = (x: [number, number], y: [number, number]): [number, number] => {
    const d = y[0] * y[0] + y[1] * y[1];
    return [(x[0] * y[0] + x[1] * y[1]) / d, (x[1] * y[0] - x[0] * y[1]) / d];
  };
  for (let it = 0; it < 2000; it++) {
    z = z.map((zi, i) => {
      let p: [number, number] = [1, 0];
      for (let k = n - 1; k >= 0; k--) p = [cm(p, zi)[0] + (a[k] as number), cm(p, zi)[1]];
      let q: [number, number] = [1, 0];
      z.forEach((zj, j) => {
        if (j !== i) q = cm(q, [zi[0] - zj[0], zi[1] - zj[1]]);
      });
      const step = cd(p, q);
      return [zi[0] - step[0], zi[1] - step[1]];
    });
  }
  return z;
}

/** The numeric value of one gold element: integers, \frac{}{}, k\sqrt{s}, sums. */
function evalRoot(tex: string): number {
  let js = tex.replace(/\s+/g, '');
  js = js.replace(/\\frac\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\{(\d+)\}/g, '(($1)/$2)');
  js = js.replace(/(\d)\\sqrt/g, '$1*\\sqrt').replace(/\\sqrt\{(\d+)\}/g, 'Math.sqrt($1)');
  return (Function(`return ${js};`) as () => number)();
}

describe('generators: polynomial_roots', function () {
  this.timeout(120_000);

  it('self-check: the real roots found numerically from the equation in the TEXT are the gold set (150 items per level)', () => {
    for (const d of levels)
      for (const e of items(gen, d, 150, 41)) {
        const m = /^Solve for x: (.*) = 0\n/.exec(e.problem)!;
        const coeffs = parsePolyText(m[1] as string);
        expect(coeffs.length - 1, e.id).to.be.within(3, 4);
        const real = complexRoots(coeffs)
          .filter(([, im]) => Math.abs(im) < 1e-6)
          .map(([re]) => re)
          .sort((x, y) => x - y);
        const gold = e.answer.slice(1, -1).split(', ').map(evalRoot).sort((x, y) => x - y);
        expect(gold.length, `${e.id}: ${e.problem} -> ${e.answer}`).to.equal(real.length);
        gold.forEach((g, i) => expect(Math.abs(g - (real[i] as number)), `${e.id}: ${e.answer} vs ${real}`).to.be.below(1e-6 * Math.max(1, Math.abs(g))));
      }
  });

  it('enforces the form: the set in any order pays; unsimplified radicals, unreduced fractions, missing or extra roots, copies do not', () => {
    for (const d of levels)
      for (const e of items(gen, d, 40, 43)) {
        const els = e.answer.slice(1, -1).split(', ');
        expect(scoreItem(gen, `\\boxed{\\{${[...els].reverse().join(', ')}\\}}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, `x = ${els.join(', x = ')}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${e.metadata.equation}}`, e), e.id).to.equal(0);
        if (els.length > 1) expect(scoreItem(gen, `\\boxed{\\{${els.slice(1).join(', ')}\\}}`, e), `${e.id} missing root`).to.equal(0);
        expect(scoreItem(gen, `\\boxed{\\{${[...els, '1000'].join(', ')}\\}}`, e), `${e.id} extra root`).to.equal(0);
        const unsimplified = els.map((x) => x.replace(/(\d+)\\sqrt\{(\d+)\}/, (_, k: string, s: string) => `\\sqrt{${Number(k) ** 2 * Number(s)}}`).replace(/^(-?)(\d+)$/, (_, sg: string, n: string) => `${sg}${2 * Number(n)}/2`));
        if (unsimplified.join() !== els.join()) expect(scoreItem(gen, `\\boxed{\\{${unsimplified.join(', ')}\\}}`, e), `${e.id}: ${unsimplified}`).to.equal(0);
      }
  });
});

sharedGeneratorChecks(gen, ['equation', 'coefficients']);
