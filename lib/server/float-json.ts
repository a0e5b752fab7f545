/**
 * JSON for reward responses with every reward written as a float: `1.0`, never `1`. JSON.stringify(1.0)
 * is "1", which Python's json reads as an int; a trainer that builds a tensor from those (OpenRLHF:
 * `torch.tensor(rewards)`) then gets int64, and `rewards.std()` raises "std and var only support
 * floating point". So the numbers under the reward keys (FLOAT_KEYS, at any depth) are written with a
 * decimal point; every other number (an item `index`, say) stays as JSON.stringify writes it.
 */

/** Keys whose numbers, at any depth below them, are rewards. */
export const FLOAT_KEYS: ReadonlySet<string> = new Set(['reward', 'rewards', 'score', 'scores', 'extra_logs', 'components', 'verifier_error']);

/** A finite number as a JSON float; non-finite numbers become null, as in JSON.stringify. */
export function floatText(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  const s = String(n);
  // "1e+21" and "1.5" already read back as floats
  return /[.e]/.test(s) ? s : `${s}.0`;
}

function write(v: unknown, float: boolean, out: string[]): void {
  if (v === null || v === undefined) {
    out.push('null');
  } else if (typeof v === 'number') {
    out.push(float ? floatText(v) : Number.isFinite(v) ? String(v) : 'null');
  } else if (typeof v === 'string') {
    out.push(JSON.stringify(v));
  } else if (typeof v === 'boolean') {
    out.push(v ? 'true' : 'false');
  } else if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i) out.push(',');
      const x: unknown = v[i];
      // JSON.stringify writes null for undefined and functions in arrays
      write(x === undefined || typeof x === 'function' ? null : x, float, out);
    }
    out.push(']');
  } else if (typeof v === 'object') {
    const toJSON = (v as { toJSON?: () => unknown }).toJSON;
    if (typeof toJSON === 'function') return write(toJSON.call(v), float, out);
    out.push('{');
    let first = true;
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined || typeof x === 'function') continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(k), ':');
      write(x, float || FLOAT_KEYS.has(k), out);
    }
    out.push('}');
  } else {
    out.push('null');
  }
}

/** JSON text of `value`, numbers under FLOAT_KEYS written as floats. */
export function floatJson(value: unknown): string {
  const out: string[] = [];
  write(value, false, out);
  return out.join('');
}
