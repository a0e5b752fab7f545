/**
 * `Box`: an n-dimensional box of numbers, `low <= x <= high` per coordinate (Gymnasium `spaces.Box`).
 *
 * A value is a flat typed array of the box's dtype, row-major, of length product(shape).
 * JSON: infinite bounds are written as the strings "inf" / "-inf" (JSON has no Infinity; `null` would be
 * ambiguous), both in `toJSON()` and in `toJsonable()` values (NaN values as "nan").
 */
import { ConfigError, SpaceError } from '../../errors.js';
import { describe, isArrayLike } from './discrete.js';
import { Space, type SpaceJSON } from './space.js';

/** Typed array of each supported dtype (int64/bool have no faithful JS typed array of numbers). */
export interface BoxArrays {
  float32: Float32Array;
  float64: Float64Array;
  int8: Int8Array;
  int16: Int16Array;
  int32: Int32Array;
  uint8: Uint8Array;
  uint16: Uint16Array;
  uint32: Uint32Array;
}
export type BoxDtype = keyof BoxArrays;

const ARRAY_TYPES = {
  float32: Float32Array,
  float64: Float64Array,
  int8: Int8Array,
  int16: Int16Array,
  int32: Int32Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
} as const;

/** Representable range of the integer dtypes. */
const INT_RANGE: Partial<Record<BoxDtype, readonly [number, number]>> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 2 ** 32 - 1],
};

export interface BoxOptions<D extends BoxDtype = BoxDtype> {
  /** Lower bound: a scalar (broadcast) or one per coordinate; `-Infinity` for unbounded. */
  readonly low: number | readonly number[];
  /** Upper bound: a scalar (broadcast) or one per coordinate; `Infinity` for unbounded. */
  readonly high: number | readonly number[];
  /** Defaults to `[low.length]` (or `[high.length]`), or `[1]` when both bounds are scalars. */
  readonly shape?: readonly number[];
  /** Defaults to `float32`, as Gymnasium. */
  readonly dtype?: D;
  readonly seed?: number;
}

/** Number or the JSON encodings of non-finite numbers. */
export type JsonNumber = number | 'inf' | '-inf' | 'nan';

function encodeNumber(v: number): JsonNumber {
  if (Number.isFinite(v)) return v;
  return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
}

/** @internal Inverse of the encoding above; `undefined` if `v` is neither a number nor one of the strings. */
export function decodeNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  return v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === 'nan' ? NaN : undefined;
}

function broadcast(bound: unknown, size: number, name: string, shape: readonly number[]): number[] {
  const values = isArrayLike(bound) ? Array.from(bound) : typeof bound === 'number' ? new Array<number>(size).fill(bound) : undefined;
  if (values === undefined) {
    throw new ConfigError(`Box ${name} must be a number or an array of numbers, got ${describe(bound)}. Pass e.g. ${name}: 0 or ${name}: [0, 0].`);
  }
  if (values.length !== size) {
    throw new ConfigError(
      `Box ${name} has ${values.length} entries but shape [${shape.join(', ')}] needs ${size}. ` +
        `Pass a scalar to broadcast, or one ${name} per coordinate in row-major order.`,
    );
  }
  values.forEach((v, i) => {
    if (typeof v !== 'number' || Number.isNaN(v)) {
      throw new ConfigError(`Box ${name}[${i}] must be a number (±Infinity allowed), got ${describe(v)}.`);
    }
  });
  return values as number[];
}

function resolveShape(opts: BoxOptions): number[] {
  const { shape, low, high } = opts;
  if (shape === undefined) {
    if (isArrayLike(low)) return [low.length];
    if (isArrayLike(high)) return [high.length];
    return [1];
  }
  if (!Array.isArray(shape) || !shape.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0)) {
    throw new ConfigError(`Box shape must be an array of non-negative integers, got ${describe(shape)}. Pass e.g. shape: [2, 3].`);
  }
  return [...shape];
}

export class Box<D extends BoxDtype = BoxDtype> extends Space<BoxArrays[D], never> {
  declare readonly shape: readonly number[];
  declare readonly dtype: D;
  /** Lower bound per coordinate. Unbounded: -Infinity for float dtypes, the dtype minimum for integer ones. */
  readonly low: readonly number[];
  /** Upper bound per coordinate. Unbounded: Infinity for float dtypes, the dtype maximum for integer ones. */
  readonly high: readonly number[];
  readonly boundedBelow: readonly boolean[];
  readonly boundedAbove: readonly boolean[];
  /** Number of coordinates, product(shape). */
  readonly size: number;

  constructor(opts: BoxOptions<D>) {
    if (typeof opts !== 'object' || opts === null) {
      throw new ConfigError(`Box takes an options object {low, high, shape?, dtype?, seed?}, got ${describe(opts)}.`);
    }
    const dtype = (opts.dtype ?? 'float32') as D;
    if (typeof dtype !== 'string' || !Object.hasOwn(ARRAY_TYPES, dtype)) {
      throw new ConfigError(`Box dtype must be one of ${Object.keys(ARRAY_TYPES).join(', ')}; got ${describe(dtype)}.`);
    }
    const shape = resolveShape(opts);
    const size = shape.reduce((a, b) => a * b, 1);
    const low = broadcast(opts.low, size, 'low', shape);
    const high = broadcast(opts.high, size, 'high', shape);
    const range = INT_RANGE[dtype];
    const below: boolean[] = [];
    const above: boolean[] = [];
    for (let i = 0; i < size; i++) {
      const [lo, hi] = [low[i] as number, high[i] as number];
      if (lo === Infinity || hi === -Infinity) {
        throw new ConfigError(`Box bound ${i} is [${lo}, ${hi}]: low cannot be +Infinity and high cannot be -Infinity.`);
      }
      if (lo > hi) throw new ConfigError(`Box low[${i}]=${lo} is greater than high[${i}]=${hi}. Swap them or fix the bounds.`);
      below.push(lo > -Infinity);
      above.push(hi < Infinity);
      if (range) {
        for (const [v, name] of [[lo, 'low'], [hi, 'high']] as const) {
          if (Number.isFinite(v) && (!Number.isInteger(v) || v < range[0] || v > range[1])) {
            throw new ConfigError(`Box ${name}[${i}]=${v} is not an integer in the ${dtype} range [${range[0]}, ${range[1]}]. Use integer bounds or a float dtype.`);
          }
        }
        // As Gymnasium: unbounded integer coordinates store the dtype limits but stay "unbounded".
        low[i] = below[i] ? lo : range[0];
        high[i] = above[i] ? hi : range[1];
      } else if (dtype === 'float32') {
        // Store the float32 value actually representable, so samples rounded to float32 stay inside.
        for (const [v, name] of [[lo, 'low'], [hi, 'high']] as const) {
          if (Number.isFinite(v) && !Number.isFinite(Math.fround(v))) {
            throw new ConfigError(`Box ${name}[${i}]=${v} overflows float32. Use dtype 'float64' or ±Infinity.`);
          }
        }
        low[i] = Math.fround(lo);
        high[i] = Math.fround(hi);
      }
    }
    super(Object.freeze(shape), dtype, opts.seed);
    this.size = size;
    this.low = Object.freeze(low);
    this.high = Object.freeze(high);
    this.boundedBelow = Object.freeze(below);
    this.boundedAbove = Object.freeze(above);
  }

  /** True when every coordinate is bounded in the given direction(s). */
  isBounded(manner: 'both' | 'below' | 'above' = 'both'): boolean {
    const b = this.boundedBelow.every(Boolean);
    const a = this.boundedAbove.every(Boolean);
    if (manner === 'both') return b && a;
    if (manner === 'below') return b;
    if (manner === 'above') return a;
    throw new ConfigError(`Box.isBounded manner must be 'both', 'below' or 'above', got ${describe(manner)}.`);
  }

  /**
   * Per coordinate, as Gymnasium: [a,b] uniform, [a,∞) a+Exp(1), (-∞,b] b-Exp(1), unbounded N(0,1);
   * integer dtypes floor the draw with high+1 as the upper end. Boxes take no mask.
   */
  sample(mask?: never): BoxArrays[D] {
    if (mask != null) throw new ConfigError('Box.sample takes no mask (as Gymnasium). Call sample() without arguments.');
    const rng = this.npRandom;
    const isInt = INT_RANGE[this.dtype] !== undefined;
    const out = new ARRAY_TYPES[this.dtype](this.size);
    for (let i = 0; i < this.size; i++) {
      const [lo, hi] = [this.low[i] as number, this.high[i] as number];
      const [b, a] = [this.boundedBelow[i], this.boundedAbove[i]];
      if (isInt && b && a) {
        out[i] = rng.integer(lo, hi); // same law as floor(uniform(low, high+1)), without rounding risk
        continue;
      }
      const top = isInt ? hi + 1 : hi;
      const v = b && a ? rng.uniform(lo, hi) : b ? lo + rng.exponential() : a ? top - rng.exponential() : rng.normal();
      // Clamp: float32 rounding can reach `high`, and integer draws must not wrap around the dtype range.
      out[i] = Math.min(Math.max(isInt ? Math.floor(v) : v, lo), hi);
    }
    return out as BoxArrays[D];
  }

  /** A typed array of exactly this dtype and length with every entry in [low, high] (NaN is outside). */
  contains(x: unknown): x is BoxArrays[D] {
    if (!(x instanceof ARRAY_TYPES[this.dtype]) || x.length !== this.size) return false;
    for (let i = 0; i < this.size; i++) {
      const v = x[i] as number;
      if (!(v >= (this.low[i] as number) && v <= (this.high[i] as number))) return false;
    }
    return true;
  }

  toJSON(): SpaceJSON {
    return {
      type: 'Box',
      low: this.low.map((v, i) => (this.boundedBelow[i] ? v : '-inf')),
      high: this.high.map((v, i) => (this.boundedAbove[i] ? v : 'inf')),
      shape: [...this.shape],
      dtype: this.dtype,
    };
  }

  /** Each value becomes a number[]; non-finite entries become "inf" / "-inf" / "nan". */
  override toJsonable(values: readonly BoxArrays[D][]): JsonNumber[][] {
    return values.map((v) => Array.from(v, encodeNumber));
  }

  override fromJsonable(values: readonly unknown[]): BoxArrays[D][] {
    const range = INT_RANGE[this.dtype];
    return values.map((value, j) => {
      if (!isArrayLike(value) || value.length !== this.size) {
        throw new SpaceError(`Box value ${j} must be an array of ${this.size} numbers, got ${describe(value)}.`);
      }
      const out = new ARRAY_TYPES[this.dtype](this.size);
      for (let i = 0; i < this.size; i++) {
        const v = decodeNumber(value[i]);
        const ok = v !== undefined && (!range || (Number.isInteger(v) && v >= range[0] && v <= range[1]));
        if (!ok) throw new SpaceError(`Box value ${j}[${i}] is not a valid ${this.dtype}: ${describe(value[i])}.`);
        out[i] = v;
      }
      return out as BoxArrays[D];
    });
  }
}
