/**
 * Exact numbers c·√s (c rational, s a square-free positive integer, 1 for a rational): closed under
 * products and quotients, which is all the trigonometry and geometry golds need; `surdTex` writes
 * them in the simplest radical form that answer-form.ts `simplestRadical` accepts.
 */
import Fraction from 'fraction.js';

export interface Surd {
  readonly c: Fraction;
  readonly s: number;
}

export const gcdInt = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcdInt(b, a % b));
export const rat = (n: number, d = 1): Surd => ({ c: new Fraction(n, d), s: 1 });
export const neg = (x: Surd): Surd => ({ c: x.c.neg(), s: x.s });
export const isZero = (x: Surd): boolean => x.c.equals(0);
export const surdEq = (x: Surd, y: Surd): boolean => x.s === y.s && x.c.equals(y.c);
export const surdValue = (x: Surd): number => x.c.valueOf() * Math.sqrt(x.s);
/** x², a rational. */
export const sq = (x: Surd): Fraction => x.c.mul(x.c).mul(x.s);

/** √n (n >= 0 an integer) in simplest form. */
export function sqrtOf(n: number): Surd {
  let k = 1;
  for (let i = 2; i * i <= n; i++) if (n % (i * i) === 0) k = i;
  return n === 0 ? rat(0) : { c: new Fraction(k), s: n / (k * k) };
}

export function mul(x: Surd, y: Surd): Surd {
  const g = gcdInt(x.s, y.s);
  return { c: x.c.mul(y.c).mul(g), s: (x.s / g) * (y.s / g) };
}

/** x / y for a non-zero y: the denominator rationalised. */
export const div = (x: Surd, y: Surd): Surd => mul(x, { c: y.c.inverse().div(y.s), s: y.s });

/** `-\frac{2\sqrt{6}}{5}`, `\frac{3}{4}`, `\sqrt{3}`, `7`. */
export function surdTex(x: Surd): string {
  const sign = x.c.s < 0n ? '-' : '';
  const [n, d] = [x.c.n, x.c.d];
  if (x.s === 1) return d === 1n ? `${sign}${n}` : `${sign}\\frac{${n}}{${d}}`;
  const top = `${n === 1n ? '' : n}\\sqrt{${x.s}}`;
  return d === 1n ? `${sign}${top}` : `${sign}\\frac{${top}}{${d}}`;
}
