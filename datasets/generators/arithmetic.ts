/**
 * The Arithmetic-v0 problems as a generator family (integer, decimal and fraction arithmetic, order of
 * operations), and THE scorer of Arithmetic-v0: the verifier in exact-rational mode (VerifyOptions.forms).
 */
import type { RationalForm } from '../../lib/verify/rational.js';
import type { Verdict } from '../../lib/verify/types.js';
import { verify } from '../../lib/verify/verify.js';
import { generateProblem, type Difficulty } from './arithmetic-problems.js';
import type { TaskGenerator } from './generator.js';

/** The forms the prompt at `difficulty` asks for: a terminating decimal only at difficulty 4. */
export function acceptedForms(difficulty: number): readonly RationalForm[] {
  return difficulty === 4 ? ['integer', 'fraction', 'decimal'] : ['integer', 'fraction'];
}

/**
 * The verdict on `answer` for the gold rational `gold` at `difficulty`: exactly the gold's value AND
 * written in a form the prompt asks for (acceptedForms: `112/2`, `6/4`, `1 1/2` and `7 × 8` are wrong).
 * The answer is a bare number (`56`, `-3/4`, `\frac{-3}{4}`, `$56$`) or a completion whose final answer
 * the verifier extracts (`\boxed{56}`, "the answer is 56"; hedges are the verifier's no).
 */
export function arithmeticVerdict(answer: string, gold: string, difficulty: number): Verdict {
  return verify(gold, answer, { forms: acceptedForms(difficulty) });
}

export const arithmetic: TaskGenerator = {
  name: 'arithmetic',
  envName: 'Arithmetic',
  description: 'Integer, decimal and fraction arithmetic with order of operations; exact rational answers.',
  levels: [
    'one of + − × on integers 0..20',
    '2–3 operations on integers −100..100, order of operations',
    'adds exact integer division and parentheses',
    'decimals with 1–2 places',
    'fractions and nested parentheses; answer a reduced fraction',
  ],
  generate(rng, difficulty, index) {
    const p = generateProblem(rng, { difficulty: difficulty as Difficulty });
    return { id: `arithmetic-${difficulty}-${index}`, problem: p.question, answer: p.answer, source: 'arithmetic', metadata: { ...p.metadata, expression: p.expression, family: 'arithmetic', index } };
  },
  scoreAnswer: (answer, entry) => arithmeticVerdict(answer, entry.answer, Number(entry.metadata.difficulty)),
};
