import { expect } from 'chai';
import {
  addInfo,
  AsyncVectorEnv,
  ClosedError,
  ConfigError,
  infoToList,
  makeVec,
  MathgymError,
  registry,
  SyncVectorEnv,
  type VectorEnv,
  WorkerError,
} from '../../lib/index.js';
import { CountdownEnv, registerEnvs } from '../fixtures/envs.js';

const PLUGIN = './spec/fixtures/envs.ts';

before(() => {
  if (!registry.has('test/Countdown-v0')) registerEnvs(registry);
});

function syncCountdown(n: number, autoresetMode?: 'NextStep' | 'SameStep' | 'Disabled'): SyncVectorEnv<number, number> {
  return new SyncVectorEnv(Array.from({ length: n }, () => new CountdownEnv()), { autoresetMode });
}

async function expectReject(p: Promise<unknown>, cls: new (...a: never[]) => Error, re?: RegExp): Promise<Error> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(cls);
    if (re) expect((e as Error).message).to.match(re);
    return e as Error;
  }
  return expect.fail('expected a rejection');
}

/** The autoreset contract, run against both implementations. */
function autoresetSuite(name: string, build: (mode: 'NextStep' | 'SameStep' | 'Disabled') => Promise<VectorEnv<number, number>>): void {
  describe(`${name} autoreset`, () => {
    it('NextStep: the ending step returns the terminal obs; the next step resets, ignores the action, reward 0, flags false', async () => {
      const envs = await build('NextStep');
      try {
        await envs.reset({ seed: 1, options: { start: 2 } });
        const s1 = await envs.step([1, 1]);
        expect(s1.observations).to.deep.equal([1, 1]);
        const s2 = await envs.step([1, 0]);
        expect(s2.observations).to.deep.equal([0, 0]);
        expect(s2.terminations).to.deep.equal([true, true]);
        expect(s2.rewards).to.deep.equal([1, 0]);
        const s3 = await envs.step([1, 1]);
        expect(s3.rewards).to.deep.equal([0, 0]);
        expect(s3.terminations).to.deep.equal([false, false]);
        expect(s3.truncations).to.deep.equal([false, false]);
        for (const o of s3.observations) expect(o).to.be.within(3, 5);
        expect(s3.infos.start).to.deep.equal(s3.observations);
        expect(s3.infos._start).to.deep.equal([true, true]);
        expect(s3.infos).to.not.have.property('remaining');
        const s4 = await envs.step([1, 1]);
        expect(s4.rewards).to.deep.equal([1, 1]);
      } finally {
        await envs.close();
      }
    });

    it('SameStep: the ending step returns the new initial obs; terminal data go to final_obs / final_info', async () => {
      const envs = await build('SameStep');
      try {
        await envs.reset({ seed: 1, options: { start: 2 } });
        await envs.step([0, 0]);
        const s = await envs.step([1, 0]);
        expect(s.terminations).to.deep.equal([true, true]);
        expect(s.rewards).to.deep.equal([1, 0]);
        for (const o of s.observations) expect(o).to.be.within(3, 5);
        expect(s.infos.final_obs).to.deep.equal([0, 0]);
        expect(s.infos._final_obs).to.deep.equal([true, true]);
        const finals = s.infos.final_info as Record<string, unknown>;
        expect(finals.remaining).to.deep.equal([0, 0]);
        expect(s.infos.start).to.deep.equal(s.observations);
        const next = await envs.step([1, 1]);
        expect(next.rewards).to.deep.equal([1, 1]);
        expect(next.observations).to.deep.equal(s.observations.map((o) => o - 1));
      } finally {
        await envs.close();
      }
    });

    it('Disabled: stepping a finished sub-env throws; resetMask resets only the masked ones', async () => {
      const envs = await build('Disabled');
      try {
        await envs.reset({ seed: 3, options: { start: 1 } });
        const s = await envs.step([0, 0]);
        expect(s.terminations).to.deep.equal([true, true]);
        await expectReject(envs.step([0, 0]), MathgymError, /autoreset is Disabled/);
        const r = await envs.reset({ options: { start: 4, resetMask: [true, false] } });
        expect(r.observations[0]).to.equal(4);
        expect(r.infos._start).to.deep.equal([true, false]);
        await expectReject(envs.step([0, 0]), MathgymError, /sub-env 1/);
      } finally {
        await envs.close();
      }
    });

    it('same seed, same batch trajectory', async () => {
      const run = async () => {
        const envs = await build('NextStep');
        try {
          const out = [(await envs.reset({ seed: 42 })).observations];
          for (let i = 0; i < 8; i++) out.push((await envs.step([1, 0])).observations);
          return out;
        } finally {
          await envs.close();
        }
      };
      expect(await run()).to.deep.equal(await run());
    });
  });
}

describe('core/vector', () => {
  autoresetSuite('SyncVectorEnv', async (mode) => syncCountdown(2, mode));
  autoresetSuite('AsyncVectorEnv', (mode) => AsyncVectorEnv.create({ id: 'test/Countdown-v0', modules: [PLUGIN] }, { numEnvs: 2, workers: 2, autoresetMode: mode }));

  describe('reset seeding', () => {
    it('an int seed s seeds sub-envs with s, s+1, ...; a list gives one seed each', async () => {
      const envs = syncCountdown(3);
      const a = await envs.reset({ seed: 10 });
      const single = new CountdownEnv();
      const expected = [];
      for (const s of [10, 11, 12]) expected.push((await single.reset({ seed: s })).observation);
      expect(a.observations).to.deep.equal(expected);
      const b = await envs.reset({ seed: [12, 11, 10] });
      expect(b.observations).to.deep.equal([...expected].reverse());
      await expectReject(envs.reset({ seed: [1, 2] }), ConfigError, /3 entries/);
    });

    it('checks the action count, step-before-reset and use after close', async () => {
      const envs = syncCountdown(2);
      await expectReject(envs.step([0, 0]), MathgymError, /before reset/);
      await envs.reset({ seed: 0 });
      await expectReject(envs.step([0]), ConfigError, /one action per sub-env/);
      await envs.close();
      await envs.close();
      await expectReject(envs.reset(), ClosedError);
    });

    it('rejects a second call while one is in flight, without touching the sub-envs', async () => {
      const envs = syncCountdown(2);
      await envs.reset({ options: { start: 5 } });
      const first = envs.step([1, 1]);
      await expectReject(envs.step([1, 1]), MathgymError, /another call is in progress/);
      expect((await first).observations).to.deep.equal([4, 4]);
      expect(envs.envs.map((e) => (e as CountdownEnv).remaining)).to.deep.equal([4, 4]);
    });

    it('batched spaces are Tuples of the single spaces', () => {
      const envs = syncCountdown(3);
      expect(envs.observationSpace.spaces).to.have.length(3);
      expect(envs.observationSpace.contains([1, 2, 3])).to.equal(true);
      expect(envs.actionSpace.contains([0, 1, 2])).to.equal(false);
    });
  });

  describe('info batching', () => {
    it('batches keys with masks and default fills, recursing into objects, and converts back to a list', () => {
      const infos = {};
      addInfo(infos, { a: 1, s: 'x', nested: { b: true } }, 0, 3);
      addInfo(infos, { a: 2 }, 2, 3);
      expect(infos).to.deep.equal({
        a: [1, 0, 2],
        _a: [true, false, true],
        s: ['x', null, null],
        _s: [true, false, false],
        nested: { b: [true, false, false], _b: [true, false, false] },
        _nested: [true, false, false],
      });
      expect(infoToList(infos, 3)).to.deep.equal([{ a: 1, s: 'x', nested: { b: true } }, {}, { a: 2 }]);
    });

    it('keeps a value that is a scalar in one sub-env and an object in another', () => {
      const infos = {};
      addInfo(infos, { k: 1 }, 0, 2);
      addInfo(infos, { k: { a: 2 } }, 1, 2);
      expect(infos).to.deep.equal({ k: [1, { a: 2 }], _k: [true, true] });
    });
  });

  describe('AsyncVectorEnv failures', () => {
    it('reports an env that throws as a WorkerError naming the sub-env, and stays usable', async () => {
      const envs = await AsyncVectorEnv.create<number, number>({ id: 'test/Faulty-v0', kwargs: { mode: 'throw' }, modules: [PLUGIN] }, { numEnvs: 2, workers: 2 });
      try {
        await envs.reset({ seed: 0 });
        const e = (await expectReject(envs.step([0, 1]), WorkerError, /sub-env 1 threw Error: boom in step/)) as WorkerError;
        expect(e.index).to.equal(1);
        await envs.reset({ seed: 0 });
        expect((await envs.step([0, 0])).terminations).to.deep.equal([true, true]);
      } finally {
        await envs.close();
      }
    });

    it('turns a worker that exits into a WorkerError and closes the vector env', async () => {
      const envs = await AsyncVectorEnv.create<number, number>({ id: 'test/Faulty-v0', kwargs: { mode: 'exit' }, modules: [PLUGIN] }, { numEnvs: 2, workers: 2 });
      await envs.reset({ seed: 0 });
      await expectReject(envs.step([1, 0]), WorkerError, /exited \(code 3\)/);
      expect(envs.closed).to.equal(true);
    });

    it('terminates a worker that does not answer within timeoutMs', async () => {
      const envs = await AsyncVectorEnv.create<number, number>({ id: 'test/Faulty-v0', kwargs: { mode: 'hang' }, modules: [PLUGIN] }, { numEnvs: 1, timeoutMs: 300 });
      await envs.reset({ seed: 0 });
      await expectReject(envs.step([1]), WorkerError, /did not answer within 300 ms/);
      expect(envs.closed).to.equal(true);
    });

    it('times out a worker whose envs take too long to make', async () => {
      await expectReject(
        AsyncVectorEnv.create({ id: 'test/Faulty-v0', kwargs: { mode: 'hang' }, modules: [PLUGIN] }, { numEnvs: 1, initTimeoutMs: 1 }),
        WorkerError,
        /did not create its envs within 1 ms/,
      );
    });

    it('fails creation with a clear error for an id the worker cannot make', async () => {
      await expectReject(AsyncVectorEnv.create({ id: 'test/Nope-v0', modules: [PLUGIN] }, { numEnvs: 1 }), WorkerError, /could not create its envs.*doesn't exist/);
    });

    it('spreads sub-envs over fewer workers and calls methods on every sub-env', async () => {
      const envs = await AsyncVectorEnv.create<number, number>({ id: 'test/Countdown-v0', modules: [PLUGIN] }, { numEnvs: 3, workers: 2 });
      try {
        const r = await envs.reset({ seed: 5 });
        const sync = syncCountdown(3);
        expect(r.observations).to.deep.equal((await sync.reset({ seed: 5 })).observations);
        expect(await envs.call('render')).to.deep.equal(r.observations.map((o) => `remaining: ${o}`));
      } finally {
        await envs.close();
      }
    });
  });

  describe('makeVec', () => {
    it('builds sync and async vector envs of a registered id', async () => {
      const s = await makeVec<string, string>('mathgym/Arithmetic-v0', { numEnvs: 2, kwargs: { difficulty: 2 } });
      const a = await makeVec<string, string>('mathgym/Arithmetic-v0', { numEnvs: 2, vectorizationMode: 'async', kwargs: { difficulty: 2 } });
      try {
        expect((await s.reset({ seed: 7 })).observations).to.deep.equal((await a.reset({ seed: 7 })).observations);
      } finally {
        await s.close();
        await a.close();
      }
    });
  });
});
