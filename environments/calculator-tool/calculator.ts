/**
 * The calculator behind `<tool>calc: ...</tool>`: a mathjs instance limited as mathjs's security
 * guide advises (the functions that alter the instance or parse new code are overridden to throw),
 * plus the functions that would make tool results nondeterministic (random*).
 *
 * This module only limits *what* an expression may do; *how long* and *how much memory* it may take
 * is enforced by running it in a worker (sandbox.ts). Each call gets a fresh scope: variables and
 * functions defined in one call are gone in the next.
 */
import { all, create, type MathJsInstance } from 'mathjs';

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

export type CalcOutcome = { readonly ok: true; readonly result: string } | { readonly ok: false; readonly code: CalcErrorCode; readonly error: string };

class ForbiddenError extends Error {}

function disabled(name: string): () => never {
  return () => {
    throw new ForbiddenError(`function ${name} is not available in this calculator`);
  };
}

let instance: { math: MathJsInstance; evaluate: MathJsInstance['evaluate'] } | undefined;

function limited(): { math: MathJsInstance; evaluate: MathJsInstance['evaluate'] } {
  if (instance) return instance;
  const math = create(all, { number: 'number' });
  const evaluate = math.evaluate; // kept before it is overridden, as the security guide does
  math.import(Object.fromEntries(DISABLED_FUNCTIONS.map((n) => [n, disabled(n)])), { override: true });
  instance = { math, evaluate };
  return instance;
}

/** Integers print in full while exact; everything else with 14 significant digits (0.1 + 0.2 -> 0.3). */
function formatValue(math: MathJsInstance, value: unknown): string {
  if (value === undefined) return '(no value)';
  if (typeof value === 'function') return 'function';
  return math.format(value, (x: number) => (Number.isSafeInteger(x) ? String(x) : math.format(x, { precision: 14 })));
}

/** Evaluates one expression (several statements separated by `;` or newlines: the last value counts). Never throws. */
export function calculate(expression: string, maxResultLength = HARD_RESULT_LIMIT): CalcOutcome {
  try {
    const { math, evaluate } = limited();
    const scope = new Map<string, unknown>(SHADOWED_FUNCTIONS.map((n) => [n, disabled(n)]));
    const raw: unknown = evaluate(expression, scope);
    // a multi-statement expression gives a ResultSet; show its last value
    const value = math.isResultSet(raw) ? (raw.entries as unknown[]).at(-1) : raw;
    const text = formatValue(math, value);
    const cap = Math.min(maxResultLength, HARD_RESULT_LIMIT);
    if (text.length > cap) return { ok: false, code: 'RESULT_TOO_LARGE', error: `the result has ${text.length} characters, over the limit of ${cap}` };
    return { ok: true, result: text };
  } catch (e) {
    if (e instanceof ForbiddenError) return { ok: false, code: 'FORBIDDEN', error: e.message };
    if (e instanceof SyntaxError) return { ok: false, code: 'SYNTAX', error: `syntax error: ${e.message}` };
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { ok: false, code: 'EVAL', error: 'recursion too deep' };
    if (e instanceof Error) return { ok: false, code: 'EVAL', error: e.message };
    return { ok: false, code: 'INTERNAL', error: String(e) };
  }
}
