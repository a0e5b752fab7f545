/** `Sequence`: variable-length arrays of elements of a feature space (Gymnasium `spaces.Sequence`, stack=False). */
import { ConfigError, SpaceError } from '../../errors.js';
import { describe, isArrayLike } from './discrete.js';
import { isSpace, Space, type SeedResult, type SpaceJSON } from './space.js';

type AnySpace = Space<unknown, unknown>;

/** `length`: a fixed length, or an array of lengths to pick one from uniformly; `feature`: mask for every element. */
export interface SequenceMask {
  readonly length?: number | readonly number[];
  readonly feature?: unknown;
}

const isLength = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

export class Sequence extends Space<unknown[], SequenceMask> {
  readonly featureSpace: AnySpace;

  constructor(featureSpace: AnySpace, opts: { seed?: number } = {}) {
    if (!isSpace(featureSpace)) throw new ConfigError(`Sequence takes a feature Space, got ${describe(featureSpace)}. Pass e.g. new Sequence(new Discrete(10)).`);
    super();
    this.featureSpace = featureSpace;
    // Seeded after the field exists: seed() needs the feature space.
    if (opts.seed !== undefined) this.seed(opts.seed);
  }

  /**
   * Returns `[own seed, feature-space seed]`. An integer seeds this space and draws the feature seed from it,
   * then reseeds this space, so `seed(s)` equals `seed([s, returned[1]])` (as Gymnasium).
   */
  override seed(seed?: number | readonly [number, SeedResult]): readonly [number, SeedResult] {
    // The base class returns the plain numeric seed it used.
    if (seed === undefined) return [super.seed() as number, this.featureSpace.seed()];
    if (typeof seed === 'number') {
      super.seed(seed);
      const sub = this.npRandom.spawnSeed();
      super.seed(seed);
      return [seed, this.featureSpace.seed(sub)];
    }
    if (Array.isArray(seed) && seed.length === 2) {
      return [super.seed(seed[0]) as number, this.featureSpace.seed(seed[1] as number)];
    }
    throw new ConfigError(`Sequence.seed takes undefined, a non-negative integer, or [ownSeed, featureSeed]; got ${describe(seed)}.`);
  }

  /** Length ~ Geometric(0.25) (support 1, 2, ..., as numpy) unless `mask.length` fixes or lists it. */
  sample(mask?: SequenceMask): unknown[] {
    const lm = mask?.length;
    let length: number;
    if (lm == null) length = this.npRandom.geometric(0.25);
    else if (isLength(lm)) length = lm;
    else if (isArrayLike(lm) && lm.length > 0 && Array.from(lm).every(isLength)) length = this.npRandom.choice(Array.from(lm));
    else {
      throw new ConfigError(`Sequence mask length must be a non-negative integer or a non-empty array of them, got ${describe(lm)}.`);
    }
    return Array.from({ length }, () => this.featureSpace.sample(mask?.feature));
  }

  /** An array (any length) whose every entry is in the feature space. */
  contains(x: unknown): x is unknown[] {
    if (!Array.isArray(x)) return false;
    // An index loop, not `every`, so holes are checked (as `undefined`) instead of skipped.
    for (let i = 0; i < x.length; i++) if (!this.featureSpace.contains(x[i])) return false;
    return true;
  }

  toJSON(): SpaceJSON {
    return { type: 'Sequence', featureSpace: this.featureSpace.toJSON() };
  }

  /** Per value, the feature space's jsonable form of its elements. */
  override toJsonable(values: readonly unknown[][]): unknown[][] {
    return values.map((v) => this.featureSpace.toJsonable(v));
  }

  override fromJsonable(values: readonly unknown[]): unknown[][] {
    return values.map((v, j) => {
      if (!Array.isArray(v)) throw new SpaceError(`Sequence value ${j} must be an array, got ${describe(v)}.`);
      return this.featureSpace.fromJsonable(v);
    });
  }
}
