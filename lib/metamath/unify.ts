/**
 * Syntax trees for Metamath expressions (parsed with the database's syntax axioms) and
 * first-order tree unification with work variables.
 */
import type { Database, Statement } from './types.js';

/**
 * A syntax tree. `v`: a database variable (fixed: behaves like a constant during unification);
 * `w`: a work variable (assignable); `a`: a syntax axiom applied to arguments, ordered like the axiom's `frame.hyps`.
 * `type` is the syntax typecode (symbol id) of the subtree.
 */
export type Tree =
  | { readonly t: 'v'; readonly sym: number; readonly type: number }
  | { readonly t: 'w'; readonly id: number; readonly type: number }
  | { readonly t: 'a'; readonly rule: Statement; readonly args: readonly Tree[]; readonly type: number };

/** Work variable id → assigned tree (may itself contain work variables). */
export type Subst = ReadonlyMap<number, Tree>;

/** A parsed statement: its typecode (e.g. `|-` or `wff`) and the syntax tree of the rest. */
export interface ParsedExpr {
  readonly typecode: number;
  readonly tree: Tree;
}

interface Rule {
  readonly stmt: Statement;
  readonly type: number;
  /** Body symbols (without the typecode). */
  readonly body: Int32Array;
  /** Per body position: syntax type of the variable there, or -1 for a constant. */
  readonly varType: Int32Array;
  /** Per body position: index of that variable's hypothesis in frame.hyps, or -1. */
  readonly argIndex: Int32Array;
  readonly arity: number;
}

interface TypeRules {
  readonly byConst: Map<number, Rule[]>;
  readonly varStart: Rule[];
}

/** The grammar of a database: its syntax axioms and variable types. Built once per database (see `grammarOf`). */
export class Grammar {
  /** Syntax typecodes (symbol ids), `wff` first where present. */
  readonly syntaxTypes: number[] = [];
  /** Variable symbol id → typecode of its (last) $f declaration. */
  readonly varType = new Map<number, number>();
  private readonly rules = new Map<number, TypeRules>();
  private readonly provable: number;

  constructor(readonly db: Database) {
    this.provable = db.symbolIds.get('|-') ?? -1;
    const types = new Set<number>();
    for (const s of db.statements) {
      if (s.kind === 'f') {
        this.varType.set(s.expr[1], s.expr[0]);
        types.add(s.expr[0]);
      }
    }
    for (const s of db.statements) {
      if (s.kind !== 'a' || s.expr[0] === this.provable || !s.frame || s.frame.essential.length > 0 || s.expr.length < 2) continue;
      const fr = s.frame;
      const body = s.expr.subarray(1);
      const varType = new Int32Array(body.length).fill(-1);
      const argIndex = new Int32Array(body.length).fill(-1);
      let ok = true;
      for (let i = 0; i < body.length; i++) {
        if (!db.isVariable[body[i]]) continue;
        const k = fr.hyps.findIndex((h) => h.kind === 'f' && h.expr[1] === body[i]);
        if (k < 0) { ok = false; break; }
        varType[i] = fr.hyps[k].expr[0];
        argIndex[i] = k;
      }
      if (!ok) continue;
      const rule: Rule = { stmt: s, type: s.expr[0], body, varType, argIndex, arity: fr.hyps.length };
      types.add(rule.type);
      let tr = this.rules.get(rule.type);
      if (!tr) this.rules.set(rule.type, (tr = { byConst: new Map(), varStart: [] }));
      if (varType[0] >= 0) tr.varStart.push(rule);
      else {
        const l = tr.byConst.get(body[0]);
        if (l) l.push(rule);
        else tr.byConst.set(body[0], [rule]);
      }
    }
    const wff = db.symbolIds.get('wff');
    if (wff !== undefined && types.has(wff)) this.syntaxTypes.push(wff);
    for (const t of types) if (t !== wff && t !== this.provable) this.syntaxTypes.push(t);
  }

  private readonly trees = new Map<Statement, Tree | null>();

  /** The syntax tree of a statement's expression (without its typecode), cached; undefined when it does not parse. */
  treeOf(s: Statement): Tree | undefined {
    let t = this.trees.get(s);
    if (t === undefined) {
      t = this.parse(s.expr)?.tree ?? null;
      this.trees.set(s, t);
    }
    return t ?? undefined;
  }

  isSyntaxType(tc: number): boolean {
    return this.syntaxTypes.includes(tc);
  }

  /**
   * Parses `syms` (no typecode) as a whole expression of syntax type `type`; undefined when it does not parse.
   * Bottom-up, right to left, with no recursion per nesting level (a policy can send thousands of
   * nested `-.`): chart[pos][type] maps each end position of a parse starting at pos to its (first)
   * tree; parses starting at pos need only those starting later, except through a rule that starts
   * with a variable, which is iterated to a fixpoint at pos.
   */
  parseAs(type: number, syms: ArrayLike<number>): Tree | undefined {
    const n = syms.length;
    if (n === 0) return undefined;
    const isVar = this.db.isVariable;
    const types = this.syntaxTypes;
    const chart: Map<number, Map<number, Tree>>[] = new Array(n + 1);
    chart[n] = new Map();
    const at = (ty: number, pos: number): Map<number, Tree> | undefined => chart[pos].get(ty);
    for (let pos = n - 1; pos >= 0; pos--) {
      const here = new Map<number, Map<number, Tree>>();
      chart[pos] = here;
      const s = syms[pos];
      for (const ty of types) {
        const m = new Map<number, Tree>();
        if (isVar[s] && this.varType.get(s) === ty) m.set(pos + 1, { t: 'v', sym: s, type: ty });
        here.set(ty, m);
      }
      for (let changed = true; changed; ) {
        changed = false;
        for (const ty of types) {
          const tr = this.rules.get(ty);
          if (!tr) continue;
          const out = here.get(ty)!;
          const cands = isVar[s] ? tr.varStart : (tr.byConst.get(s) ?? []).concat(tr.varStart);
          for (const r of cands) {
            for (const [end, args] of this.matchRule(r, pos, syms, at)) {
              if (!out.has(end)) {
                out.set(end, { t: 'a', rule: r.stmt, args, type: ty });
                changed = true;
              }
            }
          }
        }
      }
    }
    return chart[0].get(type)?.get(n);
  }

  /** Ways rule `r` matches syms from `pos`: (end, args), the first args found per end. Iterative over the rule's body. */
  private matchRule(r: Rule, pos: number, syms: ArrayLike<number>, at: (ty: number, pos: number) => Map<number, Tree> | undefined): Map<number, Tree[]> {
    let states = new Map<number, Tree[]>([[pos, new Array<Tree>(r.arity)]]);
    for (let i = 0; i < r.body.length && states.size > 0; i++) {
      const vt = r.varType[i];
      const next = new Map<number, Tree[]>();
      for (const [p, args] of states) {
        if (vt < 0) {
          if (p < syms.length && syms[p] === r.body[i] && !next.has(p + 1)) next.set(p + 1, args);
          continue;
        }
        const m = p < syms.length ? at(vt, p) : undefined;
        if (!m) continue;
        for (const [end, t] of m) {
          if (next.has(end)) continue;
          const a = args.slice();
          a[r.argIndex[i]] = t;
          next.set(end, a);
        }
      }
      states = next;
    }
    return states;
  }

  /** Parses a full expression (typecode first). For a non-syntax typecode such as `|-`, tries each syntax type (`wff` first). */
  parse(expr: ArrayLike<number>): ParsedExpr | undefined {
    const tc = expr[0];
    const body = Array.prototype.slice.call(expr, 1) as number[];
    if (this.isSyntaxType(tc)) {
      const tree = this.parseAs(tc, body);
      return tree ? { typecode: tc, tree } : undefined;
    }
    for (const ty of this.syntaxTypes) {
      const tree = this.parseAs(ty, body);
      if (tree) return { typecode: tc, tree };
    }
    return undefined;
  }
}

const grammars = new WeakMap<Database, Grammar>();
/** The (cached) grammar of a database. */
export function grammarOf(db: Database): Grammar {
  let g = grammars.get(db);
  if (!g) grammars.set(db, (g = new Grammar(db)));
  return g;
}

/** Parses an expression (typecode first) into a syntax tree with the database's syntax axioms. */
export function parseTree(db: Database, expr: ArrayLike<number>): ParsedExpr | undefined {
  return grammarOf(db).parse(expr);
}

/** Follows work-variable bindings at the root. */
export function walk(t: Tree, s: Subst): Tree {
  while (t.t === 'w') {
    const b = s.get(t.id);
    if (!b) break;
    t = b;
  }
  return t;
}

/**
 * Nesting depth of a tree after substitution, counted without recursion; stops counting past `limit`
 * (returns limit + 1). The other tree functions recurse, so callers bound depth with this first.
 */
export function treeDepth(t: Tree, s: Subst, limit: number): number {
  const stack: [Tree, number][] = [[t, 1]];
  let max = 0;
  while (stack.length) {
    const [x0, d] = stack.pop()!;
    const x = walk(x0, s);
    if (d > max) {
      max = d;
      if (max > limit) return limit + 1;
    }
    if (x.t === 'a') for (const a of x.args) stack.push([a, d + 1]);
  }
  return max;
}

/** Applies a substitution fully. */
export function resolve(t: Tree, s: Subst): Tree {
  t = walk(t, s);
  if (t.t !== 'a') return t;
  let changed = false;
  const args = t.args.map((a) => {
    const r = resolve(a, s);
    if (r !== a) changed = true;
    return r;
  });
  return changed ? { t: 'a', rule: t.rule, args, type: t.type } : t;
}

/** Does the tree (after substitution) still contain work variables? */
export function hasWork(t: Tree, s: Subst): boolean {
  t = walk(t, s);
  if (t.t === 'w') return true;
  if (t.t === 'v') return false;
  return t.args.some((a) => hasWork(a, s));
}

function occurs(id: number, t: Tree, s: Subst): boolean {
  t = walk(t, s);
  if (t.t === 'w') return t.id === id;
  if (t.t === 'v') return false;
  return t.args.some((a) => occurs(id, a, s));
}

/**
 * Unifies two trees under `subst`. Returns the extended substitution (a new map) or undefined when
 * they do not unify (different constructors, fixed variables, typecodes, or an occurs-check failure).
 */
export function unify(pattern: Tree, target: Tree, subst: Subst): Map<number, Tree> | undefined {
  const s = new Map(subst);
  const go = (a: Tree, b: Tree): boolean => {
    a = walk(a, s);
    b = walk(b, s);
    if (a === b) return true;
    if (a.type !== b.type) return false;
    if (a.t === 'w') {
      if (b.t === 'w' && b.id === a.id) return true;
      if (occurs(a.id, b, s)) return false;
      s.set(a.id, b);
      return true;
    }
    if (b.t === 'w') return go(b, a);
    if (a.t === 'v') return b.t === 'v' && a.sym === b.sym;
    if (b.t !== 'a' || a.rule !== b.rule || a.args.length !== b.args.length) return false;
    for (let i = 0; i < a.args.length; i++) if (!go(a.args[i], b.args[i])) return false;
    return true;
  };
  return go(pattern, target) ? s : undefined;
}

/** Renders a tree as symbols (unassigned work variables as `&W<id>`). */
export function formatTree(db: Database, t: Tree, s: Subst = new Map()): string {
  const out: string[] = [];
  const go = (x: Tree): void => {
    x = walk(x, s);
    if (x.t === 'w') out.push(`&W${x.id}`);
    else if (x.t === 'v') out.push(db.symbols[x.sym]);
    else {
      const body = x.rule.expr;
      const hyps = x.rule.frame!.hyps;
      for (let i = 1; i < body.length; i++) {
        const sym = body[i];
        if (db.isVariable[sym]) go(x.args[hyps.findIndex((h) => h.kind === 'f' && h.expr[1] === sym)]);
        else out.push(db.symbols[sym]);
      }
    }
  };
  go(t);
  return out.join(' ');
}

/** Symbols of a fully resolved tree (throws on a work variable). */
export function treeSymbols(t: Tree, s: Subst = new Map()): number[] {
  const out: number[] = [];
  const go = (x: Tree): void => {
    x = walk(x, s);
    if (x.t === 'w') throw new Error(`unassigned work variable &W${x.id}`);
    if (x.t === 'v') out.push(x.sym);
    else {
      const body = x.rule.expr;
      const hyps = x.rule.frame!.hyps;
      for (let i = 1; i < body.length; i++) {
        const sym = body[i];
        const k = hyps.findIndex((h) => h.kind === 'f' && h.expr[1] === sym);
        if (k >= 0) go(x.args[k]);
        else out.push(sym);
      }
    }
  };
  go(t);
  return out;
}

/** Database variables occurring in a tree (after substitution); `work` is set when work variables remain. */
export function treeVars(t: Tree, s: Subst): { vars: Set<number>; work: boolean } {
  const vars = new Set<number>();
  let work = false;
  const go = (x: Tree): void => {
    x = walk(x, s);
    if (x.t === 'w') work = true;
    else if (x.t === 'v') vars.add(x.sym);
    else x.args.forEach(go);
  };
  go(t);
  return { vars, work };
}
