/**
 * lib/core/pool.ts, the one worker pool: hard time limit, memory cap, crash replacement, warm-up, start-up
 * never charged to a task, errors that cross threads with their fields, workers that keep state.
 */
import { expect } from 'chai';
import { WorkerPool, type SerializedError } from '../../lib/core/pool.js';
import { moduleScript } from '../../lib/core/worker-script.js';
import { ConfigError, WorkerError } from '../../lib/errors.js';

const script = moduleScript(new URL('../fixtures/pool-test-worker.ts', import.meta.url).href);

async function failure(p: Promise<unknown>): Promise<WorkerError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).to.be.instanceOf(WorkerError);
  return e as WorkerError;
}

describe('core/pool', function () {
  this.timeout(60_000);
  const pools: WorkerPool[] = [];
  const pool = (opts: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}): WorkerPool => {
    const p = new WorkerPool({ name: 'test', script, size: 1, ...opts });
    pools.push(p);
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('runs tasks and returns their values; warmup resolves once every worker started', async () => {
    const p = pool({ size: 2 });
    await p.warmup();
    expect(await p.run('echo', [{ a: [1, 2] }])).to.deep.equal({ a: [1, 2] });
    const threads = await Promise.all([p.run('sleep', [200]).then(() => 0), p.run('thread'), p.run('thread')]);
    expect(threads).to.have.length(3);
  });

  it('hard-stops a task over its limit, replaces the worker, and keeps serving', async () => {
    const p = pool();
    await p.warmup();
    const before = await p.run<number>('thread');
    const e = await failure(p.run('hang', [], { timeoutMs: 200 }));
    expect(e.kind).to.equal('timeout');
    expect(e.message).to.match(/exceeded 200 ms/);
    const after = await p.run<number>('thread', [], { timeoutMs: 30_000 });
    expect(after).to.not.equal(before);
  });

  it('does not charge start-up or a wait in the queue to a task', async () => {
    // start-up (1.5 s) far over the task limit (300 ms), and the second task queued behind the first
    const p = pool({ workerData: { startMs: 1500 } });
    const [a, b] = await Promise.all([p.run('sleep', [100], { timeoutMs: 300 }), p.run('sleep', [100], { timeoutMs: 300 })]);
    expect([a, b]).to.deep.equal([100, 100]);
    // and after a time-out, the task queued behind waits for the replacement's start-up, untimed
    const lost = p.run('hang', [], { timeoutMs: 200 });
    const next = p.run('echo', ['ok'], { timeoutMs: 300 });
    expect((await failure(lost)).kind).to.equal('timeout');
    expect(await next).to.equal('ok');
  });

  it('caps worker memory: a task that allocates without bound crashes its worker, which is replaced', async () => {
    const p = pool({ maxMemoryMb: 32 });
    const e = await failure(p.run('oom', [], { timeoutMs: 30_000 }));
    expect(e.kind).to.equal('crashed');
    expect(e.message).to.match(/memory/i);
    expect(await p.run('echo', [1])).to.equal(1);
  });

  it('a worker that exits fails its task and the queued tasks still run on the replacement', async () => {
    const p = pool();
    const results = await Promise.allSettled([p.run('exit'), p.run('echo', ['a']), p.run('echo', ['b'])]);
    expect(results[0].status).to.equal('rejected');
    expect(((results[0] as PromiseRejectedResult).reason as WorkerError).message).to.match(/exited \(code 3\)/);
    expect(results.slice(1).map((r) => (r as PromiseFulfilledResult<string>).value)).to.deep.equal(['a', 'b']);
  });

  it('a task that throws rejects with its error and fields; the worker stays', async () => {
    const p = pool();
    const n = await p.run<number>('count');
    const e = await failure(p.run('throw'));
    expect(e.kind).to.equal('threw');
    const remote = e.cause as SerializedError;
    expect(remote.name).to.equal('RangeError');
    expect(remote.details).to.deep.include({ where: { line: 3 } });
    expect(await p.run('count')).to.equal(n + 1); // same worker, state kept
    expect((await failure(p.run('nope'))).message).to.match(/no task named "nope"/);
  });

  it('a worker that cannot start fails the pool with its error, no restart loop', async () => {
    const p = pool({ workerData: { failStart: true } });
    const e = await failure(p.run('echo', [1]));
    expect((e.cause as SerializedError).details).to.deep.include({ location: { path: 'x.mm', line: 1, column: 2 } });
    await failure(p.warmup());
    expect((await failure(p.run('echo', [2]))).message).to.equal(e.message);
  });

  it('stateful pools: slot tasks run in order on their worker; a death fails the pool instead of replacing', async () => {
    const p = pool({ size: 2, replace: false });
    const counts = await Promise.all([0, 0, 0, 1].map((slot) => p.run<number>('count', [], { slot })));
    expect(counts).to.deep.equal([1, 2, 3, 1]);
    expect((await failure(p.run('exit', [], { slot: 1 }))).kind).to.equal('crashed');
    expect((await failure(p.run('count', [], { slot: 0 }))).kind).to.equal('crashed');
  });

  it('stateful replacing pools: a lost slot is reported, its queued slot tasks reject, the other slots keep their state', async () => {
    const lost: [number, string][] = [];
    const p = pool({ size: 2, onLost: (slot, e) => lost.push([slot, e.kind]) });
    expect(await Promise.all([0, 0, 1].map((slot) => p.run<number>('count', [], { slot })))).to.deep.equal([1, 2, 1]);
    const hung = failure(p.run('hang', [], { slot: 0, timeoutMs: 200 }));
    const queued = failure(p.run('count', [], { slot: 0 }));
    expect((await hung).kind).to.equal('timeout');
    const orphan = await queued;
    expect([orphan.kind, orphan.index]).to.deep.equal(['crashed', 0]);
    expect(orphan.message).to.match(/replaced before task count began/);
    expect(lost).to.deep.equal([[0, 'timeout']]);
    // slot 0 starts over on its new worker; slot 1 kept its count; unpinned tasks still run
    expect(await Promise.all([p.run('count', [], { slot: 0 }), p.run('count', [], { slot: 1 }), p.run('echo', ['x'])])).to.deep.equal([1, 2, 'x']);
  });

  it('a replacement slow to start is started again, not the end of the pool', async () => {
    // the workers count their starts in shared memory; only the second start (the first replacement) is slow
    const starts = new SharedArrayBuffer(4);
    const p = pool({ workerData: { starts, slowStart: 2, slowMs: 20_000 }, startTimeoutMs: 6000 });
    await p.warmup();
    expect((await failure(p.run('hang', [], { timeoutMs: 100 }))).kind).to.equal('timeout');
    expect(await p.run('echo', ['after'], { timeoutMs: 5000 })).to.equal('after'); // on the third start
    expect(new Int32Array(starts)[0]).to.equal(3);
  });

  it('a replacement that crashes while starting is started again (up to 3 in a row), then the pool fails loudly', async () => {
    // start 1 works; the replacements 2 and 3 exit while starting; 4 works
    const starts = new SharedArrayBuffer(4);
    const lost: number[] = [];
    const p = pool({ workerData: { starts, crashStarts: [2, 3] }, onLost: (slot) => lost.push(slot) });
    await p.warmup();
    expect((await failure(p.run('exit'))).kind).to.equal('crashed');
    expect(await p.run('echo', ['after'], { timeoutMs: 20_000 })).to.equal('after');
    expect(new Int32Array(starts)[0]).to.equal(4);
    expect(lost).to.deep.equal([0]);
    // every later start crashes: three restarts, then a WorkerError for every task instead of a hang
    const starts2 = new SharedArrayBuffer(4);
    const q = pool({ workerData: { starts: starts2, crashStarts: [2, 3, 4, 5, 6, 7] } });
    await q.warmup();
    expect((await failure(q.run('exit'))).kind).to.equal('crashed');
    const e = await failure(q.run('echo', ['never'], { timeoutMs: 20_000 }));
    expect(e.message).to.match(/exited \(code 5\)/);
    expect(new Int32Array(starts2)[0]).to.equal(5);
  });

  it('a replacement that hangs while starting counts toward the same bound: tasks fail instead of waiting forever', async () => {
    const starts = new SharedArrayBuffer(4);
    const p = pool({ workerData: { starts, hangStarts: [2, 3, 4, 5, 6, 7, 8] }, startTimeoutMs: 500 });
    await p.warmup();
    expect((await failure(p.run('exit'))).kind).to.equal('crashed');
    const e = await failure(p.run('echo', ['never']));
    expect(e.message).to.match(/did not start within 500 ms/);
    expect(new Int32Array(starts)[0]).to.equal(5);
  });

  it('close rejects what is queued or running with kind closed; bad options are ConfigErrors', async () => {
    const p = pool();
    const running = failure(p.run('sleep', [5000]));
    const queued = failure(p.run('echo', [1]));
    await p.close();
    expect((await running).kind).to.equal('closed');
    expect((await queued).kind).to.equal('closed');
    expect(() => new WorkerPool({ name: 'x', script, size: 0 })).to.throw(ConfigError, /size/);
    expect(() => new WorkerPool({ name: 'x', script, size: 1, maxMemoryMb: -1 })).to.throw(ConfigError, /maxMemoryMb/);
  });
});
