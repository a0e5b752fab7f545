/**
 * `integrals`: indefinite integrals. Any antiderivative is accepted (with or without "+ C"): the
 * answer is differentiated back numerically (central differences at seeded points) and compared
 * with the integrand.
 *
 * | difficulty | integrand                                                          |
 * |------------|--------------------------------------------------------------------|
 * | 1          | polynomial of degree 0..2, integer coefficients −9..9               |
 * | 2          | polynomial of degree 3..5, integer coefficients −12..12 (rational antiderivative coefficients) |
 * | 3          | a·sin(bx), a·cos(bx) or a·exp(bx) plus a constant (−30..30)        |
 * | 4          | polynomial of degree 1..3 plus two of a·sin(bx), a·cos(bx), a·exp(bx) |
 */
import Fraction from 'fraction.js';
import { Rng } from '../../lib/core/rng.js';
import { parseAnswer } from '../../lib/verify/parse/parser.js';
import { numeric } from '../../lib/verify/equivalence/evaluate.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';

const NAME = 'integrals';
type Fn = 'sin' | 'cos' | 'exp';

interface Term {
  readonly fn: Fn;
  readonly a: number;
  readonly b: number;
}

const xPow = (n: number): string => (n === 0 ? '' : n === 1 ? 'x' : `x^${n}`);

/** `c·body` for a rational c, body possibly empty (a constant term). Leading '-' for negatives. */
function ratTerm(c: Fraction, body: string): string {
  const num = c.abs().n;
  const den = c.d;
  const sign = c.s < 0n ? '-' : '';
  const head = body === '' ? String(num) : num === 1n ? body : `${num}${body.startsWith('x') ? '' : '*'}${body}`;
  return `${sign}${head}${den === 1n ? '' : `/${den}`}`;
}

function joinTerms(terms: readonly string[]): string {
  const ts = terms.filter((t) => t !== '');
  if (ts.length === 0) return '0';
  return ts.map((t, i) => (i === 0 ? t : t.startsWith('-') ? `- ${t.slice(1)}` : `+ ${t}`)).join(' ');
}

function polyTerms(coeffs: readonly number[]): string[] {
  const out: string[] = [];
  for (let n = coeffs.length - 1; n >= 0; n--) if (coeffs[n] !== 0) out.push(ratTerm(new Fraction(coeffs[n] as number), xPow(n)));
  return out;
}

function polyAnti(coeffs: readonly number[]): string[] {
  const out: string[] = [];
  for (let n = coeffs.length - 1; n >= 0; n--) if (coeffs[n] !== 0) out.push(ratTerm(new Fraction(coeffs[n] as number, n + 1), xPow(n + 1)));
  return out;
}

const arg = (b: number): string => (b === 1 ? 'x' : `${b}x`);
const termText = (t: Term): string => ratTerm(new Fraction(t.a), `${t.fn}(${arg(t.b)})`);
function termAnti(t: Term): string {
  const k = new Fraction(t.a, t.b);
  if (t.fn === 'sin') return ratTerm(k.neg(), `cos(${arg(t.b)})`);
  return ratTerm(k, `${t.fn === 'cos' ? 'sin' : 'exp'}(${arg(t.b)})`);
}

function drawPoly(rng: Rng, degree: number, maxCoef: number): number[] {
  const coeffs = Array.from({ length: degree + 1 }, () => rng.integer(-maxCoef, maxCoef));
  while (coeffs[degree] === 0) coeffs[degree] = rng.integer(-maxCoef, maxCoef);
  return coeffs;
}

function drawTerm(rng: Rng, fn: Fn): Term {
  return { fn, a: rng.choice([-1, 1]) * rng.integer(1, 9), b: rng.integer(1, fn === 'exp' ? 3 : 5) };
}

function draw(rng: Rng, difficulty: number): { coeffs: number[]; terms: Term[] } {
  switch (difficulty) {
    case 1:
      return { coeffs: drawPoly(rng, rng.integer(0, 2), 9), terms: [] };
    case 2:
      return { coeffs: drawPoly(rng, rng.integer(3, 5), 12), terms: [] };
    case 3:
      return { coeffs: [rng.integer(-30, 30)], terms: [drawTerm(rng, rng.choice<Fn>(['sin', 'cos', 'exp']))] };
    default:
      return { coeffs: drawPoly(rng, rng.integer(1, 3), 9), terms: rng.shuffle<Fn>(['sin', 'cos', 'exp']).slice(0, 2).map((fn) => drawTerm(rng, fn)) };
  }
}

/** The final answer inside a completion: the last \boxed{...} if there is one, else the whole text. */
function finalAnswer(text: string): string {
  const i = text.lastIndexOf('\\boxed{');
  if (i < 0) return text;
  let depth = 0;
  for (let j = i + 6; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return text.slice(i + 7, j);
  }
  return text;
}

/** Integrand value at x, from the structured parameters. */
function integrand(coeffs: readonly number[], terms: readonly Term[], x: number): number {
  let v = coeffs.reduce((s, c, n) => s + c * x ** n, 0);
  for (const t of terms) v += t.a * (t.fn === 'sin' ? Math.sin(t.b * x) : t.fn === 'cos' ? Math.cos(t.b * x) : Math.exp(t.b * x));
  return v;
}

const H = 1e-4;
const REL_TOL = 1e-5;
const POINTS = 6;

/** Whether d/dx of `answer` matches the integrand at seeded points (so any constant of integration is fine); what it read. */
function scoreAntiderivative(answer: string, entry: ProblemRecord): Verdict {
  if (typeof answer !== 'string' || answer.length > 2000) return familyVerdict(entry, undefined, false);
  const text = finalAnswer(answer)
    .replace(/\$/g, '')
    .replace(/^\s*(?:F\s*\(\s*x\s*\)|y|\\int[^=]*)\s*=\s*/, '') // "F(x) = ...": the value is the right side
    .replace(/\+\s*[Cc]\s*\.?\s*$/, '')
    .trim();
  if (text === '') return familyVerdict(entry, undefined, false);
  return familyVerdict(entry, text, differentiatesTo(text, entry));
}

function differentiatesTo(text: string, entry: ProblemRecord): boolean {
  let node;
  try {
    node = parseAnswer(text);
  } catch {
    return false;
  }
  const { coeffs, terms } = entry.metadata as unknown as { coeffs: number[]; terms: Term[] };
  // the points depend only on the item, so a score is reproducible
  const rng = Rng.fromSeed([...entry.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000_007, 7));
  try {
    for (let i = 0; i < POINTS; i++) {
      const x = rng.uniform(-2, 2);
      const F = (t: number): number => numeric(node, new Map([['x', t]]), 0);
      const d = (F(x + H) - F(x - H)) / (2 * H);
      const f = integrand(coeffs, terms, x);
      if (!Number.isFinite(d) || Math.abs(d - f) > REL_TOL * Math.max(1, Math.abs(f))) return false;
    }
  } catch {
    return false;
  }
  return true;
}

export const integrals: TaskGenerator = {
  name: NAME,
  envName: 'Integrals',
  description: 'Find an antiderivative of a polynomial or of simple sin, cos and exp terms; any constant of integration is accepted.',
  levels: [
    'polynomial of degree 0-2, coefficients -9..9',
    'polynomial of degree 3-5, coefficients -12..12 (fractional antiderivative coefficients)',
    'a*sin(bx), a*cos(bx) or a*exp(bx) plus a constant',
    'polynomial of degree 1-3 plus two of a*sin(bx), a*cos(bx), a*exp(bx)',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const { coeffs, terms } = draw(rng, difficulty);
    const f = joinTerms([...polyTerms(coeffs), ...terms.map(termText)]);
    const answer = joinTerms([...polyAnti(coeffs), ...terms.map(termAnti)]);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `Find an antiderivative F(x) of f(x) = ${f}, i.e. compute the indefinite integral of f(x) dx. Give F(x) as an expression in x (the constant of integration may be omitted).`,
      answer,
      source: NAME,
      metadata: { family: NAME, difficulty, index, integrand: f, coeffs, terms },
    };
  },
  scoreAnswer: scoreAntiderivative,
};
