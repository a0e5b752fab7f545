/**
 * Candidate features for an action-ranking policy on `mathgym/EquationRewrite-v0`. Each legal move is
 * applied to a copy of the equation and described by what it is (kind, parameter) and what it leads
 * to (size, where x is, whether x is isolated, what is left to expand or collect), plus how the size
 * and the number of sides holding x change. Everything is read from the step's info (the structured
 * state and the legal-action texts) and the episode's own history, never from the hidden solution.
 */
import type { Info } from '../../lib/core/env.js';
import { ConfigError } from '../../lib/errors.js';
import { containsVar, dividesByVar, exprFromJSON, nodeCount, print, printEquation, type Equation, type Expr } from './expr.js';
import { applyMove, collectExpr, expandExpr, isIsolated, MOVE_KINDS, parseMove, simplifyExpr, type Move, type MoveLimits } from './moves.js';

/** Generous limits: the env already refused what its own limits forbid. */
const FEATURE_LIMITS: MoveLimits = { maxNodes: 10_000, maxMagnitude: 10n ** 30n, maxPower: 64 };

const STATE_FEATURES = 11;
/** Features per candidate. */
export const EQUATION_FEATURES = MOVE_KINDS.length + 2 + STATE_FEATURES + 3;

function changes(e: Expr, f: (e: Expr) => Expr): boolean {
  return print(f(e)) !== print(e);
}

function stateFeatures(eq: Equation): number[] {
  const topTerms = (e: Expr): number => (e.kind === 'sum' ? e.terms.length : 1);
  const sidesWithX = Number(containsVar(eq.left)) + Number(containsVar(eq.right));
  // x in a single term: one divide (or simplify) from isolated
  const singleXTerm = (e: Expr): boolean => containsVar(e) && e.kind !== 'sum';
  return [
    (nodeCount(eq.left) + nodeCount(eq.right)) / 20,
    sidesWithX / 2,
    (topTerms(eq.left) + topTerms(eq.right)) / 6,
    Number(changes(eq.left, expandExpr) || changes(eq.right, expandExpr)),
    Number(changes(eq.left, collectExpr) || changes(eq.right, collectExpr)),
    Number(changes(eq.left, simplifyExpr) || changes(eq.right, simplifyExpr)),
    Number(dividesByVar(eq.left) || dividesByVar(eq.right)),
    Number(singleXTerm(eq.left)),
    Number(eq.right.kind === 'num'),
    Number(isIsolated(eq)),
    Number(sidesWithX === 0),
  ];
}

function moveFeatures(m: Move): number[] {
  const kind = MOVE_KINDS.map((k) => Number(k === m.kind));
  if (!('term' in m)) return [...kind, 0, 0];
  return [...kind, m.term.power, Math.log2(1 + Math.abs(m.term.coef.valueOf())) / 4];
}

/**
 * One feature row per entry of info.legalActions, from info.state; `seen` (the equations of this
 * episode so far, as printed) marks moves that go back to one, which breaks swap/expand-factor loops.
 * @throws ConfigError for an info that is not EquationRewrite-v0's.
 */
export function equationRewriteFeatures(info: Info, seen: ReadonlySet<string> = new Set()): number[][] {
  const state = info.state as { left?: unknown; right?: unknown } | undefined;
  const actions = info.legalActions;
  if (!state || !Array.isArray(actions)) throw new ConfigError('equationRewriteFeatures: info needs state and legalActions (an EquationRewrite-v0 step info)');
  const eq: Equation = { left: exprFromJSON(state.left), right: exprFromJSON(state.right) };
  const here = stateFeatures(eq);
  return actions.map((text) => {
    const m = parseMove(String(text));
    if (typeof m === 'string') throw new ConfigError(`equationRewriteFeatures: legal action ${JSON.stringify(text)} does not parse: ${m}`);
    const r = applyMove(eq, m, FEATURE_LIMITS);
    const next = r.ok ? stateFeatures(r.equation) : here;
    const revisit = r.ok ? seen.has(printEquation(r.equation)) : true;
    return [...moveFeatures(m), ...next, next[0]! - here[0]!, next[1]! - here[1]!, Number(revisit)];
  });
}
