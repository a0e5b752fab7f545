/**
 * Multi-digit arithmetic word problems: the default problems of CalculatorTool-v0, where a
 * calculator genuinely helps (a model can set up `347 * 28 - 1189` but rarely multiplies it out
 * reliably). A TaskGenerator like those in datasets/generators: a pure function of (rng, difficulty).
 *
 * | difficulty | operations                          | numbers                         |
 * |------------|-------------------------------------|---------------------------------|
 * | 1          | one of ×, +, −                      | 100..999 and 12..99             |
 * | 2          | two (a×b − c, a×p + b×q, (a+b)×c)   | 100..9,999 and 12..99           |
 * | 3          | three, with one exact division      | 1,000..99,999 and 12..999       |
 * | 4          | as 3                                | 10,000..999,999 and 100..9,999  |
 *
 * Every answer is a positive integer (divisions are exact by construction), below 2^53, so the
 * expression in `metadata.expression` evaluates to it exactly in doubles.
 */
import type { Rng } from '../../lib/core/rng.js';
import type { TaskGenerator } from '../../datasets/generators/generator.js';
import { verifierVerdict } from '../../datasets/generators/score.js';

interface Ranges {
  /** The big numbers (counts, totals). */
  readonly big: readonly [number, number];
  /** The small numbers (per-item sizes, prices, divisors). */
  readonly small: readonly [number, number];
}

interface Drawn {
  readonly text: string;
  /** ASCII expression of the answer, as the problem states it. */
  readonly expression: string;
  readonly answer: number;
  readonly template: string;
}

type Template = (rng: Rng, r: Ranges) => Drawn;

const RANGES: readonly Ranges[] = [
  { big: [100, 999], small: [12, 99] },
  { big: [100, 9_999], small: [12, 99] },
  { big: [1_000, 99_999], small: [12, 999] },
  { big: [10_000, 999_999], small: [100, 9_999] },
];

const draw = (rng: Rng, [lo, hi]: readonly [number, number]): number => rng.integer(lo, hi);

const ONE_OP: Record<string, Template> = {
  product(rng, r) {
    const [a, b] = [draw(rng, r.big), draw(rng, r.small)];
    const [unit, item] = rng.choice([['crates', 'bottles'], ['boxes', 'pencils'], ['trays', 'eggs'], ['bags', 'marbles']] as const);
    return { template: 'product', text: `A factory fills ${a} ${unit} a day with ${b} ${item} in each. How many ${item} does it fill in a day?`, expression: `${a} * ${b}`, answer: a * b };
  },
  sum(rng, r) {
    const [a, b, c] = [draw(rng, r.big), draw(rng, r.big), draw(rng, r.big)];
    return { template: 'sum', text: `A library lent ${a} books in March, ${b} in April and ${c} in May. How many books did it lend in the three months?`, expression: `${a} + ${b} + ${c}`, answer: a + b + c };
  },
  difference(rng, r) {
    const a = draw(rng, r.big) * 10 + rng.integer(0, 9);
    const b = rng.integer(r.big[0], a - 1);
    return { template: 'difference', text: `A stadium has ${a} seats and ${b} of them are sold. How many seats are still free?`, expression: `${a} - ${b}`, answer: a - b };
  },
};

const TWO_OPS: Record<string, Template> = {
  productMinus(rng, r) {
    const [a, b] = [draw(rng, r.big), draw(rng, r.small)];
    const c = rng.integer(1, a * b - 1);
    return { template: 'productMinus', text: `A farm packs ${a} boxes with ${b} apples in each box and sells ${c} of the apples at the market. How many apples are left?`, expression: `${a} * ${b} - ${c}`, answer: a * b - c };
  },
  twoProducts(rng, r) {
    const [a, b, p, q] = [draw(rng, r.big), draw(rng, r.big), draw(rng, r.small), draw(rng, r.small)];
    return { template: 'twoProducts', text: `A cinema sells ${a} adult tickets at ${p} dollars each and ${b} child tickets at ${q} dollars each. How many dollars does it take in?`, expression: `${a} * ${p} + ${b} * ${q}`, answer: a * p + b * q };
  },
  sumTimes(rng, r) {
    const [a, b, c] = [draw(rng, r.big), draw(rng, r.big), draw(rng, r.small)];
    return { template: 'sumTimes', text: `A warehouse receives ${a} boxes on Monday and ${b} boxes on Tuesday, and every box holds ${c} items. How many items arrive in the two days?`, expression: `(${a} + ${b}) * ${c}`, answer: (a + b) * c };
  },
};

const THREE_OPS: Record<string, Template> = {
  shareAfterAdding(rng, r) {
    const [a, b, d] = [draw(rng, r.big), draw(rng, r.small), draw(rng, r.small)];
    // c makes a*b + c a multiple of d, and is at least 1
    const c = ((d - ((a * b) % d)) % d) + d * rng.integer(a * b % d === 0 ? 1 : 0, 9);
    return {
      template: 'shareAfterAdding',
      text: `${a} volunteers each collect ${b} cans of food, and a shop donates ${c} more cans. The cans are shared equally among ${d} shelters. How many cans does each shelter get?`,
      expression: `(${a} * ${b} + ${c}) / ${d}`,
      answer: (a * b + c) / d,
    };
  },
  savingsPerPayment(rng, r) {
    const [q, d] = [draw(rng, r.big), rng.integer(2, 24)];
    const s = rng.integer(1, q - 1);
    const m = rng.integer(2, d);
    return {
      template: 'savingsPerPayment',
      text: `A company is paid ${q * d} dollars in ${d} equal payments. It spends ${s} dollars of each payment on rent and saves the rest. How many dollars has it saved after ${m} payments?`,
      expression: `(${q * d} / ${d} - ${s}) * ${m}`,
      answer: (q - s) * m,
    };
  },
  bagsLeft(rng, r) {
    const [a, b, d] = [draw(rng, r.big), draw(rng, r.small), draw(rng, r.small)];
    const total = a * b;
    // c leaves a positive multiple of d
    const bags = rng.integer(1, Math.floor(total / d));
    const c = total - bags * d;
    return {
      template: 'bagsLeft',
      text: `A bakery bakes ${a} trays of ${b} rolls and gives away ${c} rolls. The rest are packed in bags of ${d}. How many bags are filled?`,
      expression: `(${a} * ${b} - ${c}) / ${d}`,
      answer: bags,
    };
  },
};

const TEMPLATES: readonly Record<string, Template>[] = [ONE_OP, TWO_OPS, THREE_OPS, THREE_OPS];

export const arithmeticWordProblems: TaskGenerator = {
  name: 'arithmetic_word_problems',
  envName: 'ArithmeticWordProblems',
  description: 'Multi-digit arithmetic word problems (products, sums, exact shares) with positive integer answers; the default problems of CalculatorTool-v0.',
  levels: [
    'one of × + − on numbers 100..999 and 12..99',
    'two operations on numbers up to 9,999',
    'three operations with one exact division, numbers up to 99,999',
    'three operations with one exact division, numbers up to 999,999',
  ],
  generate(rng, difficulty, index) {
    const templates = TEMPLATES[difficulty - 1] as Record<string, Template>;
    const ranges = RANGES[difficulty - 1] as Ranges;
    const name = rng.choice(Object.keys(templates).sort());
    const p = (templates[name] as Template)(rng, ranges);
    return {
      id: `arithmetic_word_problems-${difficulty}-${index}`,
      problem: p.text,
      answer: String(p.answer),
      source: 'arithmetic_word_problems',
      metadata: { family: 'arithmetic_word_problems', difficulty, index, template: p.template, expression: p.expression },
    };
  },
  scoreAnswer: (answer, entry) => verifierVerdict(answer, entry),
};
