/**
 * `derivatives`: d/dx of a function of x; the answer is an expression in x, scored by the verifier
 * (expression equivalence by numeric sampling).
 *
 * | difficulty | f(x)                                                                    |
 * |------------|-------------------------------------------------------------------------|
 * | 1          | polynomial of degree 2..3, integer coefficients −9..9                    |
 * | 2          | polynomial of degree 4..6, integer coefficients −12..12                  |
 * | 3          | low-degree polynomial plus 1..2 terms a·sin(bx), a·cos(bx), a·exp(bx), a·ln(x) |
 * | 4          | product p(x)·g(x), p of degree 1..2, g one of sin, cos, exp, ln          |
 * | 5          | chain rule a·g(q(x)), q quadratic, g one of sin, cos, exp, ln (q > 0)    |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { verifierVerdict } from './score.js';

const NAME = 'derivatives';
type Fn = 'sin' | 'cos' | 'exp' | 'ln';

/** Polynomial coefficients, index = power. */
export function formatPoly(coeffs: readonly number[]): string {
  const parts: string[] = [];
  for (let n = coeffs.length - 1; n >= 0; n--) {
    const c = coeffs[n] as number;
    if (c === 0) continue;
    const mag = Math.abs(c);
    const xs = n === 0 ? '' : n === 1 ? 'x' : `x^${n}`;
    const body = n === 0 ? String(mag) : mag === 1 ? xs : `${mag}${xs}`;
    parts.push(parts.length === 0 ? (c < 0 ? `-${body}` : body) : `${c < 0 ? '-' : '+'} ${body}`);
  }
  return parts.length === 0 ? '0' : parts.join(' ');
}

function polyDeriv(coeffs: readonly number[]): number[] {
  return coeffs.slice(1).map((c, i) => c * (i + 1));
}

function drawPoly(rng: Rng, degree: number, maxCoef: number): number[] {
  const coeffs = Array.from({ length: degree + 1 }, () => rng.integer(-maxCoef, maxCoef));
  while (coeffs[degree] === 0) coeffs[degree] = rng.integer(-maxCoef, maxCoef);
  return coeffs;
}

/** `a·g(arg)` with the coefficient written in front. */
function scaled(a: number, g: string): string {
  return a === 1 ? g : a === -1 ? `-${g}` : `${a}*${g}`;
}

function linArg(b: number): string {
  return b === 1 ? 'x' : `${b}x`;
}

function joinTerms(terms: readonly string[]): string {
  const ts = terms.filter((t) => t !== '0');
  if (ts.length === 0) return '0';
  return ts.map((t, i) => (i === 0 ? t : t.startsWith('-') ? `- ${t.slice(1)}` : `+ ${t}`)).join(' ');
}

interface Term {
  readonly fn: Fn;
  readonly a: number;
  readonly b: number;
}

function termText(t: Term): string {
  return t.fn === 'ln' ? scaled(t.a, 'ln(x)') : scaled(t.a, `${t.fn}(${linArg(t.b)})`);
}

function termDeriv(t: Term): string {
  switch (t.fn) {
    case 'sin':
      return scaled(t.a * t.b, `cos(${linArg(t.b)})`);
    case 'cos':
      return scaled(-t.a * t.b, `sin(${linArg(t.b)})`);
    case 'exp':
      return scaled(t.a * t.b, `exp(${linArg(t.b)})`);
    case 'ln':
      return t.a < 0 ? `-${-t.a}/x` : `${t.a}/x`;
  }
}

const G_DERIV: Record<Fn, (u: string) => string> = {
  sin: (u) => `cos(${u})`,
  cos: (u) => `-sin(${u})`,
  exp: (u) => `exp(${u})`,
  ln: (u) => `1/(${u})`,
};

function draw(rng: Rng, difficulty: number): { fx: string; answer: string; params: Record<string, unknown> } {
  switch (difficulty) {
    case 1:
    case 2: {
      // degree >= 2: the derivative of a x + b is a, a number copied from the question
      const coeffs = difficulty === 1 ? drawPoly(rng, rng.integer(2, 3), 9) : drawPoly(rng, rng.integer(4, 6), 12);
      return { fx: formatPoly(coeffs), answer: formatPoly(polyDeriv(coeffs)), params: { kind: 'polynomial', coeffs } };
    }
    case 3: {
      const poly = drawPoly(rng, rng.integer(1, 2), 6);
      const fns = rng.shuffle<Fn>(['sin', 'cos', 'exp', 'ln']).slice(0, rng.integer(1, 2));
      const terms: Term[] = fns.map((fn) => ({ fn, a: rng.choice([-1, 1]) * rng.integer(1, 6), b: fn === 'ln' ? 1 : rng.integer(1, 5) }));
      return {
        fx: joinTerms([formatPoly(poly), ...terms.map(termText)]),
        answer: joinTerms([formatPoly(polyDeriv(poly)), ...terms.map(termDeriv)]),
        params: { kind: 'sum', coeffs: poly, terms },
      };
    }
    case 4: {
      const poly = drawPoly(rng, rng.integer(1, 2), 9);
      const fn = rng.choice<Fn>(['sin', 'cos', 'exp', 'ln']);
      const p = formatPoly(poly);
      const dp = formatPoly(polyDeriv(poly));
      const g = `${fn}(x)`;
      const dg = fn === 'ln' ? '1/x' : G_DERIV[fn]('x');
      const dgPart = fn === 'ln' ? `+ (${p})/x` : dg.startsWith('-') ? `- (${p})*${dg.slice(1)}` : `+ (${p})*${dg}`;
      const first = /^-?\d+$/.test(dp) ? scaled(Number(dp), g) : `(${dp})*${g}`;
      return { fx: `(${p})*${g}`, answer: `${first} ${dgPart}`, params: { kind: 'product', coeffs: poly, fn } };
    }
    default: {
      const fn = rng.choice<Fn>(['sin', 'cos', 'exp', 'ln']);
      // ln needs q(x) > 0 everywhere: x^2 + c with c >= 1, scaled by a positive k
      const inner =
        fn === 'ln' ? [rng.integer(1, 9), 0, rng.integer(1, 4)] : [rng.integer(-5, 5), rng.integer(-5, 5), rng.choice([-1, 1]) * rng.integer(1, 4)];
      const a = rng.choice([-1, 1]) * rng.integer(1, 5);
      const q = formatPoly(inner);
      const dq = formatPoly(polyDeriv(inner));
      const d = G_DERIV[fn](q);
      const neg = d.startsWith('-') !== a < 0;
      const mag = Math.abs(a);
      const body = `${mag === 1 ? '' : `${mag}*`}(${dq})*${d.replace(/^-/, '')}`;
      return { fx: scaled(a, `${fn}(${q})`), answer: neg ? `-${body}` : body, params: { kind: 'chain', a, fn, inner } };
    }
  }
}

export const derivatives: TaskGenerator = {
  name: NAME,
  envName: 'Derivatives',
  description: 'Differentiate a function of x: polynomials, then sums with sin/cos/exp/ln, products and compositions.',
  levels: [
    'polynomial of degree 2-3, coefficients -9..9',
    'polynomial of degree 4-6, coefficients -12..12',
    'polynomial plus 1-2 terms a*sin(bx), a*cos(bx), a*exp(bx), a*ln(x)',
    'product rule: (polynomial of degree 1-2) * sin/cos/exp/ln(x)',
    'chain rule: a*g(q(x)) with q quadratic and g in sin, cos, exp, ln',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { fx, answer, params } = draw(rng, difficulty);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `Find the derivative of f(x) = ${fx} with respect to x. Give f'(x) as an expression in x.`,
      answer,
      source: NAME,
      metadata: { family: NAME, difficulty, index, function: fx, ...params },
    };
  },
  scoreAnswer: (answer, entry) => verifierVerdict(answer, entry),
};
