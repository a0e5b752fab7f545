/**
 * The one place an env's keyword options are checked for unknown keys: every built-in env's constructor
 * starts with `checkKnownOptions`, so a misspelt option is a ConfigError that names the key, suggests the
 * closest accepted one, and lists them all, never an option silently ignored.
 */
import { closest, distance } from 'fastest-levenshtein';
import { ConfigError } from '../errors.js';

/** The accepted key a misspelt one most likely meant, when it is close enough to be a slip. */
function didYouMean(key: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const best = closest(key, [...allowed]);
  const lower = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
  if (lower) return lower;
  return distance(key, best) <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** @throws ConfigError naming the unknown keys, the accepted ones, and for each slip what was meant, e.g. `dificulty` -> `difficulty`. */
export function checkKnownOptions(where: string, kwargs: object, allowed: readonly string[]): void {
  const unknown = Object.keys(kwargs).filter((k) => !allowed.includes(k));
  if (unknown.length === 0) return;
  const hints = unknown.flatMap((k) => {
    const m = didYouMean(k, allowed);
    return m ? [`${JSON.stringify(k)} -> ${JSON.stringify(m)}`] : [];
  });
  throw new ConfigError(
    `${where}: unknown option(s) ${unknown.map((k) => JSON.stringify(k)).join(', ')}${hints.length ? ` (did you mean ${hints.join(', ')}?)` : ''}; expected some of ${allowed.join(', ')}`,
  );
}
