/** Shape helpers and the one error an op throws when its inputs do not fit together. */
import { MathgymError } from '../errors.js';

/** Tensor shapes passed to an op do not fit together (or a tensor's data does not match its shape). */
export class ShapeError extends MathgymError {
  /** The op that rejected its inputs, e.g. 'matmul'. */
  readonly op: string;
  /** The shapes it was given, in argument order. */
  readonly shapes: readonly (readonly number[])[];
  constructor(op: string, shapes: readonly (readonly number[])[], expected: string) {
    super(`${op}: got shapes ${shapes.map(fmt).join(', ')}; ${expected}`, 'SHAPE');
    this.op = op;
    this.shapes = shapes;
  }
}

/** `[2,3]` for messages. */
export function fmt(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/** Throws unless every dim is a non-negative integer. */
export function assertShape(op: string, shape: readonly number[]): void {
  if (!shape.every((d) => Number.isInteger(d) && d >= 0)) throw new ShapeError(op, [shape], 'dims must be non-negative integers');
}

/** Number of elements of a shape ([] is a scalar: 1). */
export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** True when `suffix` equals the trailing dims of `shape` (the bias-broadcast rule). */
export function isSuffix(suffix: readonly number[], shape: readonly number[]): boolean {
  const off = shape.length - suffix.length;
  return off >= 0 && suffix.every((d, i) => d === shape[off + i]);
}

/** The last dim, and how many rows of it there are; rank-0 input is rejected for row ops. */
export function rows(op: string, shape: readonly number[]): { rows: number; cols: number } {
  if (shape.length === 0) throw new ShapeError(op, [shape], 'expected at least one dimension (the op works on the last)');
  const cols = shape[shape.length - 1];
  return { rows: cols === 0 ? 0 : numel(shape) / cols, cols };
}
