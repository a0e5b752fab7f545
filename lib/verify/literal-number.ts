/**
 * "Is this answer a literal number?": the answer form of a computation task. A literal number is an
 * integer (9716, -12, 1,234,567), a decimal (3.5, -0.25) or a fraction in lowest terms (3/4,
 * \frac{3}{4}), optionally in \boxed{}, $...$ or \(...\), with a leading currency sign, a lead-in
 * without digits ("The answer is", "x =") and a unit ("apples", "%", not "million"). Anything
 * else is not a number, so an expression (347 * 28), the question itself, a hedge (12 or 13), or
 * LaTeX tricks (\phantom, \iffalse, %) can never be read as a number.
 *
 * A whitelist on purpose: the judge compares the value exactly (Fraction), and only text that can
 * mean one value is let through to it.
 *
 * Literal-number mode of verify() (VerifyOptions.literalNumber, CalculatorTool-v0): when the gold is a
 * literal number, literalNumberVerdict() judges the answer (rules `exact-rational`, `not-a-number`,
 * `not-a-decimal`); severalAnswers() refuses a message that gives different final answers.
 */
import Fraction from 'fraction.js';
import { gcd } from '../core/bigint.js';
import type { Extraction, Verdict } from './types.js';

export type LiteralNumber =
  | { readonly ok: true; readonly value: Fraction; readonly canonical: string }
  | { readonly ok: false; readonly reason: string };

const INT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\\,\d{3})+|\d+)`;
const INTEGER_OR_DECIMAL = new RegExp(String.raw`^([+-]?)(${INT})(\.\d+)?$|^([+-]?)()(\.\d+)$`);
const SLASH_FRACTION = /^([+-]?)(\d+)\s*\/\s*(\d+)$/;
const LATEX_FRACTION = /^([+-]?)\\[dt]?frac\{\s*([+-]?)(\d+)\s*\}\{\s*(\d+)\s*\}$/;

/** Words before the number, without digits: "The answer is", "Answer:", "x =". */
const LEAD_IN = /^[A-Za-z][A-Za-z ]{0,40}(?:\bis|:|=)\s*(?=[^\s])/;
/** Words or a percent sign after the number (a unit), without digits. */
const UNIT = /^(.*\d)\s*((?:\\?%)|(?:\s[A-Za-z][A-Za-z ]{0,39}))$/;
/** Words that change the value or join two numbers: "3 million", "12 or 13" are not one literal number. */
const MULTIPLIER = /\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|halves|half|quarters?|thirds?|fourths?|fifths?|tenths?|times|or|and|to|plus|minus|over|divided|squared|cubed|point|e|i|pi)\b/i;

const WRAPPERS: readonly RegExp[] = [/^\\boxed\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}$/, /^\$([^$]*)\$$/, /^\\\((.*)\\\)$/s];

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}

export const NUMBER_FORMS = 'a single number: an integer such as 9716, a decimal such as 3.5, or a fraction in lowest terms such as 3/4';


/**
 * Reads `text` as a literal number. `reduced` (default true): a fraction must be in lowest terms with
 * a denominator above 1 (answers); false accepts any fraction (gold answers of datasets).
 */
export function parseLiteralNumber(text: string, opts: { readonly reduced?: boolean } = {}): LiteralNumber {
  const reduced = opts.reduced ?? true;
  // lead-in: "The answer is 18", "x = 18"; U+2212 is the typeset minus sign
  let s = text.trim().replace(LEAD_IN, '').replaceAll('\u2212', '-');
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of WRAPPERS) {
      const m = re.exec(s);
      if (m) {
        s = (m[1] as string).trim();
        changed = true;
      }
    }
  }
  s = s.replace(/\\text\{\s*([A-Za-z ]*)\}\s*$/, ' $1').trim(); // 9716 \text{ apples}
  s = s.replace(/(?<=[\dA-Za-z%])\.$/, ''); // the full stop of a sentence: 9716. 18 dollars.
  const unit = UNIT.exec(s);
  if (unit && !MULTIPLIER.test(unit[2] as string)) s = unit[1] as string; // 9716 apples, 25%
  s = s.replace(/^\\?\$\s*(?=[+-]?[\d.])/, ''); // a currency sign: $12.50
  const notNumber: LiteralNumber = { ok: false, reason: `not a number: the final answer must be ${NUMBER_FORMS}; got ${JSON.stringify(shorten(text.trim()))}` };

  const d = INTEGER_OR_DECIMAL.exec(s);
  if (d) {
    const sign = (d[1] ?? d[4] ?? '') === '-' ? '-' : '';
    const whole = (d[2] ?? '').replace(/\\?,/g, '') || '0';
    const canonical = `${sign}${whole}${d[3] ?? d[6] ?? ''}`;
    return { ok: true, value: new Fraction(canonical), canonical };
  }
  const f = SLASH_FRACTION.exec(s) ?? LATEX_FRACTION.exec(s);
  if (f) {
    const latex = f.length === 5;
    if (latex && f[1] && f[2]) return notNumber; // a sign both outside and inside \frac
    const sign = (latex ? f[1] || f[2] : f[1]) === '-' ? '-' : '';
    const n = BigInt(latex ? (f[3] as string) : (f[2] as string));
    const den = BigInt(latex ? (f[4] as string) : (f[3] as string));
    if (den === 0n) return { ok: false, reason: `not a number: ${JSON.stringify(shorten(text.trim()))} divides by zero` };
    if (reduced && (den === 1n || gcd(n, den) !== 1n)) {
      return { ok: false, reason: `not in lowest terms: ${sign}${n}/${den} must be written reduced (${new Fraction(n, den).mul(sign ? -1 : 1).toFraction()})` };
    }
    const value = new Fraction(n, den).mul(sign ? -1 : 1);
    return { ok: true, value, canonical: value.toFraction() };
  }
  return notNumber;
}

function verdict(correct: boolean, rule: string, reason: string, gold: Extraction | null, pred: Extraction | null, start: number): Verdict {
  return { correct, score: correct ? 1 : 0, rule, reason, gold, pred, timeMs: performance.now() - start };
}

const extraction = (raw: string, n: LiteralNumber): Extraction => ({ strategy: 'whole', raw, normalized: n.ok ? n.canonical : null, kind: n.ok ? 'number' : 'text' });

/**
 * The verdict on `pred` (one final answer, as written) when `gold` is a literal number (any fraction
 * accepted on the gold side), else undefined: the gold is not a number and the verifier judges as
 * usual. The answer must be a literal number (an expression, a hedge, an unreduced fraction are
 * `not-a-number`) with the gold's exact value; a decimal gold answers a question that asks for a
 * decimal ("Write 3/20 as a decimal"), so it wants one (`not-a-decimal`).
 */
export function literalNumberVerdict(gold: string, pred: string): Verdict | undefined {
  const start = performance.now();
  const g = parseLiteralNumber(gold, { reduced: false });
  if (!g.ok) return undefined;
  const p = parseLiteralNumber(pred);
  const gx = extraction(gold, g);
  const px = extraction(pred, p);
  if (!p.ok) return verdict(false, 'not-a-number', p.reason, gx, px, start);
  if (g.canonical.includes('.') && g.value.d !== 1n && !p.canonical.includes('.')) return verdict(false, 'not-a-decimal', `${p.canonical} must be written as a decimal`, gx, px, start);
  const correct = p.value.equals(g.value);
  return verdict(correct, 'exact-rational', correct ? `${p.canonical} equals the answer exactly` : `${p.canonical} is not the answer`, gx, px, start);
}

/**
 * A refusal (rule `several-answers`) when one message gives different final answers (a hedge); the
 * same number written twice (9716, 9,716) is one answer. Undefined for a single answer.
 */
export function severalAnswers(answers: readonly string[]): Verdict | undefined {
  const start = performance.now();
  const distinct = [...new Set(answers.map((a) => { const n = parseLiteralNumber(a); return n.ok ? n.canonical : a; }))];
  if (distinct.length <= 1) return undefined;
  return verdict(false, 'several-answers', `several different final answers in one message (${distinct.length}); give exactly one <answer>`, null, null, start);
}
