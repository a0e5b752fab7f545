/** `MultiBinary(n)`: n bits as an Int8Array of 0/1 (Gymnasium `spaces.MultiBinary`, 1-D only). */
import { ConfigError, SpaceError } from '../../errors.js';
import { describe, isArrayLike } from './discrete.js';
import { Space, type SpaceJSON } from './space.js';

export class MultiBinary extends Space<Int8Array, readonly number[] | Int8Array> {
  declare readonly shape: readonly number[];
  /** Number of bits. */
  readonly n: number;

  constructor(n: number, opts: { seed?: number } = {}) {
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0) {
      throw new ConfigError(`MultiBinary n must be a positive integer (the number of bits), got ${describe(n)}. Pass e.g. new MultiBinary(8).`);
    }
    super(Object.freeze([n]), 'int8', opts.seed);
    this.n = n;
  }

  /** Uniform bits; a mask entry 0 or 1 forces that bit, 2 leaves it random (Gymnasium). */
  sample(mask?: readonly number[] | Int8Array): Int8Array {
    if (mask != null) {
      const ok = isArrayLike(mask) && mask.length === this.n && Array.from(mask).every((m) => m === 0 || m === 1 || m === 2);
      if (!ok) {
        throw new ConfigError(
          `MultiBinary mask must be ${this.n} entries each 0, 1 or 2, got ${describe(mask)}. ` + 'Use 0/1 to force a bit and 2 to leave it random.',
        );
      }
    }
    const rng = this.npRandom;
    return Int8Array.from({ length: this.n }, (_, i) => {
      const m = mask?.[i];
      return m === 0 || m === 1 ? m : rng.integer(0, 1);
    });
  }

  /** An Int8Array of length n holding only 0 and 1. */
  contains(x: unknown): x is Int8Array {
    return x instanceof Int8Array && x.length === this.n && x.every((b) => b === 0 || b === 1);
  }

  toJSON(): SpaceJSON {
    return { type: 'MultiBinary', n: this.n };
  }

  override toJsonable(values: readonly Int8Array[]): number[][] {
    return values.map((v) => Array.from(v));
  }

  override fromJsonable(values: readonly unknown[]): Int8Array[] {
    return values.map((v, j) => {
      if (!isArrayLike(v) || v.length !== this.n || !Array.from(v).every((b) => b === 0 || b === 1)) {
        throw new SpaceError(`MultiBinary value ${j} must be an array of ${this.n} bits (0/1), got ${describe(v)}.`);
      }
      return Int8Array.from(v as ArrayLike<number>);
    });
  }
}
