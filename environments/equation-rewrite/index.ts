/**
 * EquationRewrite's public surface: the env, its move grammar, the expression model, problems and the ranker features.
 * Import from here rather than from the files, which may be reorganised.
 */
export { EquationRewriteEnv, MAX_ACTIONS, type EquationRewriteKwargs, type EquationState } from './env.js';
export { ACTION_GRAMMAR, MOVE_KINDS, applyMove, formatMove, isIsolated, legalMoves, parseMove, DEFAULT_LIMITS, type Move, type MoveKind, type MoveLimits, type MoveResult, type Term } from './moves.js';
export { exprFromJSON, exprToJSON, nodeCount, parseEquation, parseExpr, print, printEquation, type Equation, type Expr, type ExprJSON } from './expr.js';
export { customProblem, generatedProblem, hasSolutionSet, LEVELS, solveLinear, type Problem } from './problem.js';
export { equationRewriteFeatures, EQUATION_FEATURES } from './features.js';
