/**
 * `trigonometry`: exact trigonometric values and identity simplification.
 *
 * Stated forms. Values (levels 1-3): one exact number in simplest form (an integer, a reduced
 * fraction, or c√s/d with s square-free and the denominator rationalised), scored like the
 * quadratics roots (`scoreRadicalSet` with one element): `\sin(150^\circ)` copied back, `\frac{1}{\sqrt{2}}`,
 * `\sqrt{8}/4` or `0.7071` earn 0. Identities (level 4): ONE term k·f(n x)^m, f one of sin, cos, tan,
 * cot, sec, csc, k and n integers, judged equal to the gold by the verifier; the question's own
 * expression (two trig factors, a sum, a shifted argument) or an equivalent unsimplified expression
 * earns 0.
 *
 * | difficulty | task                                                                                  |
 * |------------|---------------------------------------------------------------------------------------|
 * | 1          | f(θ), f one of the six functions, θ a multiple of 30° or 45° in ±720°, or kπ/6, kπ/4, kπ/3 with |k| <= 24 |
 * | 2          | given sin, cos or tan of θ (±p/q) and θ's quadrant, another of the six functions        |
 * | 3          | as level 2, then sin 2θ, cos 2θ or tan 2θ                                              |
 * | 4          | simplify a·(identity in u = n x) to one term (|a| <= 20, n <= 8): double/triple angle, Pythagorean, sum formulas |
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import type { Node as AnswerNode } from '../../lib/verify/parse/ast.js';
import type { ProblemRecord } from '../record.js';
import type { TaskGenerator } from './generator.js';
import { inForm } from './score.js';
import type { Verdict } from '../../lib/verify/types.js';
import { acceptedAnswer, scoreRadicalSet } from './answer-form.js';
import { div, gcdInt as gcd, isZero, mul, neg, rat, sq, sqrtOf, surdEq, surdTex, type Surd } from './surd.js';

const NAME = 'trigonometry';
type Fn = 'sin' | 'cos' | 'tan' | 'cot' | 'sec' | 'csc';
const FNS: readonly Fn[] = ['sin', 'cos', 'tan', 'cot', 'sec', 'csc'];
const RECIPROCAL: Readonly<Record<Fn, Fn>> = { sin: 'csc', cos: 'sec', tan: 'cot', cot: 'tan', sec: 'cos', csc: 'sin' };

/** All six values from sin and cos (undefined where the function is undefined). */
function sixFrom(sin: Surd, cos: Surd): Record<Fn, Surd | undefined> {
  return {
    sin,
    cos,
    tan: isZero(cos) ? undefined : div(sin, cos),
    cot: isZero(sin) ? undefined : div(cos, sin),
    sec: isZero(cos) ? undefined : div(rat(1), cos),
    csc: isZero(sin) ? undefined : div(rat(1), sin),
  };
}

const fnTex = (f: Fn): string => `\\${f}`;

// ---- level 1: special angles ----------------------------------------------------------------------

/** sin and cos of a multiple of 15 degrees that is a multiple of 30 or 45. */
function unitCircle(deg: number): [Surd, Surd] {
  const r = ((deg % 360) + 360) % 360;
  const base: Readonly<Record<number, [Surd, Surd]>> = {
    0: [rat(0), rat(1)],
    30: [rat(1, 2), { c: new Fraction(1, 2), s: 3 }],
    45: [{ c: new Fraction(1, 2), s: 2 }, { c: new Fraction(1, 2), s: 2 }],
    60: [{ c: new Fraction(1, 2), s: 3 }, rat(1, 2)],
    90: [rat(1), rat(0)],
  };
  const q = Math.floor(r / 90);
  const ref = r % 90;
  const [s, c] = base[ref] as [Surd, Surd];
  // rotate by q quarter turns: (s, c) -> (c, -s)
  const turns: [Surd, Surd][] = [[s, c], [c, neg(s)], [neg(s), neg(c)], [neg(c), s]];
  return turns[q] as [Surd, Surd];
}

function specialAngle(rng: Rng): { text: string; deg: number } {
  for (;;) {
    if (rng.bernoulli(0.4)) {
      const step = rng.choice([30, 45]);
      const deg = step * rng.integer(-720 / step, 720 / step);
      // the quadrant angles (0, ±1 or undefined everywhere) mostly redrawn: their golds would dominate
      if (deg % 90 === 0 && rng.bernoulli(0.75)) continue;
      return { text: `${deg}^\\circ`, deg };
    }
    const d = rng.choice([6, 4, 3]);
    const k = rng.integer(-24, 24);
    if (k === 0 || gcd(k, d) !== 1) continue; // a reduced fraction of π (0 and kπ/2 come from the degree branch)
    const deg = (k * 180) / d;
    return { text: `${k < 0 ? '-' : ''}\\frac{${Math.abs(k) === 1 ? '' : Math.abs(k)}\\pi}{${d}}`, deg };
  }
}

// ---- levels 2-3: one ratio given ------------------------------------------------------------------

interface Given {
  readonly fn: 'sin' | 'cos' | 'tan';
  readonly value: Surd;
  readonly quadrant: number;
  readonly six: Record<Fn, Surd | undefined>;
}

function givenRatio(rng: Rng): Given {
  const fn = rng.choice(['sin', 'cos', 'tan'] as const);
  for (;;) {
    const [p, q] = fn === 'tan' ? [rng.integer(1, 15), rng.integer(1, 15)] : [rng.integer(1, 29), rng.integer(2, 30)];
    if (gcd(p, q) !== 1 || (fn !== 'tan' && p >= q) || (fn === 'tan' && p === q)) continue;
    const quadrant = rng.integer(1, 4);
    const sx = quadrant === 1 || quadrant === 4 ? 1 : -1; // sign of cos
    const sy = quadrant <= 2 ? 1 : -1; // sign of sin
    let sin: Surd;
    let cos: Surd;
    if (fn === 'tan') {
      const r = sqrtOf(p * p + q * q); // tan = p/q up to sign: the point (±q, ±p)
      sin = div(rat(sy * p), r);
      cos = div(rat(sx * q), r);
    } else {
      const other = div(sqrtOf(q * q - p * p), rat(q));
      [sin, cos] = fn === 'sin' ? [rat(sy * p, q), sx > 0 ? other : neg(other)] : [sy > 0 ? other : neg(other), rat(sx * p, q)];
    }
    const six = sixFrom(sin, cos);
    return { fn, value: six[fn] as Surd, quadrant, six };
  }
}

const QUADRANT = ['I', 'II', 'III', 'IV'];

function ratioTask(rng: Rng, double: boolean): { text: string; answer: Surd } {
  for (;;) {
    const g = givenRatio(rng);
    let target: string;
    let answer: Surd | undefined;
    if (!double) {
      const fn = rng.choice(FNS.filter((f) => f !== g.fn && f !== RECIPROCAL[g.fn]));
      target = `${fnTex(fn)}\\theta`;
      answer = g.six[fn];
    } else {
      const sin = g.six.sin as Surd;
      const cos = g.six.cos as Surd;
      const sin2 = mul(rat(2), mul(sin, cos));
      const cos2: Surd = { c: sq(cos).sub(sq(sin)), s: 1 };
      const which = rng.choice(['sin', 'cos', 'tan'] as const);
      target = `${fnTex(which)}(2\\theta)`;
      answer = which === 'sin' ? sin2 : which === 'cos' ? cos2 : isZero(cos2) ? undefined : div(sin2, cos2);
    }
    // the answer must not be the given number (a copy would pay)
    if (!answer || surdEq(answer, g.value) || surdEq(neg(answer), g.value)) continue;
    const text = `Given that ${fnTex(g.fn)}\\theta = ${surdTex(g.value)} and \\theta lies in quadrant ${QUADRANT[g.quadrant - 1]}, find the exact value of ${target}.`;
    return { text, answer };
  }
}

// ---- level 4: identities --------------------------------------------------------------------------

/** `\sin(3x)`, `\cos^{2}(x)`. */
const trig = (f: Fn, n: number, pow = 1): string => `\\${f}${pow === 1 ? '' : `^{${pow}}`}(${n === 1 ? '' : n}x)`;
const coef = (a: number, body: string): string => (a === 1 ? body : a === -1 ? `-${body}` : `${a}${body}`);
/** a·(…): the bracket only when the inside is a sum. */
const scaled = (a: number, inside: string, sum: boolean): string => (a === 1 ? inside : sum ? `${a === -1 ? '-' : a}\\left(${inside}\\right)` : coef(a, inside));

/** [shown expression, gold term] for a coefficient a and an argument u = n x (m x for sum formulas). */
const IDENTITIES: readonly ((a: number, n: number, m: number) => [string, string])[] = [
  (a, n) => [coef(2 * a, `${trig('sin', n)}${trig('cos', n)}`), coef(a, trig('sin', 2 * n))],
  (a, n) => [scaled(a, `${trig('cos', n, 2)} - ${trig('sin', n, 2)}`, true), coef(a, trig('cos', 2 * n))],
  (a, n) => [scaled(a, `2${trig('cos', n, 2)} - 1`, true), coef(a, trig('cos', 2 * n))],
  (a, n) => [scaled(a, `1 - 2${trig('sin', n, 2)}`, true), coef(a, trig('cos', 2 * n))],
  (a, n) => [scaled(a, `1 - ${trig('cos', n, 2)}`, true), coef(a, trig('sin', n, 2))],
  (a, n) => [scaled(a, `1 - ${trig('sin', n, 2)}`, true), coef(a, trig('cos', n, 2))],
  (a, n) => [scaled(a, `${trig('sec', n, 2)} - 1`, true), coef(a, trig('tan', n, 2))],
  (a, n) => [scaled(a, `${trig('csc', n, 2)} - 1`, true), coef(a, trig('cot', n, 2))],
  (a, n) => [scaled(a, `1 + ${trig('tan', n, 2)}`, true), coef(a, trig('sec', n, 2))],
  (a, n) => [scaled(a, `1 + ${trig('cot', n, 2)}`, true), coef(a, trig('csc', n, 2))],
  (a, n) => [coef(a, `${trig('tan', n)}${trig('cos', n)}`), coef(a, trig('sin', n))],
  (a, n) => [coef(a, `${trig('cot', n)}${trig('sin', n)}`), coef(a, trig('cos', n))],
  (a, n) => [coef(a, `${trig('sin', n)}${trig('sec', n)}`), coef(a, trig('tan', n))],
  (a, n) => [`\\frac{${coef(a, trig('cos', n))}}{${trig('sin', n)}}`, coef(a, trig('cot', n))],
  (a, n) => [`\\frac{${scaled(a, `1 - ${trig('cos', 2 * n)}`, true)}}{2}`, coef(a, trig('sin', n, 2))],
  (a, n) => [`\\frac{${scaled(a, `1 + ${trig('cos', 2 * n)}`, true)}}{2}`, coef(a, trig('cos', n, 2))],
  (a, n) => [scaled(a, `${trig('cos', n, 4)} - ${trig('sin', n, 4)}`, true), coef(a, trig('cos', 2 * n))],
  (a, n) => [scaled(a, `${trig('tan', n)} + ${trig('cot', n)}`, true), coef(2 * a, trig('csc', 2 * n))],
  (a, n) => [scaled(a, `3${trig('sin', n)} - 4${trig('sin', n, 3)}`, true), coef(a, trig('sin', 3 * n))],
  (a, n) => [scaled(a, `4${trig('cos', n, 3)} - 3${trig('cos', n)}`, true), coef(a, trig('cos', 3 * n))],
  (a, n, m) => [scaled(a, `${trig('sin', n)}${trig('cos', m)} + ${trig('cos', n)}${trig('sin', m)}`, true), coef(a, trig('sin', n + m))],
  (a, n, m) => [scaled(a, `${trig('cos', n)}${trig('cos', m)} - ${trig('sin', n)}${trig('sin', m)}`, true), coef(a, trig('cos', n + m))],
  (a, n, m) => [scaled(a, `${trig('cos', n + m)}${trig('cos', m)} + ${trig('sin', n + m)}${trig('sin', m)}`, true), coef(a, trig('cos', n))],
  (a, n, m) => [scaled(a, `${trig('sin', n + m)}${trig('cos', m)} - ${trig('cos', n + m)}${trig('sin', m)}`, true), coef(a, trig('sin', n))],
];

function identityTask(rng: Rng): { text: string; answer: string } {
  const a = rng.choice([1, -1]) * rng.integer(1, 20);
  const n = rng.integer(1, 8);
  let m = rng.integer(1, 8);
  while (m === n) m = rng.integer(1, 8);
  const [shown, gold] = rng.choice(IDENTITIES)(a, n, m);
  return { text: shown, answer: gold };
}

// ---- the single-term form -------------------------------------------------------------------------

const isIntNode = (n: AnswerNode): boolean => n.t === 'num' && !n.float && n.v.d === 1n;

/** x or n·x with a literal integer n >= 2. */
function linearArg(n: AnswerNode): boolean {
  if (n.t === 'sym') return n.name === 'x';
  if (n.t !== 'mul' || n.args.length !== 2) return false;
  const [k, x] = n.args as [AnswerNode, AnswerNode];
  return isIntNode(k) && k.t === 'num' && k.v.s > 0n && k.v.n >= 2n && x.t === 'sym' && x.name === 'x';
}

/** One trig factor f(n x) or f(n x)^m (m a literal integer >= 2). */
function trigFactor(n: AnswerNode): boolean {
  const base = n.t === 'pow' && isIntNode(n.exp) && n.exp.t === 'num' && n.exp.v.s > 0n && n.exp.v.n >= 2n ? n.base : n;
  return base.t === 'fn' && (FNS as readonly string[]).includes(base.name) && base.args.length === 1 && linearArg(base.args[0] as AnswerNode);
}

/** [one sign] [one integer >= 2] · one trig factor: nothing else (no sum, no quotient, no second factor). */
export function isSingleTrigTerm(n: AnswerNode): boolean {
  let negs = 0;
  const factors: AnswerNode[] = [];
  const walk = (m: AnswerNode): void => {
    if (m.t === 'neg') {
      negs++;
      walk(m.arg);
    } else if (m.t === 'mul') m.args.forEach(walk);
    else factors.push(m);
  };
  walk(n);
  const ints = factors.filter((f) => isIntNode(f) && f.t === 'num' && f.v.s > 0n && f.v.n >= 2n);
  const trigs = factors.filter(trigFactor);
  return negs <= 1 && ints.length <= 1 && trigs.length === 1 && ints.length + trigs.length === factors.length;
}

export const trigonometry: TaskGenerator = {
  name: NAME,
  envName: 'Trigonometry',
  description: 'Exact trigonometric values (special angles, one ratio and the quadrant given, double angles) in simplest radical form, and identities simplified to one term k f(nx)^m.',
  levels: [
    'f(θ) at a special angle (multiples of 30° or 45°, or kπ/6, kπ/4, kπ/3)',
    'given sin, cos or tan of θ and its quadrant, another trigonometric function of θ',
    'given sin, cos or tan of θ and its quadrant, sin 2θ, cos 2θ or tan 2θ',
    'simplify a trigonometric expression to a single term k f(nx)^m',
  ],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    const VALUE_FORM = 'Give the exact value in simplest form: an integer, a reduced fraction, or simplest radical form with a square-free radicand and a rationalised denominator (e.g. -\\frac{2\\sqrt{6}}{5}).';
    let problem: string;
    let answer: string;
    let task: string;
    if (difficulty === 1) {
      for (;;) {
        const angle = specialAngle(rng);
        const f = rng.choice(FNS);
        const [s, c] = unitCircle(angle.deg);
        const v = sixFrom(s, c)[f];
        if (!v) continue; // undefined there (tan 90°): not asked
        problem = `Find the exact value of ${fnTex(f)}\\left(${angle.text}\\right). ${VALUE_FORM}`;
        answer = surdTex(v);
        task = 'value';
        break;
      }
    } else if (difficulty <= 3) {
      const t = ratioTask(rng, difficulty === 3);
      problem = `${t.text} ${VALUE_FORM}`;
      answer = surdTex(t.answer);
      task = 'value';
    } else {
      const t = identityTask(rng);
      problem = `Simplify ${t.text} to a single term of the form k f(nx)^m, where f is one of sin, cos, tan, cot, sec, csc and k, n, m are integers (write the argument in parentheses, e.g. -3\\sin^{2}(4x)).`;
      answer = t.answer;
      task = 'identity';
    }
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem,
      answer,
      source: NAME,
      metadata: { family: NAME, difficulty, index, task },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    if (entry.metadata.task !== 'identity') return scoreRadicalSet(answer, entry.answer);
    const { verdict, node } = acceptedAnswer(answer, entry.answer);
    return inForm(verdict, node !== undefined && isSingleTrigTerm(node), 'is not a single term k f(nx)^m');
  },
};
