/** Base class of every space: a set of values with seeded sampling, membership and JSON round-trip. */
import { Rng } from '../rng.js';

/** The JSON form of a space: `{type, ...params}`; `spaceFromJSON` rebuilds the space from it. */
export interface SpaceJSON {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** What `seed()` returns: the seed used, or one per subspace for composite spaces (as Gymnasium). */
export type SeedResult = number | readonly SeedResult[] | { readonly [key: string]: SeedResult };

/**
 * A space of values `T`. `M` is the type of the optional mask accepted by `sample`.
 *
 * Subclasses implement `sample`, `contains` and `toJSON`; values that are not plain JSON
 * (typed arrays) also override `toJsonable` / `fromJsonable`.
 */
const SPACE_BRAND = Symbol.for('mathgym.Space');

/**
 * Whether `x` is a mathgym Space. Prefer this to `instanceof`: a plugin that bundles its own copy of
 * mathgym (or is loaded as CommonJS next to ESM) has its own Space class.
 */
export function isSpace(x: unknown): x is Space<unknown, unknown> {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[SPACE_BRAND] === true;
}

export abstract class Space<T, M = never> {
  protected rng: Rng | undefined;

  /** Brand read by `isSpace`. */
  get [SPACE_BRAND](): true {
    return true;
  }

  /** Shape of one value, when it has one (Box, MultiDiscrete, MultiBinary). */
  readonly shape: readonly number[] | undefined;
  /** Element type name, when meaningful (`int64`, `float32`, ...). */
  readonly dtype: string | undefined;

  constructor(shape?: readonly number[], dtype?: string, seed?: number) {
    this.shape = shape;
    this.dtype = dtype;
    if (seed !== undefined) this.seed(seed);
  }

  /** The space's generator; created from a random seed on first use if `seed()` was never called. */
  get npRandom(): Rng {
    this.rng ??= Rng.fromSeed();
    return this.rng;
  }

  /** Reseeds the space's generator; `undefined` picks a random seed. Returns the seed used. */
  seed(seed?: number): SeedResult {
    this.rng = Rng.fromSeed(seed);
    return this.rng.seed;
  }

  /** A random element of the space; `mask` restricts the choice where the space supports it. */
  abstract sample(mask?: M): T;

  /** Whether `x` is an element of the space. */
  abstract contains(x: unknown): x is T;

  /** JSON description of the space (not of a value); see `spaceFromJSON`. */
  abstract toJSON(): SpaceJSON;

  /** Converts a batch of values to plain JSON values. */
  toJsonable(values: readonly T[]): unknown[] {
    return [...values];
  }

  /** Inverse of `toJsonable`. */
  fromJsonable(values: readonly unknown[]): T[] {
    return values as T[];
  }

  /** Structural equality: same type and parameters (seeds are not compared). */
  equals(other: Space<unknown, unknown>): boolean {
    return JSON.stringify(this.toJSON()) === JSON.stringify(other.toJSON());
  }

  toString(): string {
    const { type, ...params } = this.toJSON();
    const body = Object.entries(params)
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(', ');
    return `${type}(${body})`;
  }
}
