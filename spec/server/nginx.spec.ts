// Integration: two `mathgym serve` replicas (real child processes of the CLI, from source) behind nginx
// configured from deploy/nginx.conf. Load goes through nginx with RewardClient; one replica is
// SIGKILLed mid-load; every item must still come back scored, with the right reward. Also checks that
// environment sessions stay on their replica (the sticky /v1/envs/ location). Skipped when nginx is
// not installed (.ci/run installs Debian's `nginx`). Traffic stays on 127.0.0.1.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RewardClient, type OpenRlhfResult } from '../../lib/server/client.js';
import type { ItemResult } from '../../lib/server/scorer.js';
import { HANG_BOUND_MS, START_LIMIT_MS } from '../support/time-limits.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TEMPLATE = join(ROOT, 'deploy', 'nginx.conf');
const REQUESTS = 40;
const ITEMS = 16;
/** The request whose dispatch triggers the SIGKILL of replica 0 (a few requests are in flight then). */
const KILL_AT = 14;
const CONCURRENCY = 6;

/** nginx on PATH, or in the sbin folders that a non-root PATH often lacks. */
function findNginx(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  for (const d of dirs) {
    const p = join(d, 'nginx');
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

interface Replica {
  readonly child: ChildProcess;
  readonly port: number;
  output: string;
}

/** Starts `mathgym serve --port 0 --workers 1` from source and waits for its "listening on" line. */
function startReplica(): Promise<Replica> {
  const env = { ...process.env };
  delete env.MATHGYM_SERVER_TOKEN; // no auth in this test, whatever the caller's environment says
  const child = spawn(process.execPath, ['--import', 'tsx', 'spec/fixtures/cli.ts', 'serve', '--port', '0', '--workers', '1'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`replica did not print "listening on" within ${START_LIMIT_MS / 1000} s; output:\n${output}`)), START_LIMIT_MS);
    const fail = (e: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    const onData = (d: Buffer): void => {
      output += d.toString();
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        child.removeListener('exit', onExit);
        const r: Replica = { child, port: Number(m[1]), output };
        child.stdout!.on('data', (more: Buffer) => (r.output += more.toString()));
        child.stdout!.removeListener('data', onData);
        resolve(r);
      }
    };
    const onExit = (code: number | null, sig: string | null): void => fail(new Error(`replica exited (${code ?? sig}) before listening; output:\n${output}`));
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', onExit);
    child.once('error', (e) => fail(e));
  });
}

/**
 * deploy/nginx.conf with the two upstream ports and the listen port replaced, every path inside `dir`
 * (logs, temp files), and two worker processes. Fails loudly when the template no longer has what it
 * replaces, so the test cannot silently drift from the shipped config.
 */
function testConfig(template: string, o: { ports: readonly [number, number]; listen: number; dir: string }): string {
  let conf = template;
  const sub = (from: string | RegExp, to: string): void => {
    const before = conf;
    conf = typeof from === 'string' ? conf.replaceAll(from, to) : conf.replace(from, to);
    if (conf === before) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}; update spec/server/nginx.spec.ts`);
  };
  sub('127.0.0.1:8001', `127.0.0.1:${o.ports[0]}`);
  sub('127.0.0.1:8002', `127.0.0.1:${o.ports[1]}`);
  sub(/^(\s*)listen 127\.0\.0\.1:8080;/m, `$1listen 127.0.0.1:${o.listen};`);
  sub('/var/log/nginx/', `${o.dir}/`);
  sub(/^worker_processes .*;$/m, 'worker_processes 2;');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${o.dir}/${t}_temp;`).join('\n');
  sub(/^http \{$/m, `http {\n${temp}`);
  const live = conf
    .split('\n')
    .map((l) => l.replace(/#.*/, ''))
    .join('\n');
  if (/\/var\/|\/run\/|\b127\.0\.0\.1:800\d\b|:8080;/.test(live)) throw new Error(`the test config still points outside the test:\n${conf}`);
  return conf;
}

interface Expected {
  readonly completions: string[];
  readonly answers: string[];
  readonly rewards: number[];
}

/** Request r: item i asks for n = 16r + i; even items answer it, odd items answer n + 1. */
function batch(r: number): Expected {
  const completions: string[] = [];
  const answers: string[] = [];
  const rewards: number[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const n = r * ITEMS + i;
    const right = i % 2 === 0;
    completions.push(`Adding it up, the answer is \\boxed{${right ? n : n + 1}}.`);
    answers.push(String(n));
    rewards.push(right ? 1 : 0);
  }
  return { completions, answers, rewards };
}

describe('reward server replicas behind nginx (deploy/nginx.conf)', function () {
  // bounded whatever hangs, generously (time-limits.ts): replicas and nginx start in parallel in before()
  this.timeout(START_LIMIT_MS);
  const nginx = findNginx();
  let dir: string | undefined;
  const replicas: Replica[] = [];
  let lb: ChildProcess | undefined;
  let lbOutput = '';
  let url = '';

  before(async function () {
    this.timeout(2 * START_LIMIT_MS);
    if (!nginx) {
      console.warn('\n  SKIPPING the nginx load-balancing specs: `nginx` is not on PATH (Debian: apt-get install nginx; .ci/run does it when root)\n');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'mathgym-nginx-'));
    // nginx workers run as `nobody` when the master is root; they must reach the temp folders inside
    chmodSync(dir, 0o755);
    replicas.push(...(await Promise.all([startReplica(), startReplica()])));
    const listen = await freePort();
    const confPath = join(dir, 'nginx.conf');
    writeFileSync(confPath, testConfig(readFileSync(TEMPLATE, 'utf8'), { ports: [replicas[0].port, replicas[1].port], listen, dir }));
    // detached: its own process group, so after() can end the master and its workers together
    lb = spawn(nginx!, ['-p', `${dir}/`, '-c', confPath, '-g', `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    lb.stdout!.on('data', (d: Buffer) => (lbOutput += d.toString()));
    lb.stderr!.on('data', (d: Buffer) => (lbOutput += d.toString()));
    url = `http://127.0.0.1:${listen}`;
    const deadline = Date.now() + START_LIMIT_MS;
    for (;;) {
      if (exited(lb)) throw new Error(`nginx exited (${lb.exitCode ?? lb.signalCode}):\n${lbOutput}\n${errorLog()}`);
      const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`nginx did not answer /healthz within ${START_LIMIT_MS / 1000} s:\n${lbOutput}\n${errorLog()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  function errorLog(): string {
    try {
      return readFileSync(join(dir!, 'error.log'), 'utf8');
    } catch {
      return '(no error.log)';
    }
  }

  function accessLog(): string[] {
    try {
      return readFileSync(join(dir!, 'mathgym.access.log'), 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  }

  after(async function () {
    this.timeout(HANG_BOUND_MS);
    if (lb?.pid !== undefined) {
      const group = -lb.pid;
      if (!exited(lb)) {
        try {
          process.kill(group, 'SIGTERM'); // nginx fast shutdown: master and workers
        } catch {
          // already gone
        }
        await waitExit(lb, 2000);
      }
      try {
        process.kill(group, 'SIGKILL'); // anything of the group still there (workers of a killed master)
      } catch {
        // the group is empty: expected
      }
      await waitExit(lb, 1000);
    }
    for (const r of replicas) if (!exited(r.child)) r.child.kill('SIGKILL');
    await Promise.all(replicas.map((r) => waitExit(r.child, 2000)));
    const left = [lb, ...replicas.map((r) => r.child)].filter((c): c is ChildProcess => c !== undefined && !exited(c));
    if (dir) rmSync(dir, { recursive: true, force: true });
    expect(left.map((c) => c.pid), 'child processes still running after cleanup').to.deep.equal([]);
  });

  it('keeps environment sessions on their replica (hash on X-Session-Affinity)', async () => {
    const env = encodeURIComponent('mathgym/Arithmetic-v0');
    const post = async (path: string, key: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
      const res = await fetch(`${url}/v1/envs/${env}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-session-affinity': key },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(HANG_BOUND_MS),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const before = accessLog().length;
    for (let k = 0; k < 8; k++) {
      const key = `episode-${k}`;
      const opened = await post('reset', key, { seed: k });
      expect(opened.status, JSON.stringify(opened.body)).to.equal(200);
      const id = opened.body.session_id as string;
      // without affinity, round robin would send about half of these to the replica without the session (404)
      for (const [path, body] of [
        ['step', { session_id: id, action: '0' }],
        ['reset', { session_id: id, seed: k + 100 }],
        ['step', { session_id: id, action: '1' }],
        ['close', { session_id: id }],
      ] as const) {
        const r = await post(path, key, body);
        expect(r.status, `${path} of session ${k}: ${JSON.stringify(r.body)}`).to.equal(200);
      }
    }
    const used = new Set(accessLog().slice(before).map((l) => /upstream=(\S+)/.exec(l)?.[1]));
    console.log(`      8 sessions x 5 calls through nginx, every call on its session's replica; replicas used: ${[...used].join(' ')}`);
  });

  it('scores every item of every request while a replica is SIGKILLed mid-load', async () => {
    const client = new RewardClient({ url, retries: 5, backoffMs: 100, timeoutMs: HANG_BOUND_MS });
    const start = Date.now();
    const logStart = accessLog().length;
    const victim = replicas[0];
    let killedAt = -1;
    const got: Array<{ kind: 'get_reward'; r: OpenRlhfResult } | { kind: 'score'; r: ItemResult[] }> = new Array(REQUESTS);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < REQUESTS) {
        const r = next++;
        const { completions, answers } = batch(r);
        const prompt = `Problem ${r}: add the numbers. `;
        const pending =
          r % 2 === 0
            ? client.getReward(
                completions.map((c) => prompt + c),
                completions.map(() => prompt),
                answers,
              ).then((res) => ({ kind: 'get_reward' as const, r: res }))
            : client.score(completions.map((completion, i) => ({ completion, answer: answers[i], prompt }))).then((res) => ({ kind: 'score' as const, r: res }));
        if (r === KILL_AT) {
          killedAt = Date.now() - start;
          victim.child.kill('SIGKILL'); // while this request and a few others are in flight
        }
        got[r] = await pending;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const elapsed = Date.now() - start;

    expect(await waitExit(victim.child, HANG_BOUND_MS), 'the killed replica exited').to.equal(true);
    expect(victim.child.signalCode).to.equal('SIGKILL');
    let items = 0;
    for (let r = 0; r < REQUESTS; r++) {
      const want = batch(r).rewards;
      const g = got[r];
      expect(g, `request ${r} answered`).to.not.equal(undefined);
      if (g.kind === 'get_reward') {
        expect(g.r.errors, `request ${r} errors`).to.deep.equal([]);
        expect(g.r.rewards, `request ${r} rewards`).to.deep.equal(want);
        expect(g.r.extra_logs.verifier_error).to.deep.equal(want.map(() => 0));
        items += g.r.rewards.length;
      } else {
        expect(g.r.map((x) => x.index), `request ${r} indices`).to.deep.equal(want.map((_, i) => i));
        expect(g.r.map((x) => x.error), `request ${r} errors`).to.deep.equal(want.map(() => null));
        expect(g.r.map((x) => x.reward), `request ${r} rewards`).to.deep.equal(want);
        items += g.r.length;
      }
    }
    expect(items).to.equal(REQUESTS * ITEMS);

    const lines = accessLog().slice(logStart);
    const victimAddr = `127.0.0.1:${victim.port}`;
    const nginxRetried = lines.filter((l) => /upstream=\S+, /.test(l)).length;
    const victimFailures = lines.filter((l) => l.includes(victimAddr) && /upstream=\S+, /.test(l)).length;
    const served = (addr: string): number => lines.filter((l) => new RegExp(`upstream=(\\S+, )*${addr.replace(/\./g, '\\.')} upstream_status=(\\S+, )*200\\b`).test(l)).length;
    console.log(
      `      ${REQUESTS} requests x ${ITEMS} items, ${CONCURRENCY} in flight, in ${elapsed} ms; replica :${victim.port} SIGKILLed at ${killedAt} ms; ` +
        `${items}/${REQUESTS * ITEMS} items scored correctly; client retries: ${client.retried}; ` +
        `requests nginx resent to the other replica: ${nginxRetried} (${victimFailures} after a failure on the killed one); answered by the killed / surviving replica: ${served(victimAddr)} / ${served(`127.0.0.1:${replicas[1].port}`)}`,
    );
  });
});

describe('deploy/nginx.conf as shipped', () => {
  it('listens on loopback only (the replicas may run without a token); the body limit matches the server default', async () => {
    const live = readFileSync(TEMPLATE, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean);
    const listens = live.filter((l) => /^listen\s/.test(l));
    expect(listens).to.deep.equal(['listen 127.0.0.1:8080;']);
    const { DEFAULT_BODY_LIMIT } = await import('../../lib/server/app.js');
    expect(live).to.include(`client_max_body_size ${DEFAULT_BODY_LIMIT / 1024 / 1024}m;`);
  });
});
