/** The unknown-keyword check every built-in env's constructor starts with. */
import { ConfigError } from '../errors.js';

/** @throws ConfigError naming the unknown keys and the accepted ones, e.g. a misspelt `dificulty`. */
export function checkKnownOptions(where: string, kwargs: object, allowed: readonly string[]): void {
  const unknown = Object.keys(kwargs).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) throw new ConfigError(`${where}: unknown option(s) ${unknown.map((k) => JSON.stringify(k)).join(', ')}; expected some of ${allowed.join(', ')}`);
}
