/**
 * Problems for `mathgym/EquationRewrite-v0`: equations from the `linear_equations` generator (its
 * difficulty levels 1..5), or a given `left = right` text, with the solution and the solution-set check.
 */
import Fraction from 'fraction.js';
import type { Rng } from '../../lib/core/rng.js';
import { ConfigError } from '../../lib/errors.js';
import { linearEquations, type LinearSide } from '../../datasets/generators/linear-equations.js';
import { dividesByVar, num, parseEquation, printEquation, product, quotient, sum, toLaurent, X, type Equation, type Expr } from './expr.js';
import { laurentAdd, solutionSetIs, type Laurent } from './poly.js';

export interface Problem {
  readonly equation: Equation;
  /** The unique solution. */
  readonly solution: Fraction;
  /** The generator record id, or `custom`. */
  readonly id: string;
  /** Generator difficulty (0 for a given equation). */
  readonly difficulty: number;
}

/** Difficulty levels: the linear_equations generator's. */
export const LEVELS: readonly string[] = linearEquations.levels;

/** `k(a x + b)/den + c` as a tree shaped like the generator's text. */
export function sideExpr(s: LinearSide): Expr {
  const inner = sum([...(s.a !== 0 ? [s.a === 1 ? X : product([num(s.a), X])] : []), ...(s.b !== 0 || s.a === 0 ? [num(s.b)] : [])]);
  let g: Expr = inner;
  if (s.den !== 1) g = quotient(inner, num(s.den));
  else if (s.k !== 1) g = product([num(s.k), inner]);
  return s.c === 0 ? g : sum([g, num(s.c)]);
}

function difference(eq: Equation): Laurent {
  const l = toLaurent(eq.left);
  const r = toLaurent(eq.right);
  if (typeof l === 'string' || typeof r === 'string') return new Map(); // never for equations the moves build
  return laurentAdd(l, r, -1);
}

/** The solution of a linear equation with exactly one; a string says why there is none. */
export function solveLinear(eq: Equation): Fraction | string {
  const l = toLaurent(eq.left);
  const r = toLaurent(eq.right);
  if (typeof l === 'string') return `left side: ${l}`;
  if (typeof r === 'string') return `right side: ${r}`;
  if (dividesByVar(eq.left) || dividesByVar(eq.right)) return 'x appears in a denominator; give a linear equation';
  const d = laurentAdd(l, r, -1);
  if ([...d.keys()].some((k) => k !== 0 && k !== 1)) return 'the equation is not linear in x';
  const a = d.get(1);
  if (!a) return 'the equation has no unique solution (x cancels out)';
  return (d.get(0) ?? new Fraction(0)).neg().div(a);
}

/** Whether eq's real solution set is exactly {x0}. */
export function hasSolutionSet(eq: Equation, x0: Fraction): boolean {
  const undefinedAt = dividesByVar(eq.left) || dividesByVar(eq.right) ? [new Fraction(0)] : [];
  return solutionSetIs(difference(eq), undefinedAt, x0);
}

export function generatedProblem(rng: Rng, difficulty: number): Problem {
  const rec = linearEquations.generate(rng, difficulty, 0);
  const meta = rec.metadata as { left: LinearSide; right: LinearSide; solution: string };
  const equation = { left: sideExpr(meta.left), right: sideExpr(meta.right) };
  // the generator's id carries item index 0 for every draw; the equation itself names the problem (same text, same id)
  return { equation, solution: new Fraction(meta.solution), id: `linear_equations-${difficulty}:${printEquation(equation)}`, difficulty };
}

/** @throws ConfigError when text is not a linear equation in x with exactly one solution. */
export function customProblem(text: string): Problem {
  const eq = parseEquation(text);
  if (typeof eq === 'string') throw new ConfigError(`EquationRewrite-v0: cannot use equation ${JSON.stringify(text.slice(0, 80))}: ${eq}`);
  const x0 = solveLinear(eq);
  if (typeof x0 === 'string') throw new ConfigError(`EquationRewrite-v0: cannot use equation ${JSON.stringify(printEquation(eq))}: ${x0}`);
  return { equation: eq, solution: x0, id: 'custom', difficulty: 0 };
}
