/** Deep equality of observations, infos and samples (Gymnasium's data_equivalence). */
export function dataEquivalent(a: unknown, b: unknown, ignoreKeys: ReadonlySet<string> = new Set()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return false;
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    return a.length === y.length && a.every((v, i) => dataEquivalent(v, y[i], ignoreKeys));
  }
  const ka = Object.keys(a).filter((k) => !ignoreKeys.has(k));
  const kb = Object.keys(b as object).filter((k) => !ignoreKeys.has(k));
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(ob, k) && dataEquivalent((a as Record<string, unknown>)[k], ob[k], ignoreKeys));
}
