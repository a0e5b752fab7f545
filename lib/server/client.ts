/**
 * A small client for the reward server with retries: network errors and 429/502/503/504 are retried
 * (honouring Retry-After, capped) with exponential backoff, rotating over several server URLs.
 * Used by the tests, the benchmark and TypeScript trainers; docs/server.md has the Python twin.
 */
import { MathgymError } from '../errors.js';
import { MAX_ITEMS } from './schemas.js';
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
  /** Items per request (default and most: the server's MAX_ITEMS, 4096); longer batches are split and the results rejoined in order. */
  readonly maxItemsPerRequest?: number;
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
  private readonly maxItems: number;
  /** Attempts that failed and were retried, since construction. */
  retried = 0;

  constructor(readonly opts: ClientOptions) {
    this.urls = (typeof opts.url === 'string' ? [opts.url] : opts.url).map((u) => u.replace(/\/+$/, ''));
    if (this.urls.length === 0) throw new MathgymError('RewardClient needs at least one url', 'CONFIG');
    const max = opts.maxItemsPerRequest ?? MAX_ITEMS;
    if (!Number.isInteger(max) || max < 1 || max > MAX_ITEMS) throw new MathgymError(`RewardClient: maxItemsPerRequest must be an integer from 1 to ${MAX_ITEMS}, got ${max}`, 'CONFIG');
    this.maxItems = max;
  }

  /** [start, end) ranges of at most maxItems covering n items; one empty range for n = 0 (the request is still sent). */
  private chunks(n: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let lo = 0; lo < n; lo += this.maxItems) out.push([lo, Math.min(n, lo + this.maxItems)]);
    return out.length ? out : [[0, 0]];
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

  /** OpenRLHF protocol. Batches over maxItemsPerRequest are sent as several requests; indices in `errors` refer to the whole batch. */
  async getReward(query: readonly string[], prompts: readonly string[] | undefined, labels: readonly (string | number | null)[]): Promise<OpenRlhfResult> {
    const out: OpenRlhfResult = { rewards: [], scores: [], extra_logs: {}, errors: [] };
    for (const [lo, hi] of this.chunks(query.length)) {
      const r = await this.post<OpenRlhfResult>('/get_reward', { query: query.slice(lo, hi), ...(prompts ? { prompts: prompts.slice(lo, hi) } : {}), labels: labels.slice(lo, hi) });
      out.rewards.push(...r.rewards);
      out.scores.push(...r.scores);
      for (const [k, v] of Object.entries(r.extra_logs ?? {})) (out.extra_logs[k] ??= []).push(...v);
      out.errors.push(...(r.errors ?? []).map((e) => ({ ...e, index: e.index + lo })));
    }
    return out;
  }

  /** `/v1/score`; batches over maxItemsPerRequest are split, and `index` refers to the whole batch. */
  async score(items: readonly ScoreItem[], reward?: string): Promise<ItemResult[]> {
    const out: ItemResult[] = [];
    for (const [lo, hi] of this.chunks(items.length)) {
      const r = await this.post<{ results: ItemResult[] }>('/v1/score', { items: items.slice(lo, hi), ...(reward ? { reward } : {}) });
      out.push(...r.results.map((x) => ({ ...x, index: x.index + lo })));
    }
    return out;
  }

  /** `/v1/compute_score`; batches over maxItemsPerRequest are split. */
  async computeScore(items: readonly VerlItem[]): Promise<VerlScore[]> {
    const out: VerlScore[] = [];
    for (const [lo, hi] of this.chunks(items.length)) out.push(...(await this.post<{ results: VerlScore[] }>('/v1/compute_score', { items: items.slice(lo, hi) })).results);
    return out;
  }
}
