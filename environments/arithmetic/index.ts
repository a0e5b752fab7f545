/** `mathgym/Arithmetic-v0`: exact-answer arithmetic problems. No import side effects; registration lives elsewhere. */
export const ARITHMETIC_ENV_ID = 'mathgym/Arithmetic-v0';

export { ArithmeticEnv, scoreAnswer, acceptedForms, QUESTION_CHARSET, ANSWER_CHARSET, MAX_QUESTION_LENGTH, MAX_ACTION_LENGTH } from './env.js';
export type { ArithmeticEnvKwargs, AnswerScore } from './env.js';
export { generateProblem, validateConfig, DEFAULT_ARITHMETIC_CONFIG } from './generator.js';
export type { ArithmeticConfig, ArithmeticProblem, Difficulty, Op, ProblemKind } from './generator.js';
export { parseRational, formatRational, MAX_ANSWER_LENGTH, MAX_EXPONENT } from './rational.js';
export type { ParseRationalResult, RationalForm } from './rational.js';
