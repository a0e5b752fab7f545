/**
 * The Env base owns the episode lifecycle (one copy of the guard, for raw and made envs alike), options
 * are checked in one place with "did you mean", and action spaces say every form an env accepts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { AnyOf, ConfigError, Discrete, make, ResetNeededError, spaceFromJSON, Text } from '../../lib/index.js';
import { CountdownEnv } from '../fixtures/envs.js';

async function rejects(p: Promise<unknown>, re: RegExp): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).to.be.instanceOf(ResetNeededError);
  expect((e as Error).message).to.match(re);
}

describe('core/env lifecycle', () => {
  it('a raw env refuses step before reset and after its episode ended, until the next reset', async () => {
    const env = new CountdownEnv();
    await rejects(env.step(1), /step\(\) called before reset\(\)/);
    await env.reset({ seed: 0, options: { start: 1 } });
    expect((await env.step(1)).terminated).to.equal(true);
    await rejects(env.step(1), /the episode terminated; step\(\) is refused until reset\(\)/);
    await env.reset({ seed: 0, options: { start: 2 } });
    expect((await env.step(0)).terminated).to.equal(false);
  });

  it('refuses a second step while one is in flight (it could be paid twice for one episode)', async () => {
    const env = new CountdownEnv();
    await env.reset({ seed: 0, options: { start: 1 } });
    const first = env.step(1);
    await rejects(env.step(1), /while another step\(\) is in progress/);
    expect((await first).reward).to.equal(1);
  });

  it('every built-in env, unwrapped, refuses step before reset and after the end with the base guard', async () => {
    for (const id of ['mathgym/Arithmetic-v0', 'mathgym/MathQA-v0', 'mathgym/PolynomialExpand-v0']) {
      const wrapped = await make(id, {});
      const env = wrapped.unwrapped;
      try {
        await rejects(env.step('1'), /step\(\) called before reset\(\)/);
        await env.reset({ seed: 1 });
        expect((await env.step('1')).terminated).to.equal(true);
        await rejects(env.step('1'), /episode terminated/);
      } finally {
        await wrapped.close();
      }
    }
  });

  it('no environment repeats the lifecycle guard (one copy, in lib/core/env.ts)', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'environments'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts'));
    const repeats = files.filter((f) => /ResetNeededError|called before reset|episode is over/.test(readFileSync(f, 'utf8')));
    expect(repeats).to.deep.equal([]);
  });

  it('an unknown option is a ConfigError that says which accepted key was meant', async () => {
    const e = await make('mathgym/Arithmetic-v0', { dificulty: 2 }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).to.be.instanceOf(ConfigError);
    expect((e as Error).message).to.match(/unknown option\(s\) "dificulty" \(did you mean "dificulty" -> "difficulty"\?\)/);
    const far = await make('mathgym/Arithmetic-v0', { colour: 1 }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect((far as Error).message).to.not.match(/did you mean/);
  });

  it('EquationRewrite-v0 declares both action forms it accepts: a legal-action index or a move as text', async () => {
    const env = await make<string, number | string>('mathgym/EquationRewrite-v0', {});
    try {
      const space = env.actionSpace;
      expect(space).to.be.instanceOf(AnyOf);
      expect(space.contains(3)).to.equal(true);
      expect(space.contains('add 5')).to.equal(true);
      expect(space.contains(99)).to.equal(false);
      expect(space.contains('x'.repeat(5000))).to.equal(false);
      space.seed(7);
      expect(typeof space.sample()).to.equal('number'); // a random policy plays indices, the primary form
      expect(spaceFromJSON(space.toJSON()).equals(space)).to.equal(true);
      await env.reset({ seed: 0 });
      const r = await env.step('x'.repeat(5000));
      expect(r.info.valid).to.equal(false);
      expect(String(r.info.error)).to.match(/limit is 1000/);
    } finally {
      await env.close();
    }
  });

  it('AnyOf checks its subspaces', () => {
    expect(() => new AnyOf([])).to.throw(ConfigError);
    expect(() => new AnyOf([{} as never])).to.throw(ConfigError, /subspace 0/);
    const s = new AnyOf<number | string>([new Discrete(2), new Text({ maxLength: 3 })], { seed: 1 });
    expect(s.toString()).to.match(/^AnyOf\(/);
  });
});
