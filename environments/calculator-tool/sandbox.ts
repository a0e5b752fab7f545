/**
 * Runs calculator expressions with a hard wall-clock limit. This reuses the verifier sandbox
 * (lib/verify/sandbox.ts) with the calculator's worker module instead of writing a second pool: its
 * workers have a heap limit, an expression over the time limit has its worker terminated and
 * replaced, and a worker that dies is reported, so a call always resolves.
 *
 * After a time-out or a crash the sandbox does not rely on the pool to replace its worker (workerpool
 * can lose its queue then); it retires that pool (closed once its other calls finish) and starts a
 * fresh one. A pool is warmed up before its first expression, so worker start-up never counts
 * against an expression's time limit. At most `workers` expressions are handed to the pools at once
 * (the others wait here, untimed): an expression queued inside a pool behind one that times out
 * would start on the replacement worker and have its start-up counted, timing out a trivial `2+2`.
 */
import { sharedResource, type SharedResource } from '../../lib/core/shared-resource.js';
import { availableParallelism } from 'node:os';
import { ConfigError } from '../../lib/errors.js';
import { Verifier } from '../../lib/verify/sandbox.js';
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

const WORKER_MODULE = new URL(`./calc-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/** Checks limits given as env options; @throws ConfigError naming the bad one. */
export function checkCalcLimits(limits: Partial<CalcLimits>, where: string): CalcLimits {
  const out = { ...DEFAULT_CALC_LIMITS, ...Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)) } as CalcLimits;
  for (const [key, max] of [['maxExpressionLength', 20_000], ['maxResultLength', HARD_RESULT_LIMIT], ['timeoutMs', 60_000]] as const) {
    const v = out[key];
    if (!Number.isSafeInteger(v) || v < 1 || v > max) throw new ConfigError(`${where}: ${key} must be an integer in 1..${max}, got ${JSON.stringify(v)}`);
  }
  return out;
}

interface Pool {
  readonly verifier: Verifier;
  readonly warm: Promise<void>;
  inflight: number;
  retired: boolean;
}

export class CalculatorSandbox {
  private readonly workers: number;
  private readonly maxMemoryMb: number;
  private current: Pool | undefined;
  private readonly live = new Set<Pool>();
  private closed = false;
  /** Expressions handed to a pool, at most `workers`; the rest wait in `waiting`, in order. */
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(opts: CalculatorSandboxOptions = {}) {
    const workers = opts.workers ?? Math.min(2, availableParallelism());
    if (!Number.isSafeInteger(workers) || workers < 1) throw new ConfigError(`CalculatorSandbox: workers must be a positive integer, got ${JSON.stringify(workers)}`);
    const mb = opts.maxMemoryMb ?? 128;
    if (!(Number.isFinite(mb) && mb >= 16)) throw new ConfigError(`CalculatorSandbox: maxMemoryMb must be a number >= 16, got ${JSON.stringify(mb)}`);
    this.workers = workers;
    this.maxMemoryMb = mb;
  }

  private pool(): Pool {
    if (this.current) return this.current;
    const verifier = new Verifier({ workers: this.workers, workerModule: WORKER_MODULE, maxMemoryMb: this.maxMemoryMb, maxInputLength: 20_000 });
    const pool: Pool = { verifier, warm: verifier.warmup(), inflight: 0, retired: false };
    this.live.add(pool);
    this.current = pool;
    return pool;
  }

  private retire(pool: Pool): void {
    pool.retired = true;
    if (this.current === pool) this.current = undefined;
    if (pool.inflight === 0) {
      this.live.delete(pool);
      void pool.verifier.close().catch(() => undefined);
    }
  }

  /** Evaluates `expression` within `limits`. Always resolves; failures are `{ ok: false, code, error }`. */
  async calc(expression: string, limits: CalcLimits = DEFAULT_CALC_LIMITS): Promise<CalcOutcome> {
    if (typeof expression !== 'string') return fail('INTERNAL', `expression must be a string, got ${typeof expression}`);
    if (expression.length > limits.maxExpressionLength) {
      return fail('EXPRESSION_TOO_LONG', `the expression has ${expression.length} characters, over the limit of ${limits.maxExpressionLength}`);
    }
    if (expression.trim() === '') return fail('SYNTAX', 'empty expression');
    if (this.running < this.workers) this.running += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // a finishing call hands over its slot
    let v;
    try {
      if (this.closed) return fail('INTERNAL', 'the calculator was closed');
      const pool = this.pool();
      pool.inflight += 1;
      try {
        await pool.warm;
        v = await pool.verifier.verify('', expression, { timeoutMs: limits.timeoutMs, maxInputLength: limits.maxExpressionLength });
      } finally {
        pool.inflight -= 1;
      }
      // retired before the slot is handed over, so the next expression goes to a fresh, warm pool
      const code = v.error?.code;
      if (code === 'TIMEOUT' || code === 'WORKER_CRASHED' || pool.retired) this.retire(pool);
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
    const code = v.error?.code;
    if (v.error) {
      if (code === 'TIMEOUT') return fail('TIMEOUT', `the calculation took longer than ${limits.timeoutMs} ms and was stopped`);
      if (code === 'WORKER_CRASHED') return fail('CRASHED', 'the calculation ran out of memory and was stopped');
      return fail('INTERNAL', v.error.message);
    }
    if (v.rule === 'calc-ok') {
      if (v.reason.length > limits.maxResultLength) return fail('RESULT_TOO_LARGE', `the result has ${v.reason.length} characters, over the limit of ${limits.maxResultLength}`);
      return { ok: true, result: v.reason };
    }
    return fail(v.rule.slice('calc-'.length) as CalcErrorCode, v.reason);
  }

  /** Stops the workers; safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    this.current = undefined;
    const pools = [...this.live];
    this.live.clear();
    await Promise.all(pools.map((p) => p.verifier.close()));
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
