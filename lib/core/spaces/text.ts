/** `Text`: strings of `minLength..maxLength` characters drawn from a charset (Gymnasium `spaces.Text`). */
import { ConfigError, SpaceError } from '../../errors.js';
import { describe, maskIndices } from './discrete.js';
import { Space, type SpaceJSON } from './space.js';

/** Gymnasium's default charset: ASCII letters and digits. */
export const ALPHANUMERIC_CHARSET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Printable ASCII (space through `~`) plus newline: enough for free-form math answers. */
export const PRINTABLE_CHARSET = `${String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i))}\n`;

/** Optional restrictions for `Text.sample`: a fixed length, and/or a 0/1 mask over `characterList`. */
export interface TextMask {
  readonly length?: number;
  readonly charMask?: Int8Array | readonly number[];
}

export interface TextOptions {
  /** Longest allowed string, inclusive (in Unicode code points). */
  readonly maxLength: number;
  /** Shortest allowed string, inclusive; default 1. */
  readonly minLength?: number;
  /** The allowed characters; duplicates are dropped, order kept (it defines the mask order). */
  readonly charset?: string;
  readonly seed?: number;
}

export class Text extends Space<string, TextMask> {
  readonly maxLength: number;
  readonly minLength: number;
  /** The charset with duplicates removed. */
  readonly charset: string;
  /** The characters (code points) of the charset, in order; index = position in a `charMask`. */
  readonly characterList: readonly string[];
  private readonly index: ReadonlyMap<string, number>;

  constructor(opts: TextOptions) {
    if (typeof opts !== 'object' || opts === null) {
      throw new ConfigError(`Text takes an options object {maxLength, minLength?, charset?, seed?}, got ${describe(opts)}.`);
    }
    const { maxLength, minLength = 1, charset = ALPHANUMERIC_CHARSET } = opts;
    if (!Number.isSafeInteger(minLength) || minLength < 0 || !Number.isSafeInteger(maxLength) || maxLength < minLength) {
      throw new ConfigError(
        `Text needs integers 0 <= minLength <= maxLength, got minLength=${describe(minLength)}, maxLength=${describe(maxLength)}. ` +
          'Pass e.g. {maxLength: 10} or {minLength: 0, maxLength: 10}.',
      );
    }
    if (typeof charset !== 'string' || charset.length === 0) {
      throw new ConfigError(`Text charset must be a non-empty string, got ${describe(charset)}. Omit it for letters and digits, or pass PRINTABLE_CHARSET.`);
    }
    super(undefined, undefined, opts.seed);
    this.maxLength = maxLength;
    this.minLength = minLength;
    // Split by code point so astral characters (emoji, math alphanumerics) count as one character.
    this.characterList = Object.freeze([...new Set(Array.from(charset))]);
    this.charset = this.characterList.join('');
    this.index = new Map(this.characterList.map((c, i) => [c, i]));
  }

  /** Position of character `c` in `characterList` (as Gymnasium's `character_index`). */
  characterIndex(c: string): number {
    const i = this.index.get(c);
    if (i === undefined) throw new ConfigError(`${describe(c)} is not in the Text charset ${describe(this.charset)}. Use one of its characters.`);
    return i;
  }

  /**
   * Length uniform in [minLength, maxLength] (or `mask.length`), characters uniform over the charset
   * (or over those with `mask.charMask[i] === 1`). An all-zero charMask gives "" when minLength is 0.
   */
  sample(mask?: TextMask): string {
    const fixed = mask?.length;
    if (fixed != null && (!Number.isInteger(fixed) || fixed < this.minLength || fixed > this.maxLength)) {
      throw new ConfigError(`Text mask length must be an integer in [${this.minLength}, ${this.maxLength}], got ${describe(fixed)}.`);
    }
    const valid = mask?.charMask == null ? undefined : maskIndices(mask.charMask, this.characterList.length, 'Text charMask');
    const length = fixed ?? this.npRandom.integer(this.minLength, this.maxLength);
    if (valid?.length === 0) {
      if (this.minLength === 0) return '';
      throw new ConfigError(
        `Text charMask is all zero, so no character can be sampled, but minLength is ${this.minLength}. ` +
          'Allow at least one character, or use minLength 0.',
      );
    }
    const rng = this.npRandom;
    let out = '';
    for (let i = 0; i < length; i++) out += this.characterList[valid ? rng.choice(valid) : rng.integer(0, this.characterList.length - 1)];
    return out;
  }

  /** A string whose code-point length is in [minLength, maxLength] and whose characters are all in the charset. */
  contains(x: unknown): x is string {
    if (typeof x !== 'string') return false;
    const chars = Array.from(x);
    return chars.length >= this.minLength && chars.length <= this.maxLength && chars.every((c) => this.index.has(c));
  }

  toJSON(): SpaceJSON {
    return { type: 'Text', maxLength: this.maxLength, minLength: this.minLength, charset: this.charset };
  }

  override fromJsonable(values: readonly unknown[]): string[] {
    return values.map((v, i) => {
      if (typeof v !== 'string') throw new SpaceError(`Text value ${i} must be a string, got ${describe(v)}.`);
      return v;
    });
  }
}
