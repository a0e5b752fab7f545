/**
 * The Metamath data model shared by parser, verifier and prover: symbols, statements, frames (mandatory
 * hypotheses and $d conditions), proofs and the Database interface.
 */
import type { SourceLocation } from './errors.js';

export type StatementKind = 'f' | 'e' | 'a' | 'p';

/** Mandatory hypotheses and disjoint-variable conditions of an assertion. */
export interface Frame {
  /** All mandatory hypotheses ($f and $e) in database order: the order they are popped from the proof stack. */
  readonly hyps: readonly Statement[];
  /** Mandatory $f hypotheses, database order. */
  readonly floating: readonly Statement[];
  /** $e hypotheses, database order. */
  readonly essential: readonly Statement[];
  /** Mandatory disjoint-variable pairs, flat [x0, y0, x1, y1, ...] of symbol ids with x < y. */
  readonly dv: Int32Array;
}

export type Proof =
  | { readonly kind: 'normal'; readonly steps: readonly string[] }
  | { readonly kind: 'compressed'; readonly labels: readonly string[]; readonly letters: string };

export interface Statement {
  readonly label: string;
  readonly kind: StatementKind;
  /** Position among labeled statements (0-based); a label is usable in a proof of statement k only if index < k. */
  readonly index: number;
  /** Symbol ids, typecode first. */
  readonly expr: Int32Array;
  /** Source file index (Database.files) and character offset of the label token. */
  readonly file: number;
  readonly offset: number;
  /** Hypotheses: index of the first statement after their block closed (Infinity while never closed). Assertions: Infinity. */
  activeUntil: number;
  /** Assertions only. */
  readonly frame?: Frame;
  /** $p only. */
  readonly proof?: Proof;
  /** $p only: every $d pair active at the theorem (mandatory or not), as keys `dvKey(x, y)`. */
  readonly dvAll?: readonly number[];
}

export interface Database {
  /** Symbol names by id. */
  readonly symbols: readonly string[];
  readonly symbolIds: ReadonlyMap<string, number>;
  /** 1 where the symbol id is a variable, 0 for constants. */
  readonly isVariable: Uint8Array;
  /** Labeled statements in database order. */
  readonly statements: readonly Statement[];
  /** Label → statement (labels are globally unique). */
  readonly labels: ReadonlyMap<string, Statement>;
  /** Source file paths, by index. */
  readonly files: readonly string[];
  /** File, line and column of a statement's label. */
  locate(stmt: Statement): SourceLocation;
  /** Symbols of an expression, space-separated. */
  format(expr: ArrayLike<number>): string;
}

/** Key of an unordered variable pair (x ≠ y) for $d sets. */
export function dvKey(x: number, y: number): number {
  return x < y ? x * 0x200000 + y : y * 0x200000 + x;
}
