/**
 * `mathgym score <file.jsonl>`: scores a file of model completions against gold answers with a registered reward,
 * and prints a summary (accuracy, malformed lines) or per-line JSON.
 */
import { createReadStream, createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { Verifier } from '../../verify/sandbox.js';
import { DEFAULT_WORK_BUDGET } from '../../verify/budget.js';
import { DEFAULT_MAX_INPUT_LENGTH, type Verdict, type VerifyErrorCode } from '../../verify/types.js';
import { formatTable, parseIntOption, printJson, progressBar } from '../util.js';

export interface ScoreOptions {
  readonly goldField: string;
  readonly predField: string;
  readonly idField: string;
  /** Sandbox worker threads; 0 = in-process. */
  readonly workers: number;
  readonly timeoutMs: number;
  /** Longest gold or prediction verified, characters (default 1 MiB); longer ones get INPUT_TOO_LARGE. */
  readonly maxInputLength?: number;
  /** Steps of work per verification (default DEFAULT_WORK_BUDGET); past it WORK_BUDGET. */
  readonly workBudget?: number;
  /** Where to write one JSON result per input line. */
  readonly out?: string;
  readonly onLine?: () => void;
}

/** One line of --out. `correct` is null when the line was malformed or the verifier failed. */
export interface ScoreResult {
  readonly line: number;
  readonly id?: unknown;
  readonly correct: boolean | null;
  readonly rule: string | null;
  readonly reason: string;
  readonly error: { readonly code: VerifyErrorCode | 'MALFORMED'; readonly message: string } | null;
  readonly timeMs: number | null;
}

export interface MalformedLine {
  readonly line: number;
  readonly message: string;
}

export interface ScoreSummary {
  /** Lines read (each one has a result). */
  readonly total: number;
  readonly correct: number;
  readonly wrong: number;
  /** Lines the verifier could not decide, by error code. */
  readonly verifierErrors: Readonly<Partial<Record<VerifyErrorCode, number>>>;
  readonly malformed: number;
  /** correct / (total − malformed): undecided lines count as not correct. */
  readonly accuracy: number;
  /** Mean verification wall time over verified lines, ms. */
  readonly meanMs: number;
}

type Parsed = { readonly ok: true; readonly id?: unknown; readonly gold: string; readonly pred: string } | { readonly ok: false; readonly id?: unknown; readonly message: string };

function parseScoreLine(text: string, opts: ScoreOptions): Parsed {
  if (text.trim() === '') return { ok: false, message: 'empty line' };
  let row: unknown;
  try {
    row = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return { ok: false, message: 'not a JSON object' };
  const r = row as Record<string, unknown>;
  const id = r[opts.idField];
  const field = (name: string): string | undefined => {
    const v = r[name];
    return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
  };
  const gold = field(opts.goldField);
  const pred = field(opts.predField);
  if (gold === undefined) return { ok: false, id, message: `field ${JSON.stringify(opts.goldField)} is missing or not a string (see --gold-field)` };
  if (pred === undefined) return { ok: false, id, message: `field ${JSON.stringify(opts.predField)} is missing or not a string (see --pred-field)` };
  return { ok: true, id, gold, pred };
}

function toResult(line: number, id: unknown, v: Verdict): ScoreResult {
  return {
    line,
    ...(id === undefined ? {} : { id }),
    correct: v.error ? null : v.correct,
    rule: v.rule,
    reason: v.reason,
    error: v.error ? { code: v.error.code, message: v.error.message } : null,
    timeMs: v.timeMs,
  };
}

/** Counts lines without holding the file, for the progress bar. */
async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = '\n';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' }) as AsyncIterable<string>) {
    for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) n++;
    if (chunk.length > 0) last = chunk[chunk.length - 1] as string;
  }
  return last === '\n' ? n : n + 1;
}

async function write(out: WriteStream | undefined, results: readonly ScoreResult[]): Promise<void> {
  if (!out || results.length === 0) return;
  if (!out.write(results.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(out, 'drain');
}

/**
 * Scores a JSONL file of {gold, pred} rows, line by line in bounded batches (constant memory, results in
 * input order). Every line gets a result; malformed lines are counted and listed, never skipped.
 */
export async function scoreFile(file: string, opts: ScoreOptions): Promise<{ summary: ScoreSummary; malformed: MalformedLine[] }> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigError(`no such file: ${file}`);
  const verifier = new Verifier({ workers: opts.workers, timeoutMs: opts.timeoutMs, ...(opts.maxInputLength ? { maxInputLength: opts.maxInputLength } : {}) });
  const out = opts.out ? createWriteStream(opts.out) : undefined;
  const batchSize = Math.max(1, opts.workers) * 16;
  const malformed: MalformedLine[] = [];
  const errors: Partial<Record<VerifyErrorCode, number>> = {};
  let total = 0;
  let correct = 0;
  let wrong = 0;
  let verifiedMs = 0;
  let verified = 0;
  let batch: { line: number; parsed: Parsed }[] = [];

  const flush = async (): Promise<void> => {
    const results = await Promise.all(
      batch.map(async ({ line, parsed }): Promise<ScoreResult> => {
        if (!parsed.ok) {
          malformed.push({ line, message: parsed.message });
          return { line, ...(parsed.id === undefined ? {} : { id: parsed.id }), correct: null, rule: null, reason: `malformed line: ${parsed.message}`, error: { code: 'MALFORMED', message: parsed.message }, timeMs: null };
        }
        const v = await verifier.verify(parsed.gold, parsed.pred, opts.workBudget ? { workBudget: opts.workBudget } : {});
        verified++;
        verifiedMs += v.timeMs;
        if (v.error) errors[v.error.code] = (errors[v.error.code] ?? 0) + 1;
        else if (v.correct) correct++;
        else wrong++;
        return toResult(line, parsed.id, v);
      }),
    );
    batch = [];
    await write(out, results);
    for (let i = 0; i < results.length; i++) opts.onLine?.();
  };

  try {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const text of lines) {
      total++;
      batch.push({ line: total, parsed: parseScoreLine(text, opts) });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await verifier.close();
    if (out) {
      out.end();
      await once(out, 'close');
    }
  }
  malformed.sort((a, b) => a.line - b.line);
  const scored = total - malformed.length;
  return {
    summary: { total, correct, wrong, verifierErrors: errors, malformed: malformed.length, accuracy: scored > 0 ? correct / scored : 0, meanMs: verified > 0 ? verifiedMs / verified : 0 },
    malformed,
  };
}

export function printScoreSummary(s: ScoreSummary): void {
  const errorRows = Object.entries(s.verifierErrors).map(([code, n]) => [`verifier error ${code}`, String(n)]);
  const rows = [
    ['total', String(s.total)],
    ['correct', String(s.correct)],
    ['wrong', String(s.wrong)],
    ['verifier errors', String(Object.values(s.verifierErrors).reduce((a, b) => a + (b ?? 0), 0))],
    ...errorRows,
    ['malformed lines', String(s.malformed)],
    ['accuracy', s.accuracy.toFixed(4)],
    ['mean ms', s.meanMs.toFixed(2)],
  ];
  console.log(formatTable(['metric', 'value'], rows));
}

const MAX_LISTED = 20;

export function scoreCommand(program: Command): void {
  program
    .command('score')
    .description('score a JSONL file of completions against gold answers: summary table, and one result line per input line with --out')
    .argument('<file>', 'JSONL file, one JSON object per line holding the gold answer (--gold-field, default "answer") and the completion (--pred-field, default "completion"); sample: examples/completions.jsonl')
    .option('--gold-field <name>', 'field holding the gold answer', 'answer')
    .option('--pred-field <name>', 'field holding the prediction (completion)', 'completion')
    .option('--id-field <name>', 'field copied into each result as id', 'id')
    .option('--out <file>', 'write one JSON result per input line (line, id, correct, rule, reason, error)')
    .option('--workers <n>', 'sandboxed verifier threads (0 = in-process, no hard time limit)', parseIntOption('--workers'), 2)
    .option('--timeout-ms <n>', 'time limit per verification', parseIntOption('--timeout-ms'), 1000)
    .option('--max-input-length <n>', 'longest gold or completion verified, characters (longer: INPUT_TOO_LARGE)', parseIntOption('--max-input-length'), DEFAULT_MAX_INPUT_LENGTH)
    .option('--work-budget <n>', 'steps of work per verification (more: WORK_BUDGET)', parseIntOption('--work-budget'), DEFAULT_WORK_BUDGET)
    .option('--json', 'print the summary (and malformed lines) as JSON')
    .action(async (file: string, opts: { goldField: string; predField: string; idField: string; out?: string; workers: number; timeoutMs: number; maxInputLength: number; workBudget: number; json?: boolean }) => {
      if (opts.timeoutMs === 0) throw new ConfigError('--timeout-ms must be a positive integer, got 0');
      if (!existsSync(file)) throw new ConfigError(`no such file: ${file}`);
      // the line count is only needed for a bar, and a bar only shows on a terminal
      const showBar = !opts.json && process.stderr.isTTY === true;
      const bar = progressBar(showBar ? await countLines(file) : 0, 'score', showBar);
      const { summary, malformed } = await scoreFile(file, { ...opts, onLine: () => bar.tick() });
      bar.stop();
      if (opts.json) return printJson({ file, ...summary, malformedLines: malformed, out: opts.out ?? null });
      for (const m of malformed.slice(0, MAX_LISTED)) process.stderr.write(`${file}:${m.line}: malformed: ${m.message}\n`);
      if (malformed.length > MAX_LISTED) process.stderr.write(`... and ${malformed.length - MAX_LISTED} more malformed line(s)${opts.out ? `; see ${opts.out}` : ''}\n`);
      printScoreSummary(summary);
    });
}
