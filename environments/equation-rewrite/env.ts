/**
 * `mathgym/EquationRewrite-v0`: solve a linear equation by algebraic moves, one per step.
 *
 * The state is an equation (`3*x + 5 = 2*x - 7`, from the `linear_equations` generator at
 * `difficulty` 1..5, or a reset option `equation`). The observation is the equation and the numbered
 * list of legal moves; `info.legalActions` holds their text, `info.actionMask` marks the valid indices
 * of the Discrete(MAX_ACTIONS) part of the action space, `info.state` the structured equation. An
 * action is an index into that list or a move in text form (grammar in moves.ts), which may be any
 * move, listed or not (`add 100`, `multiply 0`, `substitute x = 2`); the action space says both:
 * AnyOf([Discrete(MAX_ACTIONS), Text]).
 *
 * Every step is checked exactly (poly.ts): `info.equivalent` says whether the equation still has the
 * original solution set. A move that changes it (multiplying by 0, dividing by x when x = 0 is the
 * solution, ...) is applied, flagged with `info.solutionSetChanged` and `info.warning`, and rewarded
 * `solutionSetPenalty`; a risky move that happens to keep the set (dividing by x when x0 != 0) only
 * carries the warning. An unparseable, inapplicable or oversized move is invalid: reward
 * `invalidPenalty`, state unchanged, `info.error`; never a throw. Other steps cost `stepPenalty`.
 * The episode terminates with reward 1 when the equation reads `x = c` with c the solution, as the
 * verifier judges it (0 for a wrong c; the verdict in `info.verdict`, the gold in `info.gold`), or with `stepPenalty` when x has vanished (`0 = 0`); the step limit is the registry's TimeLimit.
 */
import { checkKnownOptions } from '../../lib/core/options.js';
import { checkRenderMode, emitRender } from '../../lib/core/render.js';
import Fraction from 'fraction.js';
import { Env, type Info, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { AnyOf } from '../../lib/core/spaces/any-of.js';
import { Discrete } from '../../lib/core/spaces/discrete.js';
import type { Space } from '../../lib/core/spaces/space.js';
import { PRINTABLE_CHARSET, Text } from '../../lib/core/spaces/text.js';
import { ConfigError } from '../../lib/errors.js';
import { verdictInfo } from '../../lib/verify/verdict-info.js';
import { verify } from '../../lib/verify/verify.js';
import { containsVar, exprToJSON, fractionText, nodeCount, print, printEquation, type Equation, type ExprJSON } from './expr.js';
import { ACTION_GRAMMAR, applyMove, DEFAULT_LIMITS, formatMove, isIsolated, legalMoves, limitViolation, parseMove, substitute, type Move, type MoveLimits } from './moves.js';
import { customProblem, generatedProblem, hasSolutionSet, LEVELS, type Problem } from './problem.js';

/** Size of the Discrete action space; the legal list is cut to it (bounded sides keep it far below). */
export const MAX_ACTIONS = 32;
/** Longest move accepted as text: a move names a term of a bounded equation, far shorter. */
export const MAX_MOVE_CHARS = 1000;

export interface EquationRewriteKwargs {
  /** Generator level 1..5 (default 1); see LEVELS. */
  readonly difficulty?: number;
  /** Reward of every step that does not end the episode (default -0.01; <= 0). */
  readonly stepPenalty?: number;
  /** Reward of an invalid action (default -0.1; <= 0). */
  readonly invalidPenalty?: number;
  /** Reward of a step that changes the solution set (default -0.5; <= 0). */
  readonly solutionSetPenalty?: number;
  /** Most tree nodes a side may have; a move past it is invalid (default 40). */
  readonly maxNodes?: number;
  readonly renderMode?: string;
}

/** The structured state in info. */
export interface EquationState {
  readonly left: ExprJSON;
  readonly right: ExprJSON;
  readonly nodes: number;
}

const KWARGS = ['difficulty', 'stepPenalty', 'invalidPenalty', 'solutionSetPenalty', 'maxNodes', 'renderMode'];

export class EquationRewriteEnv extends Env<string, number | string> {
  readonly observationSpace = new Text({ maxLength: 8000, minLength: 1, charset: PRINTABLE_CHARSET });
  /** An index into the legal actions (the primary form, what a random policy samples), or a move as text. */
  readonly actionSpace: Space<number | string, unknown> = new AnyOf<number | string>([
    new Discrete(MAX_ACTIONS),
    new Text({ maxLength: MAX_MOVE_CHARS, minLength: 0, charset: PRINTABLE_CHARSET }),
  ]);
  readonly difficulty: number;
  readonly limits: MoveLimits;
  private readonly stepPenalty: number;
  private readonly invalidPenalty: number;
  private readonly solutionSetPenalty: number;
  private problem: Problem | undefined;
  private eq: Equation | undefined;
  private legal: Move[] = [];
  private equivalent = true;
  private steps = 0;

  /** @throws ConfigError for an unknown option or a value out of range. */
  constructor(kwargs: EquationRewriteKwargs = {}) {
    super();
    checkKnownOptions('EquationRewrite-v0', kwargs, KWARGS);
    this.difficulty = checkDifficulty(kwargs.difficulty ?? 1);
    const penalty = (name: 'stepPenalty' | 'invalidPenalty' | 'solutionSetPenalty', dflt: number): number => {
      const v = kwargs[name] ?? dflt;
      if (typeof v !== 'number' || !Number.isFinite(v) || v > 0) throw new ConfigError(`EquationRewrite-v0: ${name} must be a number <= 0, got ${JSON.stringify(v)}.`);
      return v;
    };
    this.stepPenalty = penalty('stepPenalty', -0.01);
    this.invalidPenalty = penalty('invalidPenalty', -0.1);
    this.solutionSetPenalty = penalty('solutionSetPenalty', -0.5);
    const maxNodes = kwargs.maxNodes ?? DEFAULT_LIMITS.maxNodes;
    if (!Number.isInteger(maxNodes) || maxNodes < 8 || maxNodes > 400) throw new ConfigError(`EquationRewrite-v0: maxNodes must be an integer in 8..400, got ${JSON.stringify(maxNodes)}.`);
    this.limits = { ...DEFAULT_LIMITS, maxNodes };
    this.metadata = { renderModes: ['ansi', 'human'] };
    checkRenderMode('EquationRewrite-v0', this.metadata.renderModes, kwargs.renderMode);
    this.renderMode = kwargs.renderMode;
  }

  /** The current equation (undefined before reset). */
  get equation(): Equation | undefined {
    return this.eq;
  }

  /** Options: `equation` ("3*x + 5 = 2*x - 7", linear with one solution, within the move limits) or `difficulty` for this episode. */
  protected resetEpisode(options: Readonly<Record<string, unknown>>): ResetResult<string> {
    if (options.equation !== undefined) {
      if (typeof options.equation !== 'string') throw new ConfigError('EquationRewrite-v0: reset option equation must be a string such as "3*x + 5 = 2*x - 7".');
      const problem = customProblem(options.equation);
      // no move could apply to an equation already past the limits: refuse it rather than start a dead episode
      const over = limitViolation(problem.equation, this.limits);
      if (over) throw new ConfigError(`EquationRewrite-v0: cannot use equation ${JSON.stringify(printEquation(problem.equation))}: ${over} (maxNodes is an option).`);
      this.problem = problem;
    } else {
      const d = options.difficulty === undefined ? this.difficulty : checkDifficulty(options.difficulty);
      this.problem = generatedProblem(this.npRandom, d);
    }
    this.setEquation(this.problem.equation);
    this.steps = 0;
    return { observation: this.observe(), info: this.info() };
  }

  protected async stepEpisode(action: number | string): Promise<StepResult<string>> {
    // both set by every reset, and Env.step runs only after one
    const eq = this.eq as Equation;
    const problem = this.problem as Problem;
    this.steps++;
    const invalid = (error: string): StepResult<string> => ({
      observation: this.observe(),
      reward: this.invalidPenalty,
      terminated: false,
      truncated: false,
      info: { ...this.info(), valid: false, error },
    });
    let move: Move | string;
    if (typeof action === 'number') {
      if (!Number.isInteger(action) || action < 0 || action >= this.legal.length) {
        return invalid(`action index ${action} is not one of the ${this.legal.length} legal actions (0..${this.legal.length - 1}); see info.actionMask.`);
      }
      move = this.legal[action]!;
    } else if (typeof action === 'string') {
      move = action.length > MAX_MOVE_CHARS ? `the move is ${action.length} characters; the limit is ${MAX_MOVE_CHARS}.` : parseMove(action);
    }
    else return invalid(`an action is a legal-action index or a move as text (${ACTION_GRAMMAR}), got ${typeof action}.`);
    if (typeof move === 'string') return invalid(move);
    const moveText = formatMove(move);
    if (move.kind === 'substitute') {
      const v = substitute(eq, move.value);
      const show = (f: Fraction | undefined): string => (f === undefined ? 'undefined' : fractionText(f));
      const substitution = { value: fractionText(move.value), left: show(v.left), right: show(v.right), holds: v.left !== undefined && v.right !== undefined && v.left.equals(v.right) };
      return { observation: this.observe(), reward: this.stepPenalty, terminated: false, truncated: false, info: { ...this.info(), valid: true, action: moveText, substitution } };
    }
    const r = applyMove(eq, move, this.limits);
    if (!r.ok) return invalid(r.error);
    const wasEquivalent = this.equivalent;
    this.setEquation(r.equation);
    const changed = wasEquivalent && !this.equivalent;
    const extra: Info = { valid: true, action: moveText, solutionSetChanged: changed };
    if (r.warning) extra.warning = r.warning;
    else if (changed) extra.warning = 'this move changed the solution set';
    let reward = changed ? this.solutionSetPenalty : this.stepPenalty;
    let terminated = false;
    if (isIsolated(r.equation)) {
      terminated = true;
      const value = (r.equation.right as { value: Fraction }).value;
      // the one judge: the verifier compares the final equation with x = solution, exactly
      const verdict = verify(`x = ${fractionText(problem.solution)}`, printEquation(r.equation), { strategies: ['whole'], exact: true });
      const solved = verdict.correct;
      extra.solved = solved;
      const reason = solved ? `x = ${fractionText(value)} is the solution` : `x = ${fractionText(value)} is not the solution of ${printEquation(problem.equation)}`;
      extra.reason = reason;
      extra.verdict = verdictInfo({ ...verdict, reason });
      reward = verdict.score;
    } else if (!containsVar(r.equation.left) && !containsVar(r.equation.right)) {
      terminated = true;
      extra.solved = false;
      extra.reason = `x has disappeared: ${printEquation(r.equation)}`;
    }
    if (terminated) {
      extra.solution = fractionText(problem.solution);
      extra.gold = `x = ${extra.solution}`;
    }
    return { observation: this.observe(), reward, terminated, truncated: false, info: { ...this.info(), ...extra } };
  }

  private setEquation(eq: Equation): void {
    this.eq = eq;
    this.equivalent = hasSolutionSet(eq, this.problem!.solution);
    this.legal = legalMoves(eq, this.limits).slice(0, MAX_ACTIONS);
  }

  /** The legal moves of the current state as text (index = action). */
  legalActions(): string[] {
    return this.legal.map(formatMove);
  }

  private info(): Info {
    const eq = this.eq!;
    const state: EquationState = { left: exprToJSON(eq.left), right: exprToJSON(eq.right), nodes: nodeCount(eq.left) + nodeCount(eq.right) };
    const mask = Array.from({ length: MAX_ACTIONS }, (_, i) => (i < this.legal.length ? 1 : 0));
    return {
      equation: printEquation(eq),
      legalActions: this.legalActions(),
      actionMask: mask,
      state,
      equivalent: this.equivalent,
      problemId: this.problem!.id,
      difficulty: this.problem!.difficulty,
      steps: this.steps,
      solved: false,
    };
  }

  private observe(): string {
    const eq = this.eq!;
    const lines = [`Solve for x: ${print(eq.left)} = ${print(eq.right)}`, 'Legal actions:'];
    this.legalActions().forEach((a, i) => lines.push(`  ${i}: ${a}`));
    return lines.join('\n');
  }

  override render(): string | undefined {
    const text = this.eq ? this.observe() : '(call reset first)';
    return emitRender(text, this.renderMode);
  }
}

function checkDifficulty(d: unknown): number {
  if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > LEVELS.length) {
    throw new ConfigError(`EquationRewrite-v0: difficulty must be an integer in 1..${LEVELS.length}, got ${JSON.stringify(d)}.`);
  }
  return d;
}
