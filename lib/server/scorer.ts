/**
 * Scores batches of completions on the verifier's worker pool. Every item comes back with a reward or
 * an explicit error, in input order; an item whose verifier timed out or crashed never takes its
 * batch down. Admission is bounded: `admit(n)` refuses work beyond `maxQueue` items in flight, so an
 * overloaded server answers 429 quickly instead of queueing without limit.
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
}

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

export class Scorer {
  readonly verifier: Verifier;
  readonly defaultReward: string;
  private readonly rewards = new Map<string, RewardFn>();
  private readonly verl: VerlComputeScore;
  private inFlight = 0;
  private scored = 0;

  constructor(readonly opts: ScorerOptions) {
    if (!Number.isInteger(opts.workers) || opts.workers < 1) throw new ConfigError(`--workers must be an integer >= 1 (the per-item hard time limit needs worker threads), got ${opts.workers}`);
    if (!Number.isInteger(opts.maxQueue) || opts.maxQueue < 1) throw new ConfigError(`--max-queue must be an integer >= 1, got ${opts.maxQueue}`);
    this.verifier = new Verifier({ workers: opts.workers, timeoutMs: opts.timeoutMs, maxMemoryMb: opts.maxMemoryMb, maxQueue: Number.MAX_SAFE_INTEGER, workerModule: opts.workerModule });
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

  private done(admitted: number, scored = admitted): void {
    this.inFlight -= admitted;
    this.scored += scored;
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

  /** Scores admitted items (call `admit(items.length)` first). */
  async score(items: readonly ScoreItem[], rewardName = this.defaultReward): Promise<ItemResult[]> {
    try {
      const fn = this.reward(rewardName);
      return await Promise.all(items.map((it, index) => this.one(fn, it, index)));
    } finally {
      this.done(items.length);
    }
  }

  private async one(fn: RewardFn, it: ScoreItem, index: number): Promise<ItemResult> {
    let out: RewardOutput;
    try {
      out = await fn({ completion: completionText(it.completion), answer: it.answer, prompt: it.prompt === undefined ? undefined : promptText(it.prompt), info: it.info });
    } catch (e) {
      // a reward function that throws (a user's plugin) fails its item, not the batch
      return { index, reward: null, correct: null, rule: null, pred: null, error: { code: 'REWARD_THREW', message: e instanceof Error ? e.message : String(e) } };
    }
    if (out.error) return { index, reward: null, correct: null, rule: out.verdict?.rule ?? null, pred: null, components: out.components, error: { code: out.error.code, message: out.error.message } };
    return { index, reward: out.reward, correct: out.verdict?.correct ?? null, rule: out.verdict?.rule ?? null, pred: out.verdict?.pred?.raw ?? null, components: out.components, error: null };
  }

  /** verl compute_score items (call `admit(Scorer.verlCost(items))` first). */
  async computeScore(items: readonly VerlItem[]): Promise<VerlScore[]> {
    try {
      return await Promise.all(items.map((it) => this.verl(it.data_source, it.solution_str, it.ground_truth, it.extra_info)));
    } finally {
      this.done(Scorer.verlCost(items), items.length);
    }
  }

  async close(): Promise<void> {
    await this.verifier.close();
  }
}
