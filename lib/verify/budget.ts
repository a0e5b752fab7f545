/**
 * The work budget of one verification: a count of steps (tokens read, nodes parsed, compared and
 * evaluated, big-number word operations), so that adversarial input stops after a bounded amount of
 * work whatever the machine's load. Unlike a clock it is deterministic: the same inputs get the same
 * verdict on a quiet laptop and on a machine at load average 20. The sandbox's time limit remains the
 * hard stop for everything else.
 */

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
export function spendTree(node: object, times = 1): void {
  spend(times * treeSize(node));
}

const sizes = new WeakMap<object, number>();

function treeSize(n: object): number {
  const known = sizes.get(n);
  if (known !== undefined) return known;
  let size = 1;
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) for (const x of v) size += typeof x === 'object' && x !== null ? (Array.isArray(x) ? x.reduce((s: number, y: object) => s + treeSize(y), 0) : treeSize(x)) : 0;
    else if (typeof v === 'object' && v !== null && 't' in v) size += treeSize(v);
    if (size > 1e12) break;
  }
  sizes.set(n, size);
  return size;
}

/** Spends `steps` of the current budget; throws WorkBudgetExceeded when it runs out. */
export function spend(steps = 1): void {
  left -= steps;
  if (left < 0) throw new WorkBudgetExceeded(total);
}
