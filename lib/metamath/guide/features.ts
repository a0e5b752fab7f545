/**
 * Features of one search step for the learned guide: the goal worked on, the assertion (or
 * hypothesis) applied, and the goals it leaves. Binary features named by strings, so a checkpoint
 * is readable and has no hash collisions. Structural features (syntax-tree shapes, sizes, whether a
 * new goal is a target hypothesis or repeats an open goal) generalise across labels; the label
 * itself is a feature only where `labelFeatures` allows it (the split keeps evaluation theorems out).
 */
import type { ProofState } from '../proof-state.js';
import type { Statement } from '../types.js';
import { walk, type Subst, type Tree } from '../unify.js';

export interface StepView {
  readonly parent: ProofState;
  /** Position of the goal in `parent.openGoals`. */
  readonly goal: number;
  readonly stmt: Statement;
  /** The state after applying `stmt` to the goal. */
  readonly child: ProofState;
}

/** Trees larger than this are summarised by size only (keys and shapes stay cheap on huge goals). */
const KEY_NODES = 400;

/** The tree's head constructors down to `depth` levels: `wi(wn(v),w)`; v: a database variable, w: a work variable, ?: cut off. */
export function shape(t: Tree, s: Subst, depth: number): string {
  const x = walk(t, s);
  if (x.t === 'v') return 'v';
  if (x.t === 'w') return 'w';
  if (depth <= 0) return '?';
  return x.args.length ? `${x.rule.label}(${x.args.map((a) => shape(a, s, depth - 1)).join(',')})` : x.rule.label;
}

/** Syntax nodes of the tree, counted up to `cap`. */
export function treeNodes(t: Tree, s: Subst, cap = 10_000): number {
  let n = 0;
  const stack: Tree[] = [t];
  while (stack.length && n < cap) {
    const x = walk(stack.pop()!, s);
    n++;
    if (x.t === 'a') for (const a of x.args) stack.push(a);
  }
  return n;
}

/** A canonical string of a tree up to KEY_NODES nodes (work variables by id); undefined when larger. */
export function treeKey(t: Tree, s: Subst): string | undefined {
  const out: string[] = [];
  const stack: Tree[] = [t];
  while (stack.length) {
    if (out.length > KEY_NODES) return undefined;
    const x = walk(stack.pop()!, s);
    if (x.t === 'v') out.push(`v${x.sym}`);
    else if (x.t === 'w') out.push(`w${x.id}`);
    else {
      out.push(x.rule.label);
      for (let i = x.args.length - 1; i >= 0; i--) stack.push(x.args[i]);
    }
  }
  return out.join(' ');
}

function hasWorkVar(t: Tree, s: Subst): boolean {
  const x = walk(t, s);
  if (x.t === 'w') return true;
  return x.t === 'a' && x.args.some((a) => hasWorkVar(a, s));
}

function bucket(n: number): string {
  if (n <= 0) return n === 0 ? '0' : n >= -2 ? String(n) : n >= -6 ? '-m' : '-l';
  return n <= 3 ? String(n) : n <= 8 ? 'm' : n <= 20 ? 'l' : 'xl';
}

/** Per-state facts shared by all children of one expansion. */
interface ParentFacts {
  readonly goalTree: Tree;
  readonly goalShape1: string;
  readonly goalShape2: string;
  readonly goalSize: number;
  readonly hypKeys: ReadonlySet<string>;
  readonly openKeys: ReadonlySet<string>;
}

const parentCache = new WeakMap<ProofState, Map<number, ParentFacts>>();

function parentFacts(p: ProofState, goal: number): ParentFacts {
  let m = parentCache.get(p);
  if (!m) parentCache.set(p, (m = new Map()));
  const hit = m.get(goal);
  if (hit) return hit;
  const s = p.substitution;
  const goalTree = p.nodes[p.openGoals[goal]].tree;
  const hypKeys = new Set<string>();
  for (const h of p.hypotheses) {
    const t = p.grammar.treeOf(h);
    const k = t && treeKey(t, s);
    if (k) hypKeys.add(k);
  }
  const openKeys = new Set<string>();
  for (const id of p.openGoals) {
    const k = treeKey(p.nodes[id].tree, s);
    if (k) openKeys.add(k);
  }
  const facts: ParentFacts = { goalTree, goalShape1: shape(goalTree, s, 1), goalShape2: shape(goalTree, s, 2), goalSize: treeNodes(goalTree, s), hypKeys, openKeys };
  m.set(goal, facts);
  return facts;
}

/** The feature names of one step. `labelFeatures(stmt)` decides whether the label's identity may be a feature. */
export function stepFeatures(v: StepView, labelFeatures: (stmt: Statement) => boolean): string[] {
  const { parent, child, stmt } = v;
  const pf = parentFacts(parent, v.goal);
  const cs = child.substitution;
  const kind = stmt.kind === 'e' ? 'hyp' : 'assert';
  const added = child.openGoals.length - parent.openGoals.length + 1;
  const pattern = parent.grammar.treeOf(stmt);
  const f: string[] = ['bias', `kind:${kind}`, `new:${added}`, `new:${added}|g:${pf.goalShape1}`, `gsize:${bucket(pf.goalSize)}|new:${added}`];
  if (pattern) {
    const p1 = shape(pattern, new Map(), 1);
    const p2 = shape(pattern, new Map(), 2);
    f.push(`p1:${p1}`, `p2:${p2}`, `p2:${p2}|g2:${pf.goalShape2}`, `p1:${p1}|g1:${pf.goalShape1}|new:${added}`);
  }
  if (kind === 'assert') {
    for (const h of stmt.frame?.essential ?? []) {
      const t = parent.grammar.treeOf(h);
      if (t) f.push(`eh1:${shape(t, new Map(), 1)}`);
    }
  }
  if (labelFeatures(stmt)) f.push(`label:${stmt.label}`, `label:${stmt.label}|g1:${pf.goalShape1}`);
  let total = 0;
  let hyps = 0;
  let repeats = 0;
  let work = 0;
  let bare = 0;
  for (let i = 0; i < added; i++) {
    const t = child.nodes[child.openGoals[i]].tree;
    const size = treeNodes(t, cs);
    total += size;
    const x = walk(t, cs);
    if (x.t === 'w') bare++;
    else if (hasWorkVar(t, cs)) work++;
    const k = treeKey(t, cs);
    if (k && pf.hypKeys.has(k)) hyps++;
    else if (k && pf.openKeys.has(k)) repeats++;
    f.push(`h1:${shape(t, cs, 1)}`, `h${i}size:${bucket(size - pf.goalSize)}`);
  }
  f.push(`hyps:${hyps}/${added}`, `repeats:${Math.min(repeats, 2)}`, `work:${Math.min(work, 2)}`, `bare:${Math.min(bare, 2)}`, `grow:${bucket(total - pf.goalSize)}`, `open:${Math.min(child.openGoals.length, 9)}`);
  return f;
}
