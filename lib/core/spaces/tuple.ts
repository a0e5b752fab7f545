/** `Tuple`: a fixed-length array of values from the given subspaces (Gymnasium `spaces.Tuple`). */
import { ConfigError, SpaceError } from '../../errors.js';
import { describe } from './discrete.js';
import { isSpace, Space, type SeedResult, type SpaceJSON } from './space.js';

type AnySpace = Space<unknown, unknown>;

/** Composite subspaces accept structured seeds; simple ones reject them (ConfigError from the Rng). */
const seedSub = (space: AnySpace, seed: SeedResult | undefined): SeedResult => space.seed(seed as number | undefined);

export class Tuple extends Space<unknown[], readonly unknown[]> {
  readonly spaces: readonly AnySpace[];

  constructor(spaces: readonly AnySpace[], opts: { seed?: number } = {}) {
    if (!Array.isArray(spaces)) throw new ConfigError(`Tuple takes an array of subspaces, got ${describe(spaces)}. Pass e.g. new Tuple([new Discrete(2), new Text({ maxLength: 5 })]).`);
    spaces.forEach((s, i) => {
      if (!isSpace(s)) throw new ConfigError(`Tuple subspace ${i} must be a Space, got ${describe(s)}.`);
    });
    super();
    this.spaces = Object.freeze([...spaces]);
    // Seeded after the fields exist: seed() needs the subspaces.
    if (opts.seed !== undefined) this.seed(opts.seed);
  }

  get length(): number {
    return this.spaces.length;
  }

  /**
   * `undefined`: every subspace picks a random seed. An integer: seeds this space's generator and draws
   * one sub-seed per subspace from it. An array: one seed per subspace. Returns the seeds used.
   */
  override seed(seed?: number | readonly SeedResult[]): readonly SeedResult[] {
    if (seed === undefined) return this.spaces.map((s) => seedSub(s, undefined));
    if (typeof seed === 'number') {
      super.seed(seed);
      const subSeeds = this.spaces.map(() => this.npRandom.spawnSeed());
      return this.spaces.map((s, i) => seedSub(s, subSeeds[i]));
    }
    if (Array.isArray(seed) && seed.length === this.spaces.length) return this.spaces.map((s, i) => seedSub(s, seed[i] as SeedResult));
    throw new ConfigError(`Tuple.seed takes undefined, a non-negative integer, or an array of ${this.spaces.length} seeds; got ${describe(seed)}.`);
  }

  /** One sample per subspace; `mask`, if given, has one entry per subspace (`undefined` = no mask). */
  sample(mask?: readonly unknown[]): unknown[] {
    if (mask != null && !(Array.isArray(mask) && mask.length === this.spaces.length)) {
      throw new ConfigError(`Tuple mask must be an array of ${this.spaces.length} masks (one per subspace), got ${describe(mask)}.`);
    }
    return this.spaces.map((s, i) => s.sample(mask?.[i]));
  }

  /** An array of the same length, each entry in its subspace. */
  contains(x: unknown): x is unknown[] {
    return Array.isArray(x) && x.length === this.spaces.length && this.spaces.every((s, i) => s.contains(x[i]));
  }

  toJSON(): SpaceJSON {
    return { type: 'Tuple', spaces: this.spaces.map((s) => s.toJSON()) };
  }

  /** Per value, an array of the subspaces' jsonable forms (Gymnasium batches per subspace instead). */
  override toJsonable(values: readonly unknown[][]): unknown[][] {
    return values.map((v) => this.spaces.map((s, i) => s.toJsonable([v[i]])[0]));
  }

  override fromJsonable(values: readonly unknown[]): unknown[][] {
    return values.map((v, j) => {
      if (!Array.isArray(v) || v.length !== this.spaces.length) {
        throw new SpaceError(`Tuple value ${j} must be an array of ${this.spaces.length} entries, got ${describe(v)}.`);
      }
      return this.spaces.map((s, i) => s.fromJsonable([v[i]])[0]);
    });
  }
}
