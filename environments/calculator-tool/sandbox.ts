/**
 * Runs calculator expressions with a hard wall-clock limit, as its own `calc` task on the shared
 * worker pool (lib/core/pool.ts): workers have a heap limit, an expression over the time limit has its
 * worker terminated and replaced, and a worker that dies is reported, so a call always resolves. An
 * expression's limit counts from the moment a started worker begins it, so one queued behind an
 * expression that timed out waits, untimed, for the replacement worker: a trivial `2+2` never times out.
 */
import { sharedResource, type SharedResource } from '../../lib/core/shared-resource.js';
import { availableParallelism } from 'node:os';
import { ConfigError, WorkerError } from '../../lib/errors.js';
import { WorkerPool } from '../../lib/core/pool.js';
import { workerScript } from '../../lib/core/worker-script.js';
import { type CalcErrorCode, type CalcOutcome, HARD_RESULT_LIMIT } from './calculator.js';

export interface CalcLimits {
  /** Longest expression evaluated, in characters. */
  readonly maxExpressionLength: number;
  /** Longest result returned, in characters (a longer one is a RESULT_TOO_LARGE error). */
  readonly maxResultLength: number;
  /** Wall-clock limit of one evaluation, ms. */
  readonly timeoutMs: number;
}

export const DEFAULT_CALC_LIMITS: CalcLimits = { maxExpressionLength: 500, maxResultLength: 1000, timeoutMs: 1000 };

export interface CalculatorSandboxOptions {
  /** Worker threads (>= 1; the limits need a worker). Default min(2, cores). */
  readonly workers?: number;
  /** Heap limit of each worker, MiB. Default 128. */
  readonly maxMemoryMb?: number;
}

const WORKER = workerScript(import.meta.url, 'calc-worker');

/** Checks limits given as env options; @throws ConfigError naming the bad one. */
export function checkCalcLimits(limits: Partial<CalcLimits>, where: string): CalcLimits {
  const out = { ...DEFAULT_CALC_LIMITS, ...Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)) } as CalcLimits;
  for (const [key, max] of [['maxExpressionLength', 20_000], ['maxResultLength', HARD_RESULT_LIMIT], ['timeoutMs', 60_000]] as const) {
    const v = out[key];
    if (!Number.isSafeInteger(v) || v < 1 || v > max) throw new ConfigError(`${where}: ${key} must be an integer in 1..${max}, got ${JSON.stringify(v)}`);
  }
  return out;
}

export class CalculatorSandbox {
  private readonly pool: WorkerPool;
  private closed = false;

  constructor(opts: CalculatorSandboxOptions = {}) {
    const workers = opts.workers ?? Math.min(2, availableParallelism());
    if (!Number.isSafeInteger(workers) || workers < 1) throw new ConfigError(`CalculatorSandbox: workers must be a positive integer, got ${JSON.stringify(workers)}`);
    const mb = opts.maxMemoryMb ?? 128;
    if (!(Number.isFinite(mb) && mb >= 16)) throw new ConfigError(`CalculatorSandbox: maxMemoryMb must be a number >= 16, got ${JSON.stringify(mb)}`);
    this.pool = new WorkerPool({ name: 'calculator', script: WORKER, size: workers, maxMemoryMb: mb });
  }

  /** Evaluates `expression` within `limits`. Always resolves; failures are `{ ok: false, code, error }`. */
  async calc(expression: string, limits: CalcLimits = DEFAULT_CALC_LIMITS): Promise<CalcOutcome> {
    if (typeof expression !== 'string') return fail('INTERNAL', `expression must be a string, got ${typeof expression}`);
    if (expression.length > limits.maxExpressionLength) {
      return fail('EXPRESSION_TOO_LONG', `the expression has ${expression.length} characters, over the limit of ${limits.maxExpressionLength}`);
    }
    if (expression.trim() === '') return fail('SYNTAX', 'empty expression');
    if (this.closed) return fail('INTERNAL', 'the calculator was closed');
    let out: CalcOutcome;
    try {
      out = await this.pool.run<CalcOutcome>('calc', [expression], { timeoutMs: limits.timeoutMs });
    } catch (e) {
      const kind = e instanceof WorkerError ? e.kind : 'threw';
      if (kind === 'timeout') return fail('TIMEOUT', `the calculation took longer than ${limits.timeoutMs} ms and was stopped`);
      if (kind === 'crashed') return fail('CRASHED', 'the calculation ran out of memory and was stopped');
      if (kind === 'closed') return fail('INTERNAL', 'the calculator was closed');
      return fail('INTERNAL', (e as Error).message);
    }
    if (out.ok && out.result.length > limits.maxResultLength) {
      return fail('RESULT_TOO_LARGE', `the result has ${out.result.length} characters, over the limit of ${limits.maxResultLength}`);
    }
    return out;
  }

  /** Resolves once every worker has started. */
  warmup(): Promise<void> {
    return this.pool.warmup();
  }

  /** Stops the workers; safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    await this.pool.close();
  }
}

function fail(code: CalcErrorCode, error: string): CalcOutcome {
  return { ok: false, code, error };
}

/** A process-wide CalculatorSandbox shared by environments, reference-counted like `sharedVerifier`. */
export const sharedCalculator: SharedResource<CalculatorSandbox> = sharedResource(
  () => new CalculatorSandbox(),
  (s) => s.close(),
);
