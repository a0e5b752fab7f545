/**
 * Keeping evaluation problems out of training data: `exclude` lists evaluation sets by name (bundled
 * `math500`, `gsm8k`, ... or JSONL paths); `excludeIndex` loads them once into a DecontaminationIndex,
 * and generators (`generateExcluding`), MathQA and the procedural envs skip every problem it matches.
 * Loading is synchronous (evaluation sets are small) so an env's `reset` can use it.
 */
import { readFileSync, statSync } from 'node:fs';
import { ConfigError } from '../lib/errors.js';
import { DecontaminationIndex, type DecontaminateOptions } from './decontaminate.js';
import { checkConfig, generateItem, type GeneratorConfig, type TaskGenerator } from './generators/generator.js';
import { parseLine, resolveDataset } from './load.js';
import type { ProblemRecord } from './record.js';

/** An evaluation set must fit in memory as one string. */
const MAX_EXCLUDE_FILE_BYTES = 256 * 1024 * 1024;

const cache = new Map<string, DecontaminationIndex>();

/** Validates an `exclude` option: undefined, or an array of non-empty strings. @throws ConfigError */
export function checkExclude(owner: string, exclude: unknown): readonly string[] {
  if (exclude === undefined) return [];
  if (!Array.isArray(exclude) || exclude.some((x) => typeof x !== 'string' || x === '')) {
    throw new ConfigError(`${owner}: exclude must be an array of evaluation set names or JSONL paths (e.g. ["math500", "gsm8k"]), got ${JSON.stringify(exclude)}`);
  }
  return exclude as string[];
}

/** The records of an evaluation set, read synchronously; bad lines are skipped (they hold no problem to exclude). */
function referenceRecords(name: string): ProblemRecord[] {
  const { file, source } = resolveDataset(name);
  const size = statSync(file).size;
  if (size > MAX_EXCLUDE_FILE_BYTES) throw new ConfigError(`exclude: ${file} is ${size} bytes, over the ${MAX_EXCLUDE_FILE_BYTES}-byte limit for an evaluation set`);
  const out: ProblemRecord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return;
      const item = parseLine(i === 0 ? text.replace(/^\uFEFF/, '') : text, file, i + 1, source);
      if (item.ok) out.push({ ...item.record, id: `${name}:${item.record.id}` });
    });
  return out;
}

/** One index over all of `names` (cached per list and options). @throws ConfigError for an unknown set */
export function excludeIndex(names: readonly string[], opts: DecontaminateOptions = {}): DecontaminationIndex {
  const key = JSON.stringify([names, opts]);
  let index = cache.get(key);
  if (!index) {
    index = new DecontaminationIndex(
      names.flatMap((n) => referenceRecords(n)),
      opts,
    );
    cache.set(key, index);
  }
  return index;
}

/** How many draws past `size` `generateExcluding` may spend replacing excluded items, per item. */
const MAX_REDRAWS_PER_ITEM = 20;

/**
 * The family's virtual dataset with every item that matches an evaluation problem in `exclude`
 * replaced by the next unused index (items `size`, `size + 1`, ...): `size` clean items, still
 * deterministic. @throws ConfigError when the family keeps producing excluded problems.
 */
export function* generateExcluding(gen: TaskGenerator, config: Partial<GeneratorConfig>, exclude: readonly string[]): Generator<ProblemRecord> {
  const c = checkConfig(gen, config);
  const index = exclude.length > 0 ? excludeIndex(exclude) : undefined;
  let next = c.size;
  let redraws = 0;
  for (let i = 0; i < c.size; i++) {
    let item = generateItem(gen, c, i);
    while (index?.contains(item.problem)) {
      if (++redraws > MAX_REDRAWS_PER_ITEM * c.size) throw new ConfigError(`${gen.name}: too many generated problems match ${exclude.join(', ')}; cannot produce ${c.size} clean items`);
      item = generateItem(gen, c, next++);
    }
    yield item;
  }
}
