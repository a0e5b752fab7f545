/**
 * `AnyOf([a, b, ...])`: a value of any of the subspaces, untagged, for an env that takes one action in
 * several forms (EquationRewrite-v0: a legal-action index or the move as text). Unlike Gymnasium's
 * `OneOf`, values are not (index, value) pairs, so the forms stay what the env receives. The first
 * subspace is the primary form: `sample` draws from it, so a random policy plays the primary form.
 */
import { ConfigError } from '../../errors.js';
import { describe } from './discrete.js';
import { isSpace, Space, type SeedResult, type SpaceJSON } from './space.js';

type AnySpace = Space<unknown, unknown>;

export class AnyOf<T = unknown> extends Space<T, unknown> {
  readonly spaces: readonly AnySpace[];

  constructor(spaces: readonly AnySpace[], opts: { seed?: number } = {}) {
    if (!Array.isArray(spaces) || spaces.length === 0) throw new ConfigError(`AnyOf takes a non-empty array of subspaces, got ${describe(spaces)}.`);
    spaces.forEach((s, i) => {
      if (!isSpace(s)) throw new ConfigError(`AnyOf subspace ${i} must be a Space, got ${describe(s)}.`);
    });
    super();
    this.spaces = Object.freeze([...spaces]);
    if (opts.seed !== undefined) this.seed(opts.seed);
  }

  /** Seeds every subspace (an integer: one sub-seed each, drawn from it). */
  override seed(seed?: number): readonly SeedResult[] {
    if (seed === undefined) return this.spaces.map((s) => s.seed());
    super.seed(seed);
    const subSeeds = this.spaces.map(() => this.npRandom.spawnSeed());
    return this.spaces.map((s, i) => s.seed(subSeeds[i]));
  }

  /** A sample of the primary (first) subspace; `mask` is that subspace's mask. */
  sample(mask?: unknown): T {
    return (this.spaces[0] as AnySpace).sample(mask as never) as T;
  }

  contains(x: unknown): x is T {
    return this.spaces.some((s) => s.contains(x));
  }

  toJSON(): SpaceJSON {
    return { type: 'AnyOf', spaces: this.spaces.map((s) => s.toJSON()) };
  }
}
