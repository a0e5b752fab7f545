/**
 * The work budget of one verification: a count of steps (tokens read, nodes parsed, compared and
 * evaluated, big-number word operations), so that adversarial input stops after a bounded amount of
 * work whatever the machine's load. Unlike a clock it is deterministic: the same inputs get the same
 * verdict on a quiet laptop and on a machine at load average 20. The sandbox's time limit remains the
 * hard stop for everything else.
 */
import type { Node } from './parse/ast.js';

/** Thrown when a verification has used up its budget; verify() turns it into a WORK_BUDGET error verdict. */
export class WorkBudgetExceeded extends Error {
  constructor(readonly budget: number) {
    super(`the verification needed more than ${budget} steps of work`);
  }
}

/** Default steps per verification: ordinary answers use a few thousand. */
export const DEFAULT_WORK_BUDGET = 3_000_000;

let left = Number.POSITIVE_INFINITY;
let total = Number.POSITIVE_INFINITY;

/** Runs `fn` with a budget of `steps` (nested calls keep the outer budget). */
export function withBudget<T>(steps: number, fn: () => T): T {
  const saved = [left, total] as const;
  left = steps;
  total = steps;
  try {
    return fn();
  } finally {
    [left, total] = saved;
  }
}

/**
 * Spends the work of traversing `node` as a tree `times` times. Matrix products and the like build
 * expressions as shared DAGs whose tree size grows exponentially; the size (memoised per object) is
 * charged before any traversal, so such an expression fails fast instead of being walked.
 */
export function spendTree(node: Node, times = 1): void {
  spend(times * treeSize(node));
}

const sizes = new WeakMap<Node, number>();

function treeSize(n: Node): number {
  switch (n.t) {
    case 'num':
    case 'sym':
    case 'text':
      return 1;
    default:
      break;
  }
  const known = sizes.get(n);
  if (known !== undefined) return known;
  let size = 1;
  for (const c of children(n)) size += treeSize(c);
  sizes.set(n, size);
  return size;
}

function children(n: Node): readonly Node[] {
  switch (n.t) {
    case 'add':
    case 'mul':
    case 'union':
    case 'fn':
    case 'rel':
      return n.args;
    case 'pow':
      return [n.base, n.exp];
    case 'neg':
      return [n.arg];
    case 'pm':
      return n.left ? [n.left, n.right] : [n.right];
    case 'in':
      return [n.elem, n.set];
    case 'set':
    case 'tuple':
    case 'list':
      return n.items;
    case 'matrix':
      return n.rows.flat();
    case 'ratio':
      return [n.left, n.right];
    default:
      return [];
  }
}

/** Steps left in the current budget. */
export function budgetLeft(): number {
  return left;
}

/** Spends `steps` of the current budget; throws WorkBudgetExceeded when it runs out. */
export function spend(steps = 1): void {
  left -= steps;
  if (left < 0) throw new WorkBudgetExceeded(total);
}
