// The Python client (clients/python/mathgym_client.py) against the real server, started in this
// process: its `selftest` exercises every endpoint, the TRL and verl adapters, retries and auth, and
// prints one JSON line. Skipped when python3 is not on PATH. The child runs asynchronously (execFile,
// never spawnSync): the server answering it lives on this event loop.
import { expect } from 'chai';
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RewardServer } from '../../lib/server/app.js';
// lib/server/app.ts alone registers no environments (the built-ins are registered by the public entry
// point), so a server started from it answers ENV_NOT_FOUND for mathgym/*: load them as `import 'mathgym'` does.
import '../../lib/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLIENT = join(ROOT, 'clients', 'python', 'mathgym_client.py');
const TOKEN = 'spec-token-\u00e9x'; // non-ASCII on purpose: header encoding must not mangle it

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface SelfTest {
  readonly ok: boolean;
  readonly auth: boolean;
  readonly passed: number;
  readonly failed: string[];
  readonly checks: Record<string, string>;
}

/** Runs python3 with a clean proxy/token environment (the client must not depend on the caller's). */
function python(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env };
  if (!('MATHGYM_SERVER_TOKEN' in env)) delete base.MATHGYM_SERVER_TOKEN;
  if (!('MATHGYM_SERVER_URL' in env)) delete base.MATHGYM_SERVER_URL;
  return new Promise((resolve) => {
    execFile('python3', [...args], { cwd, env: base, timeout: 30_000, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function lastJsonLine(run: Run): SelfTest {
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as SelfTest;
  } catch {
    throw new Error(`selftest printed no JSON line (exit ${run.code}):\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

const hasPython = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;

describe('server: Python client (clients/python/mathgym_client.py)', function () {
  this.timeout(60_000);
  let open: RewardServer | undefined;
  let authed: RewardServer | undefined;

  before(async function () {
    if (!hasPython) {
      console.warn('      SKIPPED: python3 is not on PATH (Debian: apt-get install python3); the Python client tests did not run');
      this.skip();
    }
    [open, authed] = await Promise.all([startServer({ port: 0, workers: 1 }), startServer({ port: 0, workers: 1, token: TOKEN })]);
  });

  after(async () => {
    await Promise.all([open?.close(), authed?.close()]);
  });

  it('selftest passes every check against an open server, adapters included', async () => {
    const run = await python([CLIENT, '--url', open!.url, 'selftest'], { http_proxy: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' });
    const res = lastJsonLine(run);
    expect(res.failed, JSON.stringify(res.checks, null, 1)).to.deep.equal([]);
    expect(run.code, run.stderr).to.equal(0);
    expect(res.ok).to.equal(true);
    expect(res.auth).to.equal(false);
    for (const name of ['probes', 'openrlhf', 'wire_floats', 'openrlhf_empty_batch', 'openrlhf_errors', 'score', 'score_errors', 'compute_score', 'env_session', 'env_kwargs_and_errors', 'metrics', 'trl_adapter', 'verl_adapter', 'client_batching', 'client_rotation', 'client_retry_after']) {
      expect(res.checks[name], name).to.equal('ok');
    }
    // the checks really reached this server: items were scored and sessions opened and closed
    const metrics = await open!.context.metrics.registry.getSingleMetricAsString('mathgym_items_scored_total');
    expect(metrics).to.match(/endpoint="score",outcome="ok"\} [1-9]/);
    expect(metrics).to.match(/endpoint="get_reward",outcome="error"\} [1-9]/);
    expect(metrics).to.match(/endpoint="compute_score",outcome="ok"\} [1-9]/);
    expect(open!.context.sessions.size).to.equal(0);
  });

  it('selftest with the token (from --token and from MATHGYM_SERVER_TOKEN) passes against a server that requires it', async () => {
    const [flag, fromEnv] = await Promise.all([
      python([CLIENT, '--url', authed!.url, '--token', TOKEN, 'selftest']),
      python([CLIENT, '--url', authed!.url, 'selftest'], { MATHGYM_SERVER_TOKEN: TOKEN }),
    ]);
    for (const run of [flag, fromEnv]) {
      const res = lastJsonLine(run);
      expect(res.failed, JSON.stringify(res.checks, null, 1)).to.deep.equal([]);
      expect(run.code).to.equal(0);
      expect(res.auth).to.equal(true);
      expect(res.checks.auth).to.equal('ok');
    }
  });

  it('selftest without the token fails loudly (exit 1, 401 in the checks), probes still pass', async () => {
    const run = await python([CLIENT, '--url', authed!.url, 'selftest']);
    const res = lastJsonLine(run);
    expect(run.code).to.equal(1);
    expect(res.ok).to.equal(false);
    expect(res.checks.probes).to.equal('ok');
    expect(res.failed).to.include.members(['score', 'openrlhf', 'compute_score', 'env_session', 'trl_adapter', 'verl_adapter']);
    expect(res.checks.score).to.match(/401 UNAUTHORIZED/);
  });

  it('the adapters import without trl/verl and score through the server named by MATHGYM_SERVER_URL', async () => {
    const script = [
      'import json, sys',
      'import mathgym_client as m',
      "assert 'trl' not in sys.modules and 'verl' not in sys.modules",
      "trl = m.mathgym_reward(['p', 'q'], ['so \\\\boxed{1/2}', [{'role': 'assistant', 'content': '\\\\boxed{5}'}]], ['0.5', '4'], trainer_state=None)",
      "verl = m.compute_score('openai/gsm8k', 'The answer is \\\\boxed{12}', '12', {'split': 'test'})",
      "batch = m.compute_score_batched(['a', 'b'], ['\\\\boxed{1}', '\\\\boxed{2}'], ['1', '3'], None)",
      "types = [type(trl[0]).__name__, type(verl['score']).__name__, type(batch[0]['score']).__name__]",
      "print(json.dumps({'trl': trl, 'verl': verl, 'batch': [b['score'] for b in batch], 'name': m.mathgym_reward.__name__, 'types': types}))",
    ].join('\n');
    const run = await python(['-c', script], { MATHGYM_SERVER_URL: open!.url }, join(ROOT, 'clients', 'python'));
    expect(run.code, run.stderr).to.equal(0);
    const out = JSON.parse(run.stdout.trim()) as { trl: Array<number | null>; verl: { score: number; acc: boolean; error: string }; batch: number[]; name: string; types: string[] };
    expect(out.trl).to.deep.equal([1, 0]);
    expect(out.types).to.deep.equal(['float', 'float', 'float']);
    expect(out.verl).to.include({ score: 1, acc: true, error: '' });
    expect(out.batch).to.deep.equal([1, 0]);
    expect(out.name).to.equal('mathgym_reward');
  });

  it('compute_score pickles with a client in use (no lock in the module or the client), and the copy scores in another process', async () => {
    // the module is loaded from its path under a name nothing can import, as verl's load_module does,
    // so functions pickle by reference only through the copy's own module: the client object itself must pickle
    const run = await python([join(ROOT, 'spec', 'fixtures', 'pickle_client.py'), CLIENT], { MATHGYM_SERVER_URL: open!.url });
    expect(run.code, run.stderr).to.equal(0);
    const out = JSON.parse(run.stdout.trim()) as { first: number; copy: number | string; locks: string[]; cloudpickle: number | string | null };
    expect(out).to.deep.include({ first: 1, copy: 1, locks: [] });
    if (out.cloudpickle === null) console.warn('      NOTE: python3 has no cloudpickle; only stdlib pickle was checked here (spec/clients checks cloudpickle with Debian python3)');
    else expect(out.cloudpickle).to.equal(1);
  });

  it('the score subcommand prints one result; a refused request exits 1 with the server message', async () => {
    const ok = await python([CLIENT, '--url', open!.url, 'score', '--completion', 'so \\boxed{1/2}', '--answer', '0.5']);
    expect(ok.code, ok.stderr).to.equal(0);
    expect(JSON.parse(ok.stdout)).to.include({ reward: 1, correct: true, error: null });
    const bad = await python([CLIENT, '--url', open!.url, 'score', '--completion', 'x', '--answer', '1', '--reward', 'no-such-reward']);
    expect(bad.code).to.equal(1);
    expect(bad.stderr).to.match(/400 VALIDATION: unknown reward "no-such-reward"/);
  });
});
