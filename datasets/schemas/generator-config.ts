/** JSON schema (ajv) of a generator config: `{seed, size, difficulty}`; the difficulty's upper bound is per family. */
import type { SchemaObject } from 'ajv';

export const generatorConfigSchema: SchemaObject = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'GeneratorConfig',
  type: 'object',
  properties: {
    seed: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    size: { type: 'integer', minimum: 1 },
    difficulty: { type: 'integer', minimum: 1 },
  },
  additionalProperties: false,
};
