/** `mathgym/Arithmetic-v0`: exact-answer arithmetic problems. No import side effects; registration lives elsewhere. */
export const ARITHMETIC_ENV_ID = 'mathgym/Arithmetic-v0';

export { ArithmeticEnv, scoreAnswer, QUESTION_CHARSET, ANSWER_CHARSET, MAX_QUESTION_LENGTH, MAX_ACTION_LENGTH } from './env.js';
export type { ArithmeticEnvKwargs, AnswerScore } from './env.js';
export { acceptedForms } from '../../datasets/generators/arithmetic.js';
export { generateProblem, validateConfig, DEFAULT_ARITHMETIC_CONFIG } from '../../datasets/generators/arithmetic-problems.js';
export type { ArithmeticConfig, ArithmeticProblem, Difficulty, Op, ProblemKind } from '../../datasets/generators/arithmetic-problems.js';
export { parseRational, formatRational, MAX_ANSWER_LENGTH, MAX_EXPONENT } from '../../lib/verify/rational.js';
export type { ParseRationalResult, RationalForm } from '../../lib/verify/rational.js';
