/** `Discrete(n, {start})`: the integers {start, ..., start+n-1} (Gymnasium `spaces.Discrete`). */
import { ConfigError, SpaceError } from '../../errors.js';
import { Space, type SpaceJSON } from './space.js';

/** @internal Short, never-throwing rendering of an arbitrary value for error messages. */
export function describe(x: unknown): string {
  if (isArrayLike(x) && !Array.isArray(x)) return `${x.constructor.name} ${describe(Array.from(x))}`;
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'symbol' || x === undefined) return String(x);
  try {
    const s = JSON.stringify(x);
    if (s === undefined) return typeof x;
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return typeof x;
  }
}

/** @internal Arrays and typed arrays (not DataView): what masks and bounds may be given as. */
export function isArrayLike(x: unknown): x is ArrayLike<unknown> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/** @internal A plain `{...}` object (not an array, Map, class instance or typed array). */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * @internal Checks a Gymnasium-style 0/1 mask of exactly `n` entries and returns the indices
 * marked 1. Gymnasium requires an int8 ndarray; plain number arrays are accepted too.
 */
export function maskIndices(mask: unknown, n: number, what: string): number[] {
  if (!isArrayLike(mask) || mask.length !== n) {
    throw new ConfigError(
      `${what} must be an array or Int8Array of ${n} entries (0 or 1), got ${describe(mask)}. ` +
        'Pass one entry per element: 1 = may be sampled, 0 = excluded.',
    );
  }
  const valid: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = mask[i];
    if (m !== 0 && m !== 1) {
      throw new ConfigError(`${what}[${i}] must be 0 or 1, got ${describe(m)}. Use 1 to allow the element, 0 to exclude it.`);
    }
    if (m === 1) valid.push(i);
  }
  return valid;
}

export class Discrete extends Space<number, Int8Array | readonly number[]> {
  /** Number of elements. */
  readonly n: number;
  /** Smallest element. */
  readonly start: number;

  constructor(n: number, opts: { start?: number; seed?: number } = {}) {
    const start = opts.start ?? 0;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0) {
      throw new ConfigError(`Discrete n must be a positive integer, got ${describe(n)}. Pass the number of elements, e.g. new Discrete(4).`);
    }
    if (typeof start !== 'number' || !Number.isSafeInteger(start) || !Number.isSafeInteger(start + n - 1)) {
      throw new ConfigError(
        `Discrete start must be an integer with start+n-1 a safe integer, got start=${describe(start)} (n=${n}). ` +
          'Pass an integer such as {start: 0} or {start: -1}.',
      );
    }
    super(undefined, 'int64', opts.seed);
    this.n = n;
    this.start = start;
  }

  /** Uniform element; with a 0/1 `mask` of length n, uniform over the allowed ones (`start` if none is). */
  sample(mask?: Int8Array | readonly number[]): number {
    if (mask == null) return this.start + this.npRandom.integer(0, this.n - 1);
    const valid = maskIndices(mask, this.n, 'Discrete mask');
    // Gymnasium returns `start` for an all-zero mask instead of raising.
    return valid.length === 0 ? this.start : this.start + this.npRandom.choice(valid);
  }

  /** Integers only: 1.5, '1', true and NaN are rejected (Gymnasium rejects floats too). */
  contains(x: unknown): x is number {
    return typeof x === 'number' && Number.isInteger(x) && x >= this.start && x < this.start + this.n;
  }

  toJSON(): SpaceJSON {
    return { type: 'Discrete', n: this.n, start: this.start };
  }

  override fromJsonable(values: readonly unknown[]): number[] {
    return values.map((v, i) => {
      if (typeof v !== 'number') throw new SpaceError(`Discrete value ${i} must be a number, got ${describe(v)}.`);
      return v;
    });
  }
}
