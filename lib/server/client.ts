/**
 * A small client for the reward server with retries: network errors and 429/502/503/504 are retried
 * (honouring Retry-After, capped) with exponential backoff, rotating over several server URLs.
 * Used by the tests, the benchmark and TypeScript trainers; docs/server.md has the Python twin.
 */
import { MathgymError } from '../errors.js';
import type { ItemResult, ScoreItem, VerlItem } from './scorer.js';
import type { VerlScore } from '../rewards/adapters/verl.js';

export interface ClientOptions {
  /** One base URL or several (tried in rotation). */
  readonly url: string | readonly string[];
  readonly token?: string;
  /** Attempts after the first (default 5). */
  readonly retries?: number;
  /** First backoff, doubled each retry (default 100 ms). */
  readonly backoffMs?: number;
  /** Per-attempt timeout (default 60 s). */
  readonly timeoutMs?: number;
}

/** The server answered with an error that retrying does not fix (4xx other than 429), or retries ran out. */
export class ServerError extends MathgymError {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message, 'SERVER');
  }
}

const RETRY = new Set([429, 502, 503, 504]);

export interface OpenRlhfResult {
  readonly rewards: number[];
  readonly scores: number[];
  readonly extra_logs: Record<string, number[]>;
  readonly errors: Array<{ index: number; code: string; message: string }>;
}

export class RewardClient {
  private readonly urls: readonly string[];
  private next = 0;
  /** Attempts that failed and were retried, since construction. */
  retried = 0;

  constructor(readonly opts: ClientOptions) {
    this.urls = (typeof opts.url === 'string' ? [opts.url] : opts.url).map((u) => u.replace(/\/+$/, ''));
    if (this.urls.length === 0) throw new MathgymError('RewardClient needs at least one url', 'CONFIG');
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const retries = this.opts.retries ?? 5;
    let wait = this.opts.backoffMs ?? 100;
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      const base = this.urls[this.next++ % this.urls.length];
      try {
        const res = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}) },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 60_000),
        });
        const text = await res.text();
        let parsed: unknown;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = text; // an HTML error page from a proxy, say
        }
        last = `${res.status} ${text.slice(0, 300)}`;
        if (res.ok) {
          if (typeof parsed === 'string') throw new ServerError(`POST ${path}: the server answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`, res.status, parsed);
          return parsed as T;
        }
        if (!RETRY.has(res.status)) throw new ServerError(`POST ${path} failed: ${last}`, res.status, parsed);
        const after = Number(res.headers.get('retry-after'));
        if (Number.isFinite(after) && after > 0) wait = Math.max(wait, Math.min(after * 1000, 5000));
      } catch (e) {
        if (e instanceof ServerError) throw e;
        last = e instanceof Error ? e.message : String(e);
      }
      if (attempt === retries) break;
      this.retried++;
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 5000);
    }
    throw new ServerError(`POST ${path} failed after ${retries + 1} attempts: ${last}`, 0, undefined);
  }

  /** OpenRLHF protocol. */
  getReward(query: readonly string[], prompts: readonly string[], labels: readonly (string | null)[]): Promise<OpenRlhfResult> {
    return this.post('/get_reward', { query, prompts, labels });
  }

  async score(items: readonly ScoreItem[], reward?: string): Promise<ItemResult[]> {
    return (await this.post<{ results: ItemResult[] }>('/v1/score', { items, ...(reward ? { reward } : {}) })).results;
  }

  async computeScore(items: readonly VerlItem[]): Promise<VerlScore[]> {
    return (await this.post<{ results: VerlScore[] }>('/v1/compute_score', { items })).results;
  }
}
