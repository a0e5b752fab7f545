/**
 * The calculator behind `<tool>calc: ...</tool>`: two mathjs instances limited as mathjs's security
 * guide advises (the functions that alter the instance or parse new code are overridden to throw),
 * plus the functions that would make tool results nondeterministic (random*). An expression is
 * evaluated exactly (rationals of any size, exact-math.ts) when it can be, else in doubles with the
 * result marked approximate: never a silently rounded value presented as exact.
 *
 * This module only limits *what* an expression may do; *how long* and *how much memory* it may take
 * is enforced by running it in a worker (sandbox.ts). Each call gets a fresh scope: variables and
 * functions defined in one call are gone in the next.
 */
import { all, create, type MathJsInstance } from 'mathjs';
import { checkExactSubset, DivisionByZeroError, exactInstance, formatExact } from './exact-math.js';
import { TooLargeError } from './integers.js';

/** Overridden in the instance (mathjs security guide, plus config/help/random and the other parsers). */
export const DISABLED_FUNCTIONS: readonly string[] = [
  'import', 'createUnit', 'reviver', 'replacer', 'evaluate', 'parse', 'parser', 'compile', 'resolve',
  'simplify', 'simplifyConstant', 'simplifyCore', 'rationalize', 'derivative', 'symbolicEqual', 'leafCount',
  'config', 'help', 'random', 'randomInt', 'pickRandom',
];
/**
 * mathjs uses these internally, so they cannot be overridden in the instance (doing so breaks every
 * function); they are shadowed in each call's scope instead, which the parser consults first.
 */
export const SHADOWED_FUNCTIONS: readonly string[] = ['typed', 'on', 'off', 'once', 'emit'];

/** A worker must never send back more than this, whatever the env's own (smaller) limit. */
export const HARD_RESULT_LIMIT = 100_000;

export type CalcErrorCode =
  | 'SYNTAX' // the expression does not parse
  | 'FORBIDDEN' // it calls a disabled function
  | 'EVAL' // mathjs refused it (unknown symbol, wrong argument types, ...)
  | 'EXPRESSION_TOO_LONG'
  | 'RESULT_TOO_LARGE'
  | 'TIMEOUT' // over the wall-clock limit; the worker was stopped
  | 'CRASHED' // the worker died, most likely over its memory limit
  | 'INTERNAL';

/** `approximate` is set (true) only when the result was computed in doubles; its text then starts with APPROXIMATE. */
export type CalcOutcome =
  | { readonly ok: true; readonly result: string; readonly approximate?: true }
  | { readonly ok: false; readonly code: CalcErrorCode; readonly error: string };

/** Marks a result computed in doubles, so a rounded value is never taken for an exact one. */
export const APPROXIMATE = '≈';

class ForbiddenError extends Error {}

function disabled(name: string): () => never {
  return () => {
    throw new ForbiddenError(`function ${name} is not available in this calculator`);
  };
}

let instance: { math: MathJsInstance; evaluate: MathJsInstance['evaluate'] } | undefined;

const DISABLED: Record<string, () => never> = Object.fromEntries(DISABLED_FUNCTIONS.map((n) => [n, disabled(n)]));

/** The approximate tier: mathjs in doubles, for what the exact tier cannot do (pi, sin, sqrt(2), ...). */
function limited(): { math: MathJsInstance; evaluate: MathJsInstance['evaluate'] } {
  if (instance) return instance;
  const math = create(all, { number: 'number' });
  const evaluate = math.evaluate; // kept before it is overridden, as the security guide does
  math.import(DISABLED, { override: true });
  instance = { math, evaluate };
  return instance;
}

/** Integers print in full while exact; everything else with 14 significant digits (0.1 + 0.2 -> 0.3). */
function formatValue(math: MathJsInstance, value: unknown): string {
  if (value === undefined) return '(no value)';
  if (typeof value === 'function') return 'function';
  return math.format(value, (x: number) => (Number.isSafeInteger(x) ? String(x) : math.format(x, { precision: 14 })));
}

const scope = (): Map<string, unknown> => new Map<string, unknown>(SHADOWED_FUNCTIONS.map((n) => [n, disabled(n)]));

/** A multi-statement expression gives a ResultSet; its last value counts. */
function lastValue(math: MathJsInstance, raw: unknown): unknown {
  return math.isResultSet(raw) ? (raw.entries as unknown[]).at(-1) : raw;
}

/** The exact tier's result, or undefined when the expression needs the approximate tier. */
function exactly(expression: string, maxLength: number): string | undefined {
  const { math, parse } = exactInstance(DISABLED);
  let node;
  try {
    node = parse(expression);
    checkExactSubset(node);
  } catch {
    return undefined; // not parsable as exact (e.g. 1e3) or outside the subset: the approximate tier decides
  }
  try {
    return formatExact(math, lastValue(math, node.compile().evaluate(scope())), maxLength);
  } catch (e) {
    if (e instanceof TooLargeError || e instanceof ForbiddenError || e instanceof DivisionByZeroError) throw e;
    if (e instanceof Error && e.message === 'Division by Zero') throw new DivisionByZeroError('division by zero'); // fraction.js
    return undefined;
  }
}

/**
 * Evaluates one expression (several statements separated by `;` or newlines: the last value counts).
 * Integers and rationals are exact at any size; a result that had to be computed in doubles is
 * marked approximate (`≈` before it, `approximate: true`). Never throws.
 */
export function calculate(expression: string, maxResultLength = HARD_RESULT_LIMIT): CalcOutcome {
  const cap = Math.min(maxResultLength, HARD_RESULT_LIMIT);
  const tooLarge = (text: string): CalcOutcome => ({ ok: false, code: 'RESULT_TOO_LARGE', error: `the result has ${text.length} characters, over the limit of ${cap}` });
  try {
    const exact = exactly(expression, cap);
    if (exact !== undefined) return exact.length > cap ? tooLarge(exact) : { ok: true, result: exact };
    const { math, evaluate } = limited();
    const value = lastValue(math, evaluate(expression, scope()));
    const plain = formatValue(math, value);
    const text = typeof value === 'function' || value === undefined ? plain : `${APPROXIMATE}${plain}`;
    if (text.length > cap) return tooLarge(text);
    return text === plain ? { ok: true, result: text } : { ok: true, result: text, approximate: true };
  } catch (e) {
    if (e instanceof ForbiddenError) return { ok: false, code: 'FORBIDDEN', error: e.message };
    if (e instanceof TooLargeError) return { ok: false, code: 'RESULT_TOO_LARGE', error: e.message };
    if (e instanceof DivisionByZeroError) return { ok: false, code: 'EVAL', error: e.message };
    if (e instanceof SyntaxError) return { ok: false, code: 'SYNTAX', error: `syntax error: ${e.message}` };
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { ok: false, code: 'EVAL', error: 'recursion too deep' };
    if (e instanceof Error) return { ok: false, code: 'EVAL', error: e.message };
    return { ok: false, code: 'INTERNAL', error: String(e) };
  }
}
