/**
 * Training examples for the guide: a proof is replayed backward through a ProofState, and at every
 * expansion where the baseline's goal choice offers more than one candidate, the features of each
 * candidate and the one the proof used become one example. Sources: a theorem's stored proof
 * (imitation) and the steps of a proof the guided search found (expert iteration).
 */
import { chooseGoal, type ProofAction } from '../prover.js';
import { ProofState } from '../proof-state.js';
import type { Database, Statement } from '../types.js';
import { stepFeatures } from './features.js';
import type { GuideExample } from './model.js';
import { proofTree, type ProofTreeNode } from './proof-tree.js';

/** Replays stop after this many steps (a stored proof is rarely longer in propositional calculus; bounds the work). */
const MAX_REPLAY_STEPS = 400;

/** Features of every child of one expansion: candidate `labels` applied to goal `goal`. Children that do not apply are left out. */
export function expansionFeatures(parent: ProofState, goal: number, labels: readonly string[], labelFeatures: (s: Statement) => boolean): Array<{ label: string; features: string[] }> {
  const out: Array<{ label: string; features: string[] }> = [];
  for (const label of labels) {
    const child = parent.fork();
    if (!child.apply(label, {}, goal).ok) continue;
    out.push({ label, features: stepFeatures({ parent, goal, stmt: parent.db.labels.get(label)!, child }, labelFeatures) });
  }
  return out;
}

/** One example at `state`: the baseline's goal choice, its candidates, the step taken there. Undefined when there is no choice to learn. */
function exampleAt(state: ProofState, goal: number, cands: readonly string[], taken: string, labelFeatures: (s: Statement) => boolean): GuideExample | undefined {
  if (cands.length < 2 || !cands.includes(taken)) return undefined;
  const kids = expansionFeatures(state, goal, cands, labelFeatures);
  const chosen = kids.findIndex((k) => k.label === taken);
  return chosen >= 0 && kids.length > 1 ? { candidates: kids.map((k) => k.features), chosen } : undefined;
}

/** Examples from the stored proof of `target` (none when it has no decodable proof). */
export function proofExamples(db: Database, target: Statement, labelFeatures: (s: Statement) => boolean): GuideExample[] {
  const tree = proofTree(db, target);
  if (!tree) return [];
  const state = new ProofState(db, target);
  const at = new Map<number, ProofTreeNode>([[state.openGoals[0], tree]]);
  const out: GuideExample[] = [];
  for (let step = 0; step < MAX_REPLAY_STEPS && state.openGoals.length > 0; step++) {
    const pick = chooseGoal(state, undefined);
    const goal = pick?.goal ?? 0;
    const node = at.get(state.openGoals[goal]);
    if (!node) break;
    if (pick) {
      const e = exampleAt(state, goal, pick.cands.map((c) => c.label), node.stmt.label, labelFeatures);
      if (e) out.push(e);
    }
    const before = state.openGoals.length;
    if (!state.apply(node.stmt.label, {}, goal).ok) break;
    const added = state.openGoals.length - before + 1;
    for (let j = 0; j < added; j++) at.set(state.openGoals[j], node.children[j]);
  }
  return out;
}

/** Examples from steps a search found for `target` (the prover's own goal choices, so each step is an expansion it made). */
export function actionExamples(db: Database, target: Statement, actions: readonly ProofAction[], labelFeatures: (s: Statement) => boolean): GuideExample[] {
  const state = new ProofState(db, target);
  const out: GuideExample[] = [];
  for (const a of actions) {
    const pick = chooseGoal(state, undefined);
    if (pick && pick.goal === a.goal) {
      const e = exampleAt(state, a.goal, pick.cands.map((c) => c.label), a.label, labelFeatures);
      if (e) out.push(e);
    }
    if (!state.apply(a.label, {}, a.goal).ok) break;
  }
  return out;
}
