/**
 * Central finite differences for the RL loss specs: perturbs one entry of a per-token matrix at a time by
 * ±h and compares (f(x+h) − f(x−h)) / 2h with the analytic gradient the loss returned.
 */
import { expect } from 'chai';

export type Matrix = number[][];

export function clone(m: readonly (readonly number[])[]): Matrix {
  return m.map((row) => row.slice());
}

/** Checks every entry of `grad` against central differences of `f` around `x`. */
export function expectGradientMatches(f: (x: Matrix) => number, x: readonly (readonly number[])[], grad: readonly (readonly number[])[], h = 1e-6, tol = 1e-7): void {
  expect(grad.length, 'gradient rows').to.equal(x.length);
  for (let i = 0; i < x.length; i++) {
    expect(grad[i]!.length, `gradient row ${i} length`).to.equal(x[i]!.length);
    for (let t = 0; t < x[i]!.length; t++) {
      const plus = clone(x);
      const minus = clone(x);
      plus[i]![t]! += h;
      minus[i]![t]! -= h;
      const numeric = (f(plus) - f(minus)) / (2 * h);
      const analytic = grad[i]![t]!;
      expect(Math.abs(numeric - analytic), `d/dx[${i}][${t}]: analytic ${analytic}, numeric ${numeric}`).to.be.at.most(tol * (1 + Math.abs(numeric)));
    }
  }
}

/** The same for a flat vector. */
export function expectVectorGradientMatches(f: (x: number[]) => number, x: readonly number[], grad: readonly number[], h = 1e-6, tol = 1e-7): void {
  expectGradientMatches((m) => f(m[0]!), [x.slice()], [grad.slice()], h, tol);
}
