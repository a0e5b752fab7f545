/**
 * A $p statement's stored proof as a tree of `|-` steps: each node is the label applied and the
 * subproofs of its essential hypotheses, in frame order (syntax steps are dropped). The imitation
 * data for the learned guide is read from these trees (a backward search applies the same labels).
 */
import type { Database, Statement } from '../types.js';

export interface ProofTreeNode {
  readonly stmt: Statement;
  /** Subproofs of the essential hypotheses, frame order (empty for a hypothesis). */
  readonly children: readonly ProofTreeNode[];
}

interface Entry {
  readonly node?: ProofTreeNode;
}

/** The tree of `stmt`'s proof; undefined when it has none, contains `?`, or does not decode (the kernel reports why). */
export function proofTree(db: Database, stmt: Statement): ProofTreeNode | undefined {
  const p = stmt.proof;
  const fr = stmt.frame;
  if (!p || !fr) return undefined;
  const stack: Entry[] = [];
  const push = (s: Statement | undefined): boolean => {
    if (!s) return false;
    if (s.kind === 'f') stack.push({});
    else if (s.kind === 'e') stack.push({ node: { stmt: s, children: [] } });
    else {
      const hyps = s.frame?.hyps ?? [];
      if (stack.length < hyps.length) return false;
      const args = stack.splice(stack.length - hyps.length, hyps.length);
      const children: ProofTreeNode[] = [];
      for (let i = 0; i < hyps.length; i++) {
        if (hyps[i].kind !== 'e') continue;
        const c = args[i].node;
        if (!c) return false;
        children.push(c);
      }
      // a syntax axiom's node is not a `|-` step: it carries no node
      stack.push(s.frame!.essential.length === 0 && !isProvable(db, s) ? {} : { node: { stmt: s, children } });
    }
    return true;
  };
  if (p.kind === 'normal') {
    for (const l of p.steps) if (l === '?' || !push(db.labels.get(l))) return undefined;
  } else {
    const m = fr.hyps.length;
    const refs = p.labels.map((l) => db.labels.get(l));
    const saved: Entry[] = [];
    let acc = 0;
    for (let i = 0; i < p.letters.length; i++) {
      const c = p.letters.charCodeAt(i);
      if (c >= 65 && c <= 84) {
        const num = acc * 20 + (c - 64);
        acc = 0;
        if (num <= m) push(fr.hyps[num - 1]);
        else if (num <= m + refs.length) {
          if (!push(refs[num - m - 1])) return undefined;
        } else {
          const e = saved[num - m - refs.length - 1];
          if (!e) return undefined;
          stack.push(e);
        }
      } else if (c >= 85 && c <= 89) acc = acc * 5 + (c - 84);
      else if (c === 90) {
        const top = stack[stack.length - 1];
        if (!top) return undefined;
        saved.push(top);
      } else return undefined;
    }
  }
  return stack.length === 1 ? stack[0].node : undefined;
}

function isProvable(db: Database, s: Statement): boolean {
  return db.symbols[s.expr[0]] === '|-';
}
