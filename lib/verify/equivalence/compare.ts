/**
 * Dispatches a comparison by answer kind. Gold and prediction are not symmetric (as in Math-Verify):
 * a gold set-membership matches a predicted inequality only with `allowSetRelationComp`.
 */
import { spend, spendTree } from '../budget.js';
import type { AnswerKind } from '../types.js';
import { CONSTANTS, freeSymbols, type Node, renameSymbols, show } from '../parse/ast.js';
import { exact, isRealFunction } from './evaluate.js';
import { realSet, realSetsEqual } from './interval.js';
import { type NumericOptions, scalarsEqual } from './numeric.js';
import { droppableLhs, equationSides, equationsEqual, inequalitiesEqual, type RelationVerdict } from './relation.js';
import { textEqual, textStated } from './text.js';

export interface CompareOptions extends NumericOptions {
  readonly allowEquationValue: boolean;
  readonly allowSetRelationComp: boolean;
  readonly unorderedTuples: boolean;
}

export interface Comparison {
  readonly equal: boolean;
  readonly rule: string;
}

const MAX_ITEMS = 64;

/** What kind of answer a parsed node is (reported in verdicts). */
export function kindOf(n: Node): AnswerKind {
  switch (n.t) {
    case 'num':
      return 'number';
    case 'rel':
      return n.ops.every((o) => o === '=') ? 'equation' : 'inequality';
    case 'in':
    case 'union':
      return 'interval';
    case 'set':
      return 'set';
    case 'tuple':
      return n.open !== '(' || n.close !== ')' ? 'interval' : 'tuple';
    case 'list':
      return 'set';
    case 'matrix':
      return 'matrix';
    case 'text':
      return 'text';
    default:
      return exact(n) ? 'number' : 'expression';
  }
}

/** a ± b becomes the set {a + b, a − b}. */
function expandPm(n: Node): Node {
  if (n.t !== 'pm') return n;
  const plus: Node = n.left ? { t: 'add', args: [n.left, n.right] } : n.right;
  const minus: Node = n.left ? { t: 'add', args: [n.left, { t: 'neg', arg: n.right }] } : { t: 'neg', arg: n.right };
  return { t: 'set', items: [plus, minus] };
}

function unwrap(n: Node): Node {
  let x = n;
  while ((x.t === 'list' || x.t === 'set') && x.items.length === 1) x = x.items[0] as Node;
  return expandPm(x);
}

const isCollection = (n: Node): n is Extract<Node, { t: 'set' | 'list' | 'tuple' }> => n.t === 'set' || n.t === 'list' || n.t === 'tuple';
const isSetLike = (n: Node): boolean => n.t === 'in' || n.t === 'union' || (n.t === 'tuple' && (n.open !== '(' || n.close !== ')'));
const isInequality = (n: Node): boolean => n.t === 'rel' && n.ops.some((o) => o !== '=');

export function compareNodes(gold: Node, pred: Node, opts: CompareOptions): Comparison {
  spend();
  const g = unwrap(gold);
  const p = unwrap(pred);
  if (g.t === 'text' || p.t === 'text') {
    if (textStated(g, p)) return { equal: true, rule: 'text-stated' };
    return { equal: textEqual(g, p), rule: 'text-normalized' };
  }
  if (rowsOf(g) && rowsOf(p)) return matrices(g, p, opts);
  if (g.t === 'matrix' || p.t === 'matrix') return { equal: false, rule: 'kind-mismatch' };

  if (g.t === 'tuple' && p.t === 'tuple') return collections(g, p, opts);
  if (isInequality(g) && isInequality(p)) {
    const r = inequalitiesEqual(g, p, opts);
    if (r !== undefined) return relationRule(r, 'inequality-sides');
  }
  const pair = (n: Node): boolean => n.t === 'tuple' && n.items.length === 2;
  // (a, b) is a point or an open interval: beside an inequality or a union it is the interval
  const interval = (n: Node, other: Node): boolean => pair(n) && (isInequality(other) || other.t === 'union');
  if ((isInequality(g) || isSetLike(g) || interval(g, p)) && (isInequality(p) || isSetLike(p) || interval(p, g))) {
    if (!((isSetLike(g) || pair(g)) && isInequality(p)) || opts.allowSetRelationComp) {
      const a = realSet(g);
      const b = realSet(p);
      if (a && b) return { equal: realSetsEqual(a, b, opts.seed), rule: 'interval-equal' };
    }
  }
  if (g.t === 'in' && p.t !== 'rel') return compareNodes(g.set, p, opts);
  if (p.t === 'in' && g.t !== 'rel') return compareNodes(g, p.set, opts);

  const gv = chainValue(g);
  const pv = chainValue(p);
  if (gv || pv) return compareNodes(gv ?? g, pv ?? p, opts);
  const ge = equationSides(g);
  const pe = equationSides(p);
  if (ge && pe) {
    const pd = definitionAs(p, g);
    // y = 1/3 vs y = 0.333...: the same defined name on the left, so the values decide, by the rules for values
    const same = sameDefinedLhs(ge, equationSides(pd)!);
    if (same) return withRule(compareNodes(ge[1], same, opts), 'equation-sides');
    // f(x) = 1 vs y = 1 still differ; but a_3 = 2 vs a_3 = 2 written as chains are covered above
    return relationRule(equationsEqual(g, pd, opts) ?? { equal: false }, 'equation-sides');
  }
  if (ge && opts.allowEquationValue && droppableLhs(ge[0])) return withRule(compareNodes(ge[1], p, opts), 'equation-value');
  if (pe && opts.allowEquationValue && droppableLhs(pe[0])) return withRule(compareNodes(g, pe[1], opts), 'equation-value');
  if (ge || pe) return { equal: false, rule: 'kind-mismatch' };

  if (isCollection(g) && isCollection(p)) return collections(g, p, opts);
  // one answer restated in several forms ("15\\frac{39}{40}, \\frac{639}{40}") is still one answer
  if (p.t === 'list' && p.items.length > 1 && !isCollection(g) && p.items.every((x) => compareNodes(g, x, opts).equal)) return { equal: true, rule: 'restated' };
  if (isCollection(g) || isCollection(p)) return { equal: false, rule: 'kind-mismatch' };
  if (g.t === 'ratio' || p.t === 'ratio') {
    if (g.t !== 'ratio' || p.t !== 'ratio') return { equal: false, rule: 'kind-mismatch' };
    const l = compareNodes(g.left, p.left, opts);
    return { equal: l.equal && compareNodes(g.right, p.right, opts).equal, rule: 'ratio-equal' };
  }
  const s = scalarsEqual(g, p, opts);
  if (s) return s;
  return { equal: show(g) === show(p), rule: 'structural' };
}

/** The rule of a relation comparison: the kind's own name when proven (or refused by sampling), the symbolic step's otherwise. */
function relationRule(r: RelationVerdict, kind: string): Comparison {
  return { equal: r.equal, rule: r.symbolic === undefined || r.symbolic === 'symbolic-equal' ? kind : r.symbolic };
}

/**
 * The predicted right side when both equations give the same variable a value (y = 2x + 1 vs
 * y = 1 + 2x, x = 1/3 vs x = 0.333...): the same symbol on the left, on neither right side, so the
 * equations agree exactly when the values do.
 */
function sameDefinedLhs(g: readonly [Node, Node], p: readonly [Node, Node]): Node | undefined {
  const [gl, pl] = [g[0], p[0]];
  if (gl.t !== 'sym' || pl.t !== 'sym' || gl.name !== pl.name || CONSTANTS.has(gl.name)) return undefined;
  if (freeSymbols(g[1]).has(gl.name) || freeSymbols(p[1]).has(gl.name)) return undefined;
  return p[1];
}

/** `f(v) = ...`: the function and its argument variable (a dummy: f(x) = x^2 is f(t) = t^2). */
function definition(n: Node): { fn: string; v: string } | undefined {
  if (n.t !== 'rel' || n.ops.length !== 1 || n.ops[0] !== '=') return undefined;
  const lhs = n.args[0] as Node;
  if (lhs.t !== 'fn' || lhs.args.length !== 1 || (lhs.args[0] as Node).t !== 'sym' || isRealFunction(lhs.name)) return undefined;
  const v = (lhs.args[0] as { name: string }).name;
  return CONSTANTS.has(v) ? undefined : { fn: lhs.name, v };
}

/** The predicted definition with its argument variable renamed to the gold's, when both define the same function. */
function definitionAs(p: Node, g: Node): Node {
  const gd = definition(g);
  const pd = definition(p);
  if (!gd || !pd || gd.fn !== pd.fn || gd.v === pd.v || freeSymbols(p).has(gd.v)) return p;
  return renameSymbols(p, new Map([[pd.v, gd.v]]));
}

/**
 * A computation written as a chain ends in its value: "1/2 = 10/9" (all constant) or
 * "x = 5 + 5 + 1 = 7 = 11" / "1 = \\zzz = x = 0" (three or more sides ending in a constant).
 */
function chainValue(n: Node): Node | undefined {
  if (n.t !== 'rel' || !n.ops.every((o) => o === '=')) return undefined;
  const last = n.args[n.args.length - 1] as Node;
  if (freeSymbols(last).size > 0) return undefined;
  if (n.args.every((a) => freeSymbols(a).size === 0) || n.args.length >= 3) return last;
  return undefined;
}

function withRule(c: Comparison, prefix: string): Comparison {
  return { equal: c.equal, rule: `${prefix}/${c.rule}` };
}

function collections(g: Extract<Node, { t: 'set' | 'list' | 'tuple' }>, p: Extract<Node, { t: 'set' | 'list' | 'tuple' }>, opts: CompareOptions): Comparison {
  // a written set {1, 2} is not the ordered pair (1, 2)
  if ((g.t === 'set' && p.t === 'tuple') || (g.t === 'tuple' && p.t === 'set')) {
    if (!opts.unorderedTuples) return { equal: false, rule: 'kind-mismatch' };
  }
  spendTree(g);
  spendTree(p);
  const ordered = (g.t === 'tuple' && p.t !== 'set' && !opts.unorderedTuples) || (p.t === 'tuple' && g.t !== 'set' && !opts.unorderedTuples);
  // as sets, repeated items count once (a list that names a solution twice is still the same set), and
  // "1 ± √2" among the items is two of them
  const a = ordered ? g.items : dedupe(g.items.flatMap(pmItems));
  const b = ordered ? p.items : dedupe(p.items.flatMap(pmItems));
  if (a.length !== b.length) return { equal: false, rule: 'size-mismatch' };
  if (a.length > MAX_ITEMS) return { equal: show(g) === show(p), rule: 'structural' };
  if (ordered) {
    if (g.t === 'tuple' && p.t === 'tuple' && (g.open !== p.open || g.close !== p.close)) return { equal: false, rule: 'tuple-ordered' };
    return { equal: a.every((x, i) => compareNodes(x, b[i] as Node, opts).equal), rule: 'tuple-ordered' };
  }
  const used = new Array<boolean>(b.length).fill(false);
  for (const x of a) {
    const j = b.findIndex((y, k) => !used[k] && compareNodes(x, y, opts).equal);
    if (j < 0) return { equal: false, rule: 'set-unordered' };
    used[j] = true;
  }
  return { equal: true, rule: 'set-unordered' };
}

function pmItems(n: Node): Node[] {
  const x = expandPm(n);
  return x.t === 'set' && n.t === 'pm' ? [...x.items] : [n];
}

function dedupe(items: readonly Node[]): Node[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = show(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type Rows = readonly (readonly Node[])[];

/** Matrix sums and products written out ("A + B", "I \cdot I") as one matrix of expressions. */
function rowsOf(n: Node): Rows | undefined {
  if (n.t === 'matrix') return n.rows;
  if (n.t === 'add' && n.args.length <= 8) {
    const ms = n.args.map(rowsOf);
    const first = ms[0];
    if (!first || ms.some((m) => !m || m.length !== first.length || m.some((r, i) => r.length !== (first[i] as readonly Node[]).length))) return undefined;
    return first.map((r, i) => r.map((_, j): Node => ({ t: 'add', args: (ms as Rows[]).map((m) => (m[i] as readonly Node[])[j] as Node) })));
  }
  if (n.t === 'neg') {
    const m = rowsOf(n.arg);
    return m?.map((r) => r.map((x): Node => ({ t: 'neg', arg: x })));
  }
  if (n.t === 'mul' && n.args.length <= 8) {
    // scalar factors ("2 \\begin{pmatrix}...", "\\frac{1}{2} A") multiply every entry
    const scalars = n.args.filter((a) => !containsMatrix(a));
    const factors = n.args.filter(containsMatrix);
    if (factors.length === 0) return undefined;
    let acc: Rows | undefined = rowsOf(factors[0] as Node);
    if (scalars.length > 0) acc = acc?.map((r) => r.map((x): Node => ({ t: 'mul', args: [...scalars, x] })));
    for (const a of factors.slice(1)) {
      const b = rowsOf(a);
      if (!acc || !b || (acc[0] as readonly Node[]).length !== b.length) return undefined;
      const left: Rows = acc;
      acc = left.map((r) => (b[0] as readonly Node[]).map((_, j): Node => ({ t: 'add', args: r.map((x, k) => ({ t: 'mul', args: [x, (b[k] as readonly Node[])[j] as Node] })) })));
    }
    return acc;
  }
  return undefined;
}

function containsMatrix(n: Node): boolean {
  return n.t === 'matrix' || ((n.t === 'add' || n.t === 'mul') && n.args.some(containsMatrix)) || (n.t === 'neg' && containsMatrix(n.arg));
}

function matrices(g: Node, p: Node, opts: CompareOptions): Comparison {
  const a = rowsOf(g);
  const b = rowsOf(p);
  if (!a || !b || a.length !== b.length || a.some((r, i) => r.length !== (b[i] as readonly Node[]).length)) return { equal: false, rule: 'matrix-equal' };
  const equal = a.every((r, i) => r.every((x, j) => compareNodes(x, (b[i] as readonly Node[])[j] as Node, opts).equal));
  return { equal, rule: 'matrix-equal' };
}
