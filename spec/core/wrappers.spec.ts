import { expect } from 'chai';
import { rejects } from '../support/rejects.js';
import {
  captureWarnings,
  Discrete,
  EnvCheckError,
  OrderEnforcing,
  PassiveEnvChecker,
  RecordEpisodeStatistics,
  ResetNeededError,
  TimeLimit,
  TransformObservation,
  TransformReward,
  ConfigError,
} from '../../lib/index.js';
import { CountdownEnv, EndlessEnv, FaultyEnv } from '../fixtures/envs.js';

describe('core/wrappers', () => {
  describe('TimeLimit', () => {
    it('truncates at maxEpisodeSteps without touching terminated, and resets its counter', async () => {
      const env = new TimeLimit(new EndlessEnv(), 3);
      await env.reset({ seed: 0 });
      const flags = [];
      for (let i = 0; i < 3; i++) {
        const r = await env.step(0);
        flags.push([r.terminated, r.truncated]);
      }
      expect(flags).to.deep.equal([[false, false], [false, false], [false, true]]);
      await env.reset();
      expect(env.elapsedSteps).to.equal(0);
      expect((await env.step(0)).truncated).to.equal(false);
    });

    it('can be terminated and truncated on the same step', async () => {
      const env = new TimeLimit(new CountdownEnv(), 3);
      await env.reset({ options: { start: 3 } });
      await env.step(0);
      await env.step(0);
      const last = await env.step(0);
      expect([last.terminated, last.truncated]).to.deep.equal([true, true]);
    });

    it('rejects a non-positive limit', () => {
      expect(() => new TimeLimit(new EndlessEnv(), 0)).to.throw(ConfigError);
    });
  });

  describe('OrderEnforcing', () => {
    it('throws ResetNeededError on step and render before reset', async () => {
      const env = new OrderEnforcing(new CountdownEnv());
      expect(env.hasReset).to.equal(false);
      try {
        await env.step(0);
        expect.fail('should throw');
      } catch (e) {
        expect(e).to.be.instanceOf(ResetNeededError);
      }
      expect(() => env.render()).to.throw(ResetNeededError);
      await env.reset({ seed: 1 });
      expect(env.hasReset).to.equal(true);
      expect(env.render()).to.match(/remaining/);
      expect((await env.step(1)).reward).to.equal(1);
    });

    it('refuses step after termination until reset, even when the env itself would go on paying', async () => {
      const env = new OrderEnforcing(new CountdownEnv());
      await env.reset({ options: { start: 1 } });
      expect((await env.step(1)).terminated).to.equal(true);
      expect(env.episodeOver).to.equal(true);
      const err = await rejects(env.step(1));
      expect(err).to.be.instanceOf(ResetNeededError);
      expect(String((err as Error).message)).to.match(/terminated/);
      await env.reset({ options: { start: 2 } });
      expect((await env.step(1)).reward).to.equal(1);
    });

    it('refuses step after truncation by any wrapper below it (TimeLimit here)', async () => {
      const env = new OrderEnforcing(new TimeLimit(new EndlessEnv(), 2));
      await env.reset({ seed: 0 });
      await env.step(1);
      expect((await env.step(1)).truncated).to.equal(true);
      const err = await rejects(env.step(1));
      expect(err).to.be.instanceOf(ResetNeededError);
      expect(String((err as Error).message)).to.match(/truncated/);
    });

    it('TimeLimit alone also refuses a step past its limit', async () => {
      const env = new TimeLimit(new EndlessEnv(), 1);
      await env.reset({ seed: 0 });
      expect((await env.step(1)).truncated).to.equal(true);
      const err = await rejects(env.step(1));
      expect(err).to.be.instanceOf(ResetNeededError);
    });

    it('allows render before reset when render enforcement is disabled', () => {
      const env = new OrderEnforcing(new CountdownEnv(), { disableRenderOrderEnforcing: true });
      expect(env.render()).to.equal('remaining: 0');
    });
  });

  describe('RecordEpisodeStatistics', () => {
    it('reports return, length and time on the last step only, and keeps bounded queues', async () => {
      const env = new RecordEpisodeStatistics(new CountdownEnv(), { bufferLength: 2 });
      for (let ep = 0; ep < 3; ep++) {
        await env.reset({ options: { start: 2 + ep } });
        let r = await env.step(1);
        while (!r.terminated) {
          expect(r.info).to.not.have.property('episode');
          r = await env.step(1);
        }
        const stats = r.info.episode as { r: number; l: number; t: number };
        expect(stats.r).to.equal(2 + ep);
        expect(stats.l).to.equal(2 + ep);
        expect(stats.t).to.be.a('number').and.at.least(0);
      }
      expect(env.episodeCount).to.equal(3);
      expect(env.returnQueue).to.deep.equal([3, 4]);
      expect(env.lengthQueue).to.deep.equal([3, 4]);
    });

    it('records under a custom key and ends on truncation too', async () => {
      const env = new RecordEpisodeStatistics(new TimeLimit(new EndlessEnv(), 2), { statsKey: 'ep' });
      await env.reset();
      await env.step(0);
      const r = await env.step(0);
      expect(r.truncated).to.equal(true);
      expect(r.info.ep).to.include({ r: 2, l: 2 });
    });
  });

  describe('PassiveEnvChecker', () => {
    it('rejects a step result in the old done format', async () => {
      const env = new PassiveEnvChecker(new FaultyEnv({ mode: 'bad-step' }));
      await env.reset({ seed: 0 });
      try {
        await env.step(0);
        expect.fail('should throw');
      } catch (e) {
        expect(e).to.be.instanceOf(EnvCheckError);
        expect((e as Error).message).to.match(/lacks terminated, truncated, info.*done/);
      }
    });

    it('warns (does not throw) when an observation is outside the space, and only checks once', async () => {
      const env = new PassiveEnvChecker(new TransformObservation(new CountdownEnv(), (o: number) => o + 100));
      const { warnings } = await captureWarnings(async () => {
        await env.reset({ seed: 0 });
        await env.reset({ seed: 0 });
      });
      expect(warnings.map((w) => w.code)).to.deep.equal(['OBS_NOT_IN_SPACE']);
    });

    it('rejects an env without Space objects', () => {
      const bad = new CountdownEnv();
      Object.defineProperty(bad, 'actionSpace', { value: 'not a space' });
      expect(() => new PassiveEnvChecker(bad)).to.throw(EnvCheckError, /actionSpace must be a Space/);
    });
  });

  describe('TransformReward / TransformObservation', () => {
    it('apply their function to every reward / observation and can declare a new space', async () => {
      const space = new Discrete(11, { start: 100 });
      const env = new TransformReward(new TransformObservation(new CountdownEnv(), (o: number) => o + 100, space), (r) => r * 10 - 1);
      const { observation } = await env.reset({ options: { start: 4 } });
      expect(observation).to.equal(104);
      const r = await env.step(1);
      expect(r.reward).to.equal(9);
      expect(r.observation).to.equal(103);
      expect(env.observationSpace).to.equal(space);
    });
  });

  describe('Wrapper plumbing', () => {
    it('forwards the rng, spec and attributes through the stack', async () => {
      const inner = new CountdownEnv();
      const env = new TimeLimit(new OrderEnforcing(inner), 5);
      await env.reset({ seed: 9 });
      expect(env.npRandomSeed).to.equal(9);
      expect(env.npRandom).to.equal(inner.npRandom);
      expect(env.getWrapperAttr('remaining')).to.equal(inner.remaining);
      expect(env.getWrapperAttr('maxEpisodeSteps')).to.equal(5);
      env.setWrapperAttr('remaining', 42);
      expect(inner.remaining).to.equal(42);
      await env.close();
      expect(inner.closeCalls).to.equal(1);
    });
  });
});
