/**
 * Procedural task generators, reasoning-gym style. A generator is a pure function from (seed, index,
 * difficulty) to a ProblemRecord, so a dataset is virtual: item i of (seed, size, difficulty) is the
 * same on every machine, and items can be drawn in any order. Each family also judges an answer to
 * one of its items (`scoreAnswer`, a Verdict; score.ts's judgeAnswer is the one entry to it).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { ConfigError } from '../../lib/errors.js';
import { generatorConfigSchema } from '../schemas/generator-config.js';
import { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';

export interface TaskGenerator {
  /** snake_case family name, e.g. `linear_equations`; also the record's `source`. */
  readonly name: string;
  /** PascalCase environment name: the family is registered as `mathgym/<envName>-v0`. */
  readonly envName: string;
  readonly description: string;
  /** What each difficulty level means, index 0 = difficulty 1. */
  readonly levels: readonly string[];
  /** Item `index` at `difficulty`, drawing only from `rng` (already seeded for this item). */
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord;
  /**
   * The judgement of `answer` (an already extracted answer string, or a completion) to `entry`: a
   * Verdict (rule, reason, what was read). A bare reward in [0, 1] is still accepted from a family
   * that has no reader of its own and is reported as a `stated-form` verdict. Call it through
   * judgeAnswer (score.ts), which also refuses copies of the question.
   */
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict | number;
}

export interface GeneratorConfig {
  readonly seed: number;
  /** Number of items (a virtual dataset: items are made on demand). */
  readonly size: number;
  /** 1 .. generator.levels.length */
  readonly difficulty: number;
}

let validateSchema: ValidateFunction | undefined;

/** Validates a config for `gen` (the ajv schema, then the family's difficulty range); throws ConfigError saying what to fix. */
export function checkConfig(gen: TaskGenerator, config: Partial<GeneratorConfig>): GeneratorConfig {
  validateSchema ??= new Ajv({ allErrors: false }).compile(generatorConfigSchema);
  if (!validateSchema(config)) {
    const e = validateSchema.errors?.[0];
    throw new ConfigError(`${gen.name}: config ${e?.instancePath || ''} ${e?.message ?? 'is invalid'} (schema ${e?.schemaPath}); expected {seed, size, difficulty} with non-negative integers`);
  }
  const seed = config.seed ?? 0;
  const size = config.size ?? 500;
  const difficulty = config.difficulty ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new ConfigError(`${gen.name}: seed must be a non-negative integer, got ${JSON.stringify(config.seed)}`);
  if (!Number.isSafeInteger(size) || size < 1) throw new ConfigError(`${gen.name}: size must be a positive integer, got ${JSON.stringify(config.size)}`);
  if (!Number.isInteger(difficulty) || difficulty < 1 || difficulty > gen.levels.length) {
    throw new ConfigError(`${gen.name}: difficulty must be an integer in 1..${gen.levels.length}, got ${JSON.stringify(config.difficulty)}`);
  }
  return { seed, size, difficulty };
}

function mix32(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The generator for item `index` of a dataset seeded `seed` at `difficulty`: independent of every
 * other item, and of the same item at another difficulty (otherwise levels share draws and so
 * answers: linear_equations d1 and d2 had the same solution for every index). The triple is hashed
 * (not added), so none aliases another: seed 1 item 0 is not seed 0 item 1000003.
 */
export function itemRng(seed: number, index: number, difficulty: number): Rng {
  const level = mix32((Math.imul(difficulty, 0x27d4eb2f) + 0x165667b1) >>> 0);
  const hi = mix32(Math.floor(seed / 2 ** 32) ^ mix32((index + 0x9e3779b9) >>> 0) ^ level);
  const lo = mix32((seed >>> 0) ^ mix32((hi ^ index) >>> 0));
  return Rng.fromSeed((hi & 0x1fffff) * 2 ** 32 + lo);
}

/** Item `index` of the virtual dataset (seed, difficulty). */
/**
 * An item of `gen` at `difficulty` drawn from the stream `rng` (an index, then a fresh item stream
 * seeded from it): how environments and the trainer's demonstrations draw, so the same stream gives
 * the same items.
 */
export function drawItem(gen: TaskGenerator, rng: Rng, difficulty: number): ProblemRecord {
  const index = rng.integer(0, 2 ** 31 - 1);
  return gen.generate(itemRng(rng.spawnSeed(), index, difficulty), difficulty, index);
}

export function generateItem(gen: TaskGenerator, config: GeneratorConfig, index: number): ProblemRecord {
  return gen.generate(itemRng(config.seed, index, config.difficulty), config.difficulty, index);
}

/**
 * True when `answer` is one of the numbers written in `question`: such an item pays a policy that
 * copies a number from the question (C(n, 1) = n, gcd(6, 12) = 6, d/dx(4x) = 4), so the families
 * whose answers are numbers redraw it.
 */
export function answerInQuestion(question: string, answer: string): boolean {
  return (question.match(/-?\d+(?:\/\d+)?/g) ?? ([] as string[])).includes(answer.trim());
}

/** Redraws made before an item whose answer is in its question is kept anyway (bounded work). */
export const MAX_REDRAWS = 100;

/** All `size` items, in order. */
export function* generateDataset(gen: TaskGenerator, config: Partial<GeneratorConfig>): Generator<ProblemRecord> {
  const c = checkConfig(gen, config);
  for (let i = 0; i < c.size; i++) yield generateItem(gen, c, i);
}
