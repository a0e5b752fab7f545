/**
 * Normalisation of the known JSONL formats to ProblemRecord. The format is recognised per line from
 * its fields; values are moved, never coerced from a wrong type (except AIME's numeric answers),
 * so that bad data still fails the schema with a precise path.
 *
 * | format           | recognised by                              | answer                          |
 * |------------------|--------------------------------------------|---------------------------------|
 * | record           | id, problem, answer, source, metadata      | as is                           |
 * | gsm8k            | question + answer containing `#### N`      | N, thousands commas removed     |
 * | math500          | problem + string answer (MATH-500, MATH12k) | as is                           |
 * | aime             | problem + numeric answer (AIME, AMC)       | String(answer)                  |
 * | math             | problem + solution, no answer (MATH)       | last \boxed{} of the solution   |
 * | question-answer  | question + answer                          | as is                           |
 */
import { lastBoxed } from './boxed.js';

export type SourceFormat = 'record' | 'gsm8k' | 'math500' | 'aime' | 'math' | 'question-answer' | 'unknown';

export interface NormalizeContext {
  /** Dataset name, used as `source` when the line has none. */
  readonly source: string;
  /** 1-based line number, used in generated ids. */
  readonly line: number;
}

export type Normalized =
  | { readonly ok: true; readonly format: SourceFormat; readonly record: unknown }
  | { readonly ok: false; readonly format: SourceFormat; readonly message: string; readonly schemaPath: string; readonly kind?: 'no-final-answer' };

type Raw = Record<string, unknown>;

const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const has = (r: Raw, ...keys: string[]): boolean => keys.every((k) => k in r);

export function detectFormat(raw: unknown): SourceFormat {
  if (!isObject(raw)) return 'unknown';
  if (has(raw, 'id', 'problem', 'answer', 'source', 'metadata')) return 'record';
  if (has(raw, 'question', 'answer') && typeof raw.answer === 'string' && /####/.test(raw.answer)) return 'gsm8k';
  if (has(raw, 'problem', 'answer')) return typeof raw.answer === 'number' ? 'aime' : 'math500';
  if (has(raw, 'problem', 'solution')) return 'math';
  if (has(raw, 'question', 'answer')) return 'question-answer';
  return 'unknown';
}

/** An id from the source's own id fields, else `<source>-<line>`. */
function idOf(raw: Raw, ctx: NormalizeContext): unknown {
  for (const key of ['id', 'unique_id']) {
    const v = raw[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  if (typeof raw.idx === 'number' || typeof raw.idx === 'string') return `${ctx.source}-${raw.idx}`;
  return `${ctx.source}-${ctx.line}`;
}

/** The fields not consumed, plus the format and line, as metadata. */
function metadataOf(raw: Raw, used: readonly string[], format: SourceFormat, ctx: NormalizeContext): Raw {
  const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !used.includes(k)));
  return { ...rest, format, line: ctx.line };
}

function build(raw: Raw, format: SourceFormat, ctx: NormalizeContext, fields: { problem: unknown; answer: unknown; solution?: unknown }, used: readonly string[]): Normalized {
  const record: Raw = {
    id: idOf(raw, ctx),
    problem: fields.problem,
    answer: fields.answer,
    source: typeof raw.source === 'string' && raw.source !== '' ? raw.source : ctx.source,
    metadata: metadataOf(raw, [...used, 'id', 'unique_id', 'idx', 'source'], format, ctx),
  };
  if (fields.solution !== undefined && fields.solution !== null) record.solution = fields.solution;
  return { ok: true, format, record };
}

/** GSM8K: "worked solution ... #### 1,234" → answer "1234". */
function gsm8kAnswer(text: string): string {
  const final = (text.split('####').pop() ?? '').trim();
  return /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(final) ? final.replace(/,/g, '') : final;
}

/**
 * A question/answer record whose answer is a worked solution (GSM8K's `<<48/2=24>>` calculator
 * annotations, or several lines) but has no `#### N`: taking it whole as the gold would make every
 * answer wrong, so it is reported instead.
 */
function looksLikeWorkedSolution(answer: unknown): boolean {
  return typeof answer === 'string' && (/<<[^<>]*=[^<>]*>>/.test(answer) || /\n/.test(answer.trim()));
}

const noFinalAnswer = (format: SourceFormat, message: string): Normalized => ({ ok: false, format, message, schemaPath: '#/properties/answer', kind: 'no-final-answer' });

export function normalizeRecord(raw: unknown, ctx: NormalizeContext): Normalized {
  const format = detectFormat(raw);
  if (!isObject(raw)) return { ok: true, format, record: raw };
  switch (format) {
    case 'record':
      return { ok: true, format, record: raw };
    case 'gsm8k':
      if (gsm8kAnswer(raw.answer as string) === '') return noFinalAnswer(format, 'GSM8K answer has nothing after "####"; the final answer must follow it, e.g. "#### 42"');
      return build(raw, format, ctx, { problem: raw.question, answer: gsm8kAnswer(raw.answer as string), solution: raw.answer }, ['question', 'answer']);
    case 'math500':
      return build(raw, format, ctx, { problem: raw.problem, answer: raw.answer, solution: raw.solution }, ['problem', 'answer', 'solution']);
    case 'aime':
      return build(raw, format, ctx, { problem: raw.problem, answer: Number.isFinite(raw.answer) ? String(raw.answer) : raw.answer, solution: raw.solution }, ['problem', 'answer', 'solution']);
    case 'math': {
      if (typeof raw.solution !== 'string') return build(raw, format, ctx, { problem: raw.problem, answer: undefined, solution: raw.solution }, ['problem', 'solution']);
      const answer = lastBoxed(raw.solution);
      if (answer === undefined || answer.trim() === '') {
        return { ok: false, format, message: 'no answer: the record has no "answer" and its solution has no \\boxed{...}', schemaPath: '#/required' };
      }
      return build(raw, format, ctx, { problem: raw.problem, answer: answer.trim(), solution: raw.solution }, ['problem', 'solution']);
    }
    case 'question-answer':
      if (looksLikeWorkedSolution(raw.answer)) {
        return noFinalAnswer(format, 'answer is a worked solution (GSM8K style: <<calc>> annotations or several lines) without a "#### N" final answer; end it with "#### <answer>" or give the final answer alone');
      }
      return build(raw, format, ctx, { problem: raw.question, answer: raw.answer, solution: raw.solution }, ['question', 'answer', 'solution']);
    case 'unknown':
      return { ok: true, format, record: raw };
  }
}
