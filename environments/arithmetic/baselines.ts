/**
 * Scripted calculator policies for Arithmetic-v0, used by the demo and the benchmark. They read the
 * expression out of the question and evaluate it with mathjs, either exactly (fractions) or in
 * IEEE doubles, which shows why the env checks answers as exact rationals: 0.1 + 0.2 is not 0.3.
 */
import { all, create } from 'mathjs';

const exactMath = create(all, { number: 'Fraction' });
const floatMath = create(all, { number: 'number' });

/** Only digits, operators, parentheses, dots and spaces reach the evaluator. */
const SAFE_EXPRESSION = /^[0-9+\-*/(). ]+$/;

/** `×`, `÷`, `−` as ASCII; undefined unless only digits, operators, parentheses, dots and spaces remain. */
function asciiExpression(text: string): string | undefined {
  const ascii = text.replaceAll('×', '*').replaceAll('÷', '/').replaceAll('−', '-');
  return SAFE_EXPRESSION.test(ascii) ? ascii : undefined;
}

/** The ASCII expression inside "Compute ... . Give ...", or undefined if the question does not have one. */
export function expressionOf(question: string): string | undefined {
  const m = /^Compute (.+?)\. Give /.exec(question);
  return m?.[1] ? asciiExpression(m[1]) : undefined;
}

/**
 * The exact value of an arithmetic expression (integers, decimals, + - * / ( ), and × ÷ −) as an
 * integer or reduced fraction ("-3/4"); undefined for anything else or a division by zero.
 */
export function exactValue(expression: string): string | undefined {
  const expr = asciiExpression(expression);
  if (expr === undefined) return undefined;
  try {
    // mathjs prints an integer as "56/1", which is not the form the question asks for
    return exactMath.format(exactMath.evaluate(expr), { fraction: 'ratio' }).replace(/\/1$/, '');
  } catch {
    return undefined;
  }
}

/** Answers with the exact value as an integer or reduced fraction ("-3/4"). */
export function exactCalculator(question: string): string {
  const expr = expressionOf(question);
  return expr === undefined ? '' : (exactValue(expr) ?? '');
}

/** Answers with the double-precision value printed in full ("0.30000000000000004"). */
export function floatCalculator(question: string): string {
  const expr = expressionOf(question);
  if (expr === undefined) return '';
  return String(floatMath.evaluate(expr) as number);
}
