import { scoreItem } from '../../../datasets/generators/score.js';
import { expect } from 'chai';
import { items, sharedGeneratorChecks } from './shared.js';
import { limits as gen } from '../../../datasets/generators/limits.js';
import { parseAnswer } from '../../../lib/verify/index.js';
import { numeric } from '../../../lib/verify/equivalence/evaluate.js';

const levels = gen.levels.map((_, i) => i + 1);

/**
 * The limit estimated numerically from the expression in the TEXT: at a point, the symmetric mean
 * f(p ± h) with Richardson extrapolation in h^2; at infinity, f(1/t) extrapolated in t.
 */
function limitFromText(problem: string): number {
  const m = /^Evaluate the limit: \\lim_\{x \\to (.*?)\} (.*)\. Give the answer/.exec(problem)!;
  const expr = parseAnswer(m[2] as string);
  const f = (x: number): number => numeric(expr, new Map([['x', x]]), 0);
  if (m[1] === '\\infty') {
    const g = (t: number): number => f(1 / t);
    const t = 1e-5;
    return 2 * g(t / 2) - g(t);
  }
  const p = Number(m[1]);
  const sym = (h: number): number => (f(p + h) + f(p - h)) / 2;
  const h = 1e-3;
  return (4 * sym(h / 2) - sym(h)) / 3;
}

const value = (tex: string): number => numeric(parseAnswer(tex), new Map(), 0);

describe('generators: limits', function () {
  this.timeout(120_000);

  it('self-check: the limit estimated numerically from the TEXT equals the gold (200 items per level)', () => {
    for (const d of levels)
      for (const e of items(gen, d, 200, 81)) {
        const est = limitFromText(e.problem);
        const gold = value(e.answer);
        expect(Math.abs(est - gold), `${e.id}: ${e.problem} -> ${e.answer}, estimated ${est}`).to.be.below(1e-5 * Math.max(1, Math.abs(gold)));
      }
  });

  it('enforces the form: an integer or reduced fraction pays; the limit copied, unreduced or unevaluated quotients, decimals, hedges do not', () => {
    for (const d of levels)
      for (const e of items(gen, d, 50, 83)) {
        const expr = /\\lim_\{x \\to .*?\} (.*)\. Give/.exec(e.problem)![1] as string;
        expect(scoreItem(gen, `\\boxed{${e.answer}}`, e), e.id).to.equal(1);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{${expr}}`, e), e.id).to.equal(0);
        expect(scoreItem(gen, `\\boxed{\\lim_{x \\to 0} ${expr}}`, e), e.id).to.equal(0);
        const v = value(e.answer);
        const m = /^(-?)\\frac\{(\d+)\}\{(\d+)\}$/.exec(e.answer);
        if (m) {
          expect(scoreItem(gen, `\\boxed{${m[1]}\\frac{${2 * Number(m[2])}}{${2 * Number(m[3])}}}`, e), e.id).to.equal(0);
          expect(scoreItem(gen, `\\boxed{${v.toFixed(8)}}`, e), e.id).to.equal(0);
        }
        expect(scoreItem(gen, `\\boxed{${e.answer}} or \\boxed{${v + 1}}`, e), e.id).to.equal(0);
      }
  });
});

sharedGeneratorChecks(gen, ['point', 'expression']);
