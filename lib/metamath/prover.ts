/**
 * Baseline prover: best-first search over backward proof states. A state's cost is the number of
 * applications so far plus its open goals; each expansion works on the open goal with the fewest
 * candidate labels (fail first) and branches on every candidate. A goal that is a bare work variable
 * (the minor premise of modus ponens before its major is solved) is taken last and closed by a
 * hypothesis or by the first hypothesis-free assertion, since any proof of it will do.
 */
import { candidates, type Candidate } from './candidates.js';
import { exportProof, type ExportedProof } from './export.js';
import { ProofState } from './proof-state.js';
import type { Database, Statement } from './types.js';
import { walk } from './unify.js';

export interface ProverOptions {
  /** States expanded (taken off the frontier) before giving up; default 1000. */
  readonly maxExpansions?: number;
  /** Wall-clock bound in milliseconds; default 10,000. */
  readonly timeoutMs?: number;
  /** States with more open goals than this are dropped; default 8. */
  readonly maxGoals?: number;
  /** Labels the prover may not use (e.g. the target's own later duplicates, discouraged theorems). */
  readonly filter?: (stmt: Statement) => boolean;
  /** Orders the search by learned step costs instead of the baseline's cost 1 per step (lib/metamath/guide). */
  readonly guide?: SearchGuide;
}

/** A child of one expansion, offered to a guide. */
export interface GuideChild {
  readonly stmt: Statement;
  readonly state: ProofState;
}

/**
 * Step costs for best-first search: a state's priority is the sum of the costs of the steps that
 * led to it plus `goalWeight` per open goal. The baseline is cost 1 per step and goal weight 1.
 */
export interface SearchGuide {
  /** Costs (>= 0; lower is tried first) of every child of one expansion, in order. */
  stepCosts(parent: ProofState, goal: number, children: readonly GuideChild[]): number[];
  readonly goalWeight: number;
}

/** One proof step: apply `label` to the open goal at position `goal` (0 = current). */
export interface ProofAction {
  readonly label: string;
  readonly goal: number;
}

export interface ProverResult {
  readonly label: string;
  readonly proved: boolean;
  /** Why the search stopped. */
  readonly stop: 'proved' | 'budget' | 'timeout' | 'exhausted';
  /** The steps, in order, that close the proof (empty unless proved). */
  readonly actions: ProofAction[];
  /** The kernel-checked proof (when proved). */
  readonly proof?: ExportedProof;
  /** Set when the search closed every goal but the kernel rejected the assembled proof (a bug; never counted as proved). */
  readonly kernelError?: string;
  readonly expansions: number;
  /** States generated. */
  readonly states: number;
  readonly milliseconds: number;
}

interface SearchNode {
  readonly state: ProofState;
  readonly g: number;
  readonly f: number;
  readonly seq: number;
  readonly parent?: SearchNode;
  readonly action?: ProofAction;
}

/** Min-heap on (f, seq): ties go to the older state, so the search is deterministic. */
class Frontier {
  private readonly a: SearchNode[] = [];
  get size(): number {
    return this.a.length;
  }
  private less(x: SearchNode, y: SearchNode): boolean {
    return x.f < y.f || (x.f === y.f && x.seq < y.seq);
  }
  push(n: SearchNode): void {
    const a = this.a;
    a.push(n);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): SearchNode | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

/** Open goals as text with work variables renumbered by first occurrence, sorted: equal keys, equal states up to renaming. */
function stateKey(state: ProofState): string {
  const ren = new Map<string, string>();
  return state.goals
    .filter((g) => g.kind === 'essential')
    .map((g) => g.expr.replace(/&W\d+/g, (w) => ren.get(w) ?? (ren.set(w, `&${ren.size}`), ren.get(w)!)))
    .sort()
    .join('\n');
}

function isBare(state: ProofState, goal: number): boolean {
  return walk(state.nodes[state.openGoals[goal]].tree, state.substitution).t === 'w';
}

/** The goal to work on and its candidates; undefined when some goal has none (a dead state). */
export function chooseGoal(state: ProofState, filter: ProverOptions['filter']): { goal: number; cands: Candidate[] } | undefined {
  let best: { goal: number; cands: Candidate[] } | undefined;
  let bare: number | undefined;
  for (let i = 0; i < state.openGoals.length; i++) {
    if (isBare(state, i)) {
      bare ??= i;
      continue;
    }
    const cands = candidates(state, { goal: i, filter, limit: best ? best.cands.length : undefined });
    if (cands.length === 0) return undefined;
    if (!best || cands.length < best.cands.length) best = { goal: i, cands };
    if (best.cands.length === 1) break;
  }
  if (best) return best;
  if (bare === undefined) return undefined;
  const all = candidates(state, { goal: bare, filter });
  const hyps = all.filter((c) => c.kind === 'hyp');
  const closing = all.find((c) => c.kind === 'assert' && c.newGoals === 0);
  const cands = closing ? [...hyps, closing] : hyps;
  return cands.length ? { goal: bare, cands } : undefined;
}

/** Searches for a proof of the $p statement `target` using only what is declared before it. */
export function prove(db: Database, target: string | Statement, opts: ProverOptions = {}): ProverResult {
  const t0 = performance.now();
  const maxExpansions = opts.maxExpansions ?? 1000;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxGoals = opts.maxGoals ?? 8;
  const root = new ProofState(db, target);
  const label = root.target.label;
  const filter = opts.filter;
  const guide = opts.guide;
  const goalWeight = guide?.goalWeight ?? 1;
  const frontier = new Frontier();
  const seen = new Set<string>([stateKey(root)]);
  let seq = 0;
  let states = 1;
  let expansions = 0;
  frontier.push({ state: root, g: 0, f: root.openGoals.length, seq: seq++ });
  const done = (stop: ProverResult['stop'], node?: SearchNode): ProverResult => {
    const actions: ProofAction[] = [];
    for (let n = node; n?.action; n = n.parent) actions.unshift(n.action);
    let proof: ExportedProof | undefined;
    let kernelError: string | undefined;
    if (node) {
      try {
        proof = exportProof(node.state);
      } catch (e) {
        // the goals closed but the kernel refused the proof: report it, do not count it as proved
        kernelError = e instanceof Error ? e.message : String(e);
        stop = 'exhausted';
      }
    }
    return {
      label,
      proved: stop === 'proved',
      stop,
      actions: proof ? actions : [],
      proof,
      ...(kernelError ? { kernelError } : {}),
      expansions,
      states,
      milliseconds: performance.now() - t0,
    };
  };
  while (frontier.size > 0) {
    if (expansions >= maxExpansions) return done('budget');
    if (performance.now() - t0 > timeoutMs) return done('timeout');
    const node = frontier.pop()!;
    expansions++;
    const pick = chooseGoal(node.state, filter);
    if (!pick) continue;
    // every applicable child is scored (the guide normalises over them); only new, small states are queued
    const kids: Array<GuideChild & { readonly action: ProofAction; readonly keep: boolean }> = [];
    for (const c of pick.cands) {
      const child = node.state.fork();
      if (!child.apply(c.label, {}, pick.goal).ok) continue;
      states++;
      const action = { label: c.label, goal: pick.goal };
      if (child.closed) return done('proved', { state: child, g: node.g + 1, f: node.g + 1, seq: seq++, parent: node, action });
      let keep = child.openGoals.length <= maxGoals;
      if (keep) {
        const key = stateKey(child);
        keep = !seen.has(key);
        seen.add(key);
      }
      if (keep || guide) kids.push({ stmt: node.state.db.labels.get(c.label)!, state: child, action, keep });
    }
    const costs = guide?.stepCosts(node.state, pick.goal, kids);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (!k.keep) continue;
      const g = node.g + (costs ? costs[i] : 1);
      frontier.push({ state: k.state, g, f: g + goalWeight * k.state.openGoals.length, seq: seq++, parent: node, action: k.action });
    }
  }
  return done('exhausted');
}
