/** `mathgym/MathQA-v0`: single-turn math QA over dataset records. No import side effects; registration lives in environments/index.ts. */
export const MATHQA_ENV_ID = 'mathgym/MathQA-v0';

export { MathQAEnv, DEFAULT_PROMPT_TEMPLATE, MAX_PROMPT_LENGTH, MAX_COMPLETION_LENGTH } from './env.js';
export type { MathQAEnvKwargs, VerdictInfo } from './env.js';
export { MATH_TEXT_CHARSET, charactersOutside } from './charset.js';
export { datasetRecords } from './records.js';
