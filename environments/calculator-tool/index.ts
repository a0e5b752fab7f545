/** `mathgym/CalculatorTool-v0`: multi-turn math with a sandboxed calculator tool. No import side effects; registration lives in environments/index.ts. */
export const CALCULATOR_TOOL_ENV_ID = 'mathgym/CalculatorTool-v0';

export { CalculatorToolEnv, DEFAULT_MAX_TURNS } from './env.js';
export type { CalculatorToolEnvKwargs, CalculatorProblems, ToolCallInfo } from './env.js';
export { calculate, DISABLED_FUNCTIONS, SHADOWED_FUNCTIONS } from './calculator.js';
export type { CalcOutcome, CalcErrorCode } from './calculator.js';
export { CalculatorSandbox, sharedCalculator, DEFAULT_CALC_LIMITS } from './sandbox.js';
export type { CalcLimits, CalculatorSandboxOptions } from './sandbox.js';
export { parseTurn, formatResult, formatHint, DEFAULT_CALC_PROMPT_TEMPLATE, TOOL_NAME } from './protocol.js';
export type { ParsedTurn, ToolCall } from './protocol.js';
export { arithmeticWordProblems } from './word-problems.js';
export { calculatorBaseline } from './baseline.js';
