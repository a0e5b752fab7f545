/** The reward-function benchmark: labelled suites, reward-hacking probes, baselines, metrics, reports. */
export type { LabelledCase, Suite, RewardSpec, RewardMetrics, CaseResult, ProbeOutcome, RewardBenchReport } from './types.js';
export { exactMatch, normalizedMatch, numericMatch, baselineRewards } from './baselines.js';
export { EXPLOITS, probeCases, probeSuite } from './probes.js';
export { peerSuite, datasetSuite, loadSuites, rewritesOf, SUITE_NAMES, BUNDLED_BENCH_DATASETS } from './suites.js';
export { computeMetrics, percentile, accepts, isCorrect, ACCEPT_THRESHOLD } from './metrics.js';
export { benchmarkRewards, runCase, type BenchmarkRewardsOptions } from './run.js';
export { renderHtml, writeRewardReport, tableRows, exploitRows, chartLibrary, TABLE_HEADER } from './report.js';
