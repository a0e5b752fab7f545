/**
 * The unbiased pass@k estimator of Chen et al. 2021 ("Evaluating Large Language Models Trained on
 * Code"): from n samples of one problem, c of them correct, the probability that at least one of k
 * samples drawn without replacement is correct, 1 - C(n-c, k) / C(n, k). Computed as the product
 * 1 - prod_{i=n-c+1..n} (1 - k/i), which never forms the (huge) binomials.
 */
import { ConfigError } from '../errors.js';

/** pass@k of one problem. @throws ConfigError unless n, c, k are integers with 0 <= c <= n and 1 <= k <= n. */
export function passAtK(n: number, c: number, k: number): number {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(c) || !Number.isSafeInteger(k)) throw new ConfigError(`passAtK: n, c and k must be integers, got n=${n}, c=${c}, k=${k}`);
  if (k < 1 || k > n) throw new ConfigError(`passAtK: k must be in 1..n (n=${n} samples), got ${k}`);
  if (c < 0 || c > n) throw new ConfigError(`passAtK: c (correct samples) must be in 0..n (n=${n}), got ${c}`);
  // every draw of k samples contains a correct one
  if (n - c < k) return 1;
  let fail = 1;
  for (let i = n - c + 1; i <= n; i++) fail *= 1 - k / i;
  return 1 - fail;
}

/** Mean pass@k over problems, each given as its sample count n and correct count c. NaN for no problems. */
export function meanPassAtK(problems: readonly { readonly n: number; readonly c: number }[], k: number): number {
  if (problems.length === 0) return Number.NaN;
  return problems.reduce((a, p) => a + passAtK(p.n, p.c, k), 0) / problems.length;
}
