/** `MultiDiscrete(nvec, {start})`: one Discrete per component, as an Int32Array (Gymnasium `spaces.MultiDiscrete`, 1-D). */
import { ConfigError, SpaceError } from '../../errors.js';
import { describe, isArrayLike, maskIndices } from './discrete.js';
import { Space, type SpaceJSON } from './space.js';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export class MultiDiscrete extends Space<Int32Array, readonly (readonly number[])[]> {
  declare readonly shape: readonly number[];
  /** Number of values of each component. */
  readonly nvec: readonly number[];
  /** Smallest value of each component. */
  readonly start: readonly number[];

  constructor(nvec: readonly number[], opts: { start?: readonly number[]; seed?: number } = {}) {
    if (!isArrayLike(nvec) || nvec.length === 0 || !Array.from(nvec).every((n) => Number.isSafeInteger(n) && (n as number) > 0)) {
      throw new ConfigError(`MultiDiscrete nvec must be a non-empty array of positive integers, got ${describe(nvec)}. Pass e.g. [3, 2].`);
    }
    const start = opts.start ?? new Array<number>(nvec.length).fill(0);
    const ok =
      isArrayLike(start) &&
      start.length === nvec.length &&
      Array.from(start).every((s, i) => Number.isInteger(s) && (s as number) >= INT32_MIN && (s as number) + (nvec[i] as number) - 1 <= INT32_MAX);
    if (!ok) {
      throw new ConfigError(
        `MultiDiscrete start must be ${nvec.length} integers with start[i]+nvec[i]-1 inside int32, got ${describe(start)}. ` +
          'Pass one start per component, or omit it for zeros.',
      );
    }
    super(Object.freeze([nvec.length]), 'int32', opts.seed);
    this.nvec = Object.freeze([...nvec]);
    this.start = Object.freeze([...start]);
  }

  /** Each component uniform; with a mask (one 0/1 array per component), uniform over its allowed values, `start[i]` if none. */
  sample(mask?: readonly (readonly number[])[]): Int32Array {
    const k = this.nvec.length;
    if (mask != null && (!Array.isArray(mask) || mask.length !== k)) {
      throw new ConfigError(`MultiDiscrete mask must be an array of ${k} masks (one 0/1 array per component), got ${describe(mask)}.`);
    }
    // Validate the whole mask before drawing, so a bad mask leaves the generator untouched.
    const valid = mask == null ? undefined : mask.map((m, i) => maskIndices(m, this.nvec[i] as number, `MultiDiscrete mask[${i}]`));
    const rng = this.npRandom;
    const out = new Int32Array(k);
    for (let i = 0; i < k; i++) {
      const v = valid?.[i];
      const offset = v === undefined ? rng.integer(0, (this.nvec[i] as number) - 1) : v.length === 0 ? 0 : rng.choice(v);
      out[i] = (this.start[i] as number) + offset;
    }
    return out;
  }

  /** An Int32Array of the right length with start[i] <= x[i] < start[i] + nvec[i]. */
  contains(x: unknown): x is Int32Array {
    if (!(x instanceof Int32Array) || x.length !== this.nvec.length) return false;
    return this.nvec.every((n, i) => (x[i] as number) >= (this.start[i] as number) && (x[i] as number) < (this.start[i] as number) + n);
  }

  toJSON(): SpaceJSON {
    return { type: 'MultiDiscrete', nvec: [...this.nvec], start: [...this.start] };
  }

  override toJsonable(values: readonly Int32Array[]): number[][] {
    return values.map((v) => Array.from(v));
  }

  override fromJsonable(values: readonly unknown[]): Int32Array[] {
    return values.map((v, j) => {
      if (!isArrayLike(v) || v.length !== this.nvec.length || !Array.from(v).every((e) => Number.isInteger(e) && (e as number) >= INT32_MIN && (e as number) <= INT32_MAX)) {
        throw new SpaceError(`MultiDiscrete value ${j} must be an array of ${this.nvec.length} int32 integers, got ${describe(v)}.`);
      }
      return Int32Array.from(v as ArrayLike<number>);
    });
  }
}
