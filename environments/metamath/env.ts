/**
 * `mathgym/MetamathProof-v0`: prove a Metamath theorem backward. The observation lists the target,
 * its hypotheses and the open goals; an action applies an assertion (or hypothesis) declared before
 * the target to a goal (see action.ts). An invalid action costs `invalidPenalty` and leaves the state
 * as it was, with the reason in `info.error`; it never throws. When the last goal closes, the proof
 * is assembled, re-checked by the kernel, and rewarded 1; `info.proof` holds it in normal and
 * compressed form. The step limit (`truncated`) is the registry's TimeLimit.
 */
import { checkKnownOptions } from '../../lib/core/options.js';
import { emitRender } from '../../lib/core/render.js';
import { Env, type Info, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { PRINTABLE_CHARSET, Text } from '../../lib/core/spaces/text.js';
import { ConfigError } from '../../lib/errors.js';
import { candidates, exportProof, ProofState, type Candidate, type ExportedProof, type Goal, type Statement } from '../../lib/metamath/index.js';
import { loadMetamath, type LoadedDatabase } from '../../datasets/metamath/database.js';
import { minif2fSplitOf, selectTargets } from '../../datasets/metamath/targets.js';
import { ACTION_FORMAT, formatStepAction, parseStepAction } from './action.js';

export interface MetamathProofKwargs {
  /** Bundled name (`set-prop`, the default) or a .mm path. */
  readonly database?: string;
  /** Target selector (targets.ts): a label, a..b, section:<title>, minif2f:test|valid, all (default). */
  readonly theorem?: string;
  /** Folder with miniF2F's test/ and valid/ (default: the bundled datasets/data/metamath/minif2f). */
  readonly minif2f?: string;
  /** Reward of an invalid action (default -0.1; must be <= 0). */
  readonly invalidPenalty?: number;
  /** Reward of every valid step that does not finish the proof (default 0). */
  readonly stepPenalty?: number;
  /** Put the candidate actions for the current goal in info.candidates (default false: costly on set.mm). */
  readonly candidatesInInfo?: boolean;
  readonly renderMode?: string;
}

const KWARGS = ['database', 'theorem', 'minif2f', 'invalidPenalty', 'stepPenalty', 'candidatesInInfo', 'renderMode'];
/** Goals shown in the observation, and the characters they may take; the rest are counted. */
const SHOWN_GOALS = 20;
const SHOWN_CHARS = 150_000;

export class MetamathProofEnv extends Env<string, string> {
  readonly observationSpace = new Text({ maxLength: 200_000, minLength: 1, charset: PRINTABLE_CHARSET });
  readonly actionSpace = new Text({ maxLength: 4000, minLength: 0, charset: PRINTABLE_CHARSET });
  readonly loaded: LoadedDatabase;
  /** The theorems episodes draw from. */
  readonly targets: readonly Statement[];
  private readonly invalidPenalty: number;
  private readonly stepPenalty: number;
  private readonly candidatesInInfo: boolean;
  private state: ProofState | undefined;
  private steps = 0;

  constructor(kwargs: MetamathProofKwargs = {}) {
    super();
    checkKnownOptions('MetamathProof-v0', kwargs, KWARGS);
    const num = (name: 'invalidPenalty' | 'stepPenalty', dflt: number): number => {
      const v = kwargs[name] ?? dflt;
      if (typeof v !== 'number' || !Number.isFinite(v) || v > 0) throw new ConfigError(`MetamathProof-v0: ${name} must be a number <= 0, got ${JSON.stringify(v)}.`);
      return v;
    };
    this.invalidPenalty = num('invalidPenalty', -0.1);
    this.stepPenalty = num('stepPenalty', 0);
    this.candidatesInInfo = kwargs.candidatesInInfo === true || (kwargs.candidatesInInfo as unknown) === 'true';
    const selector = String(kwargs.theorem ?? 'all');
    const split = minif2fSplitOf(selector);
    this.loaded = loadMetamath(String(kwargs.database ?? 'set-prop'), split ? { split, dir: kwargs.minif2f } : undefined);
    this.targets = selectTargets(this.loaded, selector);
    this.metadata = { renderModes: ['ansi', 'human'] };
    this.renderMode = kwargs.renderMode;
  }

  /** The proof state of the current episode (for search and inspection); undefined before reset. */
  get proofState(): ProofState | undefined {
    return this.state;
  }

  /** Labels that apply to an open goal now (`goal` 0 = current), as text actions. For policies with discrete actions. */
  candidateActions(goal = 0): string[] {
    this.assertStarted('candidateActions()');
    return this.candidateLabels(goal);
  }

  /** The candidates' actions without the started check: info() lists them while resetEpisode builds the first observation. */
  private candidateLabels(goal: number): string[] {
    return this.candidateList(goal).map((c) => formatStepAction(c.label, goal));
  }

  private candidateList(goal: number): Candidate[] {
    return candidates(this.state as ProofState, { goal });
  }

  /** Options: `theorem` (a selector) for this episode only; `index` picks targets[index] instead of a random one. */
  protected resetEpisode(options: Readonly<Record<string, unknown>>): ResetResult<string> {
    const pool = options.theorem === undefined ? this.targets : selectTargets(this.loaded, String(options.theorem));
    let i: number;
    if (options.index !== undefined) {
      i = options.index as number;
      if (!Number.isInteger(i) || i < 0 || i >= pool.length) throw new ConfigError(`reset option index must be an integer in 0..${pool.length - 1}, got ${JSON.stringify(options.index)}.`);
    } else i = this.npRandom.integer(0, pool.length - 1);
    this.state = new ProofState(this.loaded.db, pool[i]);
    this.steps = 0;
    return { observation: this.observe(), info: this.info() };
  }

  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    const st = this.state as ProofState; // set by every reset, and Env.step runs only after one
    this.steps++;
    const invalid = (error: string): StepResult<string> => ({
      observation: this.observe(),
      reward: this.invalidPenalty,
      terminated: false,
      truncated: false,
      info: { ...this.info(), error, valid: false },
    });
    if (typeof action !== 'string') return invalid(`action must be a string (${ACTION_FORMAT}), got ${typeof action}.`);
    if (action.length > this.actionSpace.maxLength) return invalid(`action is ${action.length} characters; the limit is ${this.actionSpace.maxLength}.`);
    const a = parseStepAction(action);
    if (typeof a === 'string') return invalid(a);
    if (a.kind === 'undo') {
      if (!st.undo()) return invalid('nothing to undo.');
      return { observation: this.observe(), reward: this.stepPenalty, terminated: false, truncated: false, info: { ...this.info(), valid: true } };
    }
    const r = st.apply(a.label, a.substitution, a.goal);
    if (!r.ok) return invalid(r.error);
    if (!st.closed) return { observation: this.observe(), reward: this.stepPenalty, terminated: false, truncated: false, info: { ...this.info(), valid: true } };
    let proof: ExportedProof;
    try {
      proof = exportProof(st);
    } catch (e) {
      // the goals closed but the kernel refused the assembled proof: our failure, not a wrong proof
      const verifierError = e instanceof Error ? e.message : String(e);
      return { observation: this.observe(), reward: 0, terminated: true, truncated: false, info: { ...this.info(), valid: true, proved: false, verifierError } };
    }
    return { observation: this.observe(), reward: 1, terminated: true, truncated: false, info: { ...this.info(), valid: true, proved: true, proof } };
  }

  private info(): Info {
    const st = this.state!;
    const info: Info = {
      theorem: st.target.label,
      goals: st.goals.map((g: Goal) => ({ ...g })),
      steps: this.steps,
      proved: false,
    };
    if (this.candidatesInInfo && !st.closed) info.candidates = this.candidateLabels(0);
    return info;
  }

  private observe(): string {
    const st = this.state!;
    const db = this.loaded.db;
    const lines = [`Prove ${st.target.label}: ${db.format(st.target.expr)}`];
    if (st.hypotheses.length) {
      lines.push('Hypotheses:');
      for (const h of st.hypotheses) lines.push(`  ${h.label}: ${db.format(h.expr)}`);
    }
    const goals = st.goals.filter((g) => g.kind === 'essential');
    if (goals.length === 0) lines.push('No open goals: the proof is complete.');
    else {
      lines.push(`Open goals (${goals.length}):`);
      let used = 0;
      let shown = 0;
      for (const g of goals) {
        if (shown === SHOWN_GOALS || (shown > 0 && used + g.expr.length > SHOWN_CHARS)) break;
        lines.push(`  ${shown + 1}. ${g.expr}`);
        used += g.expr.length;
        shown++;
      }
      if (goals.length > shown) lines.push(`  ... and ${goals.length - shown} more (all of them in info.goals)`);
    }
    return lines.join('\n');
  }

  override render(): string | undefined {
    const text = this.state ? this.observe() : '(call reset first)';
    return emitRender(text, this.renderMode);
  }
}
