/**
 * Scores batches of completions on the verifier's worker pool. Every item comes back with a reward or
 * an explicit error, in input order; an item whose verifier timed out or crashed never takes its
 * batch down. Admission is bounded: `admit(n)` refuses work beyond `maxQueue` items in flight, so an
 * overloaded server answers 429 quickly instead of queueing without limit.
 *
 * A batch is streamed through the workers: at most `window` of its items are handed to the pool at
 * once, the rest wait here. So a 65,536-item batch does not put 65,536 tasks into the pool, other
 * requests' items interleave with it, and when its request is aborted (the client disconnected, the
 * deadline passed) the items not yet started are dropped: each comes back CANCELLED and frees its
 * queue slot at once.
 */
import { makeReward, listRewards } from '../rewards/registry.js';
import type { RewardFn, RewardOutput } from '../rewards/types.js';
import { createComputeScore, type VerlComputeScore, type VerlGroundTruth, type VerlScore } from '../rewards/adapters/verl.js';
import { completionText, promptText, type Message } from '../rewards/adapters/trl.js';
import { Verifier } from '../verify/sandbox.js';
import { ConfigError } from '../errors.js';

export interface ScorerOptions {
  /** Verifier worker threads (>= 1: the hard time limit needs workers). */
  readonly workers: number;
  /** Per-item verification limit, ms; a stuck worker is terminated and replaced. */
  readonly timeoutMs: number;
  /** Items admitted at once (queued + running). */
  readonly maxQueue: number;
  /** The reward used when a request names none (default `math`). */
  readonly reward?: string;
  /** Worker heap limit, MiB. */
  readonly maxMemoryMb?: number;
  /** A different verifier worker module (tests: one that hangs or crashes on request). */
  readonly workerModule?: string;
  /**
   * Longest completion scored, characters (default DEFAULT_MAX_COMPLETION_CHARS). A longer one is an
   * explicit COMPLETION_TOO_LONG error, never a reward. Passed to the verifier as its input limit too.
   */
  readonly maxCompletionChars?: number;
}

/** Room for a 32k-token completion (about 4 characters a token) with margin. */
export const DEFAULT_MAX_COMPLETION_CHARS = 1_000_000;

/** Error code of an item the server did not score because its request was aborted. */
export const CANCELLED = 'CANCELLED';
/** Error code of a completion over `maxCompletionChars`. */
export const COMPLETION_TOO_LONG = 'COMPLETION_TOO_LONG';

export interface ScoreItem {
  readonly completion: string | readonly Message[];
  readonly answer: string;
  readonly prompt?: string | readonly Message[];
  readonly info?: Readonly<Record<string, unknown>>;
}

export interface ItemError {
  readonly code: string;
  readonly message: string;
}

export interface ItemResult {
  readonly index: number;
  /** null when the verifier failed: not judged, see `error`. */
  readonly reward: number | null;
  readonly correct: boolean | null;
  readonly rule: string | null;
  readonly pred: string | null;
  readonly components?: Readonly<Record<string, number>>;
  readonly error: ItemError | null;
}

export interface VerlItem {
  readonly data_source: string;
  readonly solution_str: string;
  readonly ground_truth: VerlGroundTruth;
  readonly extra_info?: Readonly<Record<string, unknown>> | null;
}

function failed(index: number, code: string, message: string): ItemResult {
  return { index, reward: null, correct: null, rule: null, pred: null, error: { code, message } };
}

export class Scorer {
  readonly verifier: Verifier;
  readonly defaultReward: string;
  private readonly rewards = new Map<string, RewardFn>();
  private readonly verl: VerlComputeScore;
  private inFlight = 0;
  private scored = 0;
  private dropped = 0;
  readonly maxCompletionChars: number;
  /** Items of one batch handed to the worker pool at once. */
  readonly window: number;

  constructor(readonly opts: ScorerOptions) {
    if (!Number.isInteger(opts.workers) || opts.workers < 1) throw new ConfigError(`--workers must be an integer >= 1 (the per-item hard time limit needs worker threads), got ${opts.workers}`);
    if (!Number.isInteger(opts.maxQueue) || opts.maxQueue < 1) throw new ConfigError(`--max-queue must be an integer >= 1, got ${opts.maxQueue}`);
    this.maxCompletionChars = opts.maxCompletionChars ?? DEFAULT_MAX_COMPLETION_CHARS;
    if (!Number.isInteger(this.maxCompletionChars) || this.maxCompletionChars < 1) throw new ConfigError(`--max-completion-chars must be an integer >= 1, got ${this.maxCompletionChars}`);
    // twice the workers keeps every worker busy while the next item is handed over
    this.window = Math.max(4, opts.workers * 2);
    this.verifier = new Verifier({
      workers: opts.workers,
      timeoutMs: opts.timeoutMs,
      maxMemoryMb: opts.maxMemoryMb,
      maxQueue: Number.MAX_SAFE_INTEGER,
      workerModule: opts.workerModule,
      // the server's limit is the one that counts: the verifier must not refuse below it
      maxInputLength: this.maxCompletionChars,
    });
    this.defaultReward = opts.reward ?? 'math';
    this.reward(this.defaultReward); // fail at start-up on an unknown name
    this.verl = createComputeScore({ reward: this.defaultReward, verifier: this.verifier });
  }

  /** Items admitted and not finished. */
  get pending(): number {
    return this.inFlight;
  }

  /** Items scored since start. */
  get total(): number {
    return this.scored;
  }

  /** Items dropped unscored since start (their request was aborted). */
  get cancelled(): number {
    return this.dropped;
  }

  /**
   * Reserves room for `n` items; false when that would exceed maxQueue (answer 429). A batch larger
   * than maxQueue is admitted alone. An empty batch costs nothing and is always admitted.
   */
  admit(n: number): boolean {
    if (n === 0) return true;
    if (this.inFlight > 0 && this.inFlight + n > this.opts.maxQueue) return false;
    this.inFlight += n;
    return true;
  }

  private release(n: number): void {
    this.inFlight -= n;
  }

  /**
   * Runs `f` on every item, at most `window` at once, in input order. Once `signal` aborts, items not
   * yet started get `dropped(index)` instead. `cost(i)` queue slots are released as each item ends.
   */
  private async stream<I, R>(items: readonly I[], f: (it: I, i: number) => Promise<R>, dropped: (i: number) => R, cost: (it: I) => number, signal?: AbortSignal): Promise<R[]> {
    const out = new Array<R>(items.length);
    let next = 0;
    let failure: { error: unknown } | undefined;
    const lane = async (): Promise<void> => {
      while (next < items.length) {
        const i = next++;
        const it = items[i]!;
        if (signal?.aborted || failure) {
          out[i] = dropped(i);
          this.dropped++;
        } else {
          try {
            out[i] = await f(it, i);
          } catch (error) {
            // a bug, not an item's failure (those come back as results): the rest is dropped, the queue
            // slots are still released, and the request answers 500
            failure ??= { error };
          } finally {
            this.scored++;
          }
        }
        this.release(cost(it));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.window, items.length) }, lane));
    if (failure) throw failure.error;
    return out;
  }

  /** Verifications a verl batch costs: one per accepted answer of a list ground truth, one for a scalar. What `/v1/compute_score` admits. */
  static verlCost(items: readonly VerlItem[]): number {
    return items.reduce((n, it) => n + (Array.isArray(it.ground_truth) ? it.ground_truth.length : 1), 0);
  }

  /** The reward function registered as `name`; ConfigError naming the registered ones otherwise. */
  reward(name: string): RewardFn {
    let fn = this.rewards.get(name);
    if (!fn) {
      if (!listRewards().includes(name)) throw new ConfigError(`unknown reward ${JSON.stringify(name)}; registered: ${listRewards().join(', ')}`);
      fn = makeReward(name, { verifier: this.verifier });
      this.rewards.set(name, fn);
    }
    return fn;
  }

  /** Scores admitted items (call `admit(items.length)` first); `signal` drops the items not yet started. */
  async score(items: readonly ScoreItem[], rewardName = this.defaultReward, signal?: AbortSignal): Promise<ItemResult[]> {
    let fn: RewardFn;
    try {
      fn = this.reward(rewardName);
    } catch (e) {
      this.release(items.length);
      throw e;
    }
    return this.stream(items, (it, index) => this.one(fn, it, index), (index) => failed(index, CANCELLED, 'the request was aborted (client disconnected or deadline passed) before this item was scored'), () => 1, signal);
  }

  /** The error of a completion over the length limit, or undefined. */
  tooLong(completion: string): ItemError | undefined {
    if (completion.length <= this.maxCompletionChars) return undefined;
    return { code: COMPLETION_TOO_LONG, message: `the completion is ${completion.length} characters, over the server's limit of ${this.maxCompletionChars} (mathgym serve --max-completion-chars); not scored` };
  }

  private async one(fn: RewardFn, it: ScoreItem, index: number): Promise<ItemResult> {
    let out: RewardOutput;
    const completion = completionText(it.completion);
    const long = this.tooLong(completion);
    if (long) return failed(index, long.code, long.message);
    try {
      out = await fn({ completion, answer: it.answer, prompt: it.prompt === undefined ? undefined : promptText(it.prompt), info: it.info });
    } catch (e) {
      // a reward function that throws (a user's plugin) fails its item, not the batch
      return failed(index, 'REWARD_THREW', e instanceof Error ? e.message : String(e));
    }
    if (out.error) return { index, reward: null, correct: null, rule: out.verdict?.rule ?? null, pred: null, components: out.components, error: { code: out.error.code, message: out.error.message } };
    return { index, reward: out.reward, correct: out.verdict?.correct ?? null, rule: out.verdict?.rule ?? null, pred: out.verdict?.pred?.raw ?? null, components: out.components, error: null };
  }

  /** verl compute_score items (call `admit(Scorer.verlCost(items))` first); `signal` as for `score`. */
  async computeScore(items: readonly VerlItem[], signal?: AbortSignal): Promise<VerlScore[]> {
    const verlError = (code: string, message: string): VerlScore => ({ score: 0, acc: false, pred: '', rule: 'error', error: `${code}: ${message}` });
    return this.stream(
      items,
      async (it) => {
        const long = this.tooLong(it.solution_str);
        if (long) return verlError(long.code, long.message);
        return this.verl(it.data_source, it.solution_str, it.ground_truth, it.extra_info);
      },
      () => verlError(CANCELLED, 'the request was aborted (client disconnected or deadline passed) before this item was scored'),
      (it) => Scorer.verlCost([it]),
      signal,
    );
  }

  async close(): Promise<void> {
    await this.verifier.close();
  }
}
