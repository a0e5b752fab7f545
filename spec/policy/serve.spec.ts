import { expect } from 'chai';
import type { FastifyInstance } from 'fastify';
import { Rng } from '../../lib/core/rng.js';
import { Transformer } from '../../lib/nn/models/transformer.js';
import { CharTokenizer } from '../../lib/nn/tokenizer.js';
import type { CheckpointPolicy } from '../../lib/policy/checkpoint-policy.js';
import { buildPolicyServer, startPolicyServer } from '../../lib/policy/serve.js';
import { arithmeticTask } from '../../lib/rl/tasks.js';

/** An untrained model is enough for the API's shape, seeding and errors (the end-to-end spec trains one). */
function randomPolicy(): CheckpointPolicy {
  const task = arithmeticTask(1);
  const tokenizer = new CharTokenizer(task.charset);
  const model = new Transformer({ vocabSize: tokenizer.vocabSize, dModel: 16, nHeads: 2, nLayers: 1, contextLength: 16 }, Rng.fromSeed(3), tokenizer);
  return { model, tokenizer, task, env: 'mathgym/Arithmetic-v0', difficulty: 1, maxNewTokens: 5 };
}

const QUESTION = 'Compute 7 × 8. Give the exact answer as an integer or a reduced fraction.';

interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string };
}
interface ChatBody {
  object: string;
  model: string;
  choices: Array<{ index: number; message: { role: string; content: string }; finish_reason: string }>;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

describe('policy: serve-policy (OpenAI-compatible server for a checkpoint)', () => {
  const policy = randomPolicy();
  let app: FastifyInstance;
  before(async () => {
    app = buildPolicyServer(policy, { modelName: 'tiny', bodyLimit: 4096, maxN: 8 });
    await app.ready();
  });
  after(() => app.close());
  const post = async (url: string, payload: unknown): Promise<{ status: number; body: unknown }> => {
    const r = await app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
    return { status: r.statusCode, body: r.json() };
  };
  const chat = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ model: 'tiny', messages: [{ role: 'system', content: 'ignored' }, { role: 'user', content: QUESTION }], ...extra });

  it('GET /v1/models lists the one model', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/models' });
    expect(r.json()).to.deep.include({ object: 'list' });
    expect((r.json() as { data: Array<{ id: string; object: string }> }).data.map((m) => [m.id, m.object])).to.deep.equal([['tiny', 'model']]);
  });

  it('chat completions answer the first user message through the task prompt, as the model itself would', async () => {
    const r = await post('/v1/chat/completions', chat({ temperature: 0, max_tokens: 4, n: 2, seed: 5 }));
    expect(r.status).to.equal(200);
    const body = r.body as ChatBody;
    expect(body.object).to.equal('chat.completion');
    expect(body.model).to.equal('tiny');
    const prompt = policy.task.prompt(QUESTION);
    expect(prompt).to.equal('7*8=');
    const [g] = policy.model.generateTokens([policy.tokenizer.encode(prompt, { bos: true })], { temperature: 0, topP: 1, maxNewTokens: 4, seed: 0 });
    const expected = { index: 0, message: { role: 'assistant', content: policy.tokenizer.decode(g!.tokens) }, logprobs: null, finish_reason: g!.finished ? 'stop' : 'length' };
    expect(body.choices).to.deep.equal([expected, { ...expected, index: 1 }]);
    expect(body.usage).to.deep.equal({ prompt_tokens: 5, completion_tokens: 2 * g!.tokens.length, total_tokens: 5 + 2 * g!.tokens.length });
  });

  it('is deterministic given the seed; choices and seeds draw different samples', async () => {
    const req = chat({ temperature: 1.5, n: 4, seed: 11 });
    const a = (await post('/v1/chat/completions', req)).body as ChatBody;
    const b = (await post('/v1/chat/completions', req)).body as ChatBody;
    expect(a.choices).to.deep.equal(b.choices);
    const texts = new Set<string>();
    for (const seed of [1, 2, 3]) for (const c of ((await post('/v1/chat/completions', chat({ temperature: 1.5, n: 4, seed }))).body as ChatBody).choices) texts.add(c.message.content);
    expect(texts.size).to.be.greaterThan(1);
  });

  it('completions take an observation or a prompt in the model format; stop and max_tokens cut the text', async () => {
    const viaObs = (await post('/v1/completions', { model: 'tiny', prompt: QUESTION, temperature: 0, max_tokens: 3 })).body as { object: string; choices: Array<{ text: string; finish_reason: string }> };
    const raw = (await post('/v1/completions', { model: 'tiny', prompt: ['7*8=', '1+1='], temperature: 0, max_tokens: 3 })).body as { choices: Array<{ text: string; index: number }> };
    expect(viaObs.object).to.equal('text_completion');
    expect(raw.choices[0]!.text).to.equal(viaObs.choices[0]!.text);
    expect(raw.choices.map((c) => c.index)).to.deep.equal([0, 1]);
    const one = (await post('/v1/completions', { model: 'tiny', prompt: '7*8=', temperature: 0, max_tokens: 1 })).body as { choices: Array<{ text: string; finish_reason: string }> };
    expect([...one.choices[0]!.text].length).to.be.at.most(1);
    // stop: a prompt whose greedy text has at least two characters, cut at its second one
    const greedy = (await post('/v1/completions', { model: 'tiny', prompt: ['7*8=', '1+1=', '3-2=', '9*9='], temperature: 0, max_tokens: 3 })).body as { choices: Array<{ text: string }> };
    const at = greedy.choices.findIndex((c) => c.text.length >= 2);
    expect(at, 'an untrained model that always stops at once').to.be.at.least(0);
    const full = greedy.choices[at]!.text;
    const stopped = (await post('/v1/completions', { model: 'tiny', prompt: ['7*8=', '1+1=', '3-2=', '9*9='][at], temperature: 0, max_tokens: 3, stop: [full[1]!] })).body as { choices: Array<{ text: string; finish_reason: string }> };
    expect(stopped.choices[0]).to.include({ text: full.slice(0, full.indexOf(full[1]!)), finish_reason: 'stop' });
  });

  it('answers bad requests with OpenAI-shaped errors', async () => {
    const cases: Array<[string, unknown, number, string, string | null, RegExp]> = [
      ['/v1/chat/completions', chat({ messages: [{ role: 'user', content: 'what is love?' }] }), 400, 'invalid_observation', 'messages.0.content', /not a mathgym\/Arithmetic-v0 observation/],
      ['/v1/chat/completions', chat({ messages: [{ role: 'system', content: 'x' }] }), 400, 'invalid_request', 'messages', /no user message/],
      ['/v1/chat/completions', chat({ messages: [] }), 400, 'invalid_request', 'messages', /must NOT have fewer than 1 items/],
      ['/v1/chat/completions', { messages: [{ role: 'user', content: QUESTION }] }, 400, 'invalid_request', null, /must have required property 'model'/],
      ['/v1/chat/completions', chat({ temperature: 3 }), 400, 'invalid_request', 'temperature', /\/temperature must be <= 2/],
      ['/v1/chat/completions', chat({ n: 9 }), 400, 'invalid_request', 'n', /\/n must be <= 8/],
      ['/v1/chat/completions', chat({ stream: true }), 400, 'unsupported_parameter', 'stream', /stream is not supported/],
      ['/v1/chat/completions', chat({ model: 'gpt-4o' }), 404, 'model_not_found', 'model', /`gpt-4o` does not exist; this server serves `tiny`/],
      ['/v1/completions', { model: 'tiny', prompt: '7 x 8 =' }, 400, 'unsupported_characters', 'prompt', /character " " .* is not in the charset/],
      ['/v1/completions', { model: 'tiny', prompt: ['1+1=', '9'.repeat(20)] }, 400, 'context_length_exceeded', 'prompt.1', /is 21 tokens \(with bos\); the model's context is 16/],
      ['/v1/completions', { model: 'tiny', prompt: 'x'.repeat(5000) }, 413, 'request_too_large', null, /over the 4096 byte limit/],
      ['/v1/nope', {}, 404, 'not_found', null, /no route POST \/v1\/nope/],
    ];
    for (const [url, payload, status, code, param, message] of cases) {
      const r = await post(url, payload);
      expect(r.status, `${url} ${JSON.stringify(payload).slice(0, 80)}`).to.equal(status);
      const e = (r.body as ErrorBody).error;
      expect(Object.keys(e).sort()).to.deep.equal(['code', 'message', 'param', 'type']);
      expect([e.code, e.param, e.type]).to.deep.equal([code, param, 'invalid_request_error']);
      expect(e.message).to.match(message);
    }
  });

  it('answers a body that is not JSON with an OpenAI-shaped 400', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/chat/completions', headers: { 'content-type': 'application/json' }, payload: '{"model": "tiny", ' });
    expect(r.statusCode).to.equal(400);
    expect((r.json() as ErrorBody).error).to.include({ type: 'invalid_request_error', code: 'invalid_request' });
  });

  it('listens on loopback by default and on a free port with port 0', async () => {
    const s = await startPolicyServer({ checkpoint: policy, port: 0 });
    try {
      expect(s.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
      const r = await fetch(`${s.url}/v1/models`);
      expect(((await r.json()) as { data: Array<{ id: string }> }).data[0]!.id).to.equal('mathgym-policy');
    } finally {
      await s.close();
    }
  });
});
