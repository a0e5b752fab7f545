/**
 * Exact parsing of a free-text answer into a rational number, and the form it is written in: the
 * reader of the verifier's exact-rational mode (VerifyOptions.forms, Arithmetic-v0).
 *
 * Every accepted form is turned into a BigInt numerator/denominator by hand and only then handed to
 * fraction.js, so no step goes through a float: "0.3333" is 3333/10000, never 1/3, and "0.1" is 1/10.
 *
 * Accepted (after trimming, one `$…$`/`$$…$$`/`\(…\)`/`\[…\]` wrapper and one trailing period):
 *   integers          7, -7, +7, −7 (unicode minus)
 *   decimals          0.5, .5, -1.25, 1.5e3 (exponent |e| <= 100)
 *   grouped digits    1,234  1 234  1,234.5  (groups of exactly three; plain numbers only)
 *   fractions         2/4, -3/7, 3/-7 (= -3/7)
 *   mixed numbers     1 1/2, -1 1/2 (= -3/2); the fraction part must be proper
 *   LaTeX fractions   \frac{1}{2}, \dfrac{-1}{2}, \tfrac{1}{2}, -\frac{3}{4}
 * Anything else is rejected with a reason: the caller scores it as a wrong answer.
 */
import Fraction from 'fraction.js';
import type { WrittenForm } from './types.js';

/** Longer inputs are rejected outright so that parsing work stays bounded. */
export const MAX_ANSWER_LENGTH = 200;
/** Largest accepted |exponent| in scientific notation (10^100 is still cheap as a BigInt). */
export const MAX_EXPONENT = 100;

/**
 * How the number was written: `fraction` is p/q in lowest terms with q >= 2 (the sign anywhere);
 * `unreduced-fraction` is any other p/q (`6/4`, `7/1`, `\frac{0}{5}`); `decimal` has a point or an
 * exponent; `mixed` is a mixed number.
 */
export type RationalForm = WrittenForm;

/** Each form as the prompt would name it ("a fraction in lowest terms"). */
export const FORM_NAMES: Readonly<Record<RationalForm, string>> = {
  integer: 'an integer',
  decimal: 'a decimal',
  fraction: 'a fraction in lowest terms',
  'unreduced-fraction': 'a fraction not in lowest terms',
  mixed: 'a mixed number',
};

export type ParseRationalResult =
  | { readonly ok: true; readonly value: Fraction; readonly normalized: string; readonly form: RationalForm }
  | { readonly ok: false; readonly reason: string };

const FORMS_HINT = 'expected an integer (-12), a decimal (0.75), a fraction (3/4), a mixed number (1 1/2) or \\frac{3}{4}';

const LATEX_FRAC = /^([+-]?)\s*\\[dt]?frac\s*\{\s*([+-]?)\s*(\d+)\s*\}\s*\{\s*([+-]?)\s*(\d+)\s*\}$/;
const MIXED = /^([+-]?)\s*(\d+)\s+(\d+)\s*\/\s*(\d+)$/;
const FRACTION = /^([+-]?)\s*(\d+)\s*\/\s*([+-]?)\s*(\d+)$/;
// Integer part: plain digits, or comma/space groups of three (one kind of separator per number).
const DECIMAL = /^([+-]?)\s*(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const LOOKS_GROUPED = /^[+-]?\s*[\d., ]+$/;
const MATH_WRAPPERS: readonly [string, string][] = [
  ['$$', '$$'],
  ['$', '$'],
  ['\\(', '\\)'],
  ['\\[', '\\]'],
];

/** Canonical text of a rational: "7", "-3/4" (reduced, sign on the numerator). */
export function formatRational(value: Fraction): string {
  const sign = value.s < 0n && value.n !== 0n ? '-' : '';
  return value.d === 1n ? `${sign}${value.n}` : `${sign}${value.n}/${value.d}`;
}

/**
 * Parses an answer into an exact rational.
 * @returns `{ ok: true, value, normalized }` or `{ ok: false, reason }`; never throws.
 * @example parseRational('-1 1/2') // { ok: true, value: Fraction(-3/2), normalized: '-3/2' }
 */
export function parseRational(text: string): ParseRationalResult {
  if (typeof text !== 'string') return fail(`expected a string, got ${text === null ? 'null' : typeof text}`);
  if (text.length > MAX_ANSWER_LENGTH) {
    return fail(`answer is ${text.length} characters long; at most ${MAX_ANSWER_LENGTH} are read`);
  }
  const s = normalize(text);
  if (s === '') return fail('empty answer');

  let m = LATEX_FRAC.exec(s);
  if (m) return ratio(sign(m[1]) * sign(m[2]) * sign(m[4]), BigInt(m[3]), BigInt(m[5]), text, fractionForm(BigInt(m[3]), BigInt(m[5])));

  m = MIXED.exec(s);
  if (m) {
    const [whole, num, den] = [BigInt(m[2]), BigInt(m[3]), BigInt(m[4])];
    if (den === 0n) return fail(`denominator is zero in ${quote(text)}`);
    // "1 3/2" is more likely a typo than 5/2; and "1 234/567" could be grouped digits, so only proper parts
    if (num >= den) return fail(`the fraction part of a mixed number must be proper (numerator < denominator) in ${quote(text)}`);
    return ratio(sign(m[1]), whole * den + num, den, text, 'mixed');
  }

  m = FRACTION.exec(s);
  if (m) return ratio(sign(m[1]) * sign(m[3]), BigInt(m[2]), BigInt(m[4]), text, fractionForm(BigInt(m[2]), BigInt(m[4])));

  m = DECIMAL.exec(s);
  if (m && (m[2] !== undefined || (m[3] !== undefined && m[3] !== ''))) {
    const intDigits = (m[2] ?? '0').replace(/[, ]/g, '');
    const fracDigits = m[3] ?? '';
    const exp = m[4] === undefined ? 0 : Number(m[4]);
    if (!(Math.abs(exp) <= MAX_EXPONENT)) return fail(`exponent ${m[4]} is out of range (|e| <= ${MAX_EXPONENT}) in ${quote(text)}`);
    // value = digits * 10^(exp - #fracDigits), all in BigInt
    const shift = exp - fracDigits.length;
    const digits = BigInt(intDigits + fracDigits);
    const num = shift >= 0 ? digits * 10n ** BigInt(shift) : digits;
    const den = shift >= 0 ? 1n : 10n ** BigInt(-shift);
    return ratio(sign(m[1]), num, den, text, m[3] === undefined && m[4] === undefined ? 'integer' : 'decimal');
  }
  if (LOOKS_GROUPED.test(s) && /[, ]/.test(s)) {
    return fail(`invalid digit grouping in ${quote(text)}: thousands separators (, or space) must separate groups of exactly three digits`);
  }
  return fail(`not a number: ${quote(text)}; ${FORMS_HINT}`);
}

/** Strips wrappers and decorations that do not change the value. */
function normalize(text: string): string {
  let s = stripPeriod(text.trim());
  for (const [open, close] of MATH_WRAPPERS) {
    if (s.length >= open.length + close.length && s.startsWith(open) && s.endsWith(close)) {
      s = stripPeriod(s.slice(open.length, s.length - close.length).trim());
      break;
    }
  }
  return s
    .replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, '-') // unicode minus and dash look-alikes
    .replace(/[\u00A0\u2009\u202F]/g, ' ') // no-break and thin spaces, used as digit group separators
    .trim();
}

function stripPeriod(s: string): string {
  return s.endsWith('.') ? s.slice(0, -1).trimEnd() : s;
}

function ratio(sgn: bigint, num: bigint, den: bigint, text: string, form: RationalForm): ParseRationalResult {
  if (den === 0n) return fail(`denominator is zero in ${quote(text)}`);
  const value = new Fraction(sgn * num, den);
  return { ok: true, value, normalized: formatRational(value), form };
}

function fractionForm(num: bigint, den: bigint): RationalForm {
  let [a, b] = [num, den];
  while (b !== 0n) [a, b] = [b, a % b];
  return den >= 2n && a === 1n ? 'fraction' : 'unreduced-fraction';
}

function sign(s: string | undefined): bigint {
  return s === '-' ? -1n : 1n;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function fail(reason: string): ParseRationalResult {
  return { ok: false, reason };
}
