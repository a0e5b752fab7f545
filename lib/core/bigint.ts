/** Exact integer helpers on bigint, shared by the generators, the calculator and the red team. */

/** Greatest common divisor, always >= 0 (gcd(0, 0) = 0). */
export function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** base^exp mod m for exp >= 0, m >= 1, by square-and-multiply (1 mod 1 is 0). */
export function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let r = 1n % m;
  let x = base % m;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * x) % m;
    x = (x * x) % m;
  }
  return r;
}
