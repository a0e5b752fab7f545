/** The shared problem record every dataset is normalised to, and its validation against the JSON schema. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { problemRecordSchema } from './schemas/problem-record.js';

export interface ProblemRecord {
  /** Unique within its dataset (the source's own id when it has one). */
  readonly id: string;
  /** The problem statement, as given to the model. */
  readonly problem: string;
  /** The gold final answer (LaTeX or plain text), what the verifier compares with. */
  readonly answer: string;
  /** A worked solution, when the source has one. */
  readonly solution?: string;
  /** Dataset the record came from, e.g. `math500`, `gsm8k`. */
  readonly source: string;
  /** Source-specific fields (subject, level, the source format, the line number, ...). */
  readonly metadata: Readonly<Record<string, unknown>>;
}

export type RecordCheck =
  | { readonly ok: true; readonly record: ProblemRecord }
  | {
      readonly ok: false;
      /** "/answer must be string", for people. */
      readonly message: string;
      /** The schema keyword that failed, e.g. `#/properties/answer/type`. */
      readonly schemaPath: string;
      /** Where in the record, e.g. `/answer` ('' = the record itself). */
      readonly instancePath: string;
    };

let validator: ValidateFunction<ProblemRecord> | undefined;

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? 'record' : e.instancePath;
  const extra = e.keyword === 'additionalProperties' ? ` (${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)})` : '';
  return `${where} ${e.message ?? 'is invalid'}${extra}`;
}

/** Validates `x` against the ProblemRecord schema; reports the first failure with its schema path. */
export function checkRecord(x: unknown): RecordCheck {
  // compiled on first use: ajv's code generation costs a few ms
  validator ??= new Ajv({ allErrors: false, strict: true }).compile<ProblemRecord>(problemRecordSchema);
  if (validator(x)) return { ok: true, record: x };
  const e = validator.errors?.[0];
  if (!e) return { ok: false, message: 'record is invalid', schemaPath: '#', instancePath: '' };
  return { ok: false, message: describe(e), schemaPath: e.schemaPath, instancePath: e.instancePath };
}
