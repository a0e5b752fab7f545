/**
 * Typed errors of the Metamath kernel: where in a source file a database is malformed and why a proof fails,
 * each with a stable diagnostic code (MM-Exxx, listed in docs/metamath.md).
 */
import { MathgymError } from '../errors.js';

/** Where something is in a Metamath source file (1-based line and column). */
export interface SourceLocation {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** A Metamath database is malformed (tokens, declarations, scoping, file inclusion). Message starts with file:line:column. */
export class MetamathError extends MathgymError {
  readonly location: SourceLocation | undefined;
  constructor(message: string, location?: SourceLocation) {
    // quoted tokens are shortened: a malformed file's "token" may be a whole line of someone's data
    const short = message.replace(/`([^`]{61,})`/g, (_, t: string) => `\`${t.slice(0, 57)}…\``).slice(0, 1000);
    super(location ? `${location.path}:${location.line}:${location.column}: ${short}` : short, 'METAMATH');
    this.location = location;
  }
}
