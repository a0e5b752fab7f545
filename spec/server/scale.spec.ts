// The reward server at the trainers' scale: float rewards on the wire, long completions, bounded error
// reports for huge malformed bodies, whole-batch requests, and cancellation of abandoned work.
import { expect } from 'chai';
import { request } from 'node:http';
import { startServer, type RewardServer, type ServerOptions } from '../../lib/server/app.js';
import { floatJson, floatText } from '../../lib/server/float-json.js';
import { MAX_ERROR_CHARS, MAX_ERROR_FIELDS } from '../../lib/server/context.js';
import { MAX_ITEMS } from '../../lib/server/schemas.js';
import '../../lib/index.js';

const STUB = new URL('../fixtures/stub-verify-worker.ts', import.meta.url).href;

interface Res {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test responses are read loosely
  body: any;
  text: string;
}

async function post(server: RewardServer, path: string, body: unknown): Promise<Res> {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text };
}

async function withServer(opts: ServerOptions, f: (s: RewardServer) => Promise<void>): Promise<void> {
  const s = await startServer({ port: 0, workers: 1, ...opts });
  try {
    await f(s);
  } finally {
    await s.close();
  }
}

/** Polls `cond` every 20 ms (at most `limitMs`): for states reached asynchronously, not for timing. */
async function until(cond: () => boolean, limitMs = 20_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('float-json', () => {
  it('writes numbers under reward keys as floats, other numbers as they are', () => {
    const v = { rewards: [1, 0, 0.5], scores: [1], extra_logs: { correct: [1, 0] }, errors: [{ index: 3, code: 'X' }], results: [{ index: 2, reward: 1, components: { a: 0 }, score: -0 }] };
    const text = floatJson(v);
    expect(text).to.equal('{"rewards":[1.0,0.0,0.5],"scores":[1.0],"extra_logs":{"correct":[1.0,0.0]},"errors":[{"index":3,"code":"X"}],"results":[{"index":2,"reward":1.0,"components":{"a":0.0},"score":0.0}]}');
    expect(JSON.parse(text)).to.deep.equal(JSON.parse(JSON.stringify(v)));
  });

  it('agrees with JSON.stringify on everything else', () => {
    const v = { a: 'q"\u2028\n', b: [undefined, null, true, NaN], c: undefined, d: { toJSON: () => 'x' }, reward: null, e: 1e21, rewards: [Infinity, 1e21, 1e-7] };
    expect(JSON.parse(floatJson(v))).to.deep.equal(JSON.parse(JSON.stringify(v)));
    expect(floatText(1e21)).to.equal('1e+21');
    expect(floatText(3)).to.equal('3.0');
  });
});

describe('reward server at scale', function () {
  this.timeout(120_000);

  it('every endpoint writes rewards as JSON floats', async () => {
    await withServer({}, async (s) => {
      const score = await post(s, '/v1/score', { items: [{ completion: '\\boxed{2}', answer: '2' }, { completion: '\\boxed{3}', answer: '2' }] });
      expect(score.text).to.match(/"index":0,"reward":1\.0,/).and.match(/"index":1,"reward":0\.0,/);
      const rubric = await post(s, '/v1/score', { reward: 'correctness', items: [{ completion: '\\boxed{2}', answer: '2' }] });
      expect(rubric.text).to.match(/"reward":1\.0/);
      const verl = await post(s, '/v1/compute_score', { items: [{ data_source: 'x', solution_str: '\\boxed{2}', ground_truth: '2' }, { data_source: 'x', solution_str: '\\boxed{2}', ground_truth: '3' }] });
      expect(verl.text).to.match(/^\{"results":\[\{"score":1\.0,"acc":true,/).and.match(/\},\{"score":0\.0,"acc":false,/);
      const reset = await post(s, '/v1/envs/mathgym%2FArithmetic-v0/reset', { seed: 1 });
      const step = await post(s, '/v1/envs/mathgym%2FArithmetic-v0/step', { session_id: reset.body.session_id, action: 'not a number' });
      expect(step.text).to.match(/"reward":0\.0/);
    });
  });

  describe('completion length', () => {
    it('a 100,000-character completion is scored by default (long chains of thought)', async () => {
      await withServer({}, async (s) => {
        const long = `${'Let me think step by step. '.repeat(4000)}So the answer is \\boxed{7}.`;
        expect(long.length).to.be.greaterThan(100_000);
        const r = await post(s, '/get_reward', { query: [`Q ${long}`], prompts: ['Q '], labels: ['7'] });
        expect(r.body.rewards).to.deep.equal([1]);
        expect(r.body.errors).to.deep.equal([]);
      });
    });

    it('over --max-completion-chars is an explicit COMPLETION_TOO_LONG on every endpoint, never a silent 0; at the limit it is scored', async () => {
      await withServer({ maxCompletionChars: 1000 }, async (s) => {
        const at = `${'x'.repeat(1000 - 10)}\\boxed{7}.`;
        const over = `${at} `;
        expect(at.length).to.equal(1000);
        const g = await post(s, '/get_reward', { query: [at, over], labels: ['7', '7'] });
        expect(g.body.rewards).to.deep.equal([1, 0]);
        expect(g.body.errors.map((e: { index: number; code: string }) => [e.index, e.code])).to.deep.equal([[1, 'COMPLETION_TOO_LONG']]);
        expect(g.body.errors[0].message).to.match(/1001 characters, over the server's limit of 1000 \(mathgym serve --max-completion-chars\)/);
        expect(g.text).to.contain('"verifier_error":[0.0,1.0],"too_long":[0.0,1.0]');
        const sc = await post(s, '/v1/score', { items: [{ completion: at, answer: '7' }, { completion: over, answer: '7' }] });
        expect(sc.body.results.map((r: { reward: number | null }) => r.reward)).to.deep.equal([1, null]);
        expect(sc.body.results[1].error.code).to.equal('COMPLETION_TOO_LONG');
        const v = await post(s, '/v1/compute_score', { items: [{ data_source: 'x', solution_str: over, ground_truth: '7' }] });
        expect(v.body.results[0]).to.include({ score: 0, acc: false });
        expect(v.body.results[0].error).to.match(/^COMPLETION_TOO_LONG: /);
      });
    });

    it('refuses a non-positive limit at start-up', async () => {
      let err: unknown;
      try {
        await startServer({ port: 0, workers: 1, maxCompletionChars: 0 });
      } catch (e) {
        err = e;
      }
      expect(String(err)).to.match(/--max-completion-chars must be an integer >= 1/);
    });
  });

  describe('bounded error reports', () => {
    it('a 10 MB request of wrong types answers 400 with a bounded body: a few fields, a capped message', async () => {
      await withServer({}, async (s) => {
        // 60,000 items, every one wrong twice over: an all-errors validator would report 120,000
        const item = { completion: 7, answer: ['x'.repeat(136)] };
        const body = JSON.stringify({ items: Array.from({ length: 60_000 }, () => item) });
        expect(body.length).to.be.within(10_000_000, 11_000_000);
        const r = await post(s, '/v1/score', body);
        expect(r.status).to.equal(400);
        expect(r.body.error.code).to.equal('VALIDATION');
        expect(r.body.error.fields.length).to.be.within(1, MAX_ERROR_FIELDS);
        expect(r.text.length).to.be.lessThan(MAX_ERROR_CHARS + MAX_ERROR_FIELDS * 600);
        // and the server still answers
        expect((await fetch(`${s.url}/healthz`)).status).to.equal(200);
      });
    });

    it('OpenRLHF lists of 10 MB of wrong types: one error, not one per item', async () => {
      await withServer({}, async (s) => {
        const n = 500_000;
        const body = `{"query":[${'1,'.repeat(n)}1],"labels":[${'"a",'.repeat(n)}"a"]}`;
        expect(body.length).to.be.greaterThan(3_000_000);
        const r = await post(s, '/get_reward', body);
        expect(r.status).to.equal(400);
        expect(r.body.error.fields.length).to.be.within(1, MAX_ERROR_FIELDS);
        expect(r.text.length).to.be.lessThan(4096);
      });
    });
  });

  describe('whole batches', () => {
    it(`accepts ${MAX_ITEMS} items in one /get_reward request (an OpenRLHF 0.8.x rollout batch goes to one URL); one more is a 400`, async () => {
      expect(MAX_ITEMS).to.be.at.least(65_536);
      await withServer({ workerModule: STUB, workers: 2 }, async (s) => {
        const n = MAX_ITEMS;
        const query = Array.from({ length: n }, (_, i) => String(i % 10));
        const labels = Array.from({ length: n }, (_, i) => String(i % 7 === 0 ? 99 : i % 10));
        const r = await post(s, '/get_reward', { query, labels });
        expect(r.status).to.equal(200);
        expect(r.body.rewards).to.have.length(n);
        expect(r.body.rewards.filter((x: number) => x === 1).length).to.equal(n - Math.ceil(n / 7));
        expect(r.body.errors).to.deep.equal([]);
        expect(s.context.scorer.pending).to.equal(0);
        const over = await post(s, '/get_reward', { query: [...query, '1'], labels: [...labels, '1'] });
        expect(over.status).to.equal(400);
        expect(over.body.error.fields[0].path).to.equal('/query');
      });
    });
  });

  describe('cancellation', () => {
    /** Sends a /v1/score body over a raw socket and destroys it once the server admitted the items. */
    async function abandon(s: RewardServer, items: unknown[]): Promise<void> {
      const body = JSON.stringify({ items });
      await new Promise<void>((resolve) => {
        const req = request(`${s.url}/v1/score`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
        req.on('error', () => resolve());
        req.end(body);
        void until(() => s.context.scorer.pending > 0).then(() => {
          req.destroy();
          resolve();
        });
      });
    }

    it('a client that disconnects has its queued items dropped: only the items already handed to the workers run', async () => {
      await withServer({ workerModule: STUB, workers: 1 }, async (s) => {
        const items = Array.from({ length: 40 }, () => ({ completion: 'slow', answer: 'slow' }));
        await abandon(s, items);
        await until(() => s.context.scorer.pending === 0);
        const { total, cancelled, window } = s.context.scorer;
        expect(total + cancelled).to.equal(40);
        expect(total).to.be.at.most(window);
        expect(cancelled).to.be.at.least(40 - window);
        const metrics = await s.context.metrics.registry.getSingleMetricAsString('mathgym_item_errors_total');
        expect(metrics).to.match(/code="CANCELLED"\} (\d+)/);
        // the server goes on serving
        const r = await post(s, '/v1/score', { items: [{ completion: 'a', answer: 'a' }] });
        expect(r.body.results[0].reward).to.equal(1);
      });
    });

    it('past --request-timeout the queued items are dropped and the request answers 504 DEADLINE_EXCEEDED', async () => {
      await withServer({ workerModule: STUB, workers: 1, requestTimeoutMs: 300 }, async (s) => {
        const items = Array.from({ length: 30 }, () => ({ completion: 'slow', answer: 'slow' }));
        const r = await post(s, '/v1/score', { items });
        expect(r.status).to.equal(504);
        expect(r.body.error.code).to.equal('DEADLINE_EXCEEDED');
        expect(s.context.scorer.cancelled).to.be.at.least(30 - 2 * s.context.scorer.window);
        expect(s.context.scorer.pending).to.equal(0);
        const v = await post(s, '/v1/compute_score', { items: items.map(() => ({ data_source: 'x', solution_str: 'slow', ground_truth: 'slow' })) });
        expect(v.status).to.equal(504);
      });
    });
  });
});

describe('reward server: environment session limits', function () {
  this.timeout(60_000);
  const ENV = '/v1/envs/mathgym%2FArithmetic-v0';

  async function reset(s: RewardServer, body: unknown, from?: string): Promise<Res> {
    const res = await fetch(`${s.url}${ENV}/reset`, { method: 'POST', headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text), text };
  }

  it('one client cannot take every session: --max-sessions-per-client answers 429 SESSION_QUOTA, others still open theirs', async () => {
    await withServer({ maxSessions: 10, maxSessionsPerClient: 2 }, async (s) => {
      const a = [await reset(s, {}, '10.0.0.1'), await reset(s, {}, '10.0.0.1')];
      expect(a.map((r) => r.status)).to.deep.equal([200, 200]);
      const third = await reset(s, {}, '10.0.0.1');
      expect(third.status).to.equal(429);
      expect(third.body.error.code).to.equal('SESSION_QUOTA');
      expect((await reset(s, {}, '10.0.0.2')).status).to.equal(200);
      // a failed open does not use up quota
      expect((await reset(s, { kwargs: { difficulty: 99 } }, '10.0.0.3')).status).to.equal(400);
      expect((await reset(s, {}, '10.0.0.3')).status).to.equal(200);
      await post(s, `${ENV}/close`, { session_id: a[0]!.body.session_id });
      expect((await reset(s, {}, '10.0.0.1')).status).to.equal(200);
    });
  });

  it('deeply nested kwargs, options or actions are a 400 TOO_DEEP, not a 500', async () => {
    await withServer({}, async (s) => {
      // as text: JSON.stringify itself overflows on such values
      const deepText = (n: number): string => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
      const deep = (n: number): unknown => JSON.parse(deepText(n));
      for (const body of [`{"kwargs":${deepText(5000)}}`, `{"options":{"x":${deepText(100)}}}`]) {
        const r = await reset(s, body);
        expect(r.status, r.text).to.equal(400);
        expect(r.body.error.code).to.equal('TOO_DEEP');
      }
      const ok = await reset(s, { seed: 1, options: deep(20) as Record<string, unknown> });
      expect(ok.status, ok.text).to.equal(200);
      const step = await post(s, `${ENV}/step`, `{"session_id":${JSON.stringify(ok.body.session_id)},"action":[${deepText(5000)}]}`);
      expect(step.status).to.equal(400);
      expect(step.body.error.code).to.equal('TOO_DEEP');
    });
  });
});

describe('reward server: environment sessions in worker threads (--session-workers)', function () {
  this.timeout(180_000);
  const BUSY = new URL('./fixtures/busy-env.ts', import.meta.url).pathname;
  const E = '/v1/envs/test%2FBusy-v0';

  it('a stuck env is stopped at --timeout-ms by ending its worker; the server answers other requests meanwhile', async () => {
    await withServer({ sessionWorkers: 1, timeoutMs: 1500, plugins: [BUSY] }, async (s) => {
      const a = await post(s, `${E}/reset`, { seed: 0 });
      expect(a.status, a.text).to.equal(200);
      expect(a.body.info).to.deep.equal({ thread: 'worker' });
      const b = await post(s, `${E}/reset`, { seed: 0 });
      expect((await post(s, `${E}/step`, { session_id: b.body.session_id, action: 1 })).text).to.match(/"reward":1\.0/);
      // the stuck step and other requests at once: the others are answered while it spins
      let stuckDone = false;
      const stuck = post(s, `${E}/step`, { session_id: a.body.session_id, action: 2 }).then((r) => ((stuckDone = true), r));
      await new Promise((r) => setTimeout(r, 100));
      const health = await fetch(`${s.url}/healthz`);
      const scored = await post(s, '/v1/score', { items: [{ completion: '\\boxed{2}', answer: '2' }] });
      expect([health.status, scored.body.results[0].reward, stuckDone]).to.deep.equal([200, 1, false]);
      const r = await stuck;
      expect(r.status).to.equal(504);
      expect(r.body.error.code).to.equal('STEP_TIMEOUT');
      expect(r.body.error.message).to.match(/other sessions of its worker thread/);
      // the other session of that worker is gone; a new one opens on a fresh worker
      expect((await post(s, `${E}/step`, { session_id: b.body.session_id, action: 1 })).status).to.equal(404);
      expect(s.context.sessions.size).to.equal(0);
      const c = await post(s, `${E}/reset`, {});
      expect((await post(s, `${E}/step`, { session_id: c.body.session_id, action: 0 })).status).to.equal(200);
    });
  });

  it('a worker that dies ends its sessions (500 SESSION_LOST, then 404); the other worker keeps its sessions and new ones open', async () => {
    await withServer({ sessionWorkers: 2, plugins: [BUSY] }, async (s) => {
      // the sessions spread over the two workers: a and c on one, b on the other
      const [a, b, c] = [await post(s, `${E}/reset`, {}), await post(s, `${E}/reset`, {}), await post(s, `${E}/reset`, {})];
      const dead = await post(s, `${E}/step`, { session_id: a.body.session_id, action: 5 });
      expect([dead.status, dead.body.error.code]).to.deep.equal([500, 'SESSION_LOST']);
      expect(dead.body.error.message).to.match(/exited/);
      expect((await post(s, `${E}/step`, { session_id: c.body.session_id, action: 1 })).status).to.equal(404);
      expect((await post(s, `${E}/step`, { session_id: b.body.session_id, action: 1 })).text).to.match(/"reward":1\.0/);
      expect(s.context.sessions.size).to.equal(1);
      const d = await post(s, `${E}/reset`, {});
      expect((await post(s, `${E}/step`, { session_id: d.body.session_id, action: 1 })).status).to.equal(200);
    });
  });

  it('a call waiting behind another session on the same worker is not charged for the wait', async () => {
    await withServer({ sessionWorkers: 1, timeoutMs: 1000, plugins: [BUSY] }, async (s) => {
      const [a, b] = [await post(s, `${E}/reset`, {}), await post(s, `${E}/reset`, {})];
      // each step spins 700 ms; the second waits ~700 ms for the first, so from its request it takes ~1.4 s
      const steps = await Promise.all([a, b].map((x) => post(s, `${E}/step`, { session_id: x.body.session_id, action: 4 })));
      expect(steps.map((r) => r.status)).to.deep.equal([200, 200]);
    });
  });

  it('errors keep their statuses across the thread: unknown env 404, bad kwargs 400, a throwing step 500; built-in envs work', async () => {
    await withServer({ sessionWorkers: 2, plugins: [BUSY] }, async (s) => {
      expect((await post(s, '/v1/envs/test%2FBusy-v9/reset', {})).status).to.equal(404);
      const bad = await post(s, '/v1/envs/mathgym%2FArithmetic-v0/reset', { kwargs: { difficulty: 99 } });
      expect([bad.status, bad.body.error.code]).to.deep.equal([400, 'CONFIG']);
      const a = await post(s, `${E}/reset`, {});
      const boom = await post(s, `${E}/step`, { session_id: a.body.session_id, action: 3 });
      expect(boom.status).to.equal(500);
      expect(boom.body.error.message).to.match(/busy env failed/);
      const m = await post(s, '/v1/envs/mathgym%2FArithmetic-v0/reset', { seed: 7 });
      const m2 = await post(s, '/v1/envs/mathgym%2FArithmetic-v0/reset', { seed: 7 });
      expect(m.body.observation).to.be.a('string').and.equal(m2.body.observation);
      const wrong = await post(s, '/v1/envs/mathgym%2FArithmetic-v0/step', { session_id: m.body.session_id, action: 'not a number' });
      expect(wrong.text).to.match(/"reward":0\.0/);
      expect((await post(s, '/v1/envs/mathgym%2FArithmetic-v0/close', { session_id: m.body.session_id })).body).to.deep.equal({ closed: true });
    });
  });
});
