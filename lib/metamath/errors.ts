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
    super(location ? `${location.path}:${location.line}:${location.column}: ${message}` : message, 'METAMATH');
    this.location = location;
  }
}
