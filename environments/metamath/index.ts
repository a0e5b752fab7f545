export { MetamathProofEnv, type MetamathProofKwargs } from './env.js';
export { parseStepAction, formatStepAction, ACTION_FORMAT, type ProofStepAction } from './action.js';
export { runBaseline, type BaselineOptions, type BaselineResult, type BaselineSummary } from './baseline.js';
