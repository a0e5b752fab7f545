import { expect } from 'chai';
import '../../lib/index.js';
import { ConfigError } from '../../lib/errors.js';
import { runEpisodes } from '../../lib/policy/episodes.js';
import { OpenAIChatPolicy } from '../../lib/policy/openai-policy.js';
import { summarizeEpisodes } from '../../lib/policy/report.js';
import { chatReply, closedPort, fakeOpenAI, json, type FakeServer } from './fake-openai.js';

describe('policy: OpenAIChatPolicy against local fake servers', function () {
  this.timeout(120_000);
  const servers: FakeServer[] = [];
  const serve = async (...args: Parameters<typeof fakeOpenAI>): Promise<FakeServer> => {
    const s = await fakeOpenAI(...args);
    servers.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('sends the conversation, the model, the sampling options and the seed; reads the reply', async () => {
    const s = await serve((_req, _i, res) => json(res, 200, chatReply('56', 'length')));
    const p = new OpenAIChatPolicy({ baseURL: s.baseURL, model: 'qwen', apiKey: 'sk-test', temperature: 0.7, topP: 0.9, maxTokens: 32 });
    const reply = await p.complete([{ role: 'system', content: 'be brief' }, { role: 'user', content: 'Compute 7 × 8.' }], { seed: 42 });
    expect(reply).to.deep.equal({ text: '56', finishReason: 'length' });
    const req = s.requests[0]!;
    expect(req.method).to.equal('POST');
    expect(req.url).to.equal('/v1/chat/completions');
    expect(req.headers.authorization).to.equal('Bearer sk-test');
    expect(req.body).to.deep.equal({ model: 'qwen', messages: [{ role: 'system', content: 'be brief' }, { role: 'user', content: 'Compute 7 × 8.' }], temperature: 0.7, top_p: 0.9, max_tokens: 32, seed: 42 });
    // unset options are left to the server, and a keyless client still sends a placeholder key
    await new OpenAIChatPolicy({ baseURL: s.baseURL, model: 'qwen' }).complete([{ role: 'user', content: 'hi' }], { seed: 1 });
    expect(s.requests[1]!.body).to.deep.equal({ model: 'qwen', messages: [{ role: 'user', content: 'hi' }], seed: 1 });
    expect(s.requests[1]!.headers.authorization).to.equal('Bearer EMPTY');
  });

  it('retries a 500 and then succeeds; without retries the episode is an http_500 error, not a wrong answer', async () => {
    const s = await serve((_req, i, res) => (i === 0 ? json(res, 500, { error: { message: 'overloaded' } }, { 'retry-after-ms': '1' }) : json(res, 200, chatReply('1'))));
    const p = new OpenAIChatPolicy({ baseURL: s.baseURL, model: 'm', maxRetries: 2 });
    const [ok] = await runEpisodes(p, { envId: 'mathgym/Arithmetic-v0', problems: 1, samples: 1, seedBase: 0 }, p.classify);
    expect(ok!.error).to.equal(undefined);
    expect(ok!.messages.at(-1)).to.deep.equal({ role: 'assistant', content: '1' });
    expect(s.requests).to.have.length(2);

    const always = await serve((_req, _i, res) => json(res, 500, { error: { message: 'overloaded' } }));
    const once = new OpenAIChatPolicy({ baseURL: always.baseURL, model: 'm', maxRetries: 0, apiKey: 'sk-secret-value' });
    const records = await runEpisodes(once, { envId: 'mathgym/Arithmetic-v0', problems: 2, samples: 1, seedBase: 0 }, once.classify);
    expect(records.map((r) => r.error?.kind)).to.deep.equal(['http_500', 'http_500']);
    expect(records[0]!.error!.message).to.match(/overloaded/);
    expect(always.requests).to.have.length(2);
    expect(summarizeEpisodes(records, 1)).to.include({ completed: 0, errors: 2, accuracy: null });
    expect(JSON.stringify(records)).to.not.include('sk-secret-value');
  });

  it('a server that never answers: each attempt times out, the episodes are timeout errors', async () => {
    const s = await serve(() => 'hang');
    const p = new OpenAIChatPolicy({ baseURL: s.baseURL, model: 'm', timeoutMs: 200, maxRetries: 1 });
    const records = await runEpisodes(p, { envId: 'mathgym/Arithmetic-v0', problems: 2, samples: 1, seedBase: 0 }, p.classify);
    expect(records.map((r) => r.error?.kind)).to.deep.equal(['timeout', 'timeout']);
    expect(records[0]!.error!.message).to.equal('no answer within --timeout 200 ms (tried 2 times)');
    expect(s.requests).to.have.length(4); // first attempt + one retry, per episode
    // the preflight is only a warning on a timeout: the server may be slow, not absent
    const check = await p.checkEndpoint();
    expect(check.warnings.join()).to.match(/GET .*\/v1\/models failed \(no answer within 200 ms\)/);
  });

  it('a server that sends the headers and then stalls the body: the time limit covers the body too', async () => {
    const s = await serve((_req, _i, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"chatcmpl-1","choices":['); // and nothing more
      return 'hang';
    });
    const p = new OpenAIChatPolicy({ baseURL: s.baseURL, model: 'm', timeoutMs: 200, maxRetries: 1 });
    const [r] = await runEpisodes(p, { envId: 'mathgym/Arithmetic-v0', problems: 1, samples: 1, seedBase: 0 }, p.classify);
    expect(r!.error?.kind).to.equal('timeout');
    expect(s.requests).to.have.length(2); // retried like any other time-out
  });

  it('connection refused: checkEndpoint says nothing listens there; requests are connection errors', async () => {
    const port = await closedPort();
    const p = new OpenAIChatPolicy({ baseURL: `http://127.0.0.1:${port}/v1`, model: 'm', maxRetries: 0 });
    let err: unknown;
    await p.checkEndpoint().catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(ConfigError);
    expect((err as Error).message).to.match(new RegExp(`cannot reach http://127.0.0.1:${port}/v1 \\(ECONNREFUSED\\): is the server running\\?`));
    const [r] = await runEpisodes(p, { envId: 'mathgym/Arithmetic-v0', problems: 1, samples: 1, seedBase: 0 }, p.classify);
    expect(r!.error!.kind).to.equal('connection');
    expect(r!.error!.message).to.match(/ECONNREFUSED/);
  });

  it('checkEndpoint lists the served models and warns about a model it does not serve, or a missing /v1', async () => {
    const s = await serve((req, _i, res) => (req.url === '/v1/models' ? json(res, 200, { object: 'list', data: [{ id: 'llama3', object: 'model', created: 0, owned_by: 'x' }] }) : json(res, 404, { error: { message: 'not found' } })));
    expect(await new OpenAIChatPolicy({ baseURL: s.baseURL, model: 'llama3' }).checkEndpoint()).to.deep.equal({ models: ['llama3'], warnings: [] });
    const other = await new OpenAIChatPolicy({ baseURL: s.baseURL, model: 'qwen' }).checkEndpoint();
    expect(other.warnings.join()).to.match(/model "qwen" is not among the models .* lists \(llama3\)/);
    const noV1 = await new OpenAIChatPolicy({ baseURL: s.baseURL.replace(/\/v1$/, ''), model: 'qwen' }).checkEndpoint();
    expect(noV1.warnings.join()).to.match(/HTTP 404\) \(OpenAI-compatible base URLs usually end in \/v1\)/);
  });

  it('refuses bad options with ConfigError', () => {
    expect(() => new OpenAIChatPolicy({ baseURL: 'localhost:8000', model: 'm' })).to.throw(ConfigError, /http:\/\/ or https:\/\//);
    expect(() => new OpenAIChatPolicy({ baseURL: 'not a url', model: 'm' })).to.throw(ConfigError, /is not a URL/);
    expect(() => new OpenAIChatPolicy({ baseURL: 'http://x/v1', model: '' })).to.throw(ConfigError, /--model is required/);
    expect(() => new OpenAIChatPolicy({ baseURL: 'http://x/v1', model: 'm', temperature: 3 })).to.throw(ConfigError, /--temperature/);
    expect(() => new OpenAIChatPolicy({ baseURL: 'http://x/v1', model: 'm', timeoutMs: 0 })).to.throw(ConfigError, /--timeout/);
    expect(() => new OpenAIChatPolicy({ baseURL: 'http://x/v1', model: 'm', maxTokens: 0 })).to.throw(ConfigError, /--max-tokens/);
  });
});
