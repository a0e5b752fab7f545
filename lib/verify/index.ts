/**
 * The verifier's public surface: `verify` (in-process) and the sandboxed `Verifier`, answer extraction and
 * parsing, the Verdict types and the default work budget.
 */
export { verify, verifyOptionsDefaults } from './verify.js';
export { extractCandidates, extractChoice, DEFAULT_STRATEGIES, type Candidate, type ExtractOptions } from './extract.js';
export { parseAnswer } from './parse/parser.js';
export { show as showAnswer, type Node as AnswerNode } from './parse/ast.js';
export { Verifier, sharedVerifier, type VerifierOptions, type VerifyItem } from './sandbox.js';
export * from './types.js';
export { DEFAULT_WORK_BUDGET } from './budget.js';
export { verdictInfo, type VerdictInfo } from './verdict-info.js';
export { refuseQuestionCopy, copiedFromQuestion, completionCopiesQuestion } from './question-copy.js';
