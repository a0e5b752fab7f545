/**
 * Procedural arithmetic problems, reasoning-gym style: a pure function of (rng state, config).
 *
 * A problem is a random expression tree evaluated exactly with fraction.js, so the gold answer is
 * exact; the question and the ASCII `expression` are both printed from the same tree with minimal
 * parentheses, so they denote the same value.
 *
 * | difficulty | operations            | operands                                         | shape                         |
 * |------------|-----------------------|--------------------------------------------------|-------------------------------|
 * | 1          | one of + − ×          | integers 0..20 (× : 0..10), a − b with a >= b    | a op b                        |
 * | 2          | 2–3 of + − ×          | integers −100..100 (× : −12..12)                 | flat, order of operations     |
 * | 3          | 2–3 of + − × ÷ (≥1 ÷) | integers −30..30 (× : −12..12, ÷ : ±2..12)       | tree with parentheses; every  |
 * |            |                       |                                                  | ÷ has an exact integer result |
 * | 4          | 2–3 of + − ×          | decimals with 1–2 places (|x| < 20) and integers | tree with parentheses         |
 * | 5          | 3–4 of + − × ÷        | fractions a/b (b 2..9) and integers −9..9        | tree, nested parentheses;     |
 * |            |                       |                                                  | answer a non-integer fraction |
 *
 * Every intermediate value stays within |numerator| <= 10^6, denominator <= 10^4 (problems that
 * leave it are redrawn), and a ÷ whose divisor is zero is redrawn before it is evaluated.
 */
import Fraction from 'fraction.js';
import { ConfigError, MathgymError } from '../../lib/errors.js';
import type { Rng } from '../../lib/core/rng.js';
import { formatRational } from '../../lib/verify/rational.js';

export type Difficulty = 1 | 2 | 3 | 4 | 5;

export interface ArithmeticConfig {
  /** 1 (one small operation) .. 5 (fractions, nested parentheses). Default 1. */
  readonly difficulty: Difficulty;
}

export const DEFAULT_ARITHMETIC_CONFIG: ArithmeticConfig = { difficulty: 1 };

export type ProblemKind = 'single-operation' | 'order-of-operations' | 'integer-division' | 'decimals' | 'fractions';

export interface ArithmeticProblem {
  /** What the agent sees, with × ÷ and − (U+2212). */
  readonly question: string;
  /** Canonical exact answer: "7" or a reduced fraction "-3/4". */
  readonly answer: string;
  /** The same expression in ASCII (`* / -`), for independent re-evaluation. */
  readonly expression: string;
  readonly metadata: {
    readonly difficulty: Difficulty;
    readonly kind: ProblemKind;
    /** Literals left to right, ASCII. */
    readonly operands: readonly string[];
    /** Operators left to right, ASCII. */
    readonly operators: readonly Op[];
  };
}

/**
 * Checks a config and fills defaults.
 * @throws ConfigError for unknown keys or a difficulty that is not an integer in 1..5.
 */
export function validateConfig(config: unknown): ArithmeticConfig {
  if (config === undefined) return DEFAULT_ARITHMETIC_CONFIG;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ConfigError(`arithmetic config must be an object like { difficulty: 3 }, got ${JSON.stringify(config)}`);
  }
  const unknown = Object.keys(config).filter((k) => k !== 'difficulty');
  if (unknown.length > 0) {
    throw new ConfigError(`unknown arithmetic config key(s) ${unknown.map((k) => JSON.stringify(k)).join(', ')}; the only key is "difficulty"`);
  }
  const { difficulty = 1 } = config as { difficulty?: unknown };
  if (typeof difficulty !== 'number' || !Number.isInteger(difficulty) || difficulty < 1 || difficulty > 5) {
    throw new ConfigError(
      `difficulty must be an integer from 1 to 5, got ${typeof difficulty === 'string' ? JSON.stringify(difficulty) : String(difficulty)}. ` +
        'Use 1 for one operation on small integers up to 5 for fractions with nested parentheses.',
    );
  }
  return { difficulty: difficulty as Difficulty };
}

/** ASCII operator; the question prints them as + − × ÷. */
export type Op = '+' | '-' | '*' | '/';
type LitKind = 'integer' | 'decimal' | 'fraction';
interface Lit {
  readonly type: 'lit';
  readonly kind: LitKind;
  readonly value: Fraction;
  readonly text: string;
}
interface Bin {
  readonly type: 'bin';
  readonly op: Op;
  readonly left: Node;
  readonly right: Node;
  readonly value: Fraction;
}
type Node = Lit | Bin;

/** Thrown inside a draw to start it over (a bound was exceeded, a divisor was zero, ...). */
class Redraw extends Error {}

const MAX_NUMERATOR = 10n ** 6n;
const MAX_DENOMINATOR = 10n ** 4n;
const MAX_DRAWS = 1000;

const KINDS: Record<Difficulty, ProblemKind> = {
  1: 'single-operation',
  2: 'order-of-operations',
  3: 'integer-division',
  4: 'decimals',
  5: 'fractions',
};

/**
 * Draws one problem. Deterministic: the same Rng state and config give the same problem.
 * @throws ConfigError for an invalid config.
 */
export function generateProblem(rng: Rng, config: ArithmeticConfig = DEFAULT_ARITHMETIC_CONFIG): ArithmeticProblem {
  const { difficulty } = validateConfig(config);
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    try {
      const tree = DRAW[difficulty](rng);
      if (!acceptable(tree, difficulty)) continue;
      const problem = toProblem(tree, difficulty);
      // an answer that is one of the operands (7 × 1, 5 + 0) can be copied from the question: redraw
      if (problem.metadata.operands.some((o) => o.replace(/−/g, '-') === problem.answer)) continue;
      // integer-division trees land on ±1 one time in five: keep 15% of those so that no answer is a
      // constant worth learning (mathgym redteam's constant exploit; 9.5% each before, ~2% after)
      if (difficulty === 3 && (problem.answer === '1' || problem.answer === '-1') && rng.float() < 0.85) continue;
      return problem;
    } catch (e) {
      if (!(e instanceof Redraw)) throw e;
    }
  }
  // Unreachable in practice (acceptance rates are well above 1%); kept so the loop is bounded.
  throw new MathgymError(`could not draw an arithmetic problem at difficulty ${difficulty} in ${MAX_DRAWS} tries`);
}

const DRAW: Record<Difficulty, (rng: Rng) => Node> = {
  1: (rng) => {
    const op = rng.choice<Op>(['+', '-', '*']);
    const max = op === '*' ? 10 : 20;
    let [a, b] = [rng.integer(0, max), rng.integer(0, max)];
    if (op === '-' && a < b) [a, b] = [b, a]; // keep level 1 non-negative
    return bin(op, int(a), int(b));
  },
  2: (rng) => {
    const ops = Array.from({ length: rng.integer(2, 3) }, () => rng.choice<Op>(['+', '-', '*']));
    const nums = Array.from({ length: ops.length + 1 }, (_, i) =>
      ops[i - 1] === '*' || ops[i] === '*' ? int(rng.integer(-12, 12)) : int(rng.integer(-100, 100)),
    );
    return chain(nums, ops);
  },
  3: (rng) =>
    tree(rng, rng.integer(2, 3), ['+', '-', '*', '/'], (parent) => int(parent === '*' ? rng.integer(-12, 12) : rng.integer(-30, 30)), true),
  4: (rng) =>
    tree(rng, rng.integer(2, 3), ['+', '-', '*'], () => {
      if (!rng.bernoulli(0.6)) return int(rng.integer(-20, 20));
      const places = rng.integer(1, 2);
      const scale = 10 ** places;
      return decimal(rng.integer(-20 * scale + 1, 20 * scale - 1), places);
    }),
  5: (rng) =>
    tree(rng, rng.integer(3, 4), ['+', '-', '*', '/'], () => {
      if (!rng.bernoulli(0.7)) return int(rng.integer(-9, 9));
      const den = rng.integer(2, 9);
      return frac(rng.choice([-1, 1]) * rng.integer(1, 12), den);
    }),
};

/** Per-level properties a draw must have beyond the construction rules. */
function acceptable(root: Node, difficulty: Difficulty): boolean {
  const { literals, ops } = flatten(root);
  switch (difficulty) {
    case 3:
      return ops.includes('/');
    case 4:
      return literals.some((l) => l.kind === 'decimal');
    case 5:
      return literals.some((l) => l.kind === 'fraction') && root.value.d !== 1n && parenDepth(root) >= 2;
    default:
      return true;
  }
}

function toProblem(root: Node, difficulty: Difficulty): ArithmeticProblem {
  const { literals, ops } = flatten(root);
  const instructions =
    difficulty === 4
      ? 'Give the exact answer as an integer, a terminating decimal or a reduced fraction.'
      : 'Give the exact answer as an integer or a reduced fraction.';
  return {
    question: `Compute ${render(root, PRETTY)}. ${instructions}`,
    answer: formatRational(root.value),
    expression: render(root, ASCII),
    metadata: { difficulty, kind: KINDS[difficulty], operands: literals.map((l) => l.text), operators: ops },
  };
}

// ---- construction -------------------------------------------------------------------------

function int(n: number): Lit {
  return { type: 'lit', kind: 'integer', value: new Fraction(BigInt(n), 1n), text: String(n) };
}

function decimal(mantissa: number, places: number): Lit {
  const value = new Fraction(BigInt(mantissa), 10n ** BigInt(places));
  if (value.d === 1n) return int(mantissa / 10 ** places);
  // value.d divides 10^places, so the exact digits are mantissa scaled to the reduced precision
  const digits = value.d === 10n || value.d === 5n || value.d === 2n ? 1 : 2;
  const abs = (value.n * 10n ** BigInt(digits)) / value.d;
  const whole = abs / 10n ** BigInt(digits);
  const frac = String(abs % 10n ** BigInt(digits)).padStart(digits, '0');
  return { type: 'lit', kind: 'decimal', value, text: `${value.s < 0n ? '-' : ''}${whole}.${frac}` };
}

function frac(num: number, den: number): Lit {
  const value = new Fraction(BigInt(num), BigInt(den));
  return value.d === 1n
    ? { type: 'lit', kind: 'integer', value, text: formatRational(value) }
    : { type: 'lit', kind: 'fraction', value, text: formatRational(value) };
}

function bin(op: Op, left: Node, right: Node): Bin {
  if (op === '/' && right.value.n === 0n) throw new Redraw();
  const l = left.value;
  const value = op === '+' ? l.add(right.value) : op === '-' ? l.sub(right.value) : op === '*' ? l.mul(right.value) : l.div(right.value);
  if (value.n > MAX_NUMERATOR || value.d > MAX_DENOMINATOR) throw new Redraw();
  return { type: 'bin', op, left, right, value };
}

/** Folds `n0 op1 n1 op2 n2 …` with the usual precedence, left to right: no parentheses needed. */
function chain(nums: Node[], ops: Op[]): Node {
  const terms: Node[] = [nums[0]];
  const addOps: Op[] = [];
  ops.forEach((op, i) => {
    if (op === '*' || op === '/') terms[terms.length - 1] = bin(op, terms[terms.length - 1], nums[i + 1]);
    else {
      addOps.push(op);
      terms.push(nums[i + 1]);
    }
  });
  return addOps.reduce<Node>((acc, op, i) => bin(op, acc, terms[i + 1]), terms[0]);
}

/**
 * A random tree with `n` operators. Nodes above other operators lean towards × ÷ and nodes
 * over two literals towards + −, so parentheses come up often. With `exactDivision`, the
 * divisor of ÷ is a literal that divides its (integer) dividend.
 */
function tree(rng: Rng, n: number, ops: readonly Op[], leaf: (parent: Op) => Lit, exactDivision = false): Node {
  const mul = ops.filter((o) => o === '*' || o === '/');
  const add = ops.filter((o) => o === '+' || o === '-');
  const grow = (size: number, parent: Op): Node => {
    if (size === 0) return leaf(parent);
    const op = rng.choice(rng.bernoulli(size > 1 ? 0.65 : 0.35) ? mul : add);
    if (op === '/' && exactDivision) {
      const left = grow(size - 1, op);
      return bin(op, left, exactDivisor(rng, left.value));
    }
    const k = rng.integer(0, size - 1);
    return bin(op, grow(k, op), grow(size - 1 - k, op));
  };
  return grow(n, '+');
}

/** A divisor in ±2..12 that divides the integer `v` exactly; redraws when there is none. */
function exactDivisor(rng: Rng, v: Fraction): Lit {
  const candidates = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((d) => v.n % BigInt(d) === 0n);
  if (v.d !== 1n || candidates.length === 0) throw new Redraw();
  return int(rng.choice([-1, 1]) * rng.choice(candidates));
}

// ---- printing -----------------------------------------------------------------------------

interface Symbols {
  readonly ops: Record<Op, string>;
  readonly minus: string;
}
const ASCII: Symbols = { ops: { '+': '+', '-': '-', '*': '*', '/': '/' }, minus: '-' };
const PRETTY: Symbols = { ops: { '+': '+', '-': '−', '*': '×', '/': '÷' }, minus: '−' };

/** Binding strength; a fraction literal `a/b` binds like a division. */
function precedence(node: Node): number {
  if (node.type === 'lit') return node.kind === 'fraction' ? 2 : 3;
  return node.op === '+' || node.op === '-' ? 1 : 2;
}

function needsParens(child: Node, parent: Op, isRight: boolean): boolean {
  const [c, p] = [precedence(child), parent === '+' || parent === '-' ? 1 : 2];
  return c < p || (isRight && c === p && (parent === '-' || parent === '/'));
}

/** Prints with minimal parentheses; a negative literal is parenthesised unless it comes first. */
function render(node: Node, sym: Symbols, leftmost = true): string {
  if (node.type === 'lit') {
    const text = node.text.replace('-', sym.minus);
    return node.value.s < 0n && node.value.n !== 0n && !leftmost ? `(${text})` : text;
  }
  const side = (child: Node, isRight: boolean): string => {
    const wrap = needsParens(child, node.op, isRight);
    const inner = render(child, sym, wrap || (!isRight && leftmost));
    return wrap ? `(${inner})` : inner;
  };
  return `${side(node.left, false)} ${sym.ops[node.op]} ${side(node.right, true)}`;
}

/** Nesting depth of the parentheses that precedence needs (not those around negative literals). */
function parenDepth(node: Node): number {
  if (node.type === 'lit') return 0;
  const depth = (child: Node, isRight: boolean): number => parenDepth(child) + (needsParens(child, node.op, isRight) ? 1 : 0);
  return Math.max(depth(node.left, false), depth(node.right, true));
}

function flatten(root: Node): { literals: Lit[]; ops: Op[] } {
  const literals: Lit[] = [];
  const ops: Op[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'lit') literals.push(node);
    else {
      walk(node.left);
      ops.push(node.op);
      walk(node.right);
    }
  };
  walk(root);
  return { literals, ops };
}
