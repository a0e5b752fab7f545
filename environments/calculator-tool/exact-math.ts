/**
 * The calculator's exact tier: mathjs in Fraction mode (fraction.js 5, bigint numerators), so every
 * integer and rational result is exact at any size: `mod(84^39, 25)` is 14, where doubles said 0.
 *
 * An expression is evaluated here only if it stays inside a subset where that holds: its literals
 * are numbers and booleans, its symbols are its own variables and function parameters, and it calls
 * only the functions and operators below, which are exact on rationals (the integer ones, and the
 * roots and powers that fall back to doubles in mathjs, are replaced by exact bigint versions).
 * Anything else (pi, sin, units, a root that is irrational, ...) throws InexactError, and the
 * calculator evaluates it again in doubles and marks the result approximate (calculator.ts): a
 * double never flows into an "exact" result, where it could be silently wrong.
 */
import Fraction from 'fraction.js';
import { all, create, type MathJsInstance, type MathNode } from 'mathjs';
import { binomial, checkBits, exactRoot, factorial, fallingFactorial, isPrime, log2, TooLargeError } from './integers.js';

/** The expression leaves the exact subset; evaluate it approximately instead. */
export class InexactError extends Error {}

/** Division by zero: an error in the exact tier (doubles would say Infinity). */
export class DivisionByZeroError extends Error {}

/** Functions (and the operators' functions) that are exact on rationals in this instance. */
export const EXACT_FUNCTIONS: ReadonlySet<string> = new Set([
  'add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow', 'mod', 'abs', 'floor', 'ceil', 'fix', 'round', 'sign',
  'gcd', 'lcm', 'max', 'min', 'sum', 'prod', 'mean', 'cumsum', 'square', 'cube', 'sqrt', 'cbrt', 'nthRoot',
  'factorial', 'combinations', 'permutations', 'isPrime', 'isInteger', 'isNegative', 'isPositive', 'isZero',
  'equal', 'unequal', 'larger', 'smaller', 'largerEq', 'smallerEq', 'compare', 'and', 'or', 'not', 'xor',
  'det', 'inv', 'transpose', 'ctranspose', 'dotMultiply', 'dotDivide',
]);

const COMPARISONS: ReadonlySet<string> = new Set(['equal', 'unequal', 'larger', 'smaller', 'largerEq', 'smallerEq']);

const isFraction = (x: unknown): x is Fraction => x instanceof Fraction;

function inexact(why: string): never {
  throw new InexactError(why);
}

function integer(x: Fraction, what: string): bigint {
  if (x.d !== 1n) inexact(`${what} is not an integer`);
  return x.s * x.n;
}

/** The exact k-th root of a rational (k >= 1), or InexactError when it is irrational or not real. */
function rationalRoot(x: Fraction, k: bigint): Fraction {
  const negative = x.s < 0n && x.n !== 0n;
  if (negative && k % 2n === 0n) inexact('an even root of a negative number is not real');
  const n = exactRoot(x.n, k);
  const d = exactRoot(x.d, k);
  if (n === undefined || d === undefined) inexact('the root is irrational');
  return new Fraction(negative ? -n : n, d);
}

/** x^y, exact; checks the size first so 7^(10^9) is an error, not a minutes-long multiplication. */
function exactPow(x: Fraction, y: Fraction): Fraction {
  let base = x;
  if (y.d !== 1n) {
    if (x.s < 0n && x.n !== 0n) inexact('a fractional power of a negative number');
    base = rationalRoot(x, y.d);
  }
  const e = y.n; // |numerator of the exponent|
  if (base.n === 0n) {
    if (y.s < 0n && e !== 0n) throw new DivisionByZeroError('division by zero (0 to a negative power)');
    return new Fraction(e === 0n ? 1n : 0n);
  }
  checkBits(Math.max(log2(base.n), log2(base.d)) * Number(e), `${x.toFraction()}^${y.toFraction()}`);
  return base.pow(new Fraction(y.s * e));
}

let cached: { math: MathJsInstance; parse: MathJsInstance['parse'] } | undefined;

/** The Fraction-mode instance, with exact versions of the functions mathjs computes in doubles. */
export function exactInstance(disabled: Record<string, () => never>): { math: MathJsInstance; parse: MathJsInstance['parse'] } {
  if (cached) return cached;
  const math = create(all, { number: 'Fraction' });
  const parse = math.parse;
  const typed = math.typed as unknown as (name: string, signatures: Record<string, (...args: never[]) => unknown>) => unknown;
  const replace = (name: string, signatures: Record<string, (...args: never[]) => unknown>): unknown => {
    const existing = { ...(math as unknown as Record<string, { signatures: Record<string, unknown> }>)[name]?.signatures };
    for (const key of Object.keys(signatures)) delete existing[key.replace(/\s/g, '')];
    return typed(name, { ...(existing as Record<string, (...args: never[]) => unknown>), ...signatures });
  };
  const F = (b: bigint): Fraction => new Fraction(b);
  math.import(
    {
      pow: replace('pow', { 'Fraction, Fraction': (x: Fraction, y: Fraction) => exactPow(x, y) }),
      sqrt: replace('sqrt', { Fraction: (x: Fraction) => rationalRoot(x, 2n) }),
      cbrt: replace('cbrt', { Fraction: (x: Fraction) => rationalRoot(x, 3n) }),
      nthRoot: replace('nthRoot', {
        'Fraction, Fraction': (x: Fraction, k: Fraction) => {
          const n = integer(k, 'the root degree');
          if (n < 1n) inexact('the root degree is not positive');
          return rationalRoot(x, n);
        },
      }),
      isPrime: replace('isPrime', { Fraction: (x: Fraction) => x.d === 1n && isPrime(x.s * x.n) }),
      factorial: replace('factorial', {
        Fraction: (x: Fraction) => {
          const n = integer(x, 'the factorial argument');
          if (n < 0n) inexact('factorial of a negative integer');
          return F(factorial(n));
        },
      }),
      combinations: replace('combinations', {
        'Fraction, Fraction': (n: Fraction, k: Fraction) => {
          const [a, b] = [integer(n, 'n'), integer(k, 'k')];
          if (a < 0n || b < 0n || b > a) inexact('combinations(n, k) needs 0 <= k <= n');
          return F(binomial(a, b));
        },
      }),
      permutations: replace('permutations', {
        Fraction: (n: Fraction) => {
          const a = integer(n, 'n');
          if (a < 0n) inexact('permutations(n) needs n >= 0');
          return F(factorial(a));
        },
        'Fraction, Fraction': (n: Fraction, k: Fraction) => {
          const [a, b] = [integer(n, 'n'), integer(k, 'k')];
          if (a < 0n || b < 0n || b > a) inexact('permutations(n, k) needs 0 <= k <= n');
          return F(fallingFactorial(a, b));
        },
      }),
      ...disabled,
    },
    { override: true },
  );
  cached = { math, parse };
  return cached;
}

/**
 * Throws InexactError unless the expression stays in the exact subset (see the module comment).
 * Symbols must be the expression's own: constants (pi), units (cm) and functions passed as values
 * are not, and a variable may not take the name of an exact function.
 */
export function checkExactSubset(root: MathNode): void {
  const variables = new Set<string>();
  const functions = new Set<string>();
  root.traverse((node) => {
    const n = node as MathNode & { object?: MathNode & { name?: string }; index?: unknown; name?: string; params?: string[] };
    if (n.type === 'AssignmentNode') {
      if (n.object?.type !== 'SymbolNode' || n.index) inexact('assignment to a part of a value');
      variables.add(n.object.name as string);
    } else if (n.type === 'FunctionAssignmentNode') {
      functions.add(n.name as string);
      for (const p of n.params ?? []) variables.add(p);
    }
  });
  for (const name of [...variables, ...functions]) if (EXACT_FUNCTIONS.has(name)) inexact(`${name} is redefined`);
  root.traverse((node, path, parent) => {
    const n = node as MathNode & { value?: unknown; name?: string; fn?: unknown; conditionals?: string[] };
    switch (n.type) {
      case 'ConstantNode':
        if (!(isFraction(n.value) || typeof n.value === 'boolean')) inexact('a literal that is not a number');
        return;
      case 'SymbolNode': {
        const name = n.name as string;
        if (parent?.type === 'FunctionNode' && path === 'fn') {
          if (!EXACT_FUNCTIONS.has(name) && !functions.has(name)) inexact(`${name} is not exact`);
        } else if (!(parent?.type === 'AssignmentNode' && path === 'object') && !variables.has(name)) {
          inexact(`${name} is not a variable of the expression`);
        }
        return;
      }
      case 'FunctionNode':
        if ((n.fn as MathNode).type !== 'SymbolNode') inexact('a computed function');
        return;
      case 'OperatorNode':
        if (!EXACT_FUNCTIONS.has(n.fn as string)) inexact(`operator ${String(n.fn)} is not exact`);
        return;
      case 'RelationalNode':
        if (!(n.conditionals ?? []).every((c) => COMPARISONS.has(c))) inexact('comparison');
        return;
      case 'ParenthesisNode':
      case 'BlockNode':
      case 'ConditionalNode':
      case 'ArrayNode':
      case 'AssignmentNode':
      case 'FunctionAssignmentNode':
        return;
      default:
        inexact(`${n.type} is not in the exact subset`);
    }
  });
}

/** An exact rational as the calculator shows it: an integer, a terminating decimal, or n/d. */
export function formatRational(x: Fraction, maxLength = Infinity): string {
  // printing a bigint takes time quadratic in its length: a result too long to show is not printed
  const size = Math.max(x.n === 0n ? 0 : log2(x.n), log2(x.d)) * Math.log10(2);
  if (size > maxLength) throw new TooLargeError(`the result has about ${Math.round(size).toLocaleString('en-US')} digits, over the limit of ${maxLength} characters`);
  const sign = x.s < 0n && x.n !== 0n ? '-' : '';
  if (x.d === 1n) return `${sign}${x.n}`;
  let d = x.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos += 1;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives += 1;
  }
  if (d !== 1n) return `${sign}${x.n}/${x.d}`;
  const places = Math.max(twos, fives);
  const digits = ((x.n * 10n ** BigInt(places)) / x.d).toString().padStart(places + 1, '0');
  return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** Formats an exact-tier value; InexactError for a value that is not made of rationals and booleans. */
export function formatExact(math: MathJsInstance, value: unknown, maxLength = Infinity): string {
  if (value === undefined) return '(no value)';
  if (typeof value === 'function') return 'function';
  if (typeof value === 'boolean') return String(value);
  if (isFraction(value)) return formatRational(value, maxLength);
  if (math.isMatrix(value)) return formatExact(math, value.toArray(), maxLength);
  if (Array.isArray(value)) return `[${value.map((v) => formatExact(math, v, maxLength)).join(', ')}]`;
  return inexact(`a ${math.typeOf(value)} result`);
}
