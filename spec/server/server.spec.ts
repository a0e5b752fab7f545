import { expect } from 'chai';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RewardServer, type ServerOptions } from '../../lib/server/app.js';
import { RewardClient } from '../../lib/server/client.js';
import { ConfigError } from '../../lib/errors.js';
import { registry } from '../../lib/index.js';
import { CountdownEnv, registerEnvs } from '../fixtures/envs.js';
import { HANG_BOUND_MS } from '../support/time-limits.js';

const STUB = new URL('../fixtures/stub-verify-worker.ts', import.meta.url).href;

interface Res {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test responses are read loosely
  text: string;
}

async function call(server: RewardServer, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

async function withServer(opts: ServerOptions, f: (s: RewardServer) => Promise<void>): Promise<void> {
  const s = await startServer({ port: 0, workers: 1, ...opts });
  try {
    await f(s);
  } finally {
    await s.close();
  }
}

describe('reward server', function () {
  this.timeout(120_000);
  let server: RewardServer;
  before(async () => {
    server = await startServer({ port: 0, workers: 2, sessionTtlMs: 60_000, maxSessions: 3 });
  });
  after(async () => server?.close());

  it('binds 127.0.0.1 by default', () => {
    expect(server.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  describe('OpenRLHF /get_reward', () => {
    it('scores parallel lists: the response is query minus its prompt, rewards/scores/extra_logs aligned', async () => {
      const prompts = ['Q: 1/2 as a decimal?\n', 'Q: 2+2?\n', 'Q: 2+2?\n'];
      const query = [`${prompts[0]}so \\boxed{0.5}<|eos|>`, `${prompts[1]}\\boxed{5}`, `${prompts[2]}The answer is \\boxed{4}.`];
      const r = await call(server, 'POST', '/get_reward', { query, prompts, labels: ['\\frac{1}{2}', '4', '4'] });
      expect(r.status).to.equal(200);
      expect(r.body).to.deep.equal({ rewards: [1, 0, 1], scores: [1, 0, 1], extra_logs: { correct: [1, 0, 1], verifier_error: [0, 0, 0], too_long: [0, 0, 0] }, errors: [] });
      // floats on the wire: Python reads 1 as an int (OpenRLHF's torch.tensor(rewards) would be int64)
      expect(r.text).to.contain('"rewards":[1.0,0.0,1.0],"scores":[1.0,0.0,1.0]');
      expect(r.text).to.contain('"extra_logs":{"correct":[1.0,0.0,1.0],"verifier_error":[0.0,0.0,0.0],"too_long":[0.0,0.0,0.0]}');
    });

    it('the prompt is not scored: an answer in the prompt alone earns nothing', async () => {
      const r = await call(server, 'POST', '/get_reward', { query: ['Is it \\boxed{4}? I do not know'], prompts: ['Is it \\boxed{4}?'], labels: ['4'] });
      expect(r.body.rewards).to.deep.equal([0]);
    });

    it('answers empty lists (a shard with no samples)', async () => {
      const r = await call(server, 'POST', '/get_reward', { query: [], prompts: [], labels: [] });
      expect(r.status).to.equal(200);
      expect(r.body).to.deep.equal({ rewards: [], scores: [], extra_logs: { correct: [], verifier_error: [], too_long: [] }, errors: [] });
    });

    it('a null label is an explicit per-item error, not a silent 0', async () => {
      const r = await call(server, 'POST', '/get_reward', { query: ['\\boxed{1}', '\\boxed{2}'], labels: [null, '2'] });
      expect(r.body.rewards).to.deep.equal([0, 1]);
      expect(r.body.errors).to.have.length(1);
      expect(r.body.errors[0]).to.include({ index: 0, code: 'NO_LABEL' });
      expect(r.body.extra_logs.verifier_error).to.deep.equal([1, 0]);
    });

    it('numeric labels are read as text', async () => {
      const r = await call(server, 'POST', '/get_reward', { query: ['\\boxed{72}', '\\boxed{0.5}'], labels: [72, 0.5] });
      expect(r.status).to.equal(200);
      expect(r.body.rewards).to.deep.equal([1, 1]);
    });

    it('lists of different lengths are a 400 naming the fields', async () => {
      const r = await call(server, 'POST', '/get_reward', { query: ['a', 'b'], prompts: ['a'], labels: ['1'] });
      expect(r.status).to.equal(400);
      expect(r.body.error.code).to.equal('VALIDATION');
      expect(r.body.error.fields.map((f: { path: string }) => f.path)).to.deep.equal(['/labels', '/prompts']);
    });
  });

  describe('/v1/score and /v1/compute_score', () => {
    it('/v1/score: results in input order with rule and prediction; chat-message completions work', async () => {
      const r = await call(server, 'POST', '/v1/score', {
        items: [
          { completion: 'so \\boxed{1/2}', answer: '0.5' },
          { completion: [{ role: 'assistant', content: 'It is \\boxed{7}' }], answer: '8', prompt: [{ role: 'user', content: 'What?' }] },
          { completion: 'x = \\boxed{3}', answer: '3', info: { id: 'q3' } },
        ],
      });
      expect(r.status).to.equal(200);
      expect(r.body.results.map((x: { index: number; reward: number; correct: boolean }) => [x.index, x.reward, x.correct])).to.deep.equal([[0, 1, true], [1, 0, false], [2, 1, true]]);
      expect(r.body.results[0].pred).to.equal('1/2');
      expect(r.body.results[0].components).to.have.keys(['correctness', 'format']);
      expect(r.body.results[0].error).to.equal(null);
    });

    it('/v1/score with a named reward; an unknown reward is a 400 on /reward', async () => {
      const ok = await call(server, 'POST', '/v1/score', { reward: 'format', items: [{ completion: 'no box here', answer: '1' }] });
      expect(ok.body.results[0].reward).to.equal(0);
      const bad = await call(server, 'POST', '/v1/score', { reward: 'nosuch', items: [] });
      expect(bad.status).to.equal(400);
      expect(bad.body.error.fields[0].path).to.equal('/reward');
    });

    it('/v1/compute_score: verl dicts with every key, list ground truths take the best', async () => {
      const r = await call(server, 'POST', '/v1/compute_score', {
        items: [
          { data_source: 'openai/gsm8k', solution_str: 'so #### 72', ground_truth: '72' },
          { data_source: 'math', solution_str: '\\boxed{2}', ground_truth: ['1', '2'], extra_info: { index: 3 } },
          { data_source: 'math', solution_str: '\\boxed{5}', ground_truth: 6 },
        ],
      });
      expect(r.status).to.equal(200);
      expect(r.body.results.map((x: { score: number }) => x.score)).to.deep.equal([1, 1, 0]);
      for (const x of r.body.results) expect(x).to.have.all.keys(['score', 'acc', 'pred', 'rule', 'error']);
      expect(r.body.results[0].error).to.equal('');
    });
  });

  describe('validation', () => {
    it('answers 400 with the first failing field path (validation stops there)', async () => {
      const r = await call(server, 'POST', '/v1/score', { items: [{ completion: 'x' }, { answer: 1, completion: 'y' }] });
      expect(r.status).to.equal(400);
      const paths = r.body.error.fields.map((f: { path: string }) => f.path);
      expect(paths).to.deep.equal(['/items/0']);
      expect(r.body.error.message).to.match(/must have required property 'answer'/);
    });

    it('answers 400 for malformed JSON, 415 for another content type, 404 with a pointer for unknown routes', async () => {
      const bad = await call(server, 'POST', '/v1/score', '{"items": [', {});
      expect(bad.status).to.equal(400);
      expect(bad.body.error.code).to.be.a('string');
      const xml = await fetch(`${server.url}/v1/score`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<items/>' });
      expect(xml.status).to.equal(415);
      const text = await call(server, 'POST', '/v1/score', 'hi', { 'content-type': 'text/plain' });
      expect(text.status).to.equal(400);
      expect(text.body.error.fields[0]).to.deep.equal({ path: '/', message: 'must be object' });
      const nf = await call(server, 'GET', '/nope');
      expect(nf.status).to.equal(404);
      expect(nf.body.error.message).to.match(/openapi\.json/);
    });
  });

  describe('environment sessions', () => {
    const ENV = '/v1/envs/mathgym%2FArithmetic-v0';

    it('reset, step, close; same seed, same problem', async () => {
      const a = await call(server, 'POST', `${ENV}/reset`, { seed: 3 });
      expect(a.status).to.equal(200);
      expect(a.body.session_id).to.be.a('string');
      expect(a.body.observation).to.match(/^Compute /);
      expect(a.body.expires_in_s).to.equal(60);
      const again = await call(server, 'POST', `${ENV}/reset`, { seed: 3, session_id: a.body.session_id });
      expect(again.body.observation).to.equal(a.body.observation);
      expect(again.body.session_id).to.equal(a.body.session_id);
      const s = await call(server, 'POST', `${ENV}/step`, { session_id: a.body.session_id, action: '0' });
      expect(s.status).to.equal(200);
      expect(s.body).to.include.keys(['observation', 'reward', 'terminated', 'truncated', 'info']);
      expect(s.body.terminated).to.equal(true);
      const c = await call(server, 'POST', `${ENV}/close`, { session_id: a.body.session_id });
      expect(c.body).to.deep.equal({ closed: true });
      const gone = await call(server, 'POST', `${ENV}/step`, { session_id: a.body.session_id, action: '0' });
      expect(gone.status).to.equal(404);
      expect(gone.body.error.code).to.equal('SESSION_NOT_FOUND');
    });

    it('a Metamath session proves mp2 over HTTP', async () => {
      const r = await call(server, 'POST', '/v1/envs/mathgym%2FMetamathProof-v0/reset', { seed: 0, kwargs: { theorem: 'mp2' } });
      const id = r.body.session_id;
      let last: Res = r;
      for (const action of ['ax-mp', '#2 ax-mp', '#2 mp2.3', 'mp2.1', 'mp2.2']) last = await call(server, 'POST', '/v1/envs/mathgym%2FMetamathProof-v0/step', { session_id: id, action });
      expect(last.body.reward).to.equal(1);
      expect(last.body.info.proof.compressed).to.match(/^\( /);
      await call(server, 'POST', '/v1/envs/mathgym%2FMetamathProof-v0/close', { session_id: id });
    });

    it('unknown env 404 with suggestions; bad kwargs 400; step on the wrong env 400', async () => {
      const nf = await call(server, 'POST', '/v1/envs/mathgym%2FArithmetc-v0/reset', {});
      expect(nf.status).to.equal(404);
      expect(nf.body.error.message).to.match(/Did you mean/);
      const bad = await call(server, 'POST', `${ENV}/reset`, { kwargs: { difficulty: 99 } });
      expect(bad.status).to.equal(400);
      const a = await call(server, 'POST', `${ENV}/reset`, {});
      const wrong = await call(server, 'POST', '/v1/envs/mathgym%2FQuadratics-v0/step', { session_id: a.body.session_id, action: '1' });
      expect(wrong.status).to.equal(400);
      expect(wrong.body.error.code).to.equal('SESSION_ENV_MISMATCH');
      await call(server, 'POST', `${ENV}/close`, { session_id: a.body.session_id });
    });

    it('a reset that fails does not leave a session behind; a reset may have no body', async () => {
      const before = (await call(server, 'GET', '/readyz')).body.sessions;
      const bad = await call(server, 'POST', '/v1/envs/mathgym%2FMetamathProof-v0/reset', { options: { theorem: 'no-such-theorem' } });
      expect(bad.status).to.equal(400);
      expect((await call(server, 'GET', '/readyz')).body.sessions).to.equal(before);
      const res = await fetch(`${server.url}${ENV}/reset`, { method: 'POST' });
      expect(res.status).to.equal(200);
      const { session_id } = (await res.json()) as { session_id: string };
      await call(server, 'POST', `${ENV}/close`, { session_id });
    });

    it('caps open sessions with 429 + Retry-After', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await call(server, 'POST', `${ENV}/reset`, {})).body.session_id);
      const over = await call(server, 'POST', `${ENV}/reset`, {});
      expect(over.status).to.equal(429);
      expect(over.headers.get('retry-after')).to.equal('5');
      expect(over.body.error.code).to.equal('SESSION_CAP');
      for (const id of ids) await call(server, 'POST', `${ENV}/close`, { session_id: id });
      expect((await call(server, 'POST', `${ENV}/reset`, {})).status).to.equal(200);
    });

    it('closes sessions idle past the TTL', async () => {
      await withServer({ sessionTtlMs: 200 }, async (s) => {
        const a = await call(s, 'POST', `${ENV}/reset`, {});
        await new Promise((r) => setTimeout(r, 600));
        const late = await call(s, 'POST', `${ENV}/step`, { session_id: a.body.session_id, action: '0' });
        expect(late.status).to.equal(404);
        expect(late.body.error.message).to.match(/expired/);
      });
    });
  });

  describe('probes, metrics, OpenAPI', () => {
    it('/healthz and /readyz answer 200', async () => {
      expect((await call(server, 'GET', '/healthz')).body).to.deep.equal({ status: 'ok' });
      const ready = await call(server, 'GET', '/readyz');
      expect(ready.status).to.equal(200);
      expect(ready.body.status).to.equal('ready');
    });

    it('/metrics is Prometheus text with request, item and queue metrics', async () => {
      await call(server, 'POST', '/v1/score', { items: [{ completion: '\\boxed{1}', answer: '1' }] });
      const r = await fetch(`${server.url}/metrics`);
      expect(r.headers.get('content-type')).to.match(/^text\/plain; version=0\.0\.4/);
      const text = await r.text();
      expect(text).to.match(/^# TYPE mathgym_http_requests_total counter$/m);
      expect(text).to.match(/^mathgym_http_requests_total\{route="\/v1\/score",method="POST",status="200"\} \d+$/m);
      expect(text).to.match(/^mathgym_items_scored_total\{endpoint="score",outcome="ok"\} \d+$/m);
      expect(text).to.match(/^mathgym_http_request_duration_seconds_bucket\{le="0\.005",route="\/v1\/score"\} \d+$/m);
      expect(text).to.match(/^mathgym_queue_items 0$/m);
      expect(text).to.match(/^mathgym_process_resident_memory_bytes \d+/m);
    });

    it('/openapi.json documents every endpoint', async () => {
      const r = await call(server, 'GET', '/openapi.json');
      expect(r.body.openapi).to.equal('3.1.0');
      expect(Object.keys(r.body.paths)).to.include.members(['/get_reward', '/v1/score', '/v1/compute_score', '/v1/envs/{id}/reset', '/v1/envs/{id}/step', '/v1/envs/{id}/close', '/healthz', '/readyz', '/metrics']);
      expect(r.body.paths['/get_reward'].post.requestBody.content['application/json'].schema.required).to.deep.equal(['query', 'labels']);
    });
  });
});

describe('reward server limits and failures', function () {
  this.timeout(120_000);

  it('bearer auth: 401 without or with a wrong token, 200 with it; probes stay open', async () => {
    await withServer({ token: 's3cret-token' }, async (s) => {
      const body = { items: [] };
      const none = await call(s, 'POST', '/v1/score', body);
      expect(none.status).to.equal(401);
      expect(none.headers.get('www-authenticate')).to.equal('Bearer');
      expect(none.text).to.not.contain('s3cret-token');
      expect((await call(s, 'POST', '/v1/score', body, { authorization: 'Bearer wrong' })).status).to.equal(401);
      expect((await call(s, 'POST', '/v1/score', body, { authorization: 'Bearer s3cret-token-and-more' })).status).to.equal(401);
      expect((await call(s, 'POST', '/v1/score', body, { authorization: 'Bearer s3cret-token' })).status).to.equal(200);
      expect((await call(s, 'GET', '/metrics')).status).to.equal(401);
      expect((await call(s, 'GET', '/healthz')).status).to.equal(200);
      expect((await call(s, 'GET', '/readyz')).status).to.equal(200);
    });
  });

  it('an env step that hangs answers 504 and closes its session; one that throws answers 500 and the server keeps serving', async () => {
    if (!registry.has('test/Faulty-v0')) registerEnvs(registry);
    await withServer({ timeoutMs: 300 }, async (s) => {
      const E = '/v1/envs/test%2FFaulty-v0';
      const a = await call(s, 'POST', `${E}/reset`, { seed: 0, kwargs: { mode: 'hang' } });
      const t = performance.now();
      const hung = await call(s, 'POST', `${E}/step`, { session_id: a.body.session_id, action: 1 });
      expect(hung.status).to.equal(504);
      expect(hung.body.error.code).to.equal('STEP_TIMEOUT');
      expect(performance.now() - t).to.be.lessThan(HANG_BOUND_MS);
      expect((await call(s, 'POST', `${E}/step`, { session_id: a.body.session_id, action: 0 })).status).to.equal(404);
      const b = await call(s, 'POST', `${E}/reset`, { seed: 0, kwargs: { mode: 'throw' } });
      const boom = await call(s, 'POST', `${E}/step`, { session_id: b.body.session_id, action: 1 });
      expect(boom.status).to.equal(500);
      expect(boom.body.error.message).to.match(/boom in step/);
      expect((await call(s, 'POST', `${E}/step`, { session_id: b.body.session_id, action: 0 })).status).to.equal(200);
    });
  });

  it('answers 413 for a body over the limit', async () => {
    await withServer({ bodyLimit: 1024 }, async (s) => {
      const r = await call(s, 'POST', '/v1/score', { items: [{ completion: 'x'.repeat(4096), answer: '1' }] });
      expect(r.status).to.equal(413);
      expect(r.body.error.code).to.equal('BODY_TOO_LARGE');
      expect(r.body.error.message).to.match(/1024 byte limit/);
      expect((await call(s, 'GET', '/healthz')).status).to.equal(200);
    });
  });

  it('a pathological item times out while the others in its batch are scored', async () => {
    await withServer({ workerModule: STUB, timeoutMs: 300, workers: 2 }, async (s) => {
      const t = performance.now();
      const r = await call(s, 'POST', '/v1/score', { items: [{ completion: '1', answer: '1' }, { completion: 'hang', answer: '1' }, { completion: '2', answer: '3' }] });
      expect(r.status).to.equal(200);
      const [a, b, c] = r.body.results;
      expect([a.reward, c.reward]).to.deep.equal([1, 0]);
      expect(b.reward).to.equal(null);
      expect(b.error.code).to.equal('TIMEOUT');
      expect(performance.now() - t).to.be.lessThan(HANG_BOUND_MS);
      // the stuck worker was replaced: the server keeps scoring
      const next = await call(s, 'POST', '/get_reward', { query: ['5'], labels: ['5'] });
      expect(next.body.rewards).to.deep.equal([1]);
      const m = await (await fetch(`${s.url}/metrics`)).text();
      expect(m).to.match(/^mathgym_item_errors_total\{code="TIMEOUT"\} 1$/m);
    });
  });

  it('a worker killed mid-request fails only its item, and the server recovers', async () => {
    await withServer({ workerModule: STUB, timeoutMs: 2000, workers: 1 }, async (s) => {
      const r = await call(s, 'POST', '/get_reward', { query: ['crash', '7'], labels: ['1', '7'] });
      expect(r.status).to.equal(200);
      expect(r.body.errors).to.have.length(1);
      expect(r.body.errors[0]).to.include({ index: 0, code: 'WORKER_CRASHED' });
      expect(r.body.extra_logs.verifier_error).to.deep.equal([1, 0]);
      expect(r.body.rewards[1]).to.equal(1);
      const after = await call(s, 'POST', '/v1/score', { items: [{ completion: '9', answer: '9' }] });
      expect(after.body.results[0].reward).to.equal(1);
    });
  });

  it('a full queue answers 429 with Retry-After, and readiness turns 503', async () => {
    await withServer({ workerModule: STUB, timeoutMs: 5000, workers: 1, maxQueue: 2 }, async (s) => {
      const slow = call(s, 'POST', '/v1/score', { items: [{ completion: 'slow', answer: 'slow' }, { completion: 'slow2', answer: 'slow' }] });
      await new Promise((r) => setTimeout(r, 100));
      const busy = await call(s, 'POST', '/v1/score', { items: [{ completion: '1', answer: '1' }] });
      expect(busy.status).to.equal(429);
      expect(busy.headers.get('retry-after')).to.equal('1');
      expect(busy.body.error.code).to.equal('QUEUE_FULL');
      expect((await call(s, 'GET', '/readyz')).status).to.equal(503);
      const done = await slow;
      expect(done.status).to.equal(200);
      expect(done.body.results.map((x: { reward: number }) => x.reward)).to.deep.equal([1, 0]);
      expect((await call(s, 'POST', '/v1/score', { items: [{ completion: '1', answer: '1' }] })).status).to.equal(200);
    });
  });

  it('with a drain delay, readiness answers 503 and new work 503 DRAINING + Retry-After before the port closes', async () => {
    const s = await startServer({ port: 0, workers: 1, drainDelayMs: 500 });
    const closing = s.close();
    const ready = await call(s, 'GET', '/readyz');
    expect(ready.status).to.equal(503);
    expect(ready.body.status).to.equal('draining');
    const r = await call(s, 'POST', '/get_reward', { query: ['1'], labels: ['1'] });
    expect(r.status).to.equal(503);
    expect(r.headers.get('retry-after')).to.equal('1');
    expect(r.body.error.code).to.equal('DRAINING');
    await closing;
  });

  it('shutdown drains: requests in flight finish, new ones are refused', async () => {
    const s = await startServer({ port: 0, workerModule: STUB, timeoutMs: 5000, workers: 1 });
    const inflight = call(s, 'POST', '/v1/score', { items: [{ completion: 'slow', answer: 'slow' }, { completion: 'slow', answer: 'slow' }] });
    await new Promise((r) => setTimeout(r, 100));
    const closing = s.close();
    expect(s.context.draining).to.equal(true);
    const late = await call(s, 'POST', '/v1/score', { items: [{ completion: '1', answer: '1' }] }).catch((e: Error) => ({ status: 0, error: e, body: undefined }));
    expect([0, 503]).to.include(late.status);
    if (late.status === 503) expect(late.body.error.code).to.equal('DRAINING');
    const r = await inflight;
    expect(r.status).to.equal(200);
    expect(r.body.results.map((x: { reward: number }) => x.reward)).to.deep.equal([1, 1]);
    const t = performance.now();
    await closing;
    expect(performance.now() - t, 'close() returns once in-flight work is done').to.be.lessThan(HANG_BOUND_MS);
  });
});

describe('reward server: review fixes', function () {
  this.timeout(120_000);
  const MM = '/v1/envs/mathgym%2FMetamathProof-v0';
  const ENV = '/v1/envs/mathgym%2FArithmetic-v0';
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  const MM_DIR = join(ROOT, 'datasets', 'data', 'metamath');

  describe('kwargs may not name server files', () => {
    let server: RewardServer;
    before(async () => {
      server = await startServer({ port: 0, workers: 1 });
    });
    after(async () => server?.close());

    it('refuses absolute, relative, existing and nested paths with one message, whether the file exists or not', async () => {
      expect(existsSync(resolve('package.json')), 'the spec runs from the repository root').to.equal(true);
      const bodies = [
        { kwargs: { database: '/proc/self/environ' } },
        { kwargs: { database: '/no/such/file.mm' } },
        { kwargs: { database: '../package.json' } },
        { kwargs: { database: 'package.json' } },
        { kwargs: { database: '~/set.mm' } },
        { kwargs: { database: 'x/../../../../../../../../etc/passwd' } },
        { kwargs: { theorem: 'mp2', a: ['/etc/passwd'] } },
        { kwargs: { nested: { deep: [{ x: './x' }] } } },
      ];
      const messages = new Set<string>();
      for (const body of bodies) {
        const r = await call(server, 'POST', `${MM}/reset`, body);
        expect(r.status, JSON.stringify(body)).to.equal(400);
        expect(r.body.error.code).to.equal('KWARG_PATH_REFUSED');
        expect(r.text).to.not.match(/PATH=|HOME=|"name": "mathgym"|root:/);
        messages.add(r.text);
      }
      expect([...messages]).to.have.length(1);
      // MathQA's dataset kwarg too, and no session was left behind
      const qa = await call(server, 'POST', '/v1/envs/mathgym%2FMathQA-v0/reset', { kwargs: { dataset: '/etc/passwd' } });
      expect(qa.status).to.equal(400);
      expect(qa.text).to.equal([...messages][0]);
      expect(server.context.sessions.size).to.equal(0);
      // text that only contains / or \ and names no file is not a path: a prompt template, a fraction
      const tpl = await call(server, 'POST', '/v1/envs/mathgym%2FMathQA-v0/reset', { kwargs: { promptTemplate: 'Solve: {problem}\nPut the answer in \\boxed{} (a/b for fractions).' } });
      expect(tpl.status, tpl.text).to.not.equal(400);
      if (tpl.status === 200) await call(server, 'POST', '/v1/envs/mathgym%2FMathQA-v0/close', { session_id: tpl.body.session_id });
    });

    it('bundled names still work', async () => {
      const r = await call(server, 'POST', `${MM}/reset`, { kwargs: { database: 'set-prop', theorem: 'mp2' } });
      expect(r.status, r.text).to.equal(200);
      await call(server, 'POST', `${MM}/close`, { session_id: r.body.session_id });
      const qa = await call(server, 'POST', '/v1/envs/mathgym%2FMathQA-v0/reset', { seed: 0, kwargs: { dataset: 'math500' } });
      expect(qa.status, qa.text).to.equal(200);
      await call(server, 'POST', '/v1/envs/mathgym%2FMathQA-v0/close', { session_id: qa.body.session_id });
    });

    it('files inside a --data-dir are allowed; escapes by .. or a symlink are not', async () => {
      const tmp = mkdtempSync(join(tmpdir(), 'mathgym-datadir-'));
      try {
        symlinkSync(resolve('package.json'), join(tmp, 'evil.mm'));
        await withServer({ dataDirs: [MM_DIR, tmp] }, async (s) => {
          const ok = await call(s, 'POST', `${MM}/reset`, { kwargs: { database: join(MM_DIR, 'set-prop.mm'), theorem: 'mp2' } });
          expect(ok.status, ok.text).to.equal(200);
          expect(ok.body.observation).to.be.a('string');
          await call(s, 'POST', `${MM}/close`, { session_id: ok.body.session_id });
          for (const database of [`${MM_DIR}/../../../package.json`, join(tmp, 'evil.mm'), resolve('package.json'), '/proc/self/environ']) {
            const r = await call(s, 'POST', `${MM}/reset`, { kwargs: { database } });
            expect(r.status, database).to.equal(400);
            expect(r.body.error.code, database).to.equal('KWARG_PATH_REFUSED');
          }
        });
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });

    it('a --data-dir that does not exist refuses to start', async () => {
      await expectConfigError(startServer({ port: 0, workers: 1, dataDirs: ['/no/such/dir'] }), /--data-dir "\/no\/such\/dir" does not exist/);
    });
  });

  it('close() resolves within the drain timeout when a client sent half a body and went silent', async () => {
    const s = await startServer({ port: 0, workers: 1, drainTimeoutMs: 300 });
    const sock = connect(s.port, '127.0.0.1');
    sock.on('error', () => undefined);
    await new Promise<void>((r) => sock.once('connect', () => r()));
    sock.write('POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"items": [');
    await new Promise((r) => setTimeout(r, 150));
    const dropped = new Promise<void>((r) => sock.once('close', () => r()));
    const t = performance.now();
    await s.close();
    expect(performance.now() - t).to.be.lessThan(HANG_BOUND_MS);
    await dropped; // the server destroyed the stalled connection
    sock.destroy();
  });

  describe('/v1/compute_score list ground truths', () => {
    it('a list over 16 answers is a 400', async () => {
      await withServer({}, async (s) => {
        const r = await call(s, 'POST', '/v1/compute_score', { items: [{ data_source: 'x', solution_str: '\\boxed{1}', ground_truth: Array.from({ length: 17 }, (_, i) => String(i)) }] });
        expect(r.status).to.equal(400);
        expect(r.body.error.message).to.match(/ground_truth must NOT have more than 16 items/);
        const ok = await call(s, 'POST', '/v1/compute_score', { items: [{ data_source: 'x', solution_str: '\\boxed{15}', ground_truth: Array.from({ length: 16 }, (_, i) => String(i)) }] });
        expect(ok.body.results[0].score).to.equal(1);
      });
    });

    it('admits one queue slot per accepted answer', async () => {
      await withServer({ workerModule: STUB, timeoutMs: 5000, workers: 1, maxQueue: 3 }, async (s) => {
        const slow = call(s, 'POST', '/v1/compute_score', { items: [{ data_source: 'x', solution_str: 'slow', ground_truth: ['slow', 'slow', 'slow'] }] });
        await new Promise((r) => setTimeout(r, 100));
        const ready = await call(s, 'GET', '/readyz');
        expect(ready.status).to.equal(503);
        expect(ready.body.pending).to.equal(3);
        const busy = await call(s, 'POST', '/v1/compute_score', { items: [{ data_source: 'x', solution_str: '1', ground_truth: '1' }] });
        expect(busy.status).to.equal(429);
        const done = await slow;
        expect(done.status).to.equal(200);
        expect(done.body.results[0].score).to.equal(1);
        expect(s.context.scorer.pending).to.equal(0);
      });
    });

    it('the best answer does not depend on the order of the list', async () => {
      await withServer({}, async (s) => {
        const r = await call(s, 'POST', '/v1/compute_score', {
          items: [
            { data_source: 'x', solution_str: '\\boxed{1}', ground_truth: ['', '2'] },
            { data_source: 'x', solution_str: '\\boxed{1}', ground_truth: ['2', ''] },
            { data_source: 'x', solution_str: '\\boxed{1}', ground_truth: ['', '1', '2'] },
            { data_source: 'x', solution_str: '\\boxed{1}', ground_truth: ['2', '', '1'] },
          ],
        });
        expect(r.status).to.equal(200);
        const [a, b, c, d] = r.body.results;
        expect(a).to.deep.equal(b);
        expect(a.error).to.equal('');
        expect(a.score).to.equal(0);
        expect(c).to.deep.equal(d);
        expect(c.score).to.equal(1);
      });
    });
  });

  describe('/get_reward', () => {
    let server: RewardServer;
    before(async () => {
      server = await startServer({ port: 0, workers: 1 });
    });
    after(async () => server?.close());

    const fewShot = 'Example: 1+3 = \\boxed{4}\nQ: 2+2?\n';

    it('a prompt that differs from the query only in whitespace is cut off: its example earns nothing', async () => {
      const query = ['Example:  1+3 = \\boxed{4}\r\nQ: 2+2? I do not know', 'Example: 1+3=\\boxed{4} Q:2+2?\nso \\boxed{4}'];
      const r = await call(server, 'POST', '/get_reward', { query, prompts: [fewShot, fewShot], labels: ['4', '4'] });
      expect(r.status).to.equal(200);
      expect(r.body.rewards).to.deep.equal([0, 1]);
      expect(r.body.errors).to.deep.equal([]);
    });

    it('a prompt that is not a prefix at all is PROMPT_MISMATCH, not a reward for the whole query', async () => {
      const r = await call(server, 'POST', '/get_reward', { query: [`${fewShot}I do not know`, `${fewShot}\\boxed{4}`], prompts: ['Something else entirely', fewShot], labels: ['4', '4'] });
      expect(r.status).to.equal(200);
      expect(r.body.rewards).to.deep.equal([0, 1]);
      expect(r.body.errors).to.have.length(1);
      expect(r.body.errors[0]).to.include({ index: 0, code: 'PROMPT_MISMATCH' });
      expect(r.body.extra_logs.verifier_error).to.deep.equal([1, 0]);
    });

    it('numbers JSON cannot carry exactly are LABEL_NOT_EXACT', async () => {
      const body = '{"query": ["\\\\boxed{12345678901234567890}", "\\\\boxed{1e21}", "\\\\boxed{0.0000001}", "\\\\boxed{72}", "\\\\boxed{9007199254740991}"], "labels": [12345678901234567890, 1e21, 1e-7, 72, 9007199254740991]}';
      const r = await call(server, 'POST', '/get_reward', body, { 'content-type': 'application/json' });
      expect(r.status).to.equal(200);
      expect(r.body.rewards).to.deep.equal([0, 0, 0, 1, 1]);
      expect(r.body.errors.map((e: { index: number; code: string }) => [e.index, e.code])).to.deep.equal([
        [0, 'LABEL_NOT_EXACT'],
        [1, 'LABEL_NOT_EXACT'],
        [2, 'LABEL_NOT_EXACT'],
      ]);
      expect(r.body.errors[0].message).to.match(/send large numbers as strings/);
      expect(r.body.extra_logs.verifier_error).to.deep.equal([1, 1, 1, 0, 0]);
    });
  });

  it('an empty request is answered 200 even when the queue is full', async () => {
    await withServer({ workerModule: STUB, timeoutMs: 5000, workers: 1, maxQueue: 2 }, async (s) => {
      const slow = call(s, 'POST', '/v1/score', { items: [{ completion: 'slow', answer: 'slow' }, { completion: 'slow', answer: 'slow' }, { completion: 'slow', answer: 'slow' }] });
      await new Promise((r) => setTimeout(r, 100));
      expect((await call(s, 'POST', '/v1/score', { items: [{ completion: '1', answer: '1' }] })).status).to.equal(429);
      const empty = await call(s, 'POST', '/get_reward', { query: [], prompts: [], labels: [] });
      expect(empty.status).to.equal(200);
      expect(empty.body.rewards).to.deep.equal([]);
      expect((await call(s, 'POST', '/v1/score', { items: [] })).status).to.equal(200);
      expect((await call(s, 'POST', '/v1/compute_score', { items: [] })).status).to.equal(200);
      expect((await slow).status).to.equal(200);
    });
  });

  it('concurrent resets cannot overshoot the session cap', async () => {
    if (!registry.has('test/SlowCtor-v0')) {
      registry.register({
        id: 'test/SlowCtor-v0',
        factory: async (kw) => {
          await new Promise((r) => setTimeout(r, 100));
          return new CountdownEnv(kw);
        },
      });
    }
    await withServer({ maxSessions: 2 }, async (s) => {
      const E = '/v1/envs/test%2FSlowCtor-v0';
      const rs = await Promise.all(Array.from({ length: 6 }, () => call(s, 'POST', `${E}/reset`, {})));
      const statuses = rs.map((r) => r.status).sort();
      expect(statuses).to.deep.equal([200, 200, 429, 429, 429, 429]);
      expect(s.context.sessions.size).to.equal(2);
      for (const r of rs) if (r.status === 200) await call(s, 'POST', `${E}/close`, { session_id: r.body.session_id });
      // a failed make() gives its slot back
      const bad = await Promise.all([call(s, 'POST', `${E}/reset`, { kwargs: { renderMode: 'nope' } }), call(s, 'POST', `${E}/reset`, { kwargs: { renderMode: 'nope' } })]);
      expect(bad.map((r) => r.status)).to.deep.equal([400, 400]);
      const again = await Promise.all([call(s, 'POST', `${E}/reset`, {}), call(s, 'POST', `${E}/reset`, {})]);
      expect(again.map((r) => r.status)).to.deep.equal([200, 200]);
    });
  });

  it('time limits that would overflow setTimeout, and tokens that could never match, refuse to start', async () => {
    await expectConfigError(startServer({ port: 0, workers: 1, timeoutMs: 2 ** 31 }), /--timeout-ms must be an integer from 1 to 3600000/);
    await expectConfigError(startServer({ port: 0, workers: 1, timeoutMs: 3_600_001 }), /--timeout-ms/);
    await expectConfigError(startServer({ port: 0, workers: 1, drainTimeoutMs: 3_600_001 }), /--drain-timeout must be an integer from 1 to 3600000/);
    await expectConfigError(startServer({ port: 0, workers: 1, drainDelayMs: 2 ** 31 }), /--drain-delay must be an integer from 0 to 3600000/);
    await expectConfigError(startServer({ port: 0, workers: 1, sessionTtlMs: 2 ** 31 }), /session TTL \(ms\) must be an integer from 1 to 2147483647/);
    await expectConfigError(startServer({ port: 0, workers: 1, token: '' }), /token .* is empty/);
    await expectConfigError(startServer({ port: 0, workers: 1, token: ' s3cret' }), /leading or trailing whitespace/);
    await expectConfigError(startServer({ port: 0, workers: 1, token: 's3cret\n' }), /leading or trailing whitespace/);
    // the largest accepted values start
    await withServer({ timeoutMs: 3_600_000, drainTimeoutMs: 3_600_000, sessionTtlMs: 2 ** 31 - 1 }, async (s) => {
      expect((await call(s, 'POST', '/get_reward', { query: ['\\boxed{1}'], labels: ['1'] })).body.rewards).to.deep.equal([1]);
    });
  });

  it('RewardClient splits batches over maxItemsPerRequest and rejoins them in order', async () => {
    await withServer({}, async (s) => {
      const client = new RewardClient({ url: s.url, maxItemsPerRequest: 2, retries: 0 });
      // count the requests the client sends
      const realFetch = globalThis.fetch;
      let sent = 0;
      globalThis.fetch = (...args: Parameters<typeof fetch>) => {
        sent++;
        return realFetch(...args);
      };
      try {
        const answers = ['1', '2', '3', '4', '5'];
        const scored = await client.score(answers.map((a, i) => ({ completion: `\\boxed{${i % 2 === 0 ? a : 0}}`, answer: a })));
        expect(scored.map((x) => [x.index, x.reward])).to.deep.equal([[0, 1], [1, 0], [2, 1], [3, 0], [4, 1]]);
        expect(sent).to.equal(3);
        const g = await client.getReward(answers.map((a) => `Q\\boxed{${a}}`), answers.map(() => 'Q'), ['1', '2', '3', null, '0']);
        expect(g.rewards).to.deep.equal([1, 1, 1, 0, 0]);
        expect(g.scores).to.have.length(5);
        expect(g.extra_logs.verifier_error).to.deep.equal([0, 0, 0, 1, 0]);
        expect(g.errors.map((e) => [e.index, e.code])).to.deep.equal([[3, 'NO_LABEL']]);
        expect(sent).to.equal(6);
        const v = await client.computeScore(answers.map((a) => ({ data_source: 'x', solution_str: `\\boxed{${a}}`, ground_truth: a === '3' ? '0' : a })));
        expect(v.map((x) => x.score)).to.deep.equal([1, 1, 0, 1, 1]);
        expect(sent).to.equal(9);
        expect(await client.score([])).to.deep.equal([]);
        expect(sent, 'an empty batch is still one request').to.equal(10);
      } finally {
        globalThis.fetch = realFetch;
      }
      expect(() => new RewardClient({ url: s.url, maxItemsPerRequest: 65_537 })).to.throw(/maxItemsPerRequest/);
    });
  });

  it('OpenAPI: the reset body is optional, the other bodies required', async () => {
    await withServer({}, async (s) => {
      const doc = (await call(s, 'GET', '/openapi.json')).body;
      expect(doc.paths['/v1/envs/{id}/reset'].post.requestBody.required).to.equal(false);
      expect(doc.paths['/v1/envs/{id}/step'].post.requestBody.required).to.equal(true);
      expect(doc.paths['/v1/score'].post.requestBody.required).to.equal(true);
    });
  });

  it('a reset with no body at all opens a session', async () => {
    await withServer({}, async (s) => {
      const res = await fetch(`${s.url}${ENV}/reset`, { method: 'POST' });
      expect(res.status).to.equal(200);
    });
  });
});

async function expectConfigError(p: Promise<unknown>, message: RegExp): Promise<void> {
  let err: unknown;
  try {
    const s = await p;
    await (s as RewardServer).close();
  } catch (e) {
    err = e;
  }
  expect(err, `expected a ConfigError matching ${message}`).to.be.instanceOf(ConfigError);
  expect((err as Error).message).to.match(message);
}
