/** Metamath proof kernel: tokenizer, parser (frames, scopes) and proof verifier. */
import { parseFile, parseText } from './parse.js';
import type { Database } from './types.js';

export { MetamathError, MM_CODES, type MmCode, type SourceLocation } from './errors.js';
export { Lexer, SourceFile, tokenize, type Token, type LexerSource } from './tokenize.js';
export { parseFile, parseText } from './parse.js';
export { Verifier, verifyDatabase, proofOutcomes, type VerifyOptions, type VerifyResult, type VerifyFailure, type ProofOutcome } from './verify.js';
export { verifyDatabaseParallel, type ParallelVerifyOptions, type ParallelVerifyResult } from './parallel.js';
export { databaseStats, proofSteps, type DatabaseStats } from './stats.js';
export { dvKey, type Database, type Statement, type StatementKind, type Frame, type Proof } from './types.js';

/**
 * Parses a Metamath database. A string is a file path; `{ text, path? }` is database text
 * (`path` names it in messages and anchors `$[ $]` includes). Throws MetamathError (file:line:column) on malformed input.
 */
export function parseDatabase(source: string | { readonly text: string; readonly path?: string }): Database {
  return typeof source === 'string' ? parseFile(source) : parseText(source.text, source.path);
}
export { Grammar, grammarOf, parseTree, unify, resolve, walk, hasWork, formatTree, treeSymbols, treeVars, type Tree, type Subst, type ParsedExpr } from './unify.js';
export { ProofState, type Goal, type GoalNode, type Step, type ApplyResult } from './proof-state.js';
export { exportProof, encodeNumber, replaceProof, type ExportedProof } from './export.js';
export { candidates, type Candidate, type CandidateOptions } from './candidates.js';
export { prove, chooseGoal, type ProverOptions, type ProverResult, type ProofAction, type SearchGuide, type GuideChild } from './prover.js';
