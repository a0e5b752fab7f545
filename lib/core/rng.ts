/**
 * The one seeded PRNG of mathgym. Nothing else may call Math.random(): every random choice goes
 * through an Rng so that the same seed gives the same episode, sample and dataset.
 *
 * Generator: xoroshiro128+ (pure-rand), seeded by expanding the integer seed with splitmix32 so that
 * neighbouring seeds (0, 1, 2, ...) give unrelated streams.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { ConfigError } from '../errors.js';

/** Largest seed accepted (seeds are non-negative safe integers, as Gymnasium requires non-negative ints). */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** Throws a ConfigError unless `seed` is a non-negative safe integer. */
export function assertSeed(seed: unknown, where = 'seed'): asserts seed is number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) {
    throw new ConfigError(
      `${where} must be a non-negative integer (0 .. 2^53-1), got ${JSON.stringify(seed)}. ` +
        'Pass an integer such as 42, or leave it undefined for a random seed.',
    );
  }
}

/** A fresh seed from the OS entropy pool, for `seed: undefined` (Gymnasium draws one too). */
export function randomSeed(): number {
  // Web Crypto (a global in Node >= 19 and browsers), so the Rng also runs in the web playground
  const [hi, lo] = globalThis.crypto.getRandomValues(new Uint32Array(2));
  return (hi! >>> 1) * 2 ** 16 + (lo! & 0xffff);
}

function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) | 0;
  };
}

function stateFromSeed(seed: number): number[] {
  const hi = Math.floor(seed / 2 ** 32);
  const lo = seed >>> 0;
  const mix = splitmix32(lo ^ Math.imul(hi, 0x85ebca6b));
  const state: number[] = [mix(), mix(), mix(), mix()];
  // xoroshiro must not start from the all-zero state
  if (!state.some((x) => x !== 0)) state[0] = 1;
  return state;
}

/** Seeded random number generator with the distributions mathgym needs. Mutable: each draw advances it. */
export class Rng {
  private gen: JumpableRandomGenerator;
  /** The seed this generator was created from, or -1 when it was restored from a raw state. */
  readonly seed: number;

  private constructor(gen: JumpableRandomGenerator, seed: number) {
    this.gen = gen;
    this.seed = seed;
  }

  /** A generator for `seed`; `undefined` draws a random seed (recorded in `.seed`). */
  static fromSeed(seed?: number): Rng {
    const s = seed ?? randomSeed();
    assertSeed(s);
    return new Rng(xoroshiro128plusFromState(stateFromSeed(s)), s);
  }

  /** Restores a generator from `state()`; its `seed` is -1 (as Gymnasium's np_random_seed after a direct set). */
  static fromState(state: readonly number[]): Rng {
    if (state.length !== 4 || !state.every((x) => Number.isInteger(x))) {
      throw new ConfigError(`an Rng state is 4 integers, got ${JSON.stringify(state)}`);
    }
    return new Rng(xoroshiro128plusFromState(state), -1);
  }

  /** The internal state, for comparing generators and for checkpoints. */
  state(): number[] {
    return [...this.gen.getState()];
  }

  clone(): Rng {
    return new Rng(this.gen.clone(), this.seed);
  }

  /** Uniform integer in [min, max] (both inclusive). */
  integer(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new ConfigError(`Rng.integer needs integers min <= max, got [${min}, ${max}]`);
    }
    return uniformInt(this.gen, min, max);
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return uniformFloat64(this.gen);
  }

  /** Uniform float in [low, high). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.float();
  }

  /** Standard normal deviate (Box-Muller). */
  normal(): number {
    let u = 0;
    while (u === 0) u = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  /** Exponential deviate with rate 1. */
  exponential(): number {
    return -Math.log(1 - this.float());
  }

  /** Geometric number of trials until first success, support {1, 2, ...}. */
  geometric(p: number): number {
    if (!(p > 0 && p <= 1)) throw new ConfigError(`geometric p must be in (0, 1], got ${p}`);
    if (p === 1) return 1;
    return Math.max(1, Math.ceil(Math.log(1 - this.float()) / Math.log(1 - p)));
  }

  /** True with probability p. */
  bernoulli(p = 0.5): boolean {
    return this.float() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  choice<T>(items: readonly T[]): T {
    if (items.length === 0) throw new ConfigError('Rng.choice needs a non-empty array');
    return items[this.integer(0, items.length - 1)] as T;
  }

  /** Index drawn with the given non-negative weights (need not sum to 1). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) {
      if (!(w >= 0) || !Number.isFinite(w)) throw new ConfigError(`weights must be finite and >= 0, got ${w}`);
      total += w;
    }
    if (total <= 0) throw new ConfigError('weights must not all be zero');
    let r = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.integer(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A new seed drawn from this stream (int32 range, like Gymnasium's composite-space sub-seeds). */
  spawnSeed(): number {
    return this.integer(0, 2 ** 31 - 1);
  }
}
