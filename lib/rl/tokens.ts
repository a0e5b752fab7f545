/**
 * Plain-array shapes shared by the RL losses: a batch of sequences is an array of rows, one row a
 * sequence, one entry a token. Rows may differ in length (ragged) or be padded to one width with a mask.
 * Nothing here knows about tensors or models; a trainer copies its per-token numbers into these arrays
 * and backpropagates the returned gradients (same shapes) into whatever produced them.
 */
import { ConfigError } from '../errors.js';

/** Per-token numbers of a batch: `m[i][t]` is token t of sequence i. Rows may have different lengths. */
export type TokenMatrix = readonly (readonly number[])[];

/**
 * Which tokens count: 1/true = a completion token in the loss, 0/false = prompt or padding. Numbers other
 * than 0 and 1 act as per-token weights (the active-token counts are then sums of weights, as in TRL,
 * where the mask is a float tensor).
 */
export type TokenMask = readonly (readonly (number | boolean)[])[];

/** Per-sequence values (one number a row) or per-token values (a TokenMatrix). */
export type SequenceOrTokenValues = readonly number[] | TokenMatrix;

/** The mask weight of one entry: booleans to 0/1, numbers as they are. */
export function maskWeight(m: number | boolean): number {
  return typeof m === 'boolean' ? (m ? 1 : 0) : m;
}

/**
 * Checks that `mask` matches `shape` row by row (or builds an all-ones mask when absent) and returns it
 * as numbers. Negative or non-finite weights are rejected.
 */
export function resolveMask(where: string, shape: TokenMatrix, mask: TokenMask | undefined): number[][] {
  if (mask === undefined) return shape.map((row) => row.map(() => 1));
  if (!Array.isArray(mask) || mask.length !== shape.length) {
    throw new ConfigError(`${where}: mask must have one row per sequence (${shape.length}), got ${Array.isArray(mask) ? mask.length : typeof mask}`);
  }
  return mask.map((row, i) => {
    const want = shape[i]!.length;
    if (!Array.isArray(row) || row.length !== want) {
      throw new ConfigError(`${where}: mask row ${i} must have ${want} entries like the log-probs, got ${Array.isArray(row) ? row.length : typeof row}`);
    }
    return row.map((m, t) => {
      const w = maskWeight(m);
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        throw new ConfigError(`${where}: mask[${i}][${t}] must be a boolean or a non-negative number, got ${JSON.stringify(m)}`);
      }
      return w;
    });
  });
}

/** Throws unless `m` is an array of arrays; returns it. */
export function checkMatrix(where: string, name: string, m: unknown): TokenMatrix {
  if (!Array.isArray(m) || m.some((row) => !Array.isArray(row))) {
    throw new ConfigError(`${where}: ${name} must be an array of per-sequence arrays of numbers (one row a sequence)`);
  }
  return m as TokenMatrix;
}

/** Throws unless `other` has exactly the shape of `like`. */
export function checkSameShape(where: string, name: string, like: TokenMatrix, other: unknown): TokenMatrix {
  const m = checkMatrix(where, name, other);
  if (m.length !== like.length) throw new ConfigError(`${where}: ${name} must have ${like.length} rows like logp, got ${m.length}`);
  for (let i = 0; i < m.length; i++) {
    if (m[i]!.length !== like[i]!.length) {
      throw new ConfigError(`${where}: ${name} row ${i} must have ${like[i]!.length} entries like logp, got ${m[i]!.length}`);
    }
  }
  return m;
}

/** A zero matrix of the same shape. */
export function zerosLike(shape: TokenMatrix): number[][] {
  return shape.map((row) => new Array<number>(row.length).fill(0));
}

/**
 * Expands per-sequence values to per-token values (each token of row i gets `v[i]`), or checks that a
 * per-token matrix matches the shape. Used for advantages, which TRL keeps per sequence and verl per token.
 */
export function broadcastToTokens(where: string, name: string, shape: TokenMatrix, v: SequenceOrTokenValues): TokenMatrix {
  if (!Array.isArray(v)) throw new ConfigError(`${where}: ${name} must be an array (one number a sequence, or one row a sequence)`);
  if (v.length !== shape.length) throw new ConfigError(`${where}: ${name} must have one entry per sequence (${shape.length}), got ${v.length}`);
  if (v.length > 0 && Array.isArray(v[0])) return checkSameShape(where, name, shape, v);
  const seq = v as readonly number[];
  for (let i = 0; i < seq.length; i++) {
    if (typeof seq[i] !== 'number') throw new ConfigError(`${where}: ${name}[${i}] must be a number, got ${JSON.stringify(seq[i])}`);
  }
  return shape.map((row, i) => new Array<number>(row.length).fill(seq[i]!));
}
