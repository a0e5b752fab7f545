/**
 * Reward-server load on loopback with autocannon: the server runs as its own process
 * (`mathgym serve`), autocannon drives it from this one, both on the same cores (as a trainer's node
 * would). Cases: /healthz (the HTTP floor), single-item OpenRLHF requests and 64-item /v1/score
 * batches, each with 1 and 2 verifier workers; with 2 workers also 64-item /get_reward batches of
 * 16k-character completions (long chains of thought), a malformed 10 MB request (latency, error-body
 * size, RSS before and after), and abandoned requests (clients that give up and retry: how many of
 * their items the server still scored); then a soak that samples the server's RSS.
 * Items cycle through the Math-Verify peer pairs. Ratios are items/s against the in-process
 * verifier on the same pairs, measured in the same run (no HTTP, no workers).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type autocannonType from 'autocannon';
import { PACKAGE_ROOT } from '../paths.js';
import { verify } from '../verify/verify.js';
import { loadPeerPairs, type VerifyPair } from './verify-throughput.js';

export interface LoadRow {
  readonly name: string;
  readonly workers: number;
  readonly connections: number;
  readonly itemsPerRequest: number;
  readonly requestsPerSecond: number;
  readonly itemsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Non-2xx responses plus connection errors and timeouts. */
  readonly failed: number;
  /** itemsPerSecond / the in-process verifier's verifications per second. */
  readonly ratio: number;
}

export interface SoakResult {
  readonly seconds: number;
  readonly requests: number;
  readonly failed: number;
  /** Server RSS samples under load, MiB, every ~5 s. */
  readonly rssMb: number[];
  /** Last third's mean RSS minus the first third's, MiB. */
  readonly growthMb: number;
}

/** Malformed 10 MB requests sent one after another. */
export interface MalformedResult {
  readonly bodyMb: number;
  readonly requests: number;
  /** Statuses seen (all 400 when the server is right). */
  readonly statuses: number[];
  readonly p50Ms: number;
  readonly maxMs: number;
  /** Largest error body, bytes. */
  readonly errorBodyBytes: number;
  readonly rssBeforeMb: number;
  readonly rssAfterMb: number;
}

/** Clients that give up on their requests (and retry once): what the server did with the abandoned items. */
export interface AbandonResult {
  readonly requests: number;
  readonly itemsPerRequest: number;
  readonly clientTimeoutMs: number;
  /** Items sent, retries included. */
  readonly itemsSent: number;
  /** Items the server scored (per /metrics), and those it dropped unscored (CANCELLED). */
  readonly itemsScored: number;
  readonly itemsDropped: number;
}

export interface ServerBenchResult {
  readonly baselinePerSecond: number;
  readonly rows: LoadRow[];
  readonly soak?: SoakResult;
  readonly malformed?: MalformedResult;
  readonly abandon?: AbandonResult;
}

interface Running {
  readonly url: string;
  readonly child: ChildProcess;
}

function startServerProcess(workers: number): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'mathgym.js'), 'serve', '--port', '0', '--workers', String(workers), '--max-queue', '1000000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mathgym serve did not start within 30 s: ${out}`));
    }, 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mathgym serve exited with ${code}: ${out}`));
    });
  });
}

async function stop(r: Running): Promise<void> {
  if (r.child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => r.child.kill('SIGKILL'), 10_000);
    r.child.once('exit', () => (clearTimeout(t), resolve()));
    r.child.kill('SIGTERM');
  });
}

/** A 16k-character chain of thought ending in the pair's answer. */
function longCompletion(pred: string, chars = 16_000): string {
  const step = 'Next, we simplify the expression and check each case carefully. ';
  return `${step.repeat(Math.ceil((chars - pred.length) / step.length)).slice(0, chars - pred.length)}${pred}`;
}

function longBodies(pairs: readonly VerifyPair[], perRequest: number, count: number): string[] {
  let k = 0;
  return Array.from({ length: count }, () => {
    const chunk = Array.from({ length: perRequest }, () => pairs[k++ % pairs.length]);
    return JSON.stringify({ query: chunk.map((p) => `Q: ${longCompletion(p.pred)}`), prompts: chunk.map(() => 'Q: '), labels: chunk.map((p) => p.gold) });
  });
}

/** A /v1/score body of about `mb` MB in which every item has the wrong types. */
function malformedBody(mb: number): string {
  const item = JSON.stringify({ completion: 7, answer: ['x'.repeat(150)] });
  return `{"items":[${Array.from({ length: Math.ceil((mb * 1e6) / (item.length + 1)) }, () => item).join(',')}]}`;
}

async function malformed(url: string, n = 5, mb = 10): Promise<MalformedResult> {
  const body = malformedBody(mb);
  const rssBeforeMb = await rss(url);
  const times: number[] = [];
  const statuses: number[] = [];
  let errorBodyBytes = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(`${url}/v1/score`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    times.push(performance.now() - t0);
    statuses.push(res.status);
    errorBodyBytes = Math.max(errorBodyBytes, Buffer.byteLength(text));
  }
  times.sort((a, b) => a - b);
  return { bodyMb: body.length / 1e6, requests: n, statuses: [...new Set(statuses)], p50Ms: times[Math.floor(n / 2)]!, maxMs: times[n - 1]!, errorBodyBytes, rssBeforeMb, rssAfterMb: await rss(url) };
}

async function metricSum(url: string, re: RegExp): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = re.exec(line);
    if (m) sum += Number(m[1]);
  }
  return sum;
}

/**
 * `requests` clients each send `per` items, give up after `timeoutMs`, and retry once (as OpenRLHF's
 * and nginx's retries do); then the server's own counters say how much of that work it scored.
 */
async function abandon(url: string, pairs: readonly VerifyPair[], requests = 16, per = 512, timeoutMs = 300): Promise<AbandonResult> {
  const [body] = bodies(pairs, per, 1);
  const scored0 = await metricSum(url, /^mathgym_items_scored_total\{endpoint="score",outcome="\w+"\} (\d+)/);
  const dropped0 = await metricSum(url, /^mathgym_item_errors_total\{code="CANCELLED"\} (\d+)/);
  const once = (): Promise<void> =>
    fetch(`${url}/v1/score`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) }).then(
      (r) => void r.body?.cancel(),
      () => undefined,
    );
  await Promise.all(Array.from({ length: requests }, async () => {
    await once();
    await once();
  }));
  // the counters move when each request ends: wait until the server is idle again
  for (let i = 0; i < 600; i++) {
    const ready = (await (await fetch(`${url}/readyz`)).json()) as { pending?: number };
    if (!ready.pending) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    requests: requests * 2,
    itemsPerRequest: per,
    clientTimeoutMs: timeoutMs,
    itemsSent: requests * 2 * per,
    itemsScored: (await metricSum(url, /^mathgym_items_scored_total\{endpoint="score",outcome="\w+"\} (\d+)/)) - scored0 - ((await metricSum(url, /^mathgym_item_errors_total\{code="CANCELLED"\} (\d+)/)) - dropped0),
    itemsDropped: (await metricSum(url, /^mathgym_item_errors_total\{code="CANCELLED"\} (\d+)/)) - dropped0,
  };
}

function bodies(pairs: readonly VerifyPair[], perRequest: number, count: number): string[] {
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const chunk = Array.from({ length: perRequest }, () => pairs[k++ % pairs.length]);
    out.push(
      perRequest === 1
        ? JSON.stringify({ query: [chunk[0].pred], prompts: [''], labels: [chunk[0].gold] })
        : JSON.stringify({ items: chunk.map((p) => ({ completion: p.pred, answer: p.gold })) }),
    );
  }
  return out;
}

async function load(autocannon: typeof autocannonType, url: string, path: string, payloads: readonly string[], connections: number, seconds: number): Promise<autocannonType.Result> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: payloads.map((body) => ({ method: 'POST' as const, path, headers: { 'content-type': 'application/json' }, body })),
  });
}

async function rss(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = /^mathgym_process_resident_memory_bytes (\d+)/m.exec(text);
  return m ? Number(m[1]) / 2 ** 20 : NaN;
}

/** In-process verifications per second on the pairs: the ratio's baseline. */
function baseline(pairs: readonly VerifyPair[], ms = 2000): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    const p = pairs[n % pairs.length];
    verify(p.gold, p.pred);
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

export async function runServerBench(opts: { seconds?: number; soakSeconds?: number; cases?: string; onCase?: (name: string) => void } = {}): Promise<ServerBenchResult> {
  const autocannon = (await import('autocannon')).default;
  const seconds = opts.seconds ?? 10;
  const pairs = loadPeerPairs(opts.cases);
  const base = baseline(pairs);
  const rows: LoadRow[] = [];
  const row = (name: string, workers: number, connections: number, per: number, r: autocannonType.Result): LoadRow => {
    const rps = r.requests.average;
    return {
      name,
      workers,
      connections,
      itemsPerRequest: per,
      requestsPerSecond: rps,
      itemsPerSecond: rps * per,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      failed: r.non2xx + r.errors + r.timeouts,
      ratio: per === 0 ? NaN : (rps * per) / base,
    };
  };
  let soak: SoakResult | undefined;
  let malformedResult: MalformedResult | undefined;
  let abandonResult: AbandonResult | undefined;
  for (const workers of [1, 2]) {
    const srv = await startServerProcess(workers);
    try {
      if (workers === 1) {
        opts.onCase?.('healthz');
        const h = await autocannon({ url: `${srv.url}/healthz`, connections: 16, duration: Math.max(2, Math.round(seconds / 2)) });
        rows.push(row('GET /healthz (HTTP floor)', workers, 16, 0, h));
      }
      opts.onCase?.(`single item, ${workers} workers`);
      rows.push(row('POST /get_reward, 1 item', workers, 16, 1, await load(autocannon, srv.url, '/get_reward', bodies(pairs, 1, 256), 16, seconds)));
      opts.onCase?.(`64-item batch, ${workers} workers`);
      rows.push(row('POST /v1/score, 64 items', workers, 4, 64, await load(autocannon, srv.url, '/v1/score', bodies(pairs, 64, 16), 4, seconds)));
      if (workers === 2) {
        opts.onCase?.('64 items x 16k characters, 2 workers');
        rows.push(row('POST /get_reward, 64 items x 16k chars', workers, 4, 64, await load(autocannon, srv.url, '/get_reward', longBodies(pairs, 64, 8), 4, seconds)));
        opts.onCase?.('malformed 10 MB requests');
        malformedResult = await malformed(srv.url);
        opts.onCase?.('abandoned requests');
        abandonResult = await abandon(srv.url, pairs);
      }
      if (workers === 2 && (opts.soakSeconds ?? 60) > 0) {
        const soakSeconds = opts.soakSeconds ?? 60;
        opts.onCase?.(`soak ${soakSeconds} s`);
        // sampled under load only: the first sample is taken once the heap has warmed up
        const samples: number[] = [];
        const timer = setInterval(() => void rss(srv.url).then((m) => samples.push(m)), 5000);
        const r = await load(autocannon, srv.url, '/get_reward', bodies(pairs, 1, 256), 8, soakSeconds);
        clearInterval(timer);
        const third = Math.max(1, Math.floor(samples.length / 3));
        const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
        soak = { seconds: soakSeconds, requests: r.requests.total, failed: r.non2xx + r.errors + r.timeouts, rssMb: samples, growthMb: mean(samples.slice(-third)) - mean(samples.slice(0, third)) };
      }
    } finally {
      await stop(srv);
    }
  }
  return { baselinePerSecond: base, rows, ...(soak ? { soak } : {}), ...(malformedResult ? { malformed: malformedResult } : {}), ...(abandonResult ? { abandon: abandonResult } : {}) };
}
