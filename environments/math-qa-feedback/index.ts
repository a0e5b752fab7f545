/** `mathgym/MathQAWithFeedback-v0`: MathQA with feedback and retries. No import side effects; registration lives in environments/index.ts. */
export const MATHQA_FEEDBACK_ENV_ID = 'mathgym/MathQAWithFeedback-v0';

export { MathQAWithFeedbackEnv } from './env.js';
export type { MathQAWithFeedbackKwargs } from './env.js';
