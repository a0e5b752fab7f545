import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { Rng } from '../../../lib/core/rng.js';
import { generateProblem, validateConfig, type ArithmeticProblem, type Difficulty } from '../../../datasets/generators/arithmetic-problems.js';

// ---- an independent exact evaluator: recursive descent over BigInt rationals ----------------
// Shares no code with the generator (no fraction.js), so it checks the gold answers.

type Q = readonly [bigint, bigint]; // numerator, denominator > 0, reduced

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));
function q(n: bigint, d: bigint): Q {
  if (d === 0n) throw new Error('division by zero');
  const g = gcd(n, d) || 1n;
  const s = d < 0n ? -1n : 1n;
  return [(s * n) / g, (s * d) / g];
}
const show = ([n, d]: Q): string => (d === 1n ? `${n}` : `${n}/${d}`);

/** Evaluates `expr` with + - * / ( ) and unary minus; `onDivide` sees every quotient. */
function evaluate(expr: string, onDivide: (result: Q) => void = () => {}): Q {
  const tokens = expr.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  expect(tokens.join(''), 'tokenizer dropped characters').to.equal(expr.replace(/\s+/g, ''));
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const next = (): string => tokens[i++] as string;
  const expression = (): Q => {
    let acc = term();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const [a, b] = [acc, term()];
      acc = op === '+' ? q(a[0] * b[1] + b[0] * a[1], a[1] * b[1]) : q(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
    }
    return acc;
  };
  const term = (): Q => {
    let acc = factor();
    while (peek() === '*' || peek() === '/') {
      const op = next();
      const [a, b] = [acc, factor()];
      acc = op === '*' ? q(a[0] * b[0], a[1] * b[1]) : q(a[0] * b[1], a[1] * b[0]);
      if (op === '/') onDivide(acc);
    }
    return acc;
  };
  const factor = (): Q => {
    const t = next();
    if (t === '-') {
      const [n, d] = factor();
      return [-n, d];
    }
    if (t === '(') {
      const v = expression();
      expect(next()).to.equal(')');
      return v;
    }
    expect(t, `unexpected token at ${i - 1} in ${expr}`).to.match(/^\d/);
    const [whole, frac = ''] = t.split('.');
    return q(BigInt(whole + frac), 10n ** BigInt(frac.length));
  };
  const v = expression();
  expect(i, `trailing tokens in ${expr}`).to.equal(tokens.length);
  return v;
}

/** The question's expression, with × ÷ − turned back into ASCII. */
function questionExpression(p: ArithmeticProblem): string {
  const m = /^Compute (.+)\. Give the exact answer/.exec(p.question);
  expect(m, p.question).to.not.equal(null);
  return (m as RegExpExecArray)[1].replace(/×/g, '*').replace(/÷/g, '/').replace(/−/g, '-');
}

const DIFFICULTIES: Difficulty[] = [1, 2, 3, 4, 5];

describe('generateProblem', () => {
  it('should be deterministic: the same seed gives the same problems', () => {
    for (const difficulty of DIFFICULTIES) {
      const draw = (seed: number): ArithmeticProblem[] => {
        const rng = Rng.fromSeed(seed);
        return Array.from({ length: 20 }, () => generateProblem(rng, { difficulty }));
      };
      expect(draw(123)).to.deep.equal(draw(123));
      expect(draw(123)).to.not.deep.equal(draw(124));
    }
  });

  for (const difficulty of DIFFICULTIES) {
    it(`should give gold answers that an independent evaluator reproduces (difficulty ${difficulty}, 200 seeds)`, () => {
      for (let seed = 0; seed < 200; seed++) {
        const p = generateProblem(Rng.fromSeed(seed), { difficulty });
        const quotients: Q[] = [];
        const value = evaluate(p.expression, (r) => quotients.push(r));
        expect(show(value), `${p.expression} (seed ${seed})`).to.equal(p.answer);
        expect(show(evaluate(questionExpression(p))), p.question).to.equal(p.answer);
        expect(p.metadata.difficulty).to.equal(difficulty);
        expect(p.metadata.operators.length).to.equal(p.metadata.operands.length - 1);

        const isInteger = value[1] === 1n;
        const ops = p.metadata.operators;
        if (difficulty === 1) {
          expect(ops).to.have.length(1);
          expect(ops[0]).to.be.oneOf(['+', '-', '*']);
          expect(value[0] >= 0n).to.equal(true);
          expect(p.expression).to.not.include('(');
        }
        if (difficulty === 2) {
          expect(ops.length).to.be.within(2, 3);
          expect(ops).to.not.include('/');
          // no grouping parentheses, only around negative literals
          expect(p.expression.replace(/\(-\d+\)/g, '')).to.not.match(/[()]/);
        }
        if (difficulty <= 3) expect(isInteger, p.expression).to.equal(true);
        if (difficulty === 3) {
          expect(ops).to.include('/');
          for (const r of quotients) expect(r[1], `inexact ÷ in ${p.expression}`).to.equal(1n);
        }
        if (difficulty === 4) {
          expect(ops).to.not.include('/');
          expect(p.metadata.operands.some((o) => /\.\d{1,2}$/.test(o))).to.equal(true);
        }
        if (difficulty === 5) {
          expect(isInteger, p.expression).to.equal(false);
          expect(p.metadata.operands.some((o) => o.includes('/'))).to.equal(true);
          expect(p.expression, 'nested parentheses').to.match(/\([^)]*\(/);
        }
      }
    });
  }

  it('should write the question with × ÷ and U+2212 minus, and the expression in ASCII', () => {
    const rng = Rng.fromSeed(5);
    for (let i = 0; i < 100; i++) {
      const p = generateProblem(rng, { difficulty: 5 });
      expect(p.expression).to.match(/^[-+*/() \d]+$/);
      expect(p.question).to.not.match(/[*-]/);
    }
  });

  it('should default to difficulty 1', () => {
    expect(generateProblem(Rng.fromSeed(1)).metadata.difficulty).to.equal(1);
  });
});

describe('validateConfig', () => {
  it('should accept difficulties 1..5 and default to 1', () => {
    for (const difficulty of DIFFICULTIES) expect(validateConfig({ difficulty })).to.deep.equal({ difficulty });
    expect(validateConfig({})).to.deep.equal({ difficulty: 1 });
    expect(validateConfig(undefined)).to.deep.equal({ difficulty: 1 });
  });

  for (const bad of [0, 6, -1, 2.5, NaN, Infinity, '3', null]) {
    it(`should throw ConfigError for difficulty ${typeof bad === 'string' ? JSON.stringify(bad) : String(bad)}`, () => {
      expect(() => validateConfig({ difficulty: bad })).to.throw(ConfigError, /integer from 1 to 5, got /);
    });
  }

  it('should throw ConfigError for unknown keys and non-objects', () => {
    expect(() => validateConfig({ difficulty: 2, dificulty: 3 })).to.throw(ConfigError, /"dificulty"/);
    expect(() => validateConfig(3)).to.throw(ConfigError, /must be an object/);
    expect(() => generateProblem(Rng.fromSeed(1), { difficulty: 9 as Difficulty })).to.throw(ConfigError);
  });
});
