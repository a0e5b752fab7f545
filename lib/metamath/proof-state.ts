/** Backward (goal-directed) proof state for a Metamath $p statement. */
import { ConfigError } from '../errors.js';
import type { Database, Statement } from './types.js';
import { dvKey } from './types.js';
import { proofOutcomes } from './verify.js';
import { formatTree, grammarOf, hasWork, resolve, treeDepth, treeVars, unify, walk, type Grammar, type Subst, type Tree } from './unify.js';

/** A goal node's justification. `f` entries are syntax subproofs (work-variable trees), `e` entries child goal ids. */
export type Step =
  | { readonly kind: 'hyp'; readonly stmt: Statement }
  | { readonly kind: 'assert'; readonly stmt: Statement; readonly hyps: ReadonlyArray<{ readonly kind: 'f'; readonly tree: Tree } | { readonly kind: 'e'; readonly node: number }> };

export interface GoalNode {
  readonly id: number;
  readonly typecode: number;
  readonly tree: Tree;
  readonly step?: Step;
}

export interface Goal {
  readonly id: number;
  /** 'essential': a provable goal to apply labels to; 'syntax': a work variable not yet fully assigned. */
  readonly kind: 'essential' | 'syntax';
  readonly typecode: string;
  /** Expression (typecode first); unassigned work variables print as `&W<n>`. */
  readonly expr: string;
}

export type ApplyResult = { readonly ok: true; readonly goals: readonly Goal[] } | { readonly ok: false; readonly error: string };

interface Snapshot {
  readonly nodes: readonly GoalNode[];
  readonly open: readonly number[];
  readonly subst: Subst;
  readonly nextWork: number;
  readonly syntaxVars: readonly Tree[];
  readonly pendingDv: ReadonlyArray<{ readonly a: Tree; readonly b: Tree; readonly label: string }>;
}

class ActionError extends Error {}

/** Dummy assignments tried before giving up on filling the leftover work variables. */
const MAX_FILL_TRIES = 10_000;
/** Largest goal, in symbols: a few steps can double a goal's size, and rendering it is what would blow up. */
export const MAX_GOAL_SYMBOLS = 20_000;
/** Nesting depth of a goal or a substituted expression (tree functions recurse per level; this keeps them far from the stack limit). */
export const MAX_GOAL_DEPTH = 2_000;

/** Expanded symbol count of a tree, counting each shared subtree once per use without re-walking it. */
function treeSize(t: Tree, s: Subst, memo: Map<Tree, number>): number {
  const x = walk(t, s);
  const m = memo.get(x);
  if (m !== undefined) return m;
  let n: number;
  if (x.t !== 'a') n = 1;
  else {
    n = x.rule.expr.length - 1 - x.args.length;
    for (const a of x.args) n += treeSize(a, s, memo);
  }
  memo.set(x, n);
  return n;
}

export class ProofState {
  readonly target: Statement;
  readonly grammar: Grammar;
  private cur: Snapshot;
  private readonly history: Snapshot[] = [];
  private readonly dvSet: Set<number>;
  private readonly floatCache: Map<number, Statement | undefined>;
  private readonly dummyCache: Map<number, Statement[]>;

  constructor(db: Database, target: string | Statement);
  constructor(db: Database, target: string | Statement, from: ProofState);
  constructor(
    readonly db: Database,
    target: string | Statement,
    from?: ProofState,
  ) {
    if (from) {
      // fork: same target and caches, the current state, no history
      this.target = from.target;
      this.grammar = from.grammar;
      this.dvSet = from.dvSet;
      this.floatCache = from.floatCache;
      this.dummyCache = from.dummyCache;
      this.cur = from.cur;
      return;
    }
    const t = typeof target === 'string' ? db.labels.get(target) : target;
    if (!t || t.kind !== 'p') throw new ConfigError(`\`${String(typeof target === 'string' ? target : target.label)}\` is not a $p statement of this database; give the label of a theorem.`);
    this.target = t;
    this.grammar = grammarOf(db);
    this.dvSet = new Set(t.dvAll ?? []);
    this.floatCache = new Map();
    this.dummyCache = new Map();
    const tree = this.treeOf(t);
    if (!tree) throw new ConfigError(`the statement of ${t.label} does not parse with the database's syntax axioms, so it cannot be proved backward here.`);
    this.cur = { nodes: [{ id: 0, typecode: t.expr[0], tree }], open: [0], subst: new Map(), nextWork: 0, syntaxVars: [], pendingDv: [] };
  }

  /** An independent copy of the current state (shares the immutable snapshot; no undo history). For search. */
  fork(): ProofState {
    return new ProofState(this.db, this.target, this);
  }

  private treeOf(s: Statement): Tree | undefined {
    return this.grammar.treeOf(s);
  }

  /** Number of successful applications since the start (or since the fork). */
  get depth(): number {
    return this.history.length;
  }

  /** The target's $e hypotheses (usable as labels in `apply`). */
  get hypotheses(): readonly Statement[] {
    return this.target.frame!.essential;
  }

  /** All goal nodes (index = id), with their justification once closed. */
  get nodes(): readonly GoalNode[] {
    return this.cur.nodes;
  }
  get substitution(): Subst {
    return this.cur.subst;
  }

  /** Open essential goals (current first), then unassigned syntax goals. */
  get goals(): Goal[] {
    // snapshots are immutable, so the rendering of one can be kept
    if (this.goalsOf?.snap !== this.cur) this.goalsOf = { snap: this.cur, goals: this.renderGoals() };
    return this.goalsOf.goals.slice();
  }
  private goalsOf: { readonly snap: Snapshot; readonly goals: readonly Goal[] } | undefined;

  private renderGoals(): Goal[] {
    const { subst } = this.cur;
    const sym = this.db.symbols;
    const out: Goal[] = this.cur.open.map((id) => {
      const n = this.cur.nodes[id];
      return { id, kind: 'essential' as const, typecode: sym[n.typecode], expr: `${sym[n.typecode]} ${formatTree(this.db, n.tree, subst)}` };
    });
    for (const w of this.cur.syntaxVars) {
      if (!hasWork(w, subst)) continue;
      if (w.t !== 'w') continue;
      if (subst.has(w.id) && out.some((g) => g.kind === 'syntax' && g.expr === `${sym[w.type]} ${formatTree(this.db, w, subst)}`)) continue;
      out.push({ id: -1 - w.id, kind: 'syntax', typecode: sym[w.type], expr: `${sym[w.type]} ${formatTree(this.db, w, subst)}` });
    }
    return out;
  }

  /** The goal `apply` works on. */
  get current(): Goal | undefined {
    return this.goals.find((g) => g.kind === 'essential');
  }

  /** No open essential goals and every work variable assigned. */
  get closed(): boolean {
    return this.cur.open.length === 0 && !this.cur.syntaxVars.some((w) => hasWork(w, this.cur.subst));
  }

  /**
   * Applies an assertion (or an active $e hypothesis of the target) to the current goal.
   * `substitution` optionally fixes the assertion's variables: variable name → expression text (without typecode).
   * `goal` picks the open essential goal by position in `goals` (0 = current, the default).
   */
  apply(label: string, substitution?: Readonly<Record<string, string>>, goal = 0): ApplyResult {
    try {
      const next = this.doApply(label, substitution ?? {}, goal);
      const prev = this.cur;
      this.cur = next;
      try {
        const goals = this.goals;
        this.history.push(prev);
        return { ok: true, goals };
      } catch (e) {
        this.cur = prev; // nothing changes unless the whole step succeeds
        throw e;
      }
    } catch (e) {
      if (e instanceof ActionError) return { ok: false, error: e.message };
      return { ok: false, error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  /** Whether `apply(label, substitution, goal)` would succeed, without changing the state; the error when not. */
  check(label: string, substitution?: Readonly<Record<string, string>>, goal = 0): { readonly ok: true; readonly newGoals: number } | { readonly ok: false; readonly error: string } {
    try {
      const next = this.doApply(label, substitution ?? {}, goal);
      return { ok: true, newGoals: next.open.length - this.cur.open.length + 1 };
    } catch (e) {
      if (e instanceof ActionError) return { ok: false, error: e.message };
      return { ok: false, error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  /** Open essential goal ids, current first. */
  get openGoals(): readonly number[] {
    return this.cur.open;
  }

  /** Reverts the last successful `apply`; false when there is nothing to undo. */
  undo(): boolean {
    const prev = this.history.pop();
    if (!prev) return false;
    this.cur = prev;
    return true;
  }

  private doApply(label: string, substitution: Readonly<Record<string, string>>, goalIndex: number): Snapshot {
    const st = this.cur;
    if (st.open.length === 0) throw new ActionError('no open goal.');
    if (!Number.isInteger(goalIndex) || goalIndex < 0 || goalIndex >= st.open.length) {
      throw new ActionError(`goal ${goalIndex + 1} does not exist; there are ${st.open.length} open goal(s).`);
    }
    const gid = st.open[goalIndex];
    const goal = st.nodes[gid];
    const s = this.db.labels.get(label);
    const k = this.target.index;
    if (!s) throw new ActionError(`unknown label \`${label}\`.`);
    if (s.index >= k) throw new ActionError(`\`${label}\` is not declared before ${this.target.label}.`);
    if (unprovedOf(this.db).has(s)) throw new ActionError(`\`${label}\` has no proof the kernel accepts (its proof, or one it relies on, is wrong or contains \`?\`); only verified assertions may be used.`);
    if (s.activeUntil <= k) throw new ActionError(`hypothesis \`${label}\` is not active at ${this.target.label}.`);
    if (s.kind === 'f') throw new ActionError(`\`${label}\` is a floating hypothesis; syntax goals close automatically.`);
    if (s.expr[0] !== goal.typecode) {
      throw new ActionError(`\`${label}\` has typecode \`${this.db.symbols[s.expr[0]]}\` but the goal has \`${this.db.symbols[goal.typecode]}\`.`);
    }
    const tree = this.treeOf(s);
    if (!tree) throw new ActionError(`cannot parse the statement of \`${label}\`.`);
    const nodes = st.nodes.slice();
    const open = st.open.filter((_, i) => i !== goalIndex);
    if (s.kind === 'e') {
      if (Object.keys(substitution).length) throw new ActionError('a hypothesis takes no substitution.');
      const u = unify(tree, goal.tree, st.subst);
      if (!u) throw new ActionError(`\`${label}\` does not unify with the goal.`);
      nodes[gid] = { ...goal, step: { kind: 'hyp', stmt: s } };
      return this.finish({ ...st, nodes, open, subst: u });
    }
    const fr = s.frame!;
    let nextWork = st.nextWork;
    const ren = new Map<number, Tree>();
    for (const h of fr.floating) ren.set(h.expr[1], { t: 'w', id: nextWork++, type: h.expr[0] });
    const rename = (t: Tree): Tree => {
      if (t.t === 'v') {
        const r = ren.get(t.sym);
        if (!r) throw new ActionError(`variable \`${this.db.symbols[t.sym]}\` of \`${label}\` has no mandatory $f.`);
        return r;
      }
      if (t.t === 'w') return t;
      return { t: 'a', rule: t.rule, args: t.args.map(rename), type: t.type };
    };
    let subst: Map<number, Tree> | undefined = new Map(st.subst);
    for (const [name, text] of Object.entries(substitution)) {
      const v = this.db.symbolIds.get(name);
      const w = v === undefined ? undefined : ren.get(v);
      if (!w) throw new ActionError(`\`${name}\` is not a variable of \`${label}\`.`);
      const val = this.parseInContext(w.type, text);
      subst = unify(w, val, subst);
      if (!subst) throw new ActionError(`cannot assign \`${name}\`.`);
    }
    subst = unify(rename(tree), goal.tree, subst);
    if (!subst) throw new ActionError(`the conclusion of \`${label}\` does not unify with the goal.`);
    const hyps: Array<{ kind: 'f'; tree: Tree } | { kind: 'e'; node: number }> = [];
    const newGoals: number[] = [];
    const syntaxVars = st.syntaxVars.slice();
    for (const h of fr.hyps) {
      if (h.kind === 'f') {
        const w = ren.get(h.expr[1])!;
        hyps.push({ kind: 'f', tree: w });
        syntaxVars.push(w);
      } else {
        const ht = this.treeOf(h);
        if (!ht) throw new ActionError(`cannot parse hypothesis \`${h.label}\`.`);
        const id = nodes.length;
        nodes.push({ id, typecode: h.expr[0], tree: rename(ht) });
        hyps.push({ kind: 'e', node: id });
        newGoals.push(id);
      }
    }
    nodes[gid] = { ...goal, step: { kind: 'assert', stmt: s, hyps } };
    const pendingDv = st.pendingDv.slice();
    for (let i = 0; i < fr.dv.length; i += 2) pendingDv.push({ a: ren.get(fr.dv[i])!, b: ren.get(fr.dv[i + 1])!, label });
    return this.finish({ nodes, open: [...newGoals, ...open], subst, nextWork, syntaxVars, pendingDv });
  }

  /** Checks the $d conditions that have become decidable; keeps the rest pending. Once no essential goal is open, fills leftover work variables. */
  private finish(st: Snapshot): Snapshot {
    for (const id of st.open) {
      const d = treeDepth(st.nodes[id].tree, st.subst, MAX_GOAL_DEPTH);
      if (d > MAX_GOAL_DEPTH) throw new ActionError(`the step would leave a goal nested more than ${MAX_GOAL_DEPTH} levels deep; choose another step or a smaller substitution.`);
    }
    const memo = new Map<Tree, number>();
    for (const id of st.open) {
      const n = treeSize(st.nodes[id].tree, st.subst, memo);
      if (n > MAX_GOAL_SYMBOLS) throw new ActionError(`the step would leave a goal of ${n} symbols (limit ${MAX_GOAL_SYMBOLS}); choose another step or fix variables with a substitution.`);
    }
    const checked = this.checkDv(st);
    return checked.open.length === 0 ? this.fillWork(checked) : checked;
  }

  /**
   * Assigns each work variable no goal constrains any more to a variable of its type active at the
   * target (such a proof is valid for every choice; mmj2 does the same with dummy variables), trying
   * the candidates in order until the pending $d conditions hold.
   */
  private fillWork(st: Snapshot): Snapshot {
    const left = new Map<number, number>();
    const collect = (t: Tree): void => {
      const x = walk(t, st.subst);
      if (x.t === 'w') left.set(x.id, x.type);
      else if (x.t === 'a') x.args.forEach(collect);
    };
    st.syntaxVars.forEach(collect);
    st.pendingDv.forEach((d) => (collect(d.a), collect(d.b)));
    // depth-first over the work variables, so an early choice that blocks a later one is revisited
    const ids = [...left];
    let tries = 0;
    let lastError = '';
    const assign = (k: number, cur: Snapshot): Snapshot | undefined => {
      if (k === ids.length) return cur;
      const [id, type] = ids[k];
      if (walk({ t: 'w', id, type }, cur.subst).t !== 'w') return assign(k + 1, cur);
      const options = this.dummies(type);
      if (options.length === 0) lastError = `no variable of type \`${this.db.symbols[type]}\` is active at ${this.target.label}.`;
      for (const f of options) {
        if (++tries > MAX_FILL_TRIES) return undefined;
        const subst = new Map(cur.subst);
        subst.set(id, { t: 'v', sym: f.expr[1], type });
        let next: Snapshot;
        try {
          next = this.checkDv({ ...cur, subst });
        } catch (e) {
          if (!(e instanceof ActionError)) throw e;
          lastError = e.message;
          continue;
        }
        const done = assign(k + 1, next);
        if (done) return done;
      }
      return undefined;
    };
    const done = assign(0, st);
    if (!done) throw new ActionError(`cannot fill the remaining work variables with dummy variables${tries > MAX_FILL_TRIES ? ` (gave up after ${MAX_FILL_TRIES} tries)` : ''}: ${lastError}; fix them with a substitution (var := expr).`);
    return done;
  }

  /** Active $f hypotheses of a type at the target, variables not in the statement first. */
  private dummies(type: number): Statement[] {
    let l = this.dummyCache.get(type);
    if (!l) {
      const k = this.target.index;
      const used = new Set<number>(this.target.expr);
      for (const h of this.target.frame!.essential) h.expr.forEach((x) => used.add(x));
      const all = this.db.statements.filter((s) => s.index < k && s.kind === 'f' && s.expr[0] === type && s.activeUntil > k);
      l = [...all.filter((s) => !used.has(s.expr[1])), ...all.filter((s) => used.has(s.expr[1]))];
      this.dummyCache.set(type, l);
    }
    return l;
  }

  private checkDv(st: Snapshot): Snapshot {
    const pending: Array<{ a: Tree; b: Tree; label: string }> = [];
    for (const d of st.pendingDv) {
      const A = treeVars(d.a, st.subst);
      const B = treeVars(d.b, st.subst);
      for (const x of A.vars) {
        for (const y of B.vars) {
          const nx = this.db.symbols[x];
          const ny = this.db.symbols[y];
          if (x === y) throw new ActionError(`$d violation in \`${d.label}\`: both sides contain \`${nx}\`.`);
          if (!this.dvSet.has(dvKey(x, y))) throw new ActionError(`$d violation in \`${d.label}\`: \`${nx}\`, \`${ny}\` are not disjoint in ${this.target.label}.`);
        }
      }
      if (A.work || B.work) pending.push(d);
    }
    return { ...st, pendingDv: pending };
  }

  /** Parses expression text (no typecode) as syntax type `type`, using the target's variables. */
  parseInContext(type: number, text: string): Tree {
    const syms: number[] = [];
    for (const tok of text.trim().split(/\s+/)) {
      if (!tok) continue;
      const id = this.db.symbolIds.get(tok);
      if (id === undefined) throw new ActionError(`unknown symbol \`${tok}\`.`);
      if (this.db.isVariable[id] && !this.floatingFor(id)) throw new ActionError(`variable \`${tok}\` has no active $f at ${this.target.label}.`);
      syms.push(id);
    }
    const t = this.grammar.parseAs(type, syms);
    if (!t) throw new ActionError(`\`${text}\` is not a well-formed \`${this.db.symbols[type]}\`.`);
    if (treeDepth(t, new Map(), MAX_GOAL_DEPTH) > MAX_GOAL_DEPTH) throw new ActionError(`the expression is nested more than ${MAX_GOAL_DEPTH} levels deep; the limit keeps every step bounded.`);
    return t;
  }

  /** The $f hypothesis of a variable active at the target. */
  floatingFor(v: number): Statement | undefined {
    if (this.floatCache.has(v)) return this.floatCache.get(v);
    const k = this.target.index;
    let found: Statement | undefined;
    for (const s of this.db.statements) {
      if (s.index >= k) break;
      if (s.kind === 'f' && s.expr[1] === v && s.activeUntil > k) found = s;
    }
    this.floatCache.set(v, found);
    return found;
  }

  /** Fully resolved tree (for export). */
  resolved(t: Tree): Tree {
    return resolve(t, this.cur.subst);
  }
}

const unprovedCache = new WeakMap<Database, Set<Statement>>();

/**
 * $p statements that may not be used as lemmas: the kernel does not accept their proof (wrong, or
 * incomplete with `?`), or the proof uses such a statement (transitively). Computed by verifying
 * every proof of the database once (proofOutcomes, cached per database object), so a complete but wrong proof in a
 * user's database never lends its statement to an episode.
 */
export function unprovedOf(db: Database): ReadonlySet<Statement> {
  let out = unprovedCache.get(db);
  if (out) return out;
  out = new Set<Statement>();
  const outcome = proofOutcomes(db);
  for (const s of db.statements) {
    const p = s.kind === 'p' ? s.proof : undefined;
    if (!p) continue;
    const refs = p.kind === 'normal' ? p.steps : p.labels;
    const usesUnproved = refs.some((l) => {
      const r = db.labels.get(l);
      return r !== undefined && out!.has(r);
    });
    if (usesUnproved || outcome.get(s)?.status !== 'ok') out.add(s);
  }
  unprovedCache.set(db, out);
  return out;
}
