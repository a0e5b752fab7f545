// The trainers' own request code (OpenRLHF, verl, TRL, slime, NeMo Gym; vendored under
// spec/clients/vendor with attribution) against a real `mathgym serve`, run by a Python that has
// requests, aiohttp and cloudpickle (Debian's python3-requests, python3-aiohttp, python3-cloudpickle;
// .ci/run installs them). Where python3-torch is installed too, the tensors the trainers build from
// the rewards are checked: float dtype, std() works. Skipped loudly when no such Python exists.
import { expect } from 'chai';
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RewardServer } from '../../lib/server/app.js';
import '../../lib/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DRIVER = join(ROOT, 'spec', 'clients', 'run_clients.py');
const CLIENT = join(ROOT, 'clients', 'python', 'mathgym_client.py');
const LIMIT = 50_000;
const TOO_LONG = LIMIT + 1000;

/** The first Python that imports the trainers' HTTP libraries: Debian's first (apt installs there). */
function findPython(): string | undefined {
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', 'import requests, aiohttp, cloudpickle, numpy'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the driver's JSON is read loosely
type Report = Record<string, any>;

describe('real trainer clients against mathgym serve (spec/clients/vendor)', function () {
  this.timeout(300_000);
  const python = findPython();
  let server: RewardServer | undefined;
  let report: Report = {};

  before(async function () {
    if (!python) {
      console.warn('      SKIPPED: no python3 with requests, aiohttp, cloudpickle and numpy (apt-get install python3-requests python3-aiohttp python3-cloudpickle python3-numpy; .ci/run does); the real-client tests did not run');
      this.skip();
    }
    server = await startServer({ port: 0, workers: 2, maxCompletionChars: LIMIT });
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(python!, [DRIVER, server!.url, CLIENT, String(TOO_LONG)], { env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', no_proxy: '127.0.0.1', NO_PROXY: '127.0.0.1' }, timeout: 280_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
        resolve({ code: err ? 1 : 0, stdout, stderr });
      });
    });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    try {
      report = JSON.parse(line) as Report;
    } catch {
      throw new Error(`run_clients.py printed no JSON (exit ${run.code}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
    }
    if (!report.torch) console.warn(`      NOTE: ${python} has no torch (apt-get install python3-torch): the tensor checks did not run, the JSON type checks did`);
  });

  after(async () => server?.close());

  it('OpenRLHF 0.8.x request_api_wrapper: a whole 8,192-item batch in one request scores; every number is a float; group_norm works', () => {
    const r = report.openrlhf_v089_whole_batch;
    expect(r, String(r)).to.be.an('object');
    expect(r.n).to.equal(8192);
    expect(r.sum).to.equal(4096);
    expect(r.reward_types).to.deep.equal(['float']);
    expect(r.score_types).to.deep.equal(['float']);
    expect(r.extra_log_types).to.deep.equal(['float']);
    if (report.torch) {
      expect(r.tensor).to.deep.equal({ dtype: 'torch.float32', std_ok: true });
      expect(r.group_norm_finite).to.equal(true);
      expect(r.group_std_mean).to.be.greaterThan(0.5);
    }
  });

  it('OpenRLHF HEAD SingleTurnAgentExecutor: per-sample requests give float tensors; an over-limit completion is flagged in extra_logs, not silently judged', () => {
    const r = report.openrlhf_head_per_sample;
    expect(r, String(r)).to.be.an('object');
    expect(r.rewards).to.deep.equal([[1], [0], [0], [1]]);
    expect(r.reward_types).to.deep.equal(['float']);
    expect(r.too_long).to.deep.equal([[0], [0], [1], [0]]);
    expect(r.error_codes).to.deep.equal([[], [], ['COMPLETION_TOO_LONG'], []]);
    if (report.torch) {
      expect(r.tensor).to.deep.equal({ dtype: 'torch.float32', std_ok: true });
      expect(r.info_dtypes).to.deep.equal(['torch.float32']);
      expect(r.group_norm_finite).to.equal(true);
    }
  });

  it('verl remote reward manager: compute_score survives cloudpickle into another process; results are float scores; over-limit is verifier_error 1.0', () => {
    const r = report.verl_remote_manager;
    expect(r, String(r)).to.be.an('array');
    expect(r[0]).to.deep.equal([1, 'float', 0, '']);
    expect(r[1]).to.deep.equal([0, 'float', 0, '']);
    expect(r[2].slice(0, 3)).to.deep.equal([0, 'float', 1]);
    expect(r[2][3]).to.match(/^COMPLETION_TOO_LONG: /);
  });

  it('verl main_eval: compute_score_value is a number np.mean can average', () => {
    expect(report.verl_main_eval, String(report.verl_main_eval)).to.deep.equal({ data_source: 'math', mean: 0.5, finite: true });
  });

  it('TRL GRPOTrainer: float rewards, None for an unjudgeable item becomes an unscorable sample (left out of its group)', function () {
    if (!report.torch) this.skip();
    const r = report.trl_grpo;
    expect(r, String(r)).to.be.an('object');
    expect(r.raw).to.deep.equal([1, 0, 1, null, 1, 1, 0, 0]);
    expect(r.raw_types).to.deep.equal(['NoneType', 'float']);
    expect(r.dtype).to.equal('torch.float32');
    expect(r.unscorable).to.deep.equal([false, false, false, true, false, false, false, false]);
    // the unscorable one is not a 0 in its group's mean: (1 + 0 + 1) / 3
    expect(r.group_means).to.deep.equal([0.666667, 0.5]);
    expect(r.std_finite).to.equal(true);
  });

  it('slime remote_rm: the answer is a bare float reward', () => {
    const r = report.slime_remote_rm;
    expect(r, String(r)).to.be.an('object');
    expect(r.rewards).to.deep.equal([1, 0]);
    expect(r.types).to.deep.equal(['float']);
    if (report.torch) expect(r.tensor).to.deep.equal({ dtype: 'torch.float32', std_ok: true });
  });

  it('NeMo Gym resources server: /seed_session and /verify with its own request body; the body is echoed with a float reward', () => {
    const r = report.nemo_gym_verify;
    expect(r, String(r)).to.be.an('object');
    expect(r).to.deep.equal({ seed_session: {}, rewards: [0, 1], types: ['float'], echo: true });
  });
});
