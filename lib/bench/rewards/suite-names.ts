/** Names of the labelled suites of the reward benchmark (in their own module so the CLI's help needs nothing else). */
export const SUITE_NAMES = ['peer', 'datasets', 'probes'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];
