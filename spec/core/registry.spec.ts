import { expect } from 'chai';
import {
  captureWarnings,
  ConfigError,
  DeprecatedEnvError,
  EnvNotFoundError,
  isEnv,
  OrderEnforcing,
  parseEnvId,
  PassiveEnvChecker,
  RecordEpisodeStatistics,
  Registry,
  RegistrationError,
  TimeLimit,
} from '../../lib/index.js';
import { CountdownEnv } from '../fixtures/envs.js';

function freshRegistry(): Registry {
  const r = new Registry();
  r.register({ id: 'test/Countdown-v0', factory: () => new CountdownEnv() });
  r.register({ id: 'test/Countdown-v1', factory: () => new CountdownEnv(), maxEpisodeSteps: 10 });
  r.register({ id: 'test/Arith-v0', factory: () => new CountdownEnv() });
  return r;
}

describe('core/registry', () => {
  it('runs its builtins hook once, at the first use, before anything registered by hand', () => {
    let calls = 0;
    const r = new Registry({
      builtins: (reg) => {
        calls++;
        reg.register({ id: 'test/Builtin-v0', factory: () => new CountdownEnv() });
      },
    });
    expect(calls).to.equal(0);
    r.register({ id: 'test/Mine-v0', factory: () => new CountdownEnv() });
    expect(calls).to.equal(1);
    expect(r.list().map((s) => s.id)).to.deep.equal(['test/Builtin-v0', 'test/Mine-v0']);
    expect(r.has('test/Builtin-v0')).to.equal(true);
    expect(calls).to.equal(1);
  });

  it('the default registry holds the built-in environments without importing the public barrel first', async () => {
    const { listEnvs } = await import('../../lib/core/registry.js');
    expect(listEnvs().map((s) => s.id)).to.include.members(['mathgym/Arithmetic-v0', 'mathgym/MetamathProof-v0']);
  });

  it('parses ids like Gymnasium', () => {
    expect(parseEnvId('mathgym/Arithmetic-v0')).to.deep.equal({ namespace: 'mathgym', name: 'Arithmetic', version: 0 });
    expect(parseEnvId('Plain')).to.deep.equal({ namespace: undefined, name: 'Plain', version: undefined });
    expect(parseEnvId('a:b/My.Env-v12')).to.deep.equal({ namespace: 'a:b', name: 'My.Env', version: 12 });
    expect(() => parseEnvId('bad id!')).to.throw(RegistrationError);
  });

  it('rejects duplicate ids, missing entry points and mixed versioning', () => {
    const r = freshRegistry();
    expect(() => r.register({ id: 'test/Countdown-v0', factory: () => new CountdownEnv() })).to.throw(RegistrationError, /already registered/);
    expect(() => r.register({ id: 'test/X-v0' })).to.throw(RegistrationError, /exactly one of entryPoint or factory/);
    expect(() => r.register({ id: 'test/Countdown', factory: () => new CountdownEnv() })).to.throw(RegistrationError, /versioned or not/);
    expect(() => r.register({ id: 'test/Y-v0', factory: () => new CountdownEnv(), maxEpisodeSteps: 0 })).to.throw(RegistrationError);
  });

  it('resolves an unversioned id to the latest version, with a warning', async () => {
    const r = freshRegistry();
    const { result, warnings } = await captureWarnings(() => r.spec('test/Countdown'));
    expect(result.id).to.equal('test/Countdown-v1');
    expect(warnings.map((w) => w.code)).to.deep.equal(['ENV_VERSION_UNSPECIFIED']);
  });

  it('warns when an older version is requested', async () => {
    const { result, warnings } = await captureWarnings(() => freshRegistry().spec('test/Countdown-v0'));
    expect(result.version).to.equal(0);
    expect(warnings[0]?.code).to.equal('ENV_OUTDATED');
    expect(warnings[0]?.message).to.match(/upgrading to version v1/);
  });

  it('warns for a spec marked deprecated', async () => {
    const r = new Registry();
    r.register({ id: 'test/Old-v0', factory: () => new CountdownEnv(), deprecated: 'use test/New-v0' });
    const { warnings } = await captureWarnings(() => r.spec('test/Old-v0'));
    expect(warnings[0]?.message).to.match(/deprecated: use test\/New-v0/);
  });

  it('throws DeprecatedEnvError for a missing version below the latest and EnvNotFoundError above it', () => {
    const r = new Registry();
    r.register({ id: 'test/Gap-v2', factory: () => new CountdownEnv() });
    expect(() => r.spec('test/Gap-v1')).to.throw(DeprecatedEnvError, /Please use "test\/Gap-v2"/);
    expect(() => r.spec('test/Gap-v3')).to.throw(EnvNotFoundError, /Available versions: v2/);
  });

  it('suggests close names for an unknown name or namespace', () => {
    const r = freshRegistry();
    try {
      r.spec('test/Countdwn-v0');
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(EnvNotFoundError);
      expect((e as EnvNotFoundError).part).to.equal('name');
      expect((e as Error).message).to.match(/Did you mean: "test\/Countdown-v0"/);
    }
    expect(() => r.spec('tset/Countdown-v0')).to.throw(EnvNotFoundError, /Namespace "tset" not found. Did you mean: "test"/);
  });

  it('make wraps inner to outer: PassiveEnvChecker, TimeLimit, OrderEnforcing (outermost, so it sees every truncation)', async () => {
    const env = await freshRegistry().make('test/Countdown-v1');
    expect(env).to.be.instanceOf(OrderEnforcing);
    const limit = (env as OrderEnforcing<number, number>).env;
    expect(limit).to.be.instanceOf(TimeLimit);
    expect((limit as TimeLimit<number, number>).env).to.be.instanceOf(PassiveEnvChecker);
    expect(env.toString()).to.equal('<OrderEnforcing<TimeLimit<PassiveEnvChecker<CountdownEnv<test/Countdown-v1>>>>>');
    expect(env.unwrapped).to.be.instanceOf(CountdownEnv);
    expect(env.spec?.id).to.equal('test/Countdown-v1');
  });

  it('make honours maxEpisodeSteps (-1 disables), disableEnvChecker and additional wrappers', async () => {
    const r = freshRegistry();
    const noLimit = await r.make('test/Countdown-v1', { maxEpisodeSteps: -1, disableEnvChecker: true });
    expect(noLimit).to.be.instanceOf(OrderEnforcing);
    expect((noLimit as OrderEnforcing<number, number>).env).to.be.instanceOf(CountdownEnv);
    r.register({ id: 'test/Stats-v0', factory: () => new CountdownEnv(), additionalWrappers: [{ name: 'RecordEpisodeStatistics', kwargs: { bufferLength: 5 } }] });
    const stats = await r.make('test/Stats-v0');
    expect((stats as OrderEnforcing<number, number>).env).to.be.instanceOf(RecordEpisodeStatistics);
    expect(stats.spec?.additionalWrappers.map((w) => w.name)).to.deep.equal(['RecordEpisodeStatistics']);
  });

  it('make(env.spec) rebuilds the same stack, including make-time overrides', async () => {
    const r = freshRegistry();
    r.register({ id: 'test/Stats-v0', factory: () => new CountdownEnv(), additionalWrappers: [{ name: 'RecordEpisodeStatistics', kwargs: {} }] });
    const a = await r.make('test/Stats-v0', { maxEpisodeSteps: 3 });
    const b = await r.make(a.spec as NonNullable<typeof a.spec>);
    expect(b.toString()).to.equal(a.toString());
    expect(b.spec?.maxEpisodeSteps).to.equal(3);
    await b.reset({ options: { start: 1 } });
    const last = await b.step(1);
    expect(last.info.episode).to.include({ r: 1, l: 1 });
  });

  it('merges kwargs over a copy of the spec kwargs and records them on the env spec', async () => {
    const seen: Record<string, unknown>[] = [];
    const r = new Registry();
    r.register({ id: 'test/K-v0', factory: (kw) => (seen.push(kw), new CountdownEnv()), kwargs: { a: 1, nested: { b: 2 } } });
    const env = await r.make('test/K-v0', { a: 5 });
    expect(seen[0]).to.deep.equal({ a: 5, nested: { b: 2 } });
    (seen[0]!.nested as { b: number }).b = 99;
    expect(r.spec('test/K-v0').kwargs).to.deep.equal({ a: 1, nested: { b: 2 } });
    expect(env.spec?.kwargs).to.deep.equal({ a: 5, nested: { b: 2 } });
  });

  it('rejects a factory that does not return an Env, and unsupported render modes', async () => {
    const r = new Registry();
    r.register({ id: 'test/NotEnv-v0', factory: () => ({}) });
    r.register({ id: 'test/C-v0', factory: () => new CountdownEnv() });
    try {
      await r.make('test/NotEnv-v0');
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(RegistrationError);
    }
    try {
      await r.make('test/C-v0', { renderMode: 'rgb_array' });
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(ConfigError);
      expect((e as Error).message).to.match(/choose one of/);
    }
  });

  it('loads an entry point "module:Export" lazily, relative to the cwd', async () => {
    const r = new Registry();
    r.register({ id: 'test/Entry-v0', entryPoint: './spec/fixtures/envs.ts:CountdownEnv' });
    const env = await r.make('test/Entry-v0');
    // the fixture is imported afresh through its file URL, so compare by name rather than by class identity
    expect(isEnv(env.unwrapped)).to.equal(true);
    expect(env.unwrapped.constructor.name).to.equal('CountdownEnv');
    r.register({ id: 'test/Missing-v0', entryPoint: './spec/fixtures/envs.ts:Nope' });
    try {
      await r.make('test/Missing-v0');
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(RegistrationError);
      expect((e as Error).message).to.match(/no exported class or function "Nope"/);
    }
  });
});
