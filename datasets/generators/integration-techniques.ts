/**
 * `integration_techniques`: indefinite integrals that need substitution or integration by parts.
 * Any antiderivative pays, with or without a constant: the answer A is parsed (no integral sign:
 * the parser refuses `\int`) and A - F, F the gold antiderivative, must be the same number at
 * seeded points of [1/4, 2], where every integrand here is defined and smooth. So the integrand
 * copied back, an unevaluated integral, a derivative, a hedge or a wrong constant factor earn 0;
 * `+ C` (or any constant) is fine, and a constant symbol cannot hide an x-dependent term.
 *
 * | difficulty | integrand                                                                         |
 * |------------|-----------------------------------------------------------------------------------|
 * | 1          | linear substitution: k(ax + b)^n, k e^{ax + b}, k sin/cos(ax + b), k/(ax + b)         |
 * | 2          | substitution u = g(x): k x (x^2 + c)^n, k x e^{a x^2}, k sin^n x cos x, k(2ax + b)/(ax^2 + bx + c), k x/√(x^2 + c), k ln^n(x)/x |
 * | 3          | one integration by parts: (p x + q) e^{ax}, (p x + q) sin(ax), (p x + q) cos(ax), k x^n ln x |
 * | 4          | repeated or cyclic parts: k(x^2 + q x + r) e^{ax} or sin/cos(ax), k e^{ax} sin/cos(bx), k ln^2 x |
 */
import Fraction from 'fraction.js';
import { Rng } from '../../lib/core/rng.js';
import { extractCandidates } from '../../lib/verify/extract.js';
import { parseAnswer } from '../../lib/verify/parse/parser.js';
import type { Node as AnswerNode } from '../../lib/verify/parse/ast.js';
import { numeric } from '../../lib/verify/equivalence/evaluate.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { familyVerdict } from './score.js';
import type { Verdict } from '../../lib/verify/types.js';
import { texRational } from './linear-equations.js';

const NAME = 'integration_techniques';
/** Where answers are compared: every integrand of the family is defined and smooth here. */
export const DOMAIN: readonly [number, number] = [0.25, 2];

const F = (n: number, d = 1): Fraction => new Fraction(n, d);
const nz = (rng: Rng, lo: number, hi: number): number => rng.choice([1, -1]) * rng.integer(lo, hi);

/** `c·body` as LaTeX for a rational c (`\frac{3}{2}x^{2}`, `-x`, `7`); '' for c = 0. */
function term(c: Fraction, body: string): string {
  if (c.equals(0)) return '';
  const mag = c.abs();
  const sign = c.s < 0n ? '-' : '';
  if (body === '') return `${sign}${texRational(mag)}`;
  return `${sign}${mag.equals(1) ? '' : texRational(mag)}${body}`;
}

/** Terms joined with + and - signs. */
function sum(terms: readonly string[]): string {
  const ts = terms.filter((t) => t !== '');
  return ts.length === 0 ? '0' : ts.map((t, i) => (i === 0 ? t : t.startsWith('-') ? `- ${t.slice(1)}` : `+ ${t}`)).join(' ');
}

/** Polynomial with rational coefficients (constant first) in x. */
const polyTex = (c: readonly Fraction[]): string => sum(c.map((k, i) => term(k, i === 0 ? '' : i === 1 ? 'x' : `x^{${i}}`)).reverse());
/** `(P)·body`, without brackets when P is one term. */
function polyTimes(c: readonly Fraction[], body: string): string {
  const nonzero = c.filter((k) => !k.equals(0)).length;
  if (nonzero === 1) {
    const i = c.findIndex((k) => !k.equals(0));
    return term(c[i] as Fraction, `${i === 0 ? '' : i === 1 ? 'x' : `x^{${i}}`}${body}`);
  }
  return `\\left(${polyTex(c)}\\right)${body}`;
}

/** `ax + b` (`2x - 3`, `-x + 1`). */
const lin = (a: number, b: number): string => sum([term(F(a), 'x'), term(F(b), '')]);
/** `ax` (`3x`, `-x`, `x`). */
const ax = (a: number): string => term(F(a), 'x');

interface Drawn {
  readonly integrand: string;
  readonly antiderivative: string;
}

/** ax + b > 0 on the whole domain. */
const positiveOnDomain = (a: number, b: number): boolean => a * DOMAIN[0] + b > 0 && a * DOMAIN[1] + b > 0;

function level1(rng: Rng): Drawn {
  const k = nz(rng, 1, 9);
  const pick = rng.integer(0, 3);
  let a = nz(rng, 2, 6);
  let b = rng.integer(-9, 9);
  if (pick === 0) {
    const n = rng.integer(2, 6);
    return { integrand: term(F(k), `\\left(${lin(a, b)}\\right)^{${n}}`), antiderivative: term(F(k, a * (n + 1)), `\\left(${lin(a, b)}\\right)^{${n + 1}}`) };
  }
  if (pick === 1) return { integrand: term(F(k), `e^{${lin(a, b)}}`), antiderivative: term(F(k, a), `e^{${lin(a, b)}}`) };
  if (pick === 2) {
    return rng.bernoulli()
      ? { integrand: term(F(k), `\\cos\\left(${lin(a, b)}\\right)`), antiderivative: term(F(k, a), `\\sin\\left(${lin(a, b)}\\right)`) }
      : { integrand: term(F(k), `\\sin\\left(${lin(a, b)}\\right)`), antiderivative: term(F(-k, a), `\\cos\\left(${lin(a, b)}\\right)`) };
  }
  while (!positiveOnDomain(a, b)) [a, b] = [nz(rng, 1, 6), rng.integer(-9, 12)];
  return { integrand: `\\frac{${k}}{${lin(a, b)}}`, antiderivative: term(F(k, a), `\\ln\\left|${lin(a, b)}\\right|`) };
}

function level2(rng: Rng): Drawn {
  const k = nz(rng, 1, 30);
  const pick = rng.integer(0, 5);
  if (pick === 0) {
    const c = nz(rng, 1, 9);
    const n = rng.integer(2, 5);
    const inner = `\\left(x^{2} ${c < 0 ? '-' : '+'} ${Math.abs(c)}\\right)`;
    return { integrand: term(F(k), `x${inner}^{${n}}`), antiderivative: term(F(k, 2 * (n + 1)), `${inner}^{${n + 1}}`) };
  }
  if (pick === 1) {
    const a = nz(rng, 1, 5);
    return { integrand: term(F(k), `xe^{${term(F(a), 'x^{2}')}}`), antiderivative: term(F(k, 2 * a), `e^{${term(F(a), 'x^{2}')}}`) };
  }
  if (pick === 2) {
    const n = rng.integer(2, 7);
    return rng.bernoulli()
      ? { integrand: term(F(k), `\\sin^{${n}}(x)\\cos(x)`), antiderivative: term(F(k, n + 1), `\\sin^{${n + 1}}(x)`) }
      : { integrand: term(F(k), `\\cos^{${n}}(x)\\sin(x)`), antiderivative: term(F(-k, n + 1), `\\cos^{${n + 1}}(x)`) };
  }
  if (pick === 3) {
    // a x^2 + b x + c with no real root (c > b^2 / 4a): positive everywhere
    const a = rng.integer(1, 4);
    const b = rng.integer(-9, 9);
    const c = Math.floor((b * b) / (4 * a)) + rng.integer(1, 12);
    const q = sum([term(F(a), 'x^{2}'), term(F(b), 'x'), term(F(c), '')]);
    return { integrand: term(F(k), `\\frac{${lin(2 * a, b)}}{${q}}`), antiderivative: term(F(k), `\\ln\\left(${q}\\right)`) };
  }
  if (pick === 4) {
    const c = rng.integer(1, 40);
    return { integrand: term(F(k), `\\frac{x}{\\sqrt{x^{2} + ${c}}}`), antiderivative: term(F(k), `\\sqrt{x^{2} + ${c}}`) };
  }
  const n = rng.integer(1, 4);
  const lnPow = (m: number): string => (m === 1 ? '\\ln(x)' : `\\ln^{${m}}(x)`);
  return { integrand: term(F(k), `\\frac{${lnPow(n)}}{x}`), antiderivative: term(F(k, n + 1), lnPow(n + 1)) };
}

/** P', constant first. */
const derivative = (p: readonly Fraction[]): Fraction[] => p.slice(1).map((c, i) => c.mul(i + 1));
const isZeroPoly = (p: readonly Fraction[]): boolean => p.every((c) => c.equals(0));
const addPoly = (p: readonly Fraction[], q: readonly Fraction[], k: Fraction): Fraction[] =>
  Array.from({ length: Math.max(p.length, q.length) }, (_, i) => (p[i] ?? F(0)).add((q[i] ?? F(0)).mul(k)));

/** ∫ P e^{ax} dx = e^{ax} Σ (-1)^j P^{(j)} / a^{j+1} (parts, repeatedly). */
function partsExp(p: readonly Fraction[], a: number): string {
  let out: Fraction[] = [];
  let d: Fraction[] = [...p];
  for (let j = 0; !isZeroPoly(d); j++, d = derivative(d)) out = addPoly(out, d, F(j % 2 === 0 ? 1 : -1).div(F(a).pow(j + 1)));
  return polyTimes(out, `e^{${ax(a)}}`);
}

/** ∫ P cos(ax) and ∫ P sin(ax) by parts: [coefficient of cos, coefficient of sin]. */
function partsTrig(p: readonly Fraction[], a: number, fn: 'sin' | 'cos'): [Fraction[], Fraction[]] {
  if (isZeroPoly(p)) return [[], []];
  const [c, s] = partsTrig(derivative(p), a, fn === 'sin' ? 'cos' : 'sin');
  // ∫ P sin = -P cos/a + (1/a) ∫ P' cos;  ∫ P cos = P sin/a - (1/a) ∫ P' sin
  const k = F(1, a);
  return fn === 'sin' ? [addPoly(c.map((x) => x.mul(k)), p, k.neg()), s.map((x) => x.mul(k))] : [c.map((x) => x.mul(k.neg())), addPoly(s.map((x) => x.mul(k.neg())), p, k)];
}

function trigAnti(p: readonly Fraction[], a: number, fn: 'sin' | 'cos'): string {
  const [c, s] = partsTrig(p, a, fn);
  return sum([isZeroPoly(c) ? '' : polyTimes(c, `\\cos(${ax(a)})`), isZeroPoly(s) ? '' : polyTimes(s, `\\sin(${ax(a)})`)]);
}

function level3(rng: Rng): Drawn {
  const pick = rng.weightedIndex([3, 3, 3, 1]);
  if (pick <= 2) {
    // one parts step: (p x + q) times e^{ax}, sin(ax) or cos(ax)
    const P = [F(rng.integer(-9, 9)), F(nz(rng, 1, 9))];
    if (pick === 0) {
      const a = nz(rng, 1, 7);
      return { integrand: polyTimes(P, `e^{${ax(a)}}`), antiderivative: partsExp(P, a) };
    }
    const a = rng.integer(1, 12);
    const fn = pick === 1 ? 'sin' : 'cos';
    return { integrand: polyTimes(P, `\\${fn}(${ax(a)})`), antiderivative: trigAnti(P, a, fn) };
  }
  // ∫ k x^n ln x = k x^{n+1} ln x/(n+1) - k x^{n+1}/(n+1)^2
  const k = nz(rng, 1, 30);
  const n = rng.integer(0, 7);
  const xn = (m: number): string => (m === 0 ? '' : m === 1 ? 'x' : `x^{${m}}`);
  return {
    integrand: term(F(k), `${xn(n)}\\ln(x)`),
    antiderivative: sum([term(F(k, n + 1), `${xn(n + 1)}\\ln(x)`), term(F(-k, (n + 1) ** 2), xn(n + 1))]),
  };
}

function level4(rng: Rng): Drawn {
  const k = nz(rng, 1, 30);
  const pick = rng.weightedIndex([3, 3, 3, 1]);
  if (pick <= 1) {
    // two parts steps: k(x^2 + q x + r) times e^{ax}, sin(ax) or cos(ax)
    const P = [F(k * rng.integer(-5, 5)), F(k * rng.integer(-5, 5)), F(k)];
    if (pick === 0) {
      const a = nz(rng, 1, 6);
      return { integrand: polyTimes(P, `e^{${ax(a)}}`), antiderivative: partsExp(P, a) };
    }
    const a = rng.integer(1, 8);
    const fn = rng.choice(['sin', 'cos'] as const);
    return { integrand: polyTimes(P, `\\${fn}(${ax(a)})`), antiderivative: trigAnti(P, a, fn) };
  }
  if (pick === 2) {
    // ∫ e^{ax} sin(bx) = e^{ax}(a sin bx - b cos bx)/(a^2 + b^2); cos: e^{ax}(a cos bx + b sin bx)/(a^2 + b^2)
    const a = nz(rng, 1, 6);
    const b = rng.integer(1, 9);
    const r = a * a + b * b;
    const e = `e^{${ax(a)}}`;
    const s = `\\sin(${ax(b)})`;
    const c = `\\cos(${ax(b)})`;
    return rng.bernoulli()
      ? { integrand: term(F(k), `${e}${s}`), antiderivative: sum([term(F(k * a, r), `${e}${s}`), term(F(-k * b, r), `${e}${c}`)]) }
      : { integrand: term(F(k), `${e}${c}`), antiderivative: sum([term(F(k * a, r), `${e}${c}`), term(F(k * b, r), `${e}${s}`)]) };
  }
  // ∫ ln^2 x = x ln^2 x - 2x ln x + 2x
  return { integrand: term(F(k), '\\ln^{2}(x)'), antiderivative: sum([term(F(k), 'x\\ln^{2}(x)'), term(F(-2 * k), 'x\\ln(x)'), term(F(2 * k), 'x')]) };
}

const LEVELS = [level1, level2, level3, level4];

/** Symbols an antiderivative may use: x, the constants e and π, and a constant of integration. */
const ALLOWED = new Set(['x', 'e', 'pi', 'C', 'c', 'K']);
function symbolsOk(n: unknown): boolean {
  if (Array.isArray(n)) return n.every(symbolsOk);
  if (!n || typeof n !== 'object') return true;
  const o = n as Record<string, unknown>;
  if (o.t === 'sym' && !ALLOWED.has(o.name as string)) return false;
  if (o.t === 'num') return true;
  return Object.values(o).every(symbolsOk);
}

/** Seeded points of the domain (the same for one item on every call). */
function points(entry: ProblemRecord): number[] {
  const rng = Rng.fromSeed([...entry.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000_007, 11));
  return Array.from({ length: 7 }, () => rng.uniform(DOMAIN[0], DOMAIN[1]));
}

/** The final answer's expression: the verifier's extracted candidate, `F(x) =` / `y =` dropped; undefined when hedged. */
function answerExpression(completion: string): { readonly text: string; readonly node: AnswerNode } | undefined {
  if (typeof completion !== 'string' || completion.length > 20_000) return undefined;
  const c = extractCandidates(completion)[0];
  if (!c || c.hedged || c.raw.length > 2000) return undefined;
  const text = c.raw.replace(/^\s*\$*\s*(?:F\s*\(\s*x\s*\)|y)\s*=\s*/, '').replace(/\$+\s*$/, '');
  try {
    const n = parseAnswer(text);
    return n.t === 'rel' || n.t === 'list' || n.t === 'set' || n.t === 'tuple' || !symbolsOk(n) ? undefined : { text, node: n };
  } catch {
    return undefined; // `\int` and unparseable text
  }
}

/**
 * 1 when answer - gold is one constant at every seeded point of the domain. Each point is compared
 * with the one where the gold is smallest, with a tolerance relative to the GOLD's values at the two
 * points (floating-point error only), so an x-dependent error is not hidden where e^{ax} is large.
 * An answer a million times larger than the gold is refused: in floating point C - F(x) is just C
 * for an enormous constant C (`-20!`), which would otherwise pass as "F plus a constant".
 */
function scoreAntiderivative(answer: string, entry: ProblemRecord): Verdict {
  const read = answerExpression(answer);
  return familyVerdict(entry, read?.text, read !== undefined && isAntiderivative(read.node, entry));
}

function isAntiderivative(node: AnswerNode, entry: ProblemRecord): boolean {
  try {
    const gold = parseAnswer(entry.answer);
    const at = points(entry).map((x) => {
      const env = new Map([['x', x]]);
      const [a, g] = [numeric(node, env, 0), numeric(gold, env, 0)];
      return { d: a - g, size: Math.abs(g), a: Math.abs(a) };
    });
    const goldMax = Math.max(...at.map((p) => p.size));
    if (at.some((p) => !(p.a <= 1e6 * (1 + goldMax)))) return false;
    const ref = at.reduce((m, p) => (p.size < m.size ? p : m));
    return at.every((p) => Number.isFinite(p.d) && Math.abs(p.d - ref.d) <= 1e-10 * (1 + p.size + ref.size));
  } catch {
    return false;
  }
}

export const integrationTechniques: TaskGenerator = {
  name: NAME,
  envName: 'IntegrationTechniques',
  description: 'Indefinite integrals by substitution and by parts; any antiderivative (any constant) in closed form pays, checked against the gold up to a constant.',
  levels: [
    'linear substitution u = ax + b (powers, exponentials, sin/cos, 1/(ax + b))',
    'substitution u = g(x) with g\'(x) present (x(x^2 + c)^n, x e^{ax^2}, sin^n x cos x, ln-derivatives, x/sqrt(x^2 + c), ln^n(x)/x)',
    'one integration by parts ((px + q) e^{ax}, (px + q) sin(ax), (px + q) cos(ax), x^n ln x)',
    'repeated or cyclic integration by parts (quadratic times e^{ax}, sin(ax) or cos(ax); e^{ax} sin/cos(bx); ln^2 x)',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const d = (LEVELS[difficulty - 1] as (r: Rng) => Drawn)(rng);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: `Find the indefinite integral \\int ${d.integrand}\\,dx on the interval 1/4 <= x <= 2. Give an antiderivative F(x) in closed form (no integral sign); the constant of integration may be omitted.`,
      answer: d.antiderivative,
      source: NAME,
      metadata: { family: NAME, difficulty, index, integrand: d.integrand },
    };
  },
  scoreAnswer: scoreAntiderivative,
};
