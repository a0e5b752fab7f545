/**
 * Strict answer forms for the families that state one ("a reduced fraction a/b", "an integer",
 * "a + bi"): the final answer is taken from the completion (\boxed{}, <answer>, "the answer is", a
 * bare answer) and must be a LITERAL of the stated form. Nothing is evaluated, so an unevaluated
 * expression (`3/6`, `2^3*5`, `\binom{5}{2}`), a hedge (`1/2 or 1/3`) or a copy of the question
 * never parses, and earns 0 whatever its value.
 */
import { extractCandidates } from '../../lib/verify/extract.js';
import { gcd } from '../../lib/core/bigint.js';

/** An exact rational n/d, d > 0, in lowest terms. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}


/** n/d in lowest terms with a positive denominator. @throws RangeError for d = 0 */
export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('zero denominator');
  const g = gcd(n, d) || 1n;
  const s = d < 0n ? -1n : 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}

export const ratEq = (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d;
export const ratAdd = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const ratSub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const ratMul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const ratDiv = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);

/** The gold's written form: `n`, or `n/d`. */
export const ratText = (r: Rational): string => (r.d === 1n ? `${r.n}` : `${r.n}/${r.d}`);

/** Math delimiters and spacing removed: the text compared against a stated form. */
function clean(raw: string): string {
  return raw
    .replace(/\\(?:left|right)(?![a-zA-Z])/g, '')
    .replace(/(?<!\\)\\[,;:! ]|\\quad|\\qquad/g, '') // not the second half of a \\ row break
    .replace(/\\[dt]frac/g, '\\frac')
    .replace(/[−–]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^\$+|\$+$/g, '')
    .replace(/\.$/, '');
}

/** The completion's final answer, cleaned of math delimiters and spacing; undefined when none or hedged. */
export function finalAnswer(completion: string): string | undefined {
  if (typeof completion !== 'string' || completion.length > 20_000) return undefined;
  const c = extractCandidates(completion)[0];
  if (!c || c.hedged) return undefined;
  const s = clean(c.raw);
  return s === '' ? undefined : s;
}

/**
 * The completion read in the stated form: the whole completion when it is one literal of the form
 * (a bare matrix, which the extractor would cut to its last number), else its extracted final answer.
 * A whole completion that parses is a single literal, so this opens no room for hedging.
 */
export function answerIn<T>(completion: string, parse: (s: string | undefined) => T | undefined): T | undefined {
  return readIn(completion, parse)?.value;
}

/** answerIn with the text it read: the literal, for the verdict's `pred`. */
export function readIn<T>(completion: string, parse: (s: string | undefined) => T | undefined): { readonly value: T; readonly raw: string } | undefined {
  if (typeof completion !== 'string' || completion.length > 20_000) return undefined;
  const whole = clean(completion.trim());
  const a = parse(whole);
  if (a !== undefined) return { value: a, raw: whole };
  const final = finalAnswer(completion);
  const b = parse(final);
  return b === undefined || final === undefined ? undefined : { value: b, raw: final };
}

const INT = /^-?\d{1,400}$/;

/** A literal integer (`-12`), nothing else. */
export function parseIntegerLiteral(s: string | undefined): bigint | undefined {
  if (s === undefined || !INT.test(s)) return undefined;
  return BigInt(s);
}

/**
 * A literal rational in lowest terms: an integer, `a/b`, `-a/b`, `\frac{a}{b}` or `-\frac{a}{b}` with
 * b > 1 and gcd(a, b) = 1. `2/4`, `3/1`, `0.5` and `\frac{-1}{2}` are not in the form.
 */
export function parseReducedFraction(s: string | undefined): Rational | undefined {
  if (s === undefined) return undefined;
  const int = parseIntegerLiteral(s);
  if (int !== undefined) return { n: int, d: 1n };
  const m = /^(-?)(?:(\d{1,200})\/(\d{1,200})|\\frac\{(\d{1,200})\}\{(\d{1,200})\})$/.exec(s);
  if (!m) return undefined;
  const a = BigInt(m[2] ?? m[4] ?? '0');
  const b = BigInt(m[3] ?? m[5] ?? '0');
  if (b <= 1n || gcd(a, b) !== 1n || a === 0n) return undefined;
  return { n: m[1] === '-' ? -a : a, d: b };
}
