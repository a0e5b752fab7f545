/**
 * Issue 15 regression tests for the generator families: answers that do no mathematics (the question
 * copied, an unevaluated expression, the content left inside a factor, a spurious common factor) earn
 * 0; honest alternative forms still earn 1; levels draw independent problems; classification labels
 * are balanced.
 */
import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import Fraction from 'fraction.js';
import { GENERATORS } from '../../../datasets/generators/index.js';
import { goldShownInQuestion } from '../../../lib/verify/question-copy.js';
import { itemRng, type TaskGenerator } from '../../../datasets/generators/generator.js';
import { arithmetic } from '../../../datasets/generators/arithmetic.js';
import { counting } from '../../../datasets/generators/counting.js';
import { derivatives } from '../../../datasets/generators/derivatives.js';
import { integrals } from '../../../datasets/generators/integrals.js';
import { linearEquations, type LinearSide } from '../../../datasets/generators/linear-equations.js';
import { linearSystems } from '../../../datasets/generators/linear-systems.js';
import { numberTheory } from '../../../datasets/generators/number-theory.js';
import { polynomialExpand } from '../../../datasets/generators/polynomial-expand.js';
import { polynomialFactor, type LinearFactor } from '../../../datasets/generators/polynomial-factor.js';
import { propositionalLogic } from '../../../datasets/generators/propositional-logic.js';
import { quadratics } from '../../../datasets/generators/quadratics.js';
import { rationalSimplify } from '../../../datasets/generators/rational-simplify.js';
import { sequences } from '../../../datasets/generators/sequences.js';
import { ArithmeticEnv, scoreAnswer as arithmeticEnvScore } from '../../../environments/arithmetic/env.js';
import { ProceduralEnv } from '../../../environments/procedural/env.js';
import { items } from './shared.js';

/** Mean reward of `exploit` over items 0..n-1 of every level (items where it returns undefined are skipped). */
function exploitRate(gen: TaskGenerator, exploit: (r: ReturnType<typeof items>[number]) => string | undefined, n = 60): { hits: number; tried: number } {
  let hits = 0;
  let tried = 0;
  for (let d = 1; d <= gen.levels.length; d++) {
    for (const r of items(gen, d, n, 4242)) {
      const a = exploit(r);
      if (a === undefined) continue;
      tried++;
      hits += scoreItem(gen, a, r);
    }
  }
  return { hits, tried };
}

function expectNoReward(gen: TaskGenerator, name: string, exploit: (r: ReturnType<typeof items>[number]) => string | undefined, n = 60): void {
  const { hits, tried } = exploitRate(gen, exploit, n);
  expect(tried, `${name}: applicable items`).to.be.above(0);
  expect(hits, `${name}: rewarded ${hits}/${tried}`).to.equal(0);
}

const questionExpression = (problem: string, prefix: string): string => (problem.split('\n')[0] as string).slice(prefix.length).trim();

describe('reward integrity: polynomial_expand', () => {
  const q = (r: { problem: string }) => questionExpression(r.problem, 'Expand and simplify:');
  it('the question copied with {} / \\left( \\right) / [] for () scores 0', () => {
    expectNoReward(polynomialExpand, 'braces', (r) => q(r).replaceAll('(', '{').replaceAll(')', '}'));
    expectNoReward(polynomialExpand, 'left-right', (r) => q(r).replaceAll('(', '\\left(').replaceAll(')', '\\right)'));
    expectNoReward(polynomialExpand, 'brackets', (r) => q(r).replaceAll('(', '[').replaceAll(')', ']'));
  });
  it('gold + x - x, repeated powers, zero terms and products score 0', () => {
    expectNoReward(polynomialExpand, 'gold + x - x', (r) => `${r.answer} + x - x`);
    expectNoReward(polynomialExpand, 'zero term', (r) => `${r.answer} + 0x^7`);
    expectNoReward(polynomialExpand, 'x*x', (r) => (/x\^2(?!\d)/.test(r.answer) ? r.answer.replace(/x\^2(?!\d)/, 'x \\cdot x') : undefined));
    expectNoReward(polynomialExpand, '1*', (r) => `1(${r.answer})`);
  });
  it('honest alternative forms score 1: terms in any order, explicit *, ascending powers', () => {
    for (let d = 1; d <= 4; d++) {
      for (const r of items(polynomialExpand, d, 40, 3)) {
        const c = r.metadata.coefficients as number[];
        const terms = c.map((k, i) => [k, i] as const).filter(([k]) => k !== 0);
        const text = (order: (readonly [number, number])[], star: boolean) =>
          order.map(([k, i], j) => `${k < 0 ? '-' : j > 0 ? '+' : ''}${Math.abs(k)}${i === 0 ? '' : `${star ? '*' : ''}x^${i}`}`).join(' ');
        expect(scoreItem(polynomialExpand, text(terms, false), r), text(terms, false)).to.equal(1);
        expect(scoreItem(polynomialExpand, text([...terms].reverse(), true), r)).to.equal(1);
        expect(scoreItem(polynomialExpand, `\\boxed{${r.answer}}`, r)).to.equal(1);
      }
    }
  });
});

describe('reward integrity: polynomial_factor', () => {
  it('the content left inside a factor scores 0 (e.g. (-3x + 15)(x - 5))', () => {
    expectNoReward(polynomialFactor, 'content inside', (r) => {
      const m = r.metadata as { content: number; factors: LinearFactor[] };
      if (Math.abs(m.content) === 1) return undefined;
      const [f, ...rest] = m.factors as [LinearFactor, ...LinearFactor[]];
      const lin = (p: number, q: number) => `(${p}x ${q < 0 ? '-' : '+'} ${Math.abs(q)})`;
      const first = lin(m.content * f.p, m.content * f.q) + (f.mult > 1 ? lin(f.p, f.q).repeat(f.mult - 1) : '');
      return first + rest.map((g) => lin(g.p, g.q).repeat(g.mult)).join('');
    });
  });
  it('a factor with a negative leading coefficient and a non-primitive factor score 0', () => {
    expectNoReward(polynomialFactor, 'negated factors', (r) => {
      const m = r.metadata as { content: number; factors: LinearFactor[] };
      const odd = m.factors.filter((f) => f.mult % 2 === 1);
      if (odd.length === 0 || m.factors.some((f) => f.q === 0)) return undefined;
      // flip the sign of one odd-multiplicity factor and of the content
      const flip = odd[0] as LinearFactor;
      const text = m.factors.map((f) => (f === flip ? `(${-f.q} - ${f.p}x)` : `(${f.p}x + ${f.q})`) + (f.mult > 1 ? `^${f.mult}` : '')).join('');
      return `${-m.content}${text}`;
    });
  });
  it('honest forms score 1: factors in any order, multiplicities written out, constant anywhere', () => {
    for (let d = 1; d <= 4; d++) {
      for (const r of items(polynomialFactor, d, 40, 8)) {
        const m = r.metadata as { content: number; factors: LinearFactor[] };
        const lin = (f: LinearFactor) => (f.q === 0 ? 'x' : `(${f.q} + ${f.p}x)`);
        const spelled = [...m.factors].reverse().flatMap((f) => Array.from({ length: f.mult }, () => lin(f))).join(' \\cdot ');
        const a = `${spelled} \\cdot ${m.content}`;
        expect(scoreItem(polynomialFactor, a, r), `${a} for ${r.answer}`).to.equal(1);
      }
    }
  });
});

describe('reward integrity: rational_simplify', () => {
  it('the unsimplified question copied scores 0 at every level', () => {
    expectNoReward(rationalSimplify, 'copy', (r) => String(r.metadata.expression), 100);
    expectNoReward(rationalSimplify, 'copy with braces', (r) => `\\frac{${String(r.metadata.expression).replace(/^\((.*)\)\/\((.*)\)$/, '$1}{$2')}}`, 100);
  });
  it('a spurious common factor (x + 100)/(x + 100) scores 0', () => {
    expectNoReward(rationalSimplify, 'spurious', (r) => `\\frac{x + 100}{x + 100} \\cdot ${r.answer}`);
    expectNoReward(rationalSimplify, 'spurious inside', (r) => {
      const m = /^(-?)\\frac\{(.*)\}\{(.*)\}$/.exec(r.answer);
      return m ? `${m[1]}\\frac{(x + 100)(${m[2]})}{(x + 100)(${m[3]})}` : `\\frac{(x + 100)(${r.answer})}{x + 100}`;
    });
  });
  it('honest forms score 1: expanded numerator and denominator, the sign inside, a/b notation', () => {
    for (let d = 1; d <= 4; d++) {
      for (const r of items(rationalSimplify, d, 40, 21)) {
        const m = /^(-?)\\frac\{(.*)\}\{(.*)\}$/.exec(r.answer);
        if (!m) continue;
        expect(scoreItem(rationalSimplify, `(${m[1]}(${m[2]}))/(${m[3]})`, r)).to.equal(1);
        expect(scoreItem(rationalSimplify, `\\frac{${m[1] === '-' ? `-(${m[2]})` : m[2]}}{${m[3]}}`, r)).to.equal(1);
      }
    }
  });
});

describe('reward integrity: computation families want a literal number', () => {
  it('counting: \\binom{n}{k} and n!/(k!(n-k)!) score 0, the number 1', () => {
    expectNoReward(counting, 'binom', (r) => (r.metadata.task === 'choose' ? `\\binom{${r.metadata.n}}{${r.metadata.k}}` : undefined));
    expectNoReward(counting, 'factorials', (r) => {
      const { n, k } = r.metadata as { n: number; k: number };
      return r.metadata.task === 'choose' ? `\\frac{${n}!}{${k}!(${n - k})!}` : r.metadata.task === 'permute' ? `${n}!/${n - k}!` : undefined;
    });
    expectNoReward(counting, 'power', (r) => (r.metadata.task === 'strings' ? `${r.metadata.k}^${r.metadata.n}` : undefined));
    expectNoReward(counting, 'a+0', (r) => `${r.answer} + 0`);
    for (const r of items(counting, 2, 30, 1)) expect(scoreItem(counting, `The answer is \\boxed{${r.answer}}.`, r)).to.equal(1);
  });
  it('sequences: a*r^(n-1) unevaluated scores 0; an unreduced fraction scores 0', () => {
    expectNoReward(sequences, 'a r^(n-1)', (r) => (r.metadata.kind === 'geometric' ? `${r.metadata.a} \\cdot (${r.metadata.r})^{${Number(r.metadata.n) - 1}}` : undefined));
    expectNoReward(sequences, 'a + (n-1)d', (r) => (r.metadata.kind === 'arithmetic' ? `${r.metadata.a} + ${Number(r.metadata.n) - 1} \\cdot ${r.metadata.d}` : undefined));
    expectNoReward(sequences, 'unreduced', (r) => (r.answer.includes('/') ? r.answer.replace(/^(-?\d+)\/(\d+)$/, (_, a: string, b: string) => `${2 * Number(a)}/${2 * Number(b)}`) : undefined));
  });
  it('linear_equations: x = (17-8)/(-9+12) unevaluated scores 0; reduced forms score 1', () => {
    const coeffs = (s: LinearSide) => [new Fraction(s.k, s.den).mul(s.a), new Fraction(s.k, s.den).mul(s.b).add(s.c)] as const;
    expectNoReward(linearEquations, 'unevaluated', (r) => {
      const [la, lb] = coeffs(r.metadata.left as LinearSide);
      const [ra, rb] = coeffs(r.metadata.right as LinearSide);
      return `x = (${rb.toFraction()} - (${lb.toFraction()}))/(${la.toFraction()} - (${ra.toFraction()}))`;
    });
    expectNoReward(linearEquations, 'unreduced', (r) => {
      const x = new Fraction(String(r.metadata.solution));
      return `x = ${(2n * x.n * x.s).toString()}/${(2n * x.d).toString()}`;
    });
    for (let d = 1; d <= 5; d++) {
      for (const r of items(linearEquations, d, 30, 2)) {
        const x = new Fraction(String(r.metadata.solution));
        const tex = x.d === 1n ? x.toFraction() : `\\frac{${(x.n * x.s).toString()}}{${x.d}}`;
        for (const a of [`x = ${x.toFraction()}`, x.toFraction(), `$x = ${tex}$`, `\\boxed{x=${tex}}`]) expect(scoreItem(linearEquations, a, r), a).to.equal(1);
      }
    }
  });
  it('linear_systems: an unevaluated pair scores 0', () => {
    expectNoReward(linearSystems, 'unevaluated', (r) => `(${r.metadata.x} + 0, ${r.metadata.y} \\cdot 1)`);
    for (const r of items(linearSystems, 3, 30, 2)) expect(scoreItem(linearSystems, `x = ${r.metadata.x}, y = ${r.metadata.y}`, r)).to.equal(1);
  });
  it('number_theory: an unevaluated expression scores 0', () => {
    expectNoReward(numberTheory, 'sum', (r) => `${Number(r.answer) - 1} + 1`);
  });
  it('quadratics: roots written as an unevaluated quadratic formula score 0', () => {
    expectNoReward(quadratics, 'formula', (r) => {
      const { a, b, c } = r.metadata as { a: number; b: number; c: number };
      if (b * b - 4 * a * c === 0) return undefined;
      return `\\{\\frac{-(${b}) + \\sqrt{${b * b - 4 * a * c}}}{2 \\cdot ${a}}, \\frac{-(${b}) - \\sqrt{${b * b - 4 * a * c}}}{2 \\cdot ${a}}\\}`;
    });
    expectNoReward(quadratics, 'unsimplified surd', (r) => (r.answer.includes('\\sqrt') ? r.answer.replace(/\\sqrt\{(\d+)\}/g, (_, s: string) => `\\sqrt{${4 * Number(s)}}/2`) : undefined));
  });
});

describe('reward integrity: the examples of datasets/README.md', () => {
  const cases: [TaskGenerator, string, [string, number][]][] = [
    [linearEquations, 'x = -\\frac{3}{4}', [['x = -3/4', 1], ['x = \\frac{-3}{4}', 1], ['-3/4', 1], ['x = (17-8)/(-9+12) - 3/4 - 3', 0], ['x = 6/-8', 0], ['x = -0.75', 0]]],
    [linearSystems, '(\\frac{1}{2}, -3)', [['(1/2, -3)', 1], ['x = 1/2, y = -3', 1], ['(2/4, -3)', 0], ['(-3, 1/2)', 0]]],
    [quadratics, '{1 + \\sqrt{3}, 1 - \\sqrt{3}}', [['1 \\pm \\sqrt{3}', 1], ['{1 - sqrt(3), 1 + sqrt(3)}', 1], ['x = 1 + \\sqrt{3}, x = 1 - \\sqrt{3}', 1], ['{1 + \\sqrt{12}/2, 1 - \\sqrt{12}/2}', 0], ['{\\frac{2 + \\sqrt{12}}{2}, \\frac{2 - \\sqrt{12}}{2}}', 0]]],
    [quadratics, '{\\frac{-3 + \\sqrt{17}}{4}, \\frac{-3 - \\sqrt{17}}{4}}', [['{\\frac{-3 - \\sqrt{17}}{4}, \\frac{-3 + \\sqrt{17}}{4}}', 1], ['{-\\frac{3}{4} + \\frac{\\sqrt{17}}{4}, -\\frac{3}{4} - \\frac{\\sqrt{17}}{4}}', 1], ['{\\frac{-6 + 2\\sqrt{17}}{8}, \\frac{-6 - 2\\sqrt{17}}{8}}', 0]]],
    [quadratics, '{4}', [['x = 4', 1], ['{4, 4}', 0], ['{8/2}', 0]]],
    [polynomialExpand, '-x^2 + 3x', [['3x - x^2', 1], ['3*x^1 - x^2', 1], ['-1x^2+3x', 1], ['x(3 - x)', 0], ['3x - x \\cdot x', 0], ['-x^2 + 3x + 0x^3', 0], ['-2x^2 + x^2 + 3x', 0]]],
    [polynomialFactor, '2(x - 3)(2x + 1)^2', [['(2x + 1)(x - 3)(2x + 1) \\cdot 2', 1], ['2(2x+1)^2(x-3)', 1], ['(4x + 2)(x - 3)(2x + 1)', 0], ['-2(3 - x)(2x + 1)^2', 0], ['2(x - 3)(4x^2 + 4x + 1)', 0]]],
    [polynomialFactor, '-(x - 4)(3x + 2)', [['-(3x + 2)(x - 4)', 1], ['(4 - x)(3x + 2)', 0], ['-1(x - 4)(3x + 2)', 1]]],
    [rationalSimplify, '-\\frac{2(3x - 1)}{x + 4}', [['\\frac{-2(3x - 1)}{x + 4}', 1], ['(2 - 6x)/(x + 4)', 1], ['\\frac{-6x + 2}{x + 4}', 1], ['\\frac{(x + 100)(2 - 6x)}{(x + 100)(x + 4)}', 0], ['-6 + \\frac{26}{x + 4}', 0]]],
    [counting, '126', [['\\boxed{126}', 1], ['\\binom{9}{4}', 0], ['9!/(4!5!)', 0], ['125 + 1', 0], ['126.0', 0]]],
    [sequences, '-6561/8', [['\\frac{-6561}{8}', 1], ['-\\frac{6561}{8}', 1], ['-13122/16', 0], ['-3^8/8', 0]]],
  ];
  for (const [gen, gold, answers] of cases) {
    it(`${gen.name}: gold ${gold}`, () => {
      const entry = { ...(items(gen, 1, 1)[0] as ReturnType<typeof items>[number]), answer: gold };
      expect(scoreItem(gen, gold, entry), gold).to.equal(1);
      for (const [a, want] of answers) expect(scoreItem(gen, a, entry), a).to.equal(want);
    });
  }
});

describe('reward integrity: bounded work on adversarial forms', () => {
  it('huge exponents and degrees are refused (score 0), not computed', () => {
    const frac = { ...(items(rationalSimplify, 2, 1)[0] as ReturnType<typeof items>[number]), answer: '\\frac{x + 2}{x - 5}' };
    expect(scoreItem(rationalSimplify, '\\frac{(x + 2) \\cdot 2^{999999}}{(x - 5) \\cdot 2^{999999}}', frac)).to.equal(0);
    expect(scoreItem(rationalSimplify, '\\frac{(x + 2)^{40}}{(x - 5)(x + 2)^{39}}', frac)).to.equal(0);
    const poly = { ...(items(polynomialExpand, 1, 1)[0] as ReturnType<typeof items>[number]), answer: 'x^2 + 2x + 1' };
    expect(scoreItem(polynomialExpand, 'x^2 + 2x + 1 + x^{999999} - x^{999999}', poly)).to.equal(0);
  });
});

describe('reward integrity: one scorer for Arithmetic-v0 and the arithmetic family', () => {
  const cases = (gold: string): [string, number][] => {
    const v = new Fraction(gold);
    const tex = v.d === 1n ? gold : `\\frac{${(v.n * v.s).toString()}}{${v.d}}`;
    return [
      [gold, 1],
      [`\\boxed{${gold}}`, 1],
      [`The answer is $${tex}$.`, 1],
      [`${tex}`, 1],
      [`${(v.n * v.s * 2n).toString()}/${(v.d * 2n).toString()}`, 0],
      [`${v.add(1).toFraction()}`, 0],
    ];
  };
  it('the env and the family give the same reward, and reject unreduced fractions', async () => {
    for (const d of [1, 3, 5]) {
      const env = new ArithmeticEnv({ difficulty: d });
      for (let seed = 0; seed < 15; seed++) {
        const { observation } = await env.reset({ seed });
        const r = items(arithmetic, d, 1)[0];
        const { info } = await env.step('0');
        const gold = String(info.gold);
        const entry = { ...(r as NonNullable<typeof r>), answer: gold, problem: observation, metadata: { ...(r as NonNullable<typeof r>).metadata, difficulty: d } };
        for (const [a, want] of cases(gold)) {
          expect(scoreItem(arithmetic, a, entry), `family ${a} (gold ${gold})`).to.equal(want);
          expect(arithmeticEnvScore(a, gold, d).reward, `env ${a} (gold ${gold})`).to.equal(want);
        }
      }
    }
  });
  it('a decimal is accepted only where the prompt asks for it (difficulty 4)', () => {
    expect(arithmeticEnvScore('0.5', '1/2', 4).reward).to.equal(1);
    expect(arithmeticEnvScore('0.5', '1/2', 5).reward).to.equal(0);
    expect(arithmeticEnvScore('56', '56', 1).reward).to.equal(1);
  });
});

describe('reward integrity: no item shows its gold in the question (a format example equal to the answer is redrawn)', () => {
  it('goldShownInQuestion catches an example equal to the gold, and leaves numbers and other expressions alone', () => {
    const q = 'Given that \\cos\\theta = -\\frac{1}{5}, find \\sin\\theta (e.g. -\\frac{2\\sqrt{6}}{5}).';
    expect(goldShownInQuestion(q, '-\\frac{2\\sqrt{6}}{5}')).to.equal(true);
    expect(goldShownInQuestion(q, '-\\frac{\\sqrt{6}}{5}')).to.equal(false);
    expect(goldShownInQuestion(q, '5')).to.equal(false);
  });
  for (const gen of GENERATORS) {
    it(`${gen.name}: 100 items per level`, () => {
      for (let d = 1; d <= gen.levels.length; d++)
        for (let i = 0; i < 100; i++) {
          const r = gen.generate(itemRng(7, i, d), d, i);
          expect(goldShownInQuestion(r.problem, r.answer), `${r.id}: ${r.answer} in ${r.problem}`).to.equal(false);
        }
    });
  }
});

describe('reward integrity: gold answers still score 1 under the form checks', () => {
  for (const gen of GENERATORS) {
    it(`${gen.name}: the gold and the boxed gold score 1 at every level over 20 seeds`, () => {
      for (let d = 1; d <= gen.levels.length; d++) {
        for (let seed = 100; seed < 120; seed++) {
          for (let i = 0; i < 5; i++) {
            const r = gen.generate(itemRng(seed, i, d), d, i);
            expect(scoreItem(gen, r.answer, r), `${r.id} seed ${seed}: ${r.answer}`).to.equal(1);
            if (i === 0) expect(scoreItem(gen, `So the answer is $\\boxed{${r.answer}}$.`, r), `${r.id} boxed: ${r.answer}`).to.equal(1);
          }
        }
      }
    });
  }
});

describe('reward integrity: levels draw independent problems', () => {
  for (const gen of GENERATORS) {
    it(`${gen.name}: the same (seed, index) at different difficulties gives unrelated golds`, () => {
      const n = 300;
      for (let d = 1; d < gen.levels.length; d++) {
        let same = 0;
        for (let i = 0; i < n; i++) if (gen.generate(itemRng(11, i, d), d, i).answer === gen.generate(itemRng(11, i, d + 1), d + 1, i).answer) same++;
        // two independent draws agree by chance at most as often as the most frequent gold (1/3 for 3 labels)
        expect(same / n, `d${d} vs d${d + 1}`).to.be.below(gen.name === 'propositional_logic' ? 0.45 : 0.15);
      }
    });
  }
  it('ProceduralEnv: one seed at two difficulties gives different problems', async () => {
    const gen = linearEquations;
    let same = 0;
    for (let seed = 0; seed < 40; seed++) {
      const ea = new ProceduralEnv(gen, { difficulty: 1 });
      await ea.reset({ seed });
      const eb = new ProceduralEnv(gen, { difficulty: 2 });
      await eb.reset({ seed });
      const [ga, gb] = [(await ea.step('')).info.gold, (await eb.step('')).info.gold];
      if (ga === gb) same++;
    }
    expect(same, 'episodes with the same gold').to.be.below(8);
  });
});

describe('reward integrity: no constant answer pays', () => {
  for (const gen of GENERATORS.filter((g) => g.name !== 'propositional_logic')) {
    it(`${gen.name}: the most frequent gold is at most 12% of the items at every level (1000 items)`, () => {
      for (let d = 1; d <= gen.levels.length; d++) {
        const count = new Map<string, number>();
        for (let i = 0; i < 1000; i++) {
          const a = gen.generate(itemRng(5, i, d), d, i).answer;
          count.set(a, (count.get(a) ?? 0) + 1);
        }
        const [gold, n] = [...count.entries()].sort((x, y) => y[1] - x[1])[0] as [string, number];
        expect(n / 1000, `d${d}: ${gold}`).to.be.at.most(0.12);
      }
    });
  }
  // arithmetic is left out: its difficulty 1 is the `npm start` task (7 × 1, 5 + 0 stay in its distribution)
  for (const gen of GENERATORS.filter((g) => g.name !== 'arithmetic')) {
    it(`${gen.name}: copying the first or the last number of the question earns at most 6% at every level`, () => {
      for (let d = 1; d <= gen.levels.length; d++) {
        let first = 0;
        let last = 0;
        const n = 300;
        for (let i = 0; i < n; i++) {
          const r = gen.generate(itemRng(9, i, d), d, i);
          const nums = (r.problem.match(/-?\d+(?:\/\d+)?/g) ?? []) as string[];
          if (nums.length === 0) continue;
          first += scoreItem(gen, nums[0] as string, r);
          last += scoreItem(gen, nums[nums.length - 1] as string, r);
        }
        expect(first / n, `d${d} first number`).to.be.at.most(0.06);
        expect(last / n, `d${d} last number`).to.be.at.most(0.06);
      }
    });
  }
  it('derivatives and integrals: the operator written out (d/dx, \\int, a limit) scores 0', () => {
    expectNoReward(derivatives, 'd/dx', (r) => `\\frac{d}{dx}\\left(${String(r.metadata.function)}\\right)`, 20);
    expectNoReward(derivatives, "f'", (r) => `(${String(r.metadata.function)})'`, 20);
    expectNoReward(integrals, 'int', (r) => `\\int ${String(r.metadata.integrand)} \\, dx`, 20);
  });
});

describe('reward integrity: label-balanced classification', () => {
  it('propositional_logic: each verdict is about 1/3 of the items at every level (3000 items)', () => {
    for (let d = 1; d <= propositionalLogic.levels.length; d++) {
      const count = new Map<string, number>();
      for (let i = 0; i < 3000; i++) {
        const r = propositionalLogic.generate(itemRng(77, i, d), d, i);
        count.set(r.answer, (count.get(r.answer) ?? 0) + 1);
      }
      for (const label of ['tautology', 'contradiction', 'contingent']) expect((count.get(label) ?? 0) / 3000, `d${d} ${label}`).to.be.within(1 / 3 - 0.03, 1 / 3 + 0.03);
    }
  });
  it('propositional_logic: a constant answer earns chance (1/3 ± 3 sigma) in the env', async () => {
    const env = new ProceduralEnv(propositionalLogic, { difficulty: 2 });
    const n = 900;
    for (const label of ['contingent', 'tautology', 'contradiction']) {
      let total = 0;
      for (let s = 0; s < n; s++) {
        await env.reset({ seed: s });
        total += (await env.step(label)).reward;
      }
      const sigma = Math.sqrt((1 / 3) * (2 / 3) / n);
      expect(total / n, label).to.be.within(1 / 3 - 3 * sigma, 1 / 3 + 3 * sigma);
    }
  });
});
