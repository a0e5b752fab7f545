/**
 * Generic config validators: each throws a ConfigError that names where, which field, what it
 * expected and what it got (and, for an unknown key, the closest known one).
 */
import { closest } from 'fastest-levenshtein';
import { ConfigError } from '../errors.js';

/** Throws unless `value` is a finite number satisfying `ok`. */
export function checkNumber(where: string, name: string, value: unknown, ok: (n: number) => boolean, want: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new ConfigError(`${where}: ${name} must be ${want}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Throws unless `value` is a positive integer. */
export function checkPositiveInteger(where: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ConfigError(`${where}: ${name} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Throws on the first key of `obj` not in `known`, suggesting the closest known key (a misspelt option is not silently ignored). */
export function checkKnownKeys(where: string, obj: object, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const hint = known.length > 0 ? ` Did you mean ${JSON.stringify(closest(key, [...known]))}?` : '';
    throw new ConfigError(`${where}: unknown key ${JSON.stringify(key)}.${hint} Known keys: ${known.join(', ')}`);
  }
}
