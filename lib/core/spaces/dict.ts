/** `Dict`: a record of named subspaces, keys sorted as Gymnasium sorts a plain dict (Gymnasium `spaces.Dict`). */
import { ConfigError, SpaceError } from '../../errors.js';
import { describe, isPlainObject } from './discrete.js';
import { isSpace, Space, type SeedResult, type SpaceJSON } from './space.js';

type AnySpace = Space<unknown, unknown>;

/** Composite subspaces accept structured seeds; simple ones reject them (ConfigError from the Rng). */
const seedSub = (space: AnySpace, seed: SeedResult | undefined): SeedResult => space.seed(seed as number | undefined);

function sameKeys(x: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(x, k));
}

export class Dict extends Space<Record<string, unknown>, Record<string, unknown>> {
  /** The subspaces; iterate `keys` for the sorted order (JS objects list integer-like keys first). */
  readonly spaces: Readonly<Record<string, AnySpace>>;
  /** Subspace keys, sorted. */
  readonly keys: readonly string[];

  constructor(spaces: Record<string, AnySpace>, opts: { seed?: number } = {}) {
    if (!isPlainObject(spaces)) {
      throw new ConfigError(`Dict takes a plain object of subspaces, got ${describe(spaces)}. Pass e.g. new Dict({ position: new Box(...), mode: new Discrete(3) }).`);
    }
    const keys = Object.keys(spaces).sort();
    for (const k of keys) {
      if (!isSpace(spaces[k])) throw new ConfigError(`Dict subspace ${JSON.stringify(k)} must be a Space, got ${describe(spaces[k])}.`);
    }
    super();
    this.keys = Object.freeze(keys);
    this.spaces = Object.freeze(Object.fromEntries(keys.map((k) => [k, spaces[k] as AnySpace])));
    // Seeded after the fields exist: seed() needs the subspaces.
    if (opts.seed !== undefined) this.seed(opts.seed);
  }

  /**
   * `undefined`: every subspace picks a random seed. An integer: seeds this space's generator and draws
   * one sub-seed per subspace from it, in key order. An object: one seed per key (exactly the keys).
   * Returns the seeds used, keyed like the space.
   */
  override seed(seed?: number | Readonly<Record<string, SeedResult>>): { readonly [key: string]: SeedResult } {
    const each = (f: (k: string) => SeedResult) => Object.fromEntries(this.keys.map((k) => [k, f(k)]));
    if (seed === undefined) return each((k) => seedSub(this.spaces[k] as AnySpace, undefined));
    if (typeof seed === 'number') {
      super.seed(seed);
      const subSeeds = new Map(this.keys.map((k) => [k, this.npRandom.spawnSeed()]));
      return each((k) => seedSub(this.spaces[k] as AnySpace, subSeeds.get(k)));
    }
    if (isPlainObject(seed) && sameKeys(seed, this.keys)) return each((k) => seedSub(this.spaces[k] as AnySpace, seed[k] as SeedResult));
    throw new ConfigError(
      `Dict.seed takes undefined, a non-negative integer, or an object with exactly the keys [${this.keys.join(', ')}]; got ${describe(seed)}.`,
    );
  }

  /** One sample per subspace; `mask`, if given, has exactly the space's keys (a value `undefined` = no mask). */
  sample(mask?: Record<string, unknown>): Record<string, unknown> {
    if (mask != null && !(isPlainObject(mask) && sameKeys(mask, this.keys))) {
      throw new ConfigError(`Dict mask must be an object with exactly the keys [${this.keys.join(', ')}], got ${describe(mask)}.`);
    }
    return Object.fromEntries(this.keys.map((k) => [k, (this.spaces[k] as AnySpace).sample(mask?.[k])]));
  }

  /** A plain object with exactly the space's keys, each value in its subspace. */
  contains(x: unknown): x is Record<string, unknown> {
    return isPlainObject(x) && sameKeys(x, this.keys) && this.keys.every((k) => (this.spaces[k] as AnySpace).contains(x[k]));
  }

  toJSON(): SpaceJSON {
    return { type: 'Dict', spaces: Object.fromEntries(this.keys.map((k) => [k, (this.spaces[k] as AnySpace).toJSON()])) };
  }

  /** Per value, an object of the subspaces' jsonable forms (Gymnasium batches per key instead). */
  override toJsonable(values: readonly Record<string, unknown>[]): Record<string, unknown>[] {
    return values.map((v) => Object.fromEntries(this.keys.map((k) => [k, (this.spaces[k] as AnySpace).toJsonable([v[k]])[0]])));
  }

  override fromJsonable(values: readonly unknown[]): Record<string, unknown>[] {
    return values.map((v, j) => {
      if (!isPlainObject(v) || !sameKeys(v, this.keys)) {
        throw new SpaceError(`Dict value ${j} must be an object with exactly the keys [${this.keys.join(', ')}], got ${describe(v)}.`);
      }
      return Object.fromEntries(this.keys.map((k) => [k, (this.spaces[k] as AnySpace).fromJsonable([v[k]])[0]]));
    });
  }
}
