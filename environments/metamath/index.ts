/**
 * MetamathProof's public surface: the env, the step-action text format, and the baseline best-first prover run
 * through the env (used by `mathgym mm prove`).
 */
export { MetamathProofEnv, type MetamathProofKwargs } from './env.js';
export { parseStepAction, formatStepAction, ACTION_FORMAT, type ProofStepAction } from './action.js';
export { runBaseline, type BaselineOptions, type BaselineResult, type BaselineSummary } from './baseline.js';
