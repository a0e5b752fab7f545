import { expect } from 'chai';
import { checkEnv, EnvCheckError, type Env, OrderEnforcing, Registry, type ResetArgs, type ResetResult } from '../../lib/index.js';
import { CountdownEnv, FaultyEnv, OutOfSpaceEnv } from '../fixtures/envs.js';

async function expectCheckFailure(env: Env<unknown, unknown>, check: string, re: RegExp): Promise<void> {
  try {
    await checkEnv(env);
  } catch (e) {
    expect(e).to.be.instanceOf(EnvCheckError);
    expect((e as EnvCheckError).check).to.equal(check);
    expect((e as Error).message).to.match(re);
    return;
  }
  expect.fail(`checkEnv should fail with [${check}]`);
}

/** Overrides reset and draws from its own generator instead of this.npRandom. */
class SelfSeededEnv extends CountdownEnv {
  override async reset(args: ResetArgs = {}): Promise<ResetResult<number>> {
    return this.resetEpisode(args.options ?? {});
  }
}

describe('core/check-env', () => {
  it('passes a well-behaved env and lists the checks it ran', async () => {
    const report = await checkEnv(new CountdownEnv() as Env<unknown, unknown>);
    expect(report.passed).to.include.members(['env-type', 'spaces', 'reset-seed-determinism', 'step-determinism', 'render']);
    expect(report.warnings).to.deep.equal([]);
  });

  it('runs the render and close checks by re-making a registered env', async () => {
    const registry = new Registry();
    registry.register({ id: 'test/C-v0', factory: (kw) => new CountdownEnv(kw) });
    const env = await registry.make('test/C-v0');
    const report = await checkEnv(env.unwrapped, { registry });
    expect(report.passed).to.include.members(['render', 'close']);
    class Mute extends CountdownEnv {
      override render(): string {
        return undefined as unknown as string;
      }
    }
    registry.register({ id: 'test/Mute-v0', factory: (kw) => new Mute(kw) });
    const mute = await registry.make('test/Mute-v0');
    try {
      await checkEnv(mute.unwrapped, { registry });
      expect.fail('render check should fail');
    } catch (e) {
      expect((e as EnvCheckError).check).to.equal('render');
    }
  });

  it('fails an env whose seeded resets disagree', async () => {
    await expectCheckFailure(new FaultyEnv({ mode: 'unseeded' }) as Env<unknown, unknown>, 'reset-seed-determinism', /Draw all randomness from this.npRandom/);
  });

  it('fails an env that overrides reset and never seeds its generator', async () => {
    await expectCheckFailure(new SelfSeededEnv() as Env<unknown, unknown>, 'reset-seed', /did not seed the env's generator/);
  });

  it('fails an env that returns the old step format', async () => {
    await expectCheckFailure(new FaultyEnv({ mode: 'bad-step' }) as Env<unknown, unknown>, 'step-return', /done/);
  });

  it('fails on info that differs between identical steps unless the key is declared nondeterministic', async () => {
    let tick = 0;
    class Clocked extends CountdownEnv {
      override async step(action: number) {
        const r = await super.step(action);
        return { ...r, info: { ...r.info, elapsedMs: tick++ } };
      }
    }
    await expectCheckFailure(new Clocked() as Env<unknown, unknown>, 'step-determinism', /info differs/);
    const declared = new Clocked();
    declared.metadata = { ...declared.metadata, nondeterministicInfoKeys: ['elapsedMs'] };
    await checkEnv(declared as Env<unknown, unknown>);
  });

  it('fails an env whose observations lie outside its observation space', async () => {
    await expectCheckFailure(new OutOfSpaceEnv() as Env<unknown, unknown>, 'observation-in-space', /is not in Discrete/);
  });

  it('warns when given a wrapped env', async () => {
    const report = await checkEnv(new OrderEnforcing(new CountdownEnv()) as Env<unknown, unknown>);
    expect(report.warnings[0]).to.match(/env is wrapped/);
  });
});
