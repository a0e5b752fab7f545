/**
 * Exact polynomials in one variable over the rationals (fraction.js, bigint inside): just the
 * arithmetic the answer-form checks need (sum, product, power, Euclid's gcd). A polynomial is its
 * coefficient list, constant term first, with no trailing zeros; the zero polynomial is [].
 *
 * Hand-written rather than nerdamer/mathjs: neither exposes an exact polynomial gcd over Q on plain
 * coefficient lists (mathjs has none; nerdamer's gcd works on its own expression objects with
 * floating-point fallbacks), and these 60 lines are exact, bounded and dependency-free.
 */
import Fraction from 'fraction.js';

export type QPoly = readonly Fraction[];

/**
 * Degrees and exponents above this are refused by the form checks, so work stays bounded on
 * adversarial input (`2^{999999}`, a degree-500 gcd); the generated problems stay below 8.
 */
export const MAX_DEGREE = 32;

export function qTrim(p: readonly Fraction[]): Fraction[] {
  const out = [...p];
  while (out.length > 0 && (out[out.length - 1] as Fraction).equals(0)) out.pop();
  return out;
}

export const qFromInts = (c: readonly (number | bigint)[]): Fraction[] => qTrim(c.map((k) => new Fraction(k)));
export const qConst = (c: Fraction | number): QPoly => qTrim([new Fraction(c)]);
export const qDegree = (p: QPoly): number => p.length - 1; // -1 for the zero polynomial
export const qLead = (p: QPoly): Fraction => p[p.length - 1] ?? new Fraction(0);

export function qAdd(p: QPoly, q: QPoly, k: Fraction | number = 1): Fraction[] {
  const out = Array.from({ length: Math.max(p.length, q.length) }, (_, i) => (p[i] ?? new Fraction(0)).add((q[i] ?? new Fraction(0)).mul(k)));
  return qTrim(out);
}

export function qMul(p: QPoly, q: QPoly): Fraction[] {
  if (p.length === 0 || q.length === 0) return [];
  const out = Array.from({ length: p.length + q.length - 1 }, () => new Fraction(0));
  p.forEach((a, i) => q.forEach((b, j) => (out[i + j] = (out[i + j] as Fraction).add(a.mul(b)))));
  return qTrim(out);
}

export function qScale(p: QPoly, k: Fraction | number): Fraction[] {
  return qTrim(p.map((c) => c.mul(k)));
}

export function qPow(p: QPoly, n: number): Fraction[] {
  let out: Fraction[] = [new Fraction(1)];
  for (let i = 0; i < n; i++) out = qMul(out, p);
  return out;
}

export function qEquals(p: QPoly, q: QPoly): boolean {
  return p.length === q.length && p.every((c, i) => c.equals(q[i] as Fraction));
}

/** Remainder of p divided by a non-zero d. */
function qRem(p: QPoly, d: QPoly): Fraction[] {
  let r = [...p];
  const lead = qLead(d);
  while (r.length >= d.length && r.length > 0) {
    const k = qLead(r).div(lead);
    const shift = r.length - d.length;
    r = qTrim(r.map((c, i) => (i >= shift ? c.sub(k.mul(d[i - shift] as Fraction)) : c)));
  }
  return r;
}

/** The monic gcd over Q (Euclid); [] when both are zero. */
export function qGcd(p: QPoly, q: QPoly): Fraction[] {
  let [a, b] = [qTrim(p), qTrim(q)];
  while (b.length > 0) [a, b] = [b, qRem(a, b)];
  return a.length === 0 ? a : qScale(a, qLead(a).inverse());
}

/** Coefficients as integers when all are integers, else undefined. */
export function qIntegers(p: QPoly): bigint[] | undefined {
  if (!p.every((c) => c.d === 1n)) return undefined;
  return p.map((c) => c.n * c.s);
}
