/**
 * A seeded mutator of Metamath databases, for differential testing against metamath-exe. A mutant is
 * the base database cut after one target theorem's block, with one edit to that theorem's proof, to
 * its statement or hypotheses, to a lemma its proof uses, or to the `$d` conditions around them.
 * Same base text and seed, same mutants.
 */
import { Rng } from '../core/rng.js';
import { Lexer } from './tokenize.js';

export const MUTATION_KINDS = [
  'label-swap',
  'label-replace',
  'label-drop',
  'label-duplicate',
  'letter-corrupt',
  'z-insert',
  'z-delete',
  'z-move',
  'unknown-step',
  'dv-add',
  'dv-drop',
  'e-edit',
  'statement-edit',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutant {
  /** Position in the seeded sequence. */
  readonly index: number;
  readonly kind: MutationKind;
  /** The theorem whose block ends the mutant. */
  readonly target: string;
  /** What was changed, in words. */
  readonly edit: string;
  readonly text: string;
}

interface Stmt {
  readonly label: string;
  /** `d`: a $d statement (label `$d@<token index>`, not in byLabel). */
  readonly kind: 'f' | 'e' | 'a' | 'p' | 'd';
  /** Token indices: label, first math symbol, the `$=` or `$.` ending the math, the final `$.`. */
  readonly at: number;
  readonly math: number;
  readonly mathEnd: number;
  readonly end: number;
  /** Index of the first token after the block holding the statement closes (end + 1 at depth 0). */
  readonly cut: number;
}

/** The base database, tokenized once. */
export class MutationBase {
  readonly tokens: string[] = [];
  readonly stmts: Stmt[] = [];
  readonly byLabel = new Map<string, Stmt>();
  readonly constants: string[] = [];
  readonly variables: string[] = [];
  /** Theorems that may be targets (`maxTargets` $p statements after the first `skipTargets`). */
  readonly targets: Stmt[];

  constructor(text: string, maxTargets = 400, skipTargets = 0) {
    const lx = new Lexer({ text, path: '<mutation base>' });
    for (let t = lx.next(); t !== null; t = lx.next()) this.tokens.push(t);
    const toks = this.tokens;
    const open: Stmt[][] = [[]];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t === '${') open.push([]);
      else if (t === '$}') {
        const closed = open.pop() ?? [];
        // a mutant is cut where the outermost block closes, so that it stays balanced
        if (open.length > 1) open[open.length - 1].push(...closed);
        else for (const s of closed) (s as { cut: number }).cut = i + 1;
      } else if (t === '$c' || t === '$v' || t === '$d') {
        let j = i + 1;
        for (; j < toks.length && toks[j] !== '$.'; j++) if (t !== '$d') (t === '$c' ? this.constants : this.variables).push(toks[j]);
        if (t === '$d') {
          const d: Stmt = { label: `$d@${i}`, kind: 'd', at: i, math: i + 1, mathEnd: j, end: j, cut: j + 1 };
          this.stmts.push(d);
          open[open.length - 1].push(d);
        }
        i = j;
      } else if (/^\$[feap]$/.test(toks[i + 1] ?? '')) {
        const kind = toks[i + 1][1] as Stmt['kind'];
        let j = i + 2;
        while (j < toks.length && toks[j] !== '$.' && toks[j] !== '$=') j++;
        const mathEnd = j;
        while (j < toks.length && toks[j] !== '$.') j++;
        const s: Stmt = { label: t, kind, at: i, math: i + 2, mathEnd, end: j, cut: j + 1 };
        this.stmts.push(s);
        this.byLabel.set(t, s);
        open[open.length - 1].push(s);
        i = j;
      }
    }
    this.targets = this.stmts.filter((s) => s.kind === 'p').slice(skipTargets, skipTargets + maxTargets);
  }
}

/** Parts of a proof, as tokens. */
interface ProofParts {
  readonly compressed: boolean;
  /** Normal: the steps. Compressed: the label list. */
  readonly labels: string[];
  /** Compressed only: the letters, joined. */
  letters: string;
}

function proofOf(base: MutationBase, s: Stmt): ProofParts {
  const t = base.tokens.slice(s.mathEnd + 1, s.end);
  if (t[0] !== '(') return { compressed: false, labels: t, letters: '' };
  const close = t.indexOf(')');
  return { compressed: true, labels: t.slice(1, close), letters: t.slice(close + 1).join('') };
}

function proofTokens(p: ProofParts): string[] {
  return p.compressed ? ['(', ...p.labels, ')', ...(p.letters ? [p.letters] : [])] : p.labels;
}

/** Compressed letters split into items: a number (`UUA`), `Z` or `?`, with their start offsets. */
function items(letters: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let start = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i];
    if (c >= 'U' && c <= 'Y') continue;
    out.push({ text: letters.slice(start, i + 1), at: start });
    start = i + 1;
  }
  if (start < letters.length) out.push({ text: letters.slice(start), at: start });
  return out;
}

/** Compressed number encoding (1-based): A..T, then U..Y prefixes. */
function encode(n: number): string {
  let s = String.fromCharCode(65 + ((n - 1) % 20));
  let m = Math.floor((n - 1) / 20);
  while (m > 0) {
    s = String.fromCharCode(85 + ((m - 1) % 5)) + s;
    m = Math.floor((m - 1) / 5);
  }
  return s;
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.integer(0, xs.length - 1)];

class Attempt {
  /** Token index → replacement tokens (an empty list deletes it). */
  readonly edits = new Map<number, string[]>();
  /** Token index → tokens inserted before it. */
  readonly inserts = new Map<number, string[]>();
  edit = '';
}

/** Generates mutants of `base`; `seed` fixes the sequence. */
export function* mutants(base: MutationBase, seed: number, kinds: readonly MutationKind[] = MUTATION_KINDS): Generator<Mutant> {
  if (base.targets.length === 0) throw new RangeError('the mutation base has no target theorems');
  const rng = Rng.fromSeed(seed);
  for (let index = 0; ; index++) {
    for (let tries = 0; tries < 100; tries++) {
      const kind = pick(rng, kinds);
      const target = pick(rng, base.targets);
      const a = new Attempt();
      if (!mutate(base, rng, kind, target, a)) continue;
      yield { index, kind, target: target.label, edit: a.edit, text: render(base, target, a) };
      break;
    }
  }
}

function render(base: MutationBase, target: Stmt, a: Attempt): string {
  const out: string[] = [];
  const toks = base.tokens;
  for (let i = 0; i < target.cut; i++) {
    const ins = a.inserts.get(i);
    if (ins) out.push(...ins);
    const e = a.edits.get(i);
    if (e) out.push(...e);
    else out.push(toks[i]);
  }
  // one statement per line, as a reader expects
  return `${out.join(' ').replace(/ (\$\.|\$\{|\$\}) /g, ' $1\n')}\n`;
}

/** Labels usable as a wrong step: any statement before the target, rarely the target itself or a later one. */
function someLabel(base: MutationBase, rng: Rng, target: Stmt): string {
  const before = base.stmts.filter((s) => s.at < target.at && s.kind !== 'd');
  const r = rng.float();
  if (r < 0.05) return target.label;
  if (r < 0.1) return pick(rng, base.stmts.filter((s) => s.kind !== 'd')).label;
  // mostly nearby ones: hypotheses in scope and recent theorems make the interesting mutants
  if (r < 0.6) return pick(rng, before.slice(-40)).label;
  return pick(rng, before).label;
}

function setProof(a: Attempt, target: Stmt, p: ProofParts): void {
  a.edits.set(target.mathEnd + 1, proofTokens(p));
  for (let i = target.mathEnd + 2; i < target.end; i++) a.edits.set(i, []);
}

/** Labels of $a/$p statements the target's proof names (compressed: its label list). */
function lemmas(base: MutationBase, target: Stmt): Stmt[] {
  const p = proofOf(base, target);
  const out: Stmt[] = [];
  for (const l of p.labels) {
    const s = base.byLabel.get(l);
    if (s && (s.kind === 'a' || s.kind === 'p') && s.at < target.at && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Hypotheses ($e) in the target's block, before it. */
function essentials(base: MutationBase, target: Stmt): Stmt[] {
  return base.stmts.filter((s) => s.kind === 'e' && s.at < target.at && s.cut === target.cut);
}

function editSymbol(base: MutationBase, rng: Rng, s: Stmt, a: Attempt): boolean {
  const n = s.mathEnd - s.math;
  if (n < 1) return false;
  const pos = s.math + rng.integer(0, n - 1);
  const old = base.tokens[pos];
  const isVar = base.variables.includes(old);
  const r = rng.float();
  if (r < 0.15 && n > 1) {
    a.edits.set(pos, []);
    a.edit = `${s.label}: deleted symbol \`${old}\``;
  } else if (r < 0.3) {
    const ins = pick(rng, rng.float() < 0.5 ? base.variables : base.constants);
    a.edits.set(pos, [old, ins]);
    a.edit = `${s.label}: inserted \`${ins}\` after \`${old}\``;
  } else {
    const pool = (isVar ? base.variables : base.constants).filter((x) => x !== old);
    if (!pool.length) return false;
    // mostly symbols the database uses nearby (wff variables, connectives), so the mutant still parses often
    const sym = pick(rng, pool.slice(0, Math.min(pool.length, isVar ? 6 : 12)));
    a.edits.set(pos, [sym]);
    a.edit = `${s.label}: \`${old}\` -> \`${sym}\` at symbol ${pos - s.math + 1}`;
  }
  return true;
}

function mutate(base: MutationBase, rng: Rng, kind: MutationKind, target: Stmt, a: Attempt): boolean {
  const p = proofOf(base, target);
  const L = p.labels;
  switch (kind) {
    case 'label-swap': {
      if (L.length < 2) return false;
      const i = rng.integer(0, L.length - 1);
      const j = rng.integer(0, L.length - 1);
      if (L[i] === L[j]) return false;
      a.edit = `${target.label}: swapped ${p.compressed ? 'list labels' : 'steps'} ${i + 1} (${L[i]}) and ${j + 1} (${L[j]})`;
      [L[i], L[j]] = [L[j], L[i]];
      setProof(a, target, p);
      return true;
    }
    case 'label-replace': {
      if (p.compressed && rng.float() < 0.5) {
        const its = items(p.letters).filter((x) => x.text !== 'Z' && x.text !== '?');
        if (!its.length) return false;
        const it = pick(rng, its);
        const max = (base.stmts.filter((s) => s.kind === 'f' || s.kind === 'e').length > 0 ? 30 : 10) + L.length;
        const num = encode(rng.integer(1, max));
        if (num === it.text) return false;
        p.letters = p.letters.slice(0, it.at) + num + p.letters.slice(it.at + it.text.length);
        a.edit = `${target.label}: compressed number ${it.text} -> ${num} at letter ${it.at + 1}`;
      } else {
        if (!L.length) return false;
        const i = rng.integer(0, L.length - 1);
        const l = someLabel(base, rng, target);
        if (l === L[i]) return false;
        a.edit = `${target.label}: ${p.compressed ? 'list label' : 'step'} ${i + 1} ${L[i]} -> ${l}`;
        L[i] = l;
      }
      setProof(a, target, p);
      return true;
    }
    case 'label-drop': {
      if (!L.length) return false;
      const i = rng.integer(0, L.length - 1);
      a.edit = `${target.label}: dropped ${p.compressed ? 'list label' : 'step'} ${i + 1} (${L[i]})`;
      L.splice(i, 1);
      setProof(a, target, p);
      return true;
    }
    case 'label-duplicate': {
      if (!L.length) return false;
      const i = rng.integer(0, L.length - 1);
      a.edit = `${target.label}: duplicated ${p.compressed ? 'list label' : 'step'} ${i + 1} (${L[i]})`;
      L.splice(i, 0, L[i]);
      setProof(a, target, p);
      return true;
    }
    case 'letter-corrupt': {
      if (!p.compressed || !p.letters) return false;
      const i = rng.integer(0, p.letters.length - 1);
      const c = pick(rng, [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ?']);
      if (c === p.letters[i]) return false;
      a.edit = `${target.label}: letter ${i + 1} ${p.letters[i]} -> ${c}`;
      p.letters = p.letters.slice(0, i) + c + p.letters.slice(i + 1);
      setProof(a, target, p);
      return true;
    }
    case 'z-insert':
    case 'z-delete':
    case 'z-move': {
      if (!p.compressed) return false;
      const its = items(p.letters);
      const zs = its.filter((x) => x.text === 'Z');
      let letters = p.letters;
      let what = '';
      if (kind !== 'z-insert') {
        if (!zs.length) return false;
        const z = pick(rng, zs);
        letters = letters.slice(0, z.at) + letters.slice(z.at + 1);
        what = `removed the Z at letter ${z.at + 1}`;
      }
      if (kind !== 'z-delete') {
        const after = items(letters);
        if (!after.length) return false;
        // after an item (or at the very start, rarely)
        const k = rng.integer(-1, after.length - 1);
        const at = k < 0 ? 0 : after[k].at + after[k].text.length;
        letters = `${letters.slice(0, at)}Z${letters.slice(at)}`;
        what += `${what ? ', ' : ''}inserted a Z at letter ${at + 1}`;
      }
      p.letters = letters;
      a.edit = `${target.label}: ${what}`;
      setProof(a, target, p);
      return true;
    }
    case 'unknown-step': {
      const insert = rng.float() < 0.3;
      if (p.compressed) {
        const its = items(p.letters).filter((x) => x.text !== 'Z');
        if (!its.length) return false;
        const it = pick(rng, its);
        p.letters = p.letters.slice(0, it.at) + (insert ? `?${it.text}` : '?') + p.letters.slice(it.at + it.text.length);
        a.edit = `${target.label}: ${insert ? 'inserted ? before' : 'replaced by ?'} number ${it.text} at letter ${it.at + 1}`;
      } else {
        if (!L.length) return false;
        const i = rng.integer(0, L.length - 1);
        a.edit = `${target.label}: ${insert ? 'inserted ? before' : 'replaced by ?'} step ${i + 1} (${L[i]})`;
        L.splice(i, insert ? 0 : 1, '?');
      }
      setProof(a, target, p);
      return true;
    }
    case 'dv-add': {
      // a $d on a lemma (its uses may now violate it) or on the target itself
      const owner = rng.float() < 0.8 ? pick(rng, [...lemmas(base, target), target]) : target;
      const vars = [...new Set(base.tokens.slice(owner.math, owner.mathEnd).filter((t) => base.variables.includes(t)))];
      if (vars.length < 2) return false;
      const x = pick(rng, vars);
      const y = pick(rng, vars);
      if (x === y) return false;
      // inside the owner's block when it has one (so the $d is its own), else global from there on
      a.inserts.set(owner.at, ['$d', x, y, '$.']);
      a.edit = `$d ${x} ${y} added before ${owner.label}`;
      return true;
    }
    case 'dv-drop': {
      // a $d the target or a lemma it uses relies on: in its block, before it
      const owner = rng.float() < 0.5 ? target : pick(rng, [...lemmas(base, target), target]);
      const ds = base.stmts.filter((s) => s.kind === 'd' && s.at < owner.at && (s.cut === owner.cut || s.cut === s.end + 1));
      if (!ds.length) return false;
      const d = pick(rng, ds.slice(-20));
      for (let i = d.at; i <= d.end; i++) a.edits.set(i, []);
      a.edit = `dropped \`${base.tokens.slice(d.at, d.end + 1).join(' ')}\` (before ${owner.label})`;
      return true;
    }
    case 'e-edit': {
      const owner = rng.float() < 0.6 ? target : pick(rng, [...lemmas(base, target), target]);
      const es = essentials(base, owner);
      if (!es.length) return false;
      const e = pick(rng, es);
      if (rng.float() < 0.2) {
        for (let i = e.at; i <= e.end; i++) a.edits.set(i, []);
        a.edit = `dropped $e ${e.label} (of ${owner.label})`;
        return true;
      }
      return editSymbol(base, rng, e, a);
    }
    case 'statement-edit': {
      const owner = rng.float() < 0.6 ? target : pick(rng, [...lemmas(base, target), target]);
      return editSymbol(base, rng, owner, a);
    }
  }
}
