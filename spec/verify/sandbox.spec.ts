import { expect } from 'chai';
import { Verifier } from '../../lib/verify/sandbox.js';
import { HANG_BOUND_MS } from '../support/time-limits.js';

const STUB = new URL('../fixtures/stub-verify-worker.ts', import.meta.url).href;

describe('verify/sandbox', function () {
  this.timeout(120_000);

  it('hard-stops a verification that exceeds its time limit and keeps serving', async () => {
    const v = new Verifier({ workers: 1, timeoutMs: 200, workerModule: STUB });
    try {
      const t = performance.now();
      const stuck = await v.verify('1', 'hang');
      expect(performance.now() - t).to.be.below(HANG_BOUND_MS);
      expect(stuck.correct).to.equal(false);
      expect(stuck.error?.code).to.equal('TIMEOUT');
      expect(stuck.rule).to.equal('error');
      const ok = await v.verify('1', '1', { timeoutMs: 20_000 }); // the replacement worker may still be starting
      expect(ok.correct).to.equal(true);
      expect(ok.error).to.equal(undefined);
    } finally {
      await v.close();
    }
  });

  it('a worker that dies does not strand the verifications queued behind it', async () => {
    const v = new Verifier({ workers: 1, timeoutMs: 5000, workerModule: STUB });
    try {
      await v.warmup();
      const [dead, queued, last] = await Promise.all([v.verify('1', 'crash'), v.verify('7', '7'), v.verify('8', '9')]);
      expect(dead.error?.code).to.equal('WORKER_CRASHED');
      expect(queued.correct).to.equal(true);
      expect(last.correct).to.equal(false);
      expect(last.error).to.equal(undefined);
    } finally {
      await v.close();
    }
  });

  it('reports a worker that runs out of memory or throws as a verifier failure, not a wrong answer', async () => {
    const v = new Verifier({ workers: 1, timeoutMs: 20_000, maxMemoryMb: 32, workerModule: STUB });
    try {
      const oom = await v.verify('1', 'oom');
      expect(oom.error?.code).to.equal('WORKER_CRASHED');
      const threw = await v.verify('1', 'throw');
      expect(threw.error?.code).to.equal('INTERNAL');
      expect(threw.error?.message).to.match(/checker bug/);
      expect((await v.verify('2', '2')).correct).to.equal(true);
    } finally {
      await v.close();
    }
  });

  it('does not count a cold worker\'s start-up against the time limit', async () => {
    // loading the verifier in a fresh worker takes far longer than 300 ms (more on a loaded machine); the
    // verification itself does not
    const v = new Verifier({ workers: 1, timeoutMs: 300 });
    try {
      const first = await v.verify('\\frac{1}{2}', 'so the answer is \\boxed{0.5}');
      expect(first.error, first.reason).to.equal(undefined);
      expect(first.correct).to.equal(true);
    } finally {
      await v.close();
    }
  });

  it('rejects oversized input before it reaches a worker', async () => {
    const v = new Verifier({ workers: 1, maxInputLength: 100, workerModule: STUB });
    try {
      const r = await v.verify('1', 'x'.repeat(101));
      expect(r.error?.code).to.equal('INPUT_TOO_LARGE');
      expect(r.reason).to.match(/101 characters, over the limit of 100/);
    } finally {
      await v.close();
    }
  });

  it('verifies batches in input order and answers with an error verdict after close', async () => {
    const v = new Verifier({ workers: 2, workerModule: STUB });
    const items = Array.from({ length: 20 }, (_, i) => ({ gold: String(i), pred: String(i % 2 ? i : -i) }));
    const out = await v.verifyBatch(items);
    expect(out.map((o) => o.correct)).to.deep.equal(items.map((_, i) => i % 2 === 1 || i === 0));
    await v.close();
    await v.close();
    expect((await v.verify('1', '1')).error?.code).to.equal('INTERNAL');
  });
});
