import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../../lib/index.js';
import { saveCheckpoint } from '../../lib/nn/checkpoint-file.js';
import { loadCheckpointPolicy } from '../../lib/policy/checkpoint-policy.js';
import type { EpisodeRecord } from '../../lib/policy/episodes.js';
import { arithmeticTrainConfig } from '../../lib/rl/tasks.js';
import { train } from '../../lib/rl/trainer.js';
import { mathgym } from '../fixtures/run-cli.js';
import { closedPort, fakeOpenAI } from '../policy/fake-openai.js';

/** Starts `mathgym serve-policy` from source and resolves with its base URL once it listens. */
function startServePolicy(args: readonly string[]): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'spec/fixtures/cli.ts', 'serve-policy', ...args], { stdio: 'pipe' });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve-policy exited with ${code}: ${err}`)));
  });
}

interface EndpointJson {
  endpoint: string;
  model: string;
  env: string;
  problems: number;
  k: number;
  episodes: number;
  completed: number;
  errors: number;
  errorsByKind: Record<string, number>;
  accuracy: number | null;
  passAt1: number | null;
  passAtK: number | null;
  passAtKProblems: number;
  meanReward: number | null;
  meanTurns: number | null;
  sampling: { temperature: number; maxTokens: number | null; seed: number };
}

describe('cli: eval --endpoint against serve-policy', function () {
  this.timeout(120_000);
  let dir = '';
  let checkpoint = '';
  let server: { child: ChildProcess; url: string } | undefined;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-eval-endpoint-'));
    checkpoint = join(dir, 'tiny.bin');
    // a small policy in a few seconds: 200 supervised steps of a 1-layer, 32-wide model (held-out accuracy around 0.2)
    const { model } = await train(arithmeticTrainConfig({ model: { dModel: 32, nHeads: 2, nLayers: 1, contextLength: 16 }, sftSteps: 200, sftBatch: 32, updates: 0, evalEpisodes: 4, evalEvery: 0 }));
    await saveCheckpoint(checkpoint, { model, step: 200, meta: { config: model.config, charset: model.tokenizer?.charset ?? '', env: 'mathgym/Arithmetic-v0', difficulty: 1 } });
    server = await startServePolicy(['--checkpoint', checkpoint, '--port', '0', '--model-name', 'tiny-arith']);
  });
  after(async () => {
    if (server && server.child.exitCode === null) {
      const exited = new Promise((r) => server!.child.once('exit', r));
      server.child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('greedy: the same accuracy as eval --checkpoint on the same seeds, and the same answers as the model in-process', async () => {
    const out = join(dir, 'greedy.jsonl');
    const [c, e] = await Promise.all([
      mathgym(['eval', '--checkpoint', checkpoint, '--split', 'train', '--n', '20', '--json']),
      mathgym(['eval', '--endpoint', server!.url, '--model', 'tiny-arith', '--env', 'mathgym/Arithmetic-v0', '--kwarg', 'split=train', '--n', '20', '--k', '2', '--temperature', '0', '--max-tokens', '5', '--out', out, '--json']),
    ]);
    expect(c.code, c.stderr).to.equal(0);
    expect(e.code, e.stderr).to.equal(0);
    const viaCheckpoint = (JSON.parse(c.stdout) as { accuracy: number }).accuracy;
    const r = JSON.parse(e.stdout) as EndpointJson;
    expect(r).to.include({ endpoint: server!.url, model: 'tiny-arith', env: 'mathgym/Arithmetic-v0', problems: 20, k: 2, episodes: 40, completed: 40, errors: 0, passAtKProblems: 20, meanTurns: 1 });
    expect(r.sampling).to.include({ temperature: 0, maxTokens: 5 });
    expect(r.accuracy).to.equal(viaCheckpoint);
    expect(r.accuracy).to.be.greaterThan(0); // a policy that solves some problems, or the comparison says little
    expect(r.passAt1).to.equal(r.accuracy);
    expect(r.meanReward).to.equal(r.accuracy); // Arithmetic-v0 rewards are 0 or 1
    expect(r.passAtK).to.equal(r.accuracy); // greedy samples of a problem are the same answer
    // every served answer is what the checkpoint generates in this process
    const { model, task } = await loadCheckpointPolicy(checkpoint);
    const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EpisodeRecord);
    expect(records).to.have.length(40);
    const questions = records.map((x) => x.messages[0]!.content);
    const gens = await model.generate(questions.map(task.prompt), { temperature: 0, topP: 1, maxNewTokens: 5, seed: 0 });
    expect(records.map((x) => x.messages[1]!.content)).to.deep.equal(gens.map((g) => g.text));
    expect(records.map((x) => x.seed)).to.deep.equal(Array.from({ length: 40 }, (_, i) => 1_000_000_000 + Math.floor(i / 2)));
  });

  it('sampled: pass@k >= pass@1, and the same --seed gives the same run', async () => {
    const run = async (file: string): Promise<EndpointJson> => {
      const e = await mathgym(['eval', '--endpoint', server!.url, '--model', 'tiny-arith', '--n', '20', '--k', '4', '--temperature', '1', '--seed', '3', '--max-tokens', '5', '--concurrency', '4', '--out', join(dir, file), '--json']);
      expect(e.code, e.stderr).to.equal(0);
      return JSON.parse(e.stdout) as EndpointJson;
    };
    const [a, b] = await Promise.all([run('a.jsonl'), run('b.jsonl')]);
    expect(a.completed).to.equal(80);
    expect(a.passAtK).to.be.at.least(a.accuracy!);
    expect(b.accuracy).to.equal(a.accuracy);
    const answers = (f: string): string[] => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as EpisodeRecord).messages[1]!.content);
    expect(answers('b.jsonl')).to.deep.equal(answers('a.jsonl'));
    expect(new Set(answers('a.jsonl')).size).to.be.greaterThan(20); // sampling, not one answer per problem
  });

  it('serve-policy answers a request that is not an env observation with an OpenAI 400', async () => {
    const r = await fetch(`${server!.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'tiny-arith', messages: [{ role: 'user', content: 'hello' }] }) });
    expect(r.status).to.equal(400);
    expect(((await r.json()) as { error: { code: string } }).error.code).to.equal('invalid_observation');
  });

  it('connection refused: exit 2 with what to start', async () => {
    const port = await closedPort();
    const e = await mathgym(['eval', '--endpoint', `http://127.0.0.1:${port}/v1`, '--model', 'm', '--n', '2']);
    expect(e.code).to.equal(2);
    expect(e.stderr).to.match(new RegExp(`cannot reach http://127.0.0.1:${port}/v1 \\(ECONNREFUSED\\): is the server running\\?`));
  });

  it('a server that never answers: every episode a timeout error, none scored, exit 1', async () => {
    const s = await fakeOpenAI(() => 'hang');
    try {
      const e = await mathgym(['eval', '--endpoint', s.baseURL, '--model', 'm', '--n', '2', '--timeout', '300', '--max-retries', '0', '--json']);
      expect(e.code).to.equal(1);
      const r = JSON.parse(e.stdout) as EndpointJson;
      expect(r).to.include({ episodes: 2, completed: 0, errors: 2, accuracy: null, passAtK: null });
      expect(r.errorsByKind).to.deep.equal({ timeout: 2 });
      expect(e.stderr).to.match(/warning: GET .*\/models failed \(no answer within 300 ms\)/);
    } finally {
      await s.close();
    }
  });

  it('usage errors exit 2: neither or both modes, an endpoint option with --checkpoint, --endpoint without --model', async () => {
    const [neither, both, noModel] = await Promise.all([
      mathgym(['eval', '--n', '2']),
      mathgym(['eval', '--checkpoint', checkpoint, '--k', '4', '--temperature', '1']),
      mathgym(['eval', '--endpoint', server!.url]),
    ]);
    expect(neither.code).to.equal(2);
    expect(neither.stderr).to.match(/give exactly one of --checkpoint <file> .* or --endpoint <url>/);
    expect(both.code).to.equal(2);
    expect(both.stderr).to.match(/--k, --temperature apply to --endpoint only/);
    expect(noModel.code).to.equal(2);
    expect(noModel.stderr).to.match(/--model is required with --endpoint/);
  });
});
