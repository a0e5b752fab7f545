/**
 * Sets of real numbers written as intervals, unions, `x \in S`, or inequality chains in one variable
 * (-2 \le x \le 7, 1 \le |z| \le 3/2). Both sides become membership predicates and are compared at
 * every endpoint, just inside and outside it, between endpoints and far out.
 */
import { spend } from '../budget.js';
import { freeSymbols, type Node } from '../parse/ast.js';
import { exact, isRealFunction, numeric } from './evaluate.js';
import { confirmEqual } from './symbolic.js';

export interface RealSet {
  readonly has: (x: number) => boolean;
  /** Finite boundary candidates, with the expressions they were written as. */
  readonly points: readonly Bound[];
}

interface Bound {
  readonly v: number;
  readonly n: Node;
}

function constant(n: Node): number | undefined {
  if (freeSymbols(n).size > 0) return undefined;
  const v = numeric(n, new Map(), 0);
  return Number.isNaN(v) ? undefined : v;
}

const EPS = 1e-12;

function interval(lo: Bound, hi: Bound, loClosed: boolean, hiClosed: boolean): RealSet {
  return {
    has: (x) => (loClosed ? x >= lo.v - EPS : x > lo.v + EPS) && (hiClosed ? x <= hi.v + EPS : x < hi.v - EPS),
    points: [lo, hi].filter((b) => Number.isFinite(b.v)),
  };
}

function bound(n: Node): Bound | undefined {
  const v = constant(n);
  return v === undefined ? undefined : { v, n };
}

/** The set a node denotes, or undefined if it is not a set of reals in this sense. */
export function realSet(n: Node): RealSet | undefined {
  switch (n.t) {
    case 'tuple': {
      if (n.items.length !== 2) return undefined;
      const lo = bound(n.items[0] as Node);
      const hi = bound(n.items[1] as Node);
      if (lo === undefined || hi === undefined || lo.v > hi.v) return undefined;
      return interval(lo, hi, n.open === '[', n.close === ']');
    }
    case 'union': {
      const parts = n.args.map(realSet);
      if (parts.some((p) => !p)) return undefined;
      const ps = parts as RealSet[];
      return { has: (x) => ps.some((p) => p.has(x)), points: ps.flatMap((p) => p.points) };
    }
    case 'set': {
      const vals = n.items.map(bound);
      if (vals.some((v) => v === undefined)) return undefined;
      const vs = vals as Bound[];
      return { has: (x) => vs.some((b) => Math.abs(b.v - x) <= EPS), points: vs };
    }
    case 'in':
      return n.elem.t === 'sym' ? realSet(n.set) : undefined;
    case 'rel':
      return chainSet(n);
    default:
      return undefined;
  }
}

/** An expression we cannot solve for its variable: an unknown function, or several variables. */
function opaque(n: Node): boolean {
  if (freeSymbols(n).size !== 1) return true;
  const unknownFn = (x: Node): boolean =>
    x.t === 'fn' ? !isRealFunction(x.name) || x.args.some(unknownFn) : x.t === 'add' || x.t === 'mul' ? x.args.some(unknownFn) : x.t === 'pow' ? unknownFn(x.base) || unknownFn(x.exp) : x.t === 'neg' ? unknownFn(x.arg) : false;
  return unknownFn(n);
}

/** An inequality chain in exactly one variable. */
function chainSet(n: Extract<Node, { t: 'rel' }>): RealSet | undefined {
  if (n.ops.some((o) => o === '=' || o === '!=')) return undefined;
  // a < E < b with constant ends and an opaque middle (0 < f(x) < 1): the interval (a, b)
  if (n.args.length === 3 && opaque(n.args[1] as Node)) {
    const lo = bound(n.args[0] as Node);
    const hi = bound(n.args[2] as Node);
    const up = n.ops.every((o) => o === '<' || o === '<=');
    const down = n.ops.every((o) => o === '>' || o === '>=');
    if (lo !== undefined && hi !== undefined && (up || down)) {
      return up ? interval(lo, hi, n.ops[0] === '<=', n.ops[1] === '<=') : interval(hi, lo, n.ops[1] === '>=', n.ops[0] === '>=');
    }
  }
  const vars = freeSymbols(n);
  if (vars.size !== 1) return undefined;
  const v = [...vars][0] as string;
  const points = n.args.map(bound).filter((b): b is Bound => b !== undefined && Number.isFinite(b.v));
  const has = (x: number): boolean => {
    const env = new Map([[v, x]]);
    const vals = n.args.map((a) => numeric(a, env, 0));
    return n.ops.every((op, i) => {
      const a = vals[i] as number;
      const b = vals[i + 1] as number;
      switch (op) {
        case '<':
          return a < b - EPS;
        case '<=':
          return a <= b + EPS;
        case '>':
          return a > b + EPS;
        default:
          return a >= b - EPS;
      }
    });
  };
  return { has, points };
}

/**
 * Same membership at every test point derived from both sides' boundaries, and boundaries that floats
 * cannot tell apart written equal: [0, 1] is not [0, 1 + 10^{-13}].
 */
export function realSetsEqual(a: RealSet, b: RealSet, seed: number): boolean {
  if (!sameMembership(a, b)) return false;
  spend(a.points.length * b.points.length);
  const close = (x: Bound, y: Bound): boolean => Math.abs(x.v - y.v) <= 1e-6 * Math.max(1, Math.abs(x.v));
  const same = (x: Bound, y: Bound): boolean => {
    const [ex, ey] = [exact(x.n), exact(y.n)];
    return ex && ey ? ex.equals(ey) : confirmEqual(x.n, y.n, seed).equal;
  };
  return a.points.every((x) => b.points.every((y) => !close(x, y) || same(x, y)));
}

function sameMembership(a: RealSet, b: RealSet): boolean {
  const pts = [...new Set([...a.points, ...b.points].map((p) => p.v))].sort((x, y) => x - y);
  const tests: number[] = [-1e9, 1e9];
  if (pts.length === 0) tests.push(0, 1, -1);
  pts.forEach((p, i) => {
    const d = Math.max(1e-7, Math.abs(p) * 1e-9);
    tests.push(p, p - d, p + d);
    const next = pts[i + 1];
    if (next !== undefined) tests.push((p + next) / 2);
  });
  if (pts.length > 0) tests.push((pts[0] as number) - 10, (pts[pts.length - 1] as number) + 10);
  spend(tests.length);
  return tests.every((x) => a.has(x) === b.has(x));
}
