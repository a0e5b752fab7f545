/**
 * The one AST every answer is parsed into, LaTeX or plain text. Numbers stay exact (fraction.js)
 * where they can; `float` marks values written as decimals, which Math-Verify compares after
 * rounding rather than exactly.
 */
import type Fraction from 'fraction.js';

export type RelOp = '=' | '<' | '<=' | '>' | '>=' | '!=';

export type Node =
  | { readonly t: 'num'; readonly v: Fraction; readonly float: boolean }
  | { readonly t: 'sym'; readonly name: string } // variables and constants (pi, e, i, oo)
  | { readonly t: 'add'; readonly args: readonly Node[] }
  | { readonly t: 'mul'; readonly args: readonly Node[] }
  | { readonly t: 'pow'; readonly base: Node; readonly exp: Node }
  | { readonly t: 'neg'; readonly arg: Node }
  | { readonly t: 'fn'; readonly name: string; readonly args: readonly Node[] } // sqrt, sin, abs, factorial, f(x), ...
  | { readonly t: 'pm'; readonly left: Node | null; readonly right: Node } // a ± b (or ±b)
  | { readonly t: 'rel'; readonly ops: readonly RelOp[]; readonly args: readonly Node[] } // chains: a < b <= c
  | { readonly t: 'in'; readonly elem: Node; readonly set: Node } // x \in S
  | { readonly t: 'set'; readonly items: readonly Node[] } // \{a, b\}: unordered
  | { readonly t: 'tuple'; readonly items: readonly Node[]; readonly open: '(' | '['; readonly close: ')' | ']' } // (a, b), [a, b), also an interval
  | { readonly t: 'list'; readonly items: readonly Node[] } // a, b, c with no brackets
  | { readonly t: 'union'; readonly args: readonly Node[] }
  | { readonly t: 'matrix'; readonly rows: readonly (readonly Node[])[] }
  | { readonly t: 'ratio'; readonly left: Node; readonly right: Node } // a : b
  | { readonly t: 'text'; readonly s: string }; // \text{...} or words

export const sym = (name: string): Node => ({ t: 'sym', name });

/** Printed form, used as a canonical string in verdicts and for structural comparison. */
export function show(n: Node): string {
  switch (n.t) {
    case 'num':
      return n.v.toFraction();
    case 'sym':
      return n.name;
    case 'add':
      return n.args.map((a, i) => (i > 0 && a.t === 'neg' ? `- ${show(a.arg)}` : i > 0 ? `+ ${show(a)}` : show(a))).join(' ');
    case 'mul':
      return n.args.map((a) => (a.t === 'add' ? `(${show(a)})` : show(a))).join('*');
    case 'pow':
      return `${atomic(n.base)}^${atomic(n.exp)}`;
    case 'neg':
      return `-${atomic(n.arg)}`;
    case 'fn':
      return `${n.name}(${n.args.map(show).join(', ')})`;
    case 'pm':
      return n.left ? `${show(n.left)} ± ${atomic(n.right)}` : `±${atomic(n.right)}`;
    case 'rel':
      return n.args.map((a, i) => (i === 0 ? show(a) : `${n.ops[i - 1]} ${show(a)}`)).join(' ');
    case 'in':
      return `${show(n.elem)} ∈ ${show(n.set)}`;
    case 'set':
      return `{${n.items.map(show).join(', ')}}`;
    case 'tuple':
      return `${n.open}${n.items.map(show).join(', ')}${n.close}`;
    case 'list':
      return n.items.map(show).join(', ');
    case 'union':
      return n.args.map(show).join(' ∪ ');
    case 'matrix':
      return `[${n.rows.map((r) => r.map(show).join(', ')).join('; ')}]`;
    case 'ratio':
      return `${show(n.left)}:${show(n.right)}`;
    case 'text':
      return JSON.stringify(n.s);
  }
}

function atomic(n: Node): string {
  return n.t === 'num' || n.t === 'sym' || n.t === 'fn' ? show(n) : `(${show(n)})`;
}

/** Free variables (symbols other than the constants pi, e, i, oo). */
export function freeSymbols(n: Node, out = new Set<string>()): Set<string> {
  switch (n.t) {
    case 'sym':
      if (!CONSTANTS.has(n.name)) out.add(n.name);
      break;
    case 'add':
    case 'mul':
    case 'union':
      n.args.forEach((a) => freeSymbols(a, out));
      break;
    case 'fn':
      n.args.forEach((a) => freeSymbols(a, out));
      break;
    case 'pow':
      freeSymbols(n.base, out);
      freeSymbols(n.exp, out);
      break;
    case 'neg':
      freeSymbols(n.arg, out);
      break;
    case 'pm':
      if (n.left) freeSymbols(n.left, out);
      freeSymbols(n.right, out);
      break;
    case 'rel':
      n.args.forEach((a) => freeSymbols(a, out));
      break;
    case 'in':
      freeSymbols(n.elem, out);
      freeSymbols(n.set, out);
      break;
    case 'set':
    case 'tuple':
    case 'list':
      n.items.forEach((a) => freeSymbols(a, out));
      break;
    case 'matrix':
      n.rows.forEach((r) => r.forEach((a) => freeSymbols(a, out)));
      break;
    case 'ratio':
      freeSymbols(n.left, out);
      freeSymbols(n.right, out);
      break;
    default:
      break;
  }
  return out;
}

export const CONSTANTS = new Set(['pi', 'e', 'i', 'oo']);

/** The node with free variables renamed by `names` (constants and function names untouched). */
export function renameSymbols(n: Node, names: ReadonlyMap<string, string>): Node {
  return substitute(n, (name) => (names.has(name) ? { t: 'sym', name: names.get(name) as string } : undefined));
}

/** The node with each symbol for which `value` returns a node replaced by it (x := 2/3). */
export function substitute(n: Node, value: (name: string) => Node | undefined): Node {
  const r = (x: Node): Node => substitute(x, value);
  switch (n.t) {
    case 'sym':
      return value(n.name) ?? n;
    case 'add':
    case 'mul':
    case 'union':
      return { ...n, args: n.args.map(r) };
    case 'fn':
      return { ...n, args: n.args.map(r) };
    case 'rel':
      return { ...n, args: n.args.map(r) };
    case 'pow':
      return { ...n, base: r(n.base), exp: r(n.exp) };
    case 'neg':
      return { ...n, arg: r(n.arg) };
    case 'pm':
      return { ...n, left: n.left ? r(n.left) : null, right: r(n.right) };
    case 'in':
      return { ...n, elem: r(n.elem), set: r(n.set) };
    case 'set':
    case 'list':
    case 'tuple':
      return { ...n, items: n.items.map(r) } as Node;
    case 'matrix':
      return { ...n, rows: n.rows.map((row) => row.map(r)) };
    case 'ratio':
      return { ...n, left: r(n.left), right: r(n.right) };
    default:
      return n;
  }
}
