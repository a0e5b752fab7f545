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

/**
 * The diagnostic codes: one per kind of failure, stable across releases (a new kind gets a new code;
 * a code is never reused), so scripts and tests can match on them. MM-E0xx: the database is malformed
 * (MetamathError, the file is refused); MM-E1xx: a proof fails (VerifyFailure, the rest still verifies).
 * Each message ends with its code in brackets; `error.code` and `failure.code` (and --json) carry it.
 */
export const MM_CODES = {
  'MM-E001': 'a file cannot be read (the database or a `$[ $]` inclusion)',
  'MM-E002': 'a comment `$(` is never closed',
  'MM-E003': 'a malformed file inclusion `$[ file $]`',
  'MM-E004': 'an invalid math symbol (not printable ASCII, or contains `$`)',
  'MM-E005': 'a name used both as a label and as a math symbol',
  'MM-E006': 'the database ends inside a statement or a proof',
  'MM-E007': 'unbalanced or misplaced blocks (`$}` without `${`, an unclosed `${`, `$c` inside a block)',
  'MM-E008': 'a malformed statement start (unexpected token, invalid or reused label, wrong keyword after a label)',
  'MM-E009': 'a redeclared symbol (constant twice, constant as variable, variable while active)',
  'MM-E010': 'an undeclared or inactive math symbol',
  'MM-E011': 'a malformed $d statement (inactive, repeated or fewer than two variables)',
  'MM-E012': 'a malformed $f/$e/$a/$p statement (no proof, typecode not a constant, $f shape, variable without $f)',
  'MM-E013': 'a compressed proof without its closing `)`',
  'MM-E101': 'the label is not a $p statement',
  'MM-E102': 'a proof step names a label that is not defined, or not active, at this theorem',
  'MM-E103': 'a malformed compressed proof (label list, step number, `Z`, `?`, characters)',
  'MM-E104': 'stack underflow: an assertion needs more hypotheses than the stack holds',
  'MM-E105': 'a hypothesis does not match the stack entry (typecode or expression)',
  'MM-E106': 'a disjoint-variable ($d) condition is violated',
  'MM-E107': 'the proof does not end with exactly one stack entry',
  'MM-E108': 'the proof proves a different statement',
  'MM-E109': 'an assertion with unknown (`?`) hypotheses cannot be unified with the known ones',
} as const;

export type MmCode = keyof typeof MM_CODES;

/** `message [MM-Exxx]`: how every Metamath diagnostic ends. */
export function withCode(message: string, code: MmCode): string {
  return `${message} [${code}]`;
}

/** A Metamath database is malformed (tokens, declarations, scoping, file inclusion). Message: `file:line:column: what [MM-E0xx]`. */
export class MetamathError extends MathgymError {
  readonly location: SourceLocation | undefined;
  /** The message without its location and code. */
  readonly detail: string;
  constructor(message: string, location: SourceLocation | undefined, code: MmCode) {
    // quoted tokens are shortened: a malformed file's "token" may be a whole line of someone's data
    const short = message.replace(/`([^`]{61,})`/g, (_, t: string) => `\`${t.slice(0, 57)}…\``).slice(0, 1000);
    super(withCode(location ? `${location.path}:${location.line}:${location.column}: ${short}` : short, code), code);
    this.location = location;
    this.detail = short;
  }
}
