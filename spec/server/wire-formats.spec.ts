// Conformance of the slime and NeMo Gym wire formats (the real clients' code runs in spec/clients).
import { expect } from 'chai';
import { startServer, type RewardServer } from '../../lib/server/app.js';
import { responseText } from '../../lib/server/routes/nemo-gym.js';
import '../../lib/index.js';

async function post(s: RewardServer, path: string, body: unknown): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(`${s.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

const message = (text: string) => ({ id: 'm', type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text, annotations: [] }] });

describe('wire formats: slime and NeMo Gym', function () {
  this.timeout(30_000);
  let s: RewardServer;
  before(async () => {
    s = await startServer({ port: 0, workers: 1, maxCompletionChars: 100 });
  });
  after(async () => s?.close());

  describe('slime remote RM: POST /v1/slime/reward {prompt, response, label}', () => {
    it('answers a bare JSON float', async () => {
      const right = await post(s, '/v1/slime/reward', { prompt: 'What is 2+2?', response: 'so \\boxed{4}', label: '4' });
      expect([right.status, right.text]).to.deep.equal([200, '1.0']);
      const wrong = await post(s, '/v1/slime/reward', { prompt: [{ role: 'user', content: '2+2?' }], response: '\\boxed{5}', label: 4 });
      expect(wrong.text).to.equal('0.0');
      expect(wrong.headers.get('x-mathgym-error')).to.equal(null);
    });

    it('?format=dict answers {score, acc, pred, verifier_error, error} for --reward-key score', async () => {
      const r = await post(s, '/v1/slime/reward?format=dict', { response: '\\boxed{4}', label: '4' });
      expect(r.text).to.equal('{"score":1.0,"acc":true,"pred":"4","verifier_error":0.0,"error":""}');
    });

    it('an item that cannot be judged is 0.0 with X-Mathgym-Error (and verifier_error 1.0 in dict form), never a silent 0', async () => {
      const noLabel = await post(s, '/v1/slime/reward', { response: '\\boxed{4}', label: null });
      expect(noLabel.text).to.equal('0.0');
      expect(noLabel.headers.get('x-mathgym-error')).to.match(/^NO_LABEL: /);
      const long = await post(s, '/v1/slime/reward?format=dict', { response: 'x'.repeat(101), label: '4' });
      expect(JSON.parse(long.text)).to.include({ score: 0, verifier_error: 1 });
      expect(JSON.parse(long.text).error).to.match(/^COMPLETION_TOO_LONG: /);
    });

    it('a body without response is a 400 naming it', async () => {
      const r = await post(s, '/v1/slime/reward', { prompt: 'p', label: '1' });
      expect(r.status).to.equal(400);
      expect(JSON.parse(r.text).error.fields[0].message).to.match(/response/);
    });
  });

  describe('NeMo Gym resources server: /seed_session and /verify', () => {
    it('seed_session answers {}', async () => {
      const r = await post(s, '/seed_session', {});
      expect([r.status, r.text]).to.deep.equal([200, '{}']);
    });

    it('verify echoes the body with a float reward; the completion is the output_text of message items', async () => {
      const body = { responses_create_params: { input: [{ role: 'user', content: 'What is 2 + 2?' }] }, response: { id: 'r', output: [{ type: 'reasoning', summary: [] }, message('The sum is '), message('\\boxed{4}.')] }, expected_answer: '4', question: 'What is 2 + 2?' };
      const r = await post(s, '/verify', body);
      expect(r.status).to.equal(200);
      const out = JSON.parse(r.text);
      expect(out).to.deep.include({ ...body, reward: 1, extracted_answer: '4', verifier_error: 0, error: null });
      expect(r.text).to.contain('"reward":1.0');
      const wrong = await post(s, '/verify', { ...body, response: { output: [message('5')] } });
      expect(wrong.text).to.contain('"reward":0.0');
    });

    it('an unjudgeable item is reward 0.0 with verifier_error 1.0 and the error', async () => {
      const r = await post(s, '/verify', { response: { output: [message('y'.repeat(101))] }, expected_answer: '4' });
      const out = JSON.parse(r.text);
      expect(out).to.include({ reward: 0, verifier_error: 1 });
      expect(out.error).to.match(/^COMPLETION_TOO_LONG: /);
    });

    it('responseText ignores non-message items and non-text parts', () => {
      expect(responseText([{ type: 'function_call', arguments: '{}' }, { type: 'message', content: [{ type: 'refusal', refusal: 'no' }, { type: 'output_text', text: 'a' }] }, null, 'x', { type: 'message', content: 'b' }])).to.equal('a');
    });
  });
});
