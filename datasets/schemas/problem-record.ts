/**
 * JSON schema (draft-07, ajv) of a ProblemRecord. `problem-record.schema.json` beside this file is the
 * same schema for other tools; a test keeps the two identical. (Not typed with ajv's JSONSchemaType:
 * that type would force `nullable: true` on the optional `solution`, and a null solution is invalid.)
 */
import type { SchemaObject } from 'ajv';

export const problemRecordSchema: SchemaObject = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'ProblemRecord',
  description: 'One math problem with its gold answer, the record every mathgym dataset is normalised to.',
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1 },
    problem: { type: 'string', minLength: 1 },
    answer: { type: 'string', minLength: 1 },
    solution: { type: 'string' },
    source: { type: 'string', minLength: 1 },
    metadata: { type: 'object' },
  },
  required: ['id', 'problem', 'answer', 'source', 'metadata'],
  additionalProperties: false,
};
