/** Turns a finished ProofState into normal and compressed Metamath proofs, re-checked with the kernel. */
import type { ProofState } from './proof-state.js';
import type { Statement } from './types.js';
import type { Tree } from './unify.js';
import { Verifier } from './verify.js';

interface PNode {
  readonly label: string;
  readonly children: readonly PNode[];
}

function buildTree(state: ProofState): PNode {
  const syntax = (t: Tree): PNode => {
    const r = state.resolved(t);
    if (r.t === 'w') throw new Error('proof has unassigned work variables.');
    if (r.t === 'v') {
      const f = state.floatingFor(r.sym);
      if (!f) throw new Error(`variable \`${state.db.symbols[r.sym]}\` has no active $f at ${state.target.label}.`);
      return { label: f.label, children: [] };
    }
    return { label: r.rule.label, children: r.args.map(syntax) };
  };
  const node = (id: number): PNode => {
    const n = state.nodes[id];
    const st = n.step;
    if (!st) throw new Error('proof is not finished.');
    if (st.kind === 'hyp') return { label: st.stmt.label, children: [] };
    return { label: st.stmt.label, children: st.hyps.map((h) => (h.kind === 'f' ? syntax(h.tree) : node(h.node))) };
  };
  return node(0);
}

function normalSteps(p: PNode, out: string[] = []): string[] {
  for (const c of p.children) normalSteps(c, out);
  out.push(p.label);
  return out;
}

/** Compressed-proof number encoding (1-based). */
export function encodeNumber(n: number): string {
  let s = String.fromCharCode(65 + ((n - 1) % 20));
  let acc = Math.floor((n - 1) / 20);
  while (acc > 0) {
    s = String.fromCharCode(85 + ((acc - 1) % 5)) + s;
    acc = Math.floor((acc - 1) / 5);
  }
  return s;
}

function compress(target: Statement, root: PNode): { labels: string[]; letters: string } {
  const hyps = target.frame!.hyps.map((h) => h.label);
  const m = hyps.length;
  const labels: string[] = [];
  const collect = (p: PNode): void => {
    p.children.forEach(collect);
    if (!hyps.includes(p.label) && !labels.includes(p.label)) labels.push(p.label);
  };
  collect(root);
  const n = labels.length;
  // Count repeated non-leaf subproofs to share them with Z.
  const key = (p: PNode): string => normalSteps(p).join(' ');
  const count = new Map<string, number>();
  const countAll = (p: PNode): void => {
    if (p.children.length === 0) return;
    const k = key(p);
    count.set(k, (count.get(k) ?? 0) + 1);
    p.children.forEach(countAll);
  };
  countAll(root);
  const saved = new Map<string, number>();
  let letters = '';
  const emit = (p: PNode): void => {
    const k = p.children.length ? key(p) : '';
    const sv = k ? saved.get(k) : undefined;
    if (sv !== undefined) {
      letters += encodeNumber(m + n + sv + 1);
      return;
    }
    p.children.forEach(emit);
    const hi = hyps.indexOf(p.label);
    letters += encodeNumber(hi >= 0 ? hi + 1 : m + labels.indexOf(p.label) + 1);
    if (k && (count.get(k) ?? 0) > 1) {
      saved.set(k, saved.size);
      letters += 'Z';
    }
  };
  emit(root);
  return { labels, letters };
}

export interface ExportedProof {
  /** Label proof, space-separated. */
  readonly normal: string;
  /** `( labels ) LETTERS`. */
  readonly compressed: string;
}

/** Assembles the proof of a closed ProofState; both forms are re-checked with the kernel (throws if not closed or rejected). */
export function exportProof(state: ProofState): ExportedProof {
  if (!state.closed) throw new Error('the proof state is not closed.');
  const root = buildTree(state);
  const steps = normalSteps(root);
  const { labels, letters } = compress(state.target, root);
  const v = new Verifier(state.db);
  const n = v.check({ ...state.target, proof: { kind: 'normal', steps } });
  if (n.status !== 'ok') throw new Error(`kernel rejected the normal proof: ${n.status === 'fail' ? n.reason : 'incomplete'}`);
  const c = v.check({ ...state.target, proof: { kind: 'compressed', labels, letters } });
  if (c.status !== 'ok') throw new Error(`kernel rejected the compressed proof: ${c.status === 'fail' ? c.reason : 'incomplete'}`);
  return { normal: steps.join(' '), compressed: `( ${labels.join(' ')} ) ${letters}` };
}

/**
 * Database text with the proof of $p statement `label` replaced by `proof` (normal or compressed);
 * for putting a found proof back into a database so a verifier can check it in context.
 * @throws Error when the text has no `$p` statement with that label.
 */
export function replaceProof(text: string, label: string, proof: string): string {
  const re = new RegExp(`((?:^|\\s)${label.replace(/[.\\-]/g, '\\$&')} \\$p[^$]*\\$=)[\\s\\S]*?\\$\\.`);
  if (!re.test(text)) throw new Error(`no $p statement labeled ${label} in the database text`);
  return text.replace(re, (_, head: string) => `${head} ${proof} $.`);
}
