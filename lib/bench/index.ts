/**
 * `mathgym/bench`: the benchmark harness as a library, apart from the flat public API of lib/index.ts
 * because only benchmark authors need it: the reward benchmark (suites, probes, baselines, metrics,
 * the HTML report) and the timing harness behind `mathgym bench`.
 */
export * from './rewards/index.js';
export { runBench, type BenchCase, type BenchOptions, type BenchResult } from './harness.js';
