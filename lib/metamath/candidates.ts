/**
 * Action candidates for a proof state: the labels (target hypotheses, then assertions declared
 * before the target) whose conclusion unifies with an open goal. For policies with discrete actions
 * and for the baseline prover.
 */
import type { ProofState } from './proof-state.js';
import type { Database, Statement } from './types.js';
import { grammarOf, walk, type Subst, type Tree } from './unify.js';

export interface Candidate {
  readonly label: string;
  readonly kind: 'hyp' | 'assert';
  /** Open essential goals the application adds (0 closes the goal). */
  readonly newGoals: number;
}

export interface CandidateOptions {
  /** Which open goal, by position in `state.goals` (0 = current). */
  readonly goal?: number;
  /** Stop after this many candidates (default: all). */
  readonly limit?: number;
  /** Skip labels for which this returns false (e.g. discouraged theorems). */
  readonly filter?: (stmt: Statement) => boolean;
}

/** Assertions of a database indexed by the syntax rule at the root of their conclusion. */
interface AssertionIndex {
  readonly byRoot: Map<Statement, Statement[]>;
  /** Conclusions whose root is a variable (`|- ph`): they unify with any goal of their type. */
  readonly varRoot: Statement[];
  /** Every indexed assertion, database order: the pool for a goal that is itself a work variable. */
  readonly all: Statement[];
}

const indexes = new WeakMap<Database, AssertionIndex>();

function indexOf(db: Database): AssertionIndex {
  let ix = indexes.get(db);
  if (ix) return ix;
  const g = grammarOf(db);
  ix = { byRoot: new Map(), varRoot: [], all: [] };
  for (const s of db.statements) {
    if ((s.kind !== 'a' && s.kind !== 'p') || g.isSyntaxType(s.expr[0])) continue;
    const t = g.treeOf(s);
    if (!t) continue;
    ix.all.push(s);
    if (t.t === 'a') {
      const l = ix.byRoot.get(t.rule);
      if (l) l.push(s);
      else ix.byRoot.set(t.rule, [s]);
    } else ix.varRoot.push(s);
  }
  indexes.set(db, ix);
  return ix;
}

/**
 * Could `pattern` (an assertion's conclusion; its variables are wildcards) match `goal`? A necessary
 * condition, cheap: repeated variables and $d are left to the real unification.
 */
function couldMatch(pattern: Tree, goal: Tree, s: Subst): boolean {
  goal = walk(goal, s);
  if (pattern.t === 'v' || goal.t === 'w') return pattern.type === goal.type;
  if (pattern.t !== 'a' || goal.t !== 'a' || pattern.rule !== goal.rule) return false;
  for (let i = 0; i < pattern.args.length; i++) if (!couldMatch(pattern.args[i], goal.args[i], s)) return false;
  return true;
}

/** Labels that `state.apply(label, {}, goal)` accepts, with how many goals each leaves; hypotheses first, then database order. */
export function candidates(state: ProofState, opts: CandidateOptions = {}): Candidate[] {
  const goal = opts.goal ?? 0;
  const open = state.openGoals;
  if (goal < 0 || goal >= open.length) return [];
  const node = state.nodes[open[goal]];
  const subst = state.substitution;
  const limit = opts.limit ?? Infinity;
  const out: Candidate[] = [];
  const tryLabel = (s: Statement, kind: Candidate['kind']): boolean => {
    if (opts.filter && !opts.filter(s)) return true;
    const r = state.check(s.label, {}, goal);
    if (r.ok) out.push({ label: s.label, kind, newGoals: r.newGoals });
    return out.length < limit;
  };
  for (const h of state.hypotheses) {
    if (h.expr[0] === node.typecode && !tryLabel(h, 'hyp')) return out;
  }
  const ix = indexOf(state.db);
  const g = state.grammar;
  const k = state.target.index;
  const root = walk(node.tree, subst);
  let pool: Statement[];
  if (root.t === 'a') {
    const a = ix.byRoot.get(root.rule) ?? [];
    // merge the two database-ordered lists
    pool = [];
    let i = 0;
    let j = 0;
    const b = ix.varRoot;
    while (i < a.length || j < b.length) pool.push(j >= b.length || (i < a.length && a[i].index < b[j].index) ? a[i++] : b[j++]);
  } else {
    pool = ix.all;
  }
  for (const s of pool) {
    if (s.index >= k) break;
    if (s.expr[0] !== node.typecode) continue;
    const t = g.treeOf(s);
    if (!t || !couldMatch(t, root, subst)) continue;
    if (!tryLabel(s, 'assert')) break;
  }
  return out;
}
