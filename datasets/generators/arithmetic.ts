/** The Arithmetic-v0 problems as a generator family (integer, decimal and fraction arithmetic, order of operations). */
import { generateProblem } from '../../environments/arithmetic/generator.js';
import { scoreAnswer } from '../../environments/arithmetic/env.js';
import type { Difficulty } from '../../environments/arithmetic/generator.js';
import type { TaskGenerator } from './generator.js';

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
  // the one scorer of Arithmetic-v0 (environments/arithmetic/env.ts), at the item's difficulty
  scoreAnswer: (answer, entry) => scoreAnswer(answer, entry.answer, Number(entry.metadata.difficulty)).reward,
};
