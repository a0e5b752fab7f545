/** Datasets shipped inside the package (datasets/data/<name>/<split>.jsonl); provenance in datasets/README.md. */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../lib/paths.js';

export interface BundledDataset {
  readonly name: string;
  readonly splits: readonly string[];
  readonly defaultSplit: string;
  readonly description: string;
  /** SPDX id of the data's license (the LICENSE file sits beside the data). */
  readonly license: string;
}

export const BUNDLED_DATASETS: Readonly<Record<string, BundledDataset>> = {
  math500: { name: 'math500', splits: ['test'], defaultSplit: 'test', description: 'MATH-500 (PRM800K test split of Hendrycks MATH): 500 problems with answers', license: 'MIT' },
  gsm8k: { name: 'gsm8k', splits: ['test'], defaultSplit: 'test', description: 'GSM8K test: 1319 grade-school word problems, answers after "####"', license: 'MIT' },
  aime24: { name: 'aime24', splits: ['test'], defaultSplit: 'test', description: 'AIME 2024 I and II: 30 problems, integer answers, with solutions', license: 'MIT' },
  aime25: { name: 'aime25', splits: ['test'], defaultSplit: 'test', description: 'AIME 2025 I and II: 30 problems, integer answers', license: 'Apache-2.0' },
  amc23: { name: 'amc23', splits: ['test'], defaultSplit: 'test', description: 'AMC 2023: 40 problems, numeric answers', license: 'MIT' },
};

/** Folder of the bundled data, valid from source and from dist/. */
export const BUNDLED_DATA_DIR = join(PACKAGE_ROOT, 'datasets', 'data');

export function bundledPath(name: string, split: string): string {
  return join(BUNDLED_DATA_DIR, name, `${split}.jsonl`);
}
