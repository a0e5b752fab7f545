/**
 * Exact integer functions on bigint for the calculator's exact tier (exact-math.ts): primality,
 * integer roots, factorials and binomials. mathjs has these for doubles only (or by trial division
 * for bigint), which is where `isPrime(2^61 - 1)` came out false.
 */
import { modPow } from '../../lib/core/bigint.js';

/** Largest bit length an exact intermediate may have (about 300,000 decimal digits). */
export const MAX_EXACT_BITS = 1_000_000;

/** An exact value would exceed MAX_EXACT_BITS; the calculator reports it as RESULT_TOO_LARGE. */
export class TooLargeError extends Error {}

export function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}

/** log2 |n| (n != 0), to double precision. */
export function log2(n: bigint): number {
  const m = n < 0n ? -n : n;
  const shift = Math.max(0, bitLength(m) - 53);
  return Math.log2(Number(m >> BigInt(shift))) + shift;
}

export function checkBits(bits: number, what: string): void {
  if (!(bits <= MAX_EXACT_BITS)) {
    throw new TooLargeError(`${what} would have about ${Math.round(bits * Math.LOG10E * Math.LN2).toLocaleString('en-US')} digits, over the limit of ${Math.round(MAX_EXACT_BITS * Math.LOG10E * Math.LN2).toLocaleString('en-US')} for exact arithmetic`);
  }
}


/** Strong probable-prime test to base a (n odd, n > a). */
function strongProbablePrime(n: bigint, a: bigint): boolean {
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s += 1;
  }
  let x = modPow(a, d, n);
  if (x === 1n || x === n - 1n) return true;
  for (let r = 1; r < s; r++) {
    x = (x * x) % n;
    if (x === n - 1n) return true;
  }
  return false;
}

function jacobi(a: bigint, n: bigint): number {
  let x = ((a % n) + n) % n;
  let m = n;
  let result = 1;
  while (x !== 0n) {
    while ((x & 1n) === 0n) {
      x >>= 1n;
      const r = m % 8n;
      if (r === 3n || r === 5n) result = -result;
    }
    [x, m] = [m, x];
    if (x % 4n === 3n && m % 4n === 3n) result = -result;
    x %= m;
  }
  return m === 1n ? result : 0;
}

/** Strong Lucas probable-prime test with Selfridge's parameters (n odd, not a square). */
function strongLucasProbablePrime(n: bigint): boolean {
  let D = 5n;
  while (jacobi(D, n) !== -1) D = D > 0n ? -(D + 2n) : -D + 2n;
  const P = 1n;
  const Q = (1n - D) / 4n;
  const mod = (x: bigint): bigint => ((x % n) + n) % n;
  const half = (x: bigint): bigint => mod((x & 1n) === 0n ? x / 2n : (x + n) / 2n);
  let d = n + 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s += 1;
  }
  let U = 1n;
  let V = P;
  let Qk = mod(Q);
  for (const bit of d.toString(2).slice(1)) {
    U = mod(U * V);
    V = mod(V * V - 2n * Qk);
    Qk = mod(Qk * Qk);
    if (bit === '1') {
      [U, V] = [half(P * U + V), half(D * U + P * V)];
      Qk = mod(Qk * Q);
    }
  }
  if (U === 0n || V === 0n) return true;
  for (let r = 1; r < s; r++) {
    V = mod(V * V - 2n * Qk);
    Qk = mod(Qk * Qk);
    if (V === 0n) return true;
  }
  return false;
}

const SMALL_PRIMES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n];
/** Below this bound Miller-Rabin with the 13 primes above is deterministic (Sorenson and Webster, 2015). */
const MR_DETERMINISTIC_BOUND = 3317044064679887385961981n;

/**
 * Primality: exact below 3.3e24 (deterministic Miller-Rabin); above, Baillie-PSW, which has no known
 * counterexample (none below 2^64, where it has been checked exhaustively).
 */
export function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  for (const p of SMALL_PRIMES) {
    if (n === p) return true;
    if (n % p === 0n) return false;
  }
  if (n < MR_DETERMINISTIC_BOUND) return SMALL_PRIMES.every((a) => strongProbablePrime(n, a));
  return bailliePSW(n);
}

/** The Baillie-PSW test on its own (n odd, > 41): exported so tests can check it on small n too. */
export function bailliePSW(n: bigint): boolean {
  if (!strongProbablePrime(n, 2n)) return false;
  const r = iroot(n, 2n);
  if (r * r === n) return false;
  return strongLucasProbablePrime(n);
}

/** floor(n^(1/k)) for n >= 0, k >= 1 (Newton's method). */
export function iroot(n: bigint, k: bigint): bigint {
  if (n < 2n || k === 1n) return n;
  const K = Number(k);
  // start above the root: 2^ceil(bits/k)
  let x = 1n << BigInt(Math.ceil(bitLength(n) / K));
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

/** The exact k-th root of n >= 0 when n is a perfect k-th power, else undefined. */
export function exactRoot(n: bigint, k: bigint): bigint | undefined {
  const r = iroot(n, k);
  return r ** k === n ? r : undefined;
}

function product(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 8n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) / 2n;
  return product(lo, mid) * product(mid + 1n, hi);
}

/** log2(n!) by Stirling, good to a bit or two (only used against the size limit). */
function log2Factorial(n: number): number {
  if (n < 2) return 0;
  return (n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)) / Math.LN2;
}

export function factorial(n: bigint): bigint {
  checkBits(log2Factorial(Number(n)), `${n}!`);
  return n < 2n ? 1n : product(2n, n);
}

/** n choose k for 0 <= k <= n. */
export function binomial(n: bigint, k: bigint): bigint {
  const j = k < n - k ? k : n - k;
  if (j < 0n) return 0n;
  const N = Number(n);
  const J = Number(j);
  checkBits(log2Factorial(N) - log2Factorial(J) - log2Factorial(N - J), `combinations(${n}, ${k})`);
  return j === 0n ? 1n : product(n - j + 1n, n) / product(1n, j);
}

/** n! / (n-k)! for 0 <= k <= n. */
export function fallingFactorial(n: bigint, k: bigint): bigint {
  checkBits(log2Factorial(Number(n)) - log2Factorial(Number(n - k)), `permutations(${n}, ${k})`);
  return k === 0n ? 1n : product(n - k + 1n, n);
}
