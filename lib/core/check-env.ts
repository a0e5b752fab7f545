/**
 * checkEnv: Gymnasium's env_checker for mathgym envs. A set of small checks, each throwing an
 * EnvCheckError that names the call that broke the contract and its likely cause.
 */
import { EnvCheckError } from '../errors.js';
import { type Env, isEnv } from './env.js';
import { dataEquivalent } from './equal.js';
import { checkResetResult, checkSpaces, checkStepResult, preview } from './passive-checks.js';
import { type Registry, registry as defaultRegistry } from './registry.js';
import { captureWarnings } from './warnings.js';

export interface CheckEnvOptions {
  readonly skipRenderCheck?: boolean;
  readonly skipCloseCheck?: boolean;
  /** Registry used to re-make the env for the render and close checks. */
  readonly registry?: Registry;
}

export interface CheckEnvReport {
  /** The env's spec id, or its class name. */
  readonly env: string;
  /** Checks that ran and passed, in order. */
  readonly passed: readonly string[];
  /** Non-fatal findings (observation outside its space, wrapped env, skipped checks). */
  readonly warnings: readonly string[];
}

type AnyEnv = Env<unknown, unknown>;

/** Info keys that legitimately differ between identical runs (timings); listed in `metadata.nondeterministicInfoKeys`. */
function volatileKeys(env: AnyEnv): ReadonlySet<string> {
  const keys = env.metadata.nondeterministicInfoKeys;
  return new Set(Array.isArray(keys) ? keys.map(String) : []);
}

function fail(check: string, message: string): never {
  throw new EnvCheckError(check, message);
}

async function checkResetSeedDeterminism(env: AnyEnv): Promise<void> {
  const r1 = await env.reset({ seed: 123 });
  checkResetResult(env, r1);
  if (!env.hasRng || env.npRandomSeed !== 123) {
    fail('reset-seed', `${env.toString()}.reset({seed: 123}) did not seed the env's generator. Do not override reset(); implement resetEpisode() and draw from this.npRandom.`);
  }
  const state1 = env.npRandom.state();
  const r2 = await env.reset();
  const r3 = await env.reset({ seed: 123 });
  const state3 = env.npRandom.state();
  const r4 = await env.reset();
  if (!dataEquivalent(r1.observation, r3.observation)) {
    fail('reset-seed-determinism', `reset({seed: 123}) gave ${preview(r1.observation)} then ${preview(r3.observation)}. Draw all randomness from this.npRandom.`);
  }
  if (!dataEquivalent(r2.observation, r4.observation)) {
    fail('reset-seed-determinism', `reset() after reset({seed: 123}) gave ${preview(r2.observation)} then ${preview(r4.observation)}; the unseeded reset must continue the seeded stream.`);
  }
  if (!dataEquivalent(state1, state3)) {
    fail('reset-seed-determinism', 'the generator state after two reset({seed: 123}) calls differs.');
  }
  await env.reset({ seed: 456 });
  if (dataEquivalent(state1, env.npRandom.state())) {
    fail('reset-seed-determinism', 'reset({seed: 456}) left the generator in the same state as reset({seed: 123}).');
  }
  const r5 = await env.reset({ options: {} });
  checkResetResult(env, r5);
}

async function checkStepDeterminism(env: AnyEnv): Promise<void> {
  const ignore = volatileKeys(env);
  const r0 = await env.reset({ seed: 123 });
  env.actionSpace.seed(123);
  const action = env.actionSpace.sample();
  if (!env.actionSpace.contains(action)) fail('action-space', `actionSpace.sample() returned ${preview(action)}, which actionSpace.contains() rejects.`);
  const a = await env.step(action);
  checkStepResult(env, a);
  const stateA = env.npRandom.state();
  const r1 = await env.reset({ seed: 123 });
  if (!dataEquivalent(r0, r1, ignore)) fail('step-determinism', 'reset({seed: 123}) results differ between two runs.');
  const b = await env.step(action);
  const fields = ['observation', 'reward', 'terminated', 'truncated'] as const;
  for (const f of fields) {
    if (!dataEquivalent(a[f], b[f])) {
      fail('step-determinism', `the same action after reset({seed: 123}) gave ${f} ${preview(a[f])} then ${preview(b[f])}. Draw all randomness from this.npRandom.`);
    }
  }
  if (!dataEquivalent(a.info, b.info, ignore)) {
    fail('step-determinism', `info differs between two identical steps: ${preview(a.info)} vs ${preview(b.info)}. List timing keys in metadata.nondeterministicInfoKeys.`);
  }
  if (a.truncated || b.truncated) fail('step-determinism', 'the unwrapped env returned truncated=true on its first step; truncation belongs to wrappers such as TimeLimit.');
  if (!dataEquivalent(stateA, env.npRandom.state())) fail('step-determinism', 'the generator state differs after two identical steps.');
}

async function withEnv(id: string, registry: Registry, kwargs: Record<string, unknown>, fn: (env: AnyEnv) => Promise<void>, closes = true): Promise<void> {
  const env = await registry.make(id, { ...kwargs, disableEnvChecker: true });
  try {
    await fn(env);
  } finally {
    if (closes) await env.close().catch(() => undefined);
  }
}

/** Runs every check on `env` (use the unwrapped env, as Gymnasium recommends). Throws EnvCheckError on the first failure. */
export async function checkEnv(env: AnyEnv, opts: CheckEnvOptions = {}): Promise<CheckEnvReport> {
  const registry = opts.registry ?? defaultRegistry;
  const passed: string[] = [];
  const name = isEnv(env) ? (env.spec?.id ?? env.constructor.name) : String(env);
  const { warnings } = await captureWarnings(async () => {
    if (!(isEnv(env))) fail('env-type', `expected an instance of a class extending Env, got ${preview(env)}.`);
    passed.push('env-type');
    checkSpaces(env);
    passed.push('spaces');
    await checkResetSeedDeterminism(env);
    passed.push('reset-seed-determinism');
    if (env.spec?.nondeterministic) {
      passed.push('step-determinism (skipped: spec.nondeterministic)');
    } else {
      await checkStepDeterminism(env);
      passed.push('step-determinism');
    }
    const id = env.spec?.id;
    if (!opts.skipRenderCheck) {
      for (const mode of env.metadata.renderModes.filter((m) => m === 'ansi')) {
        const check = async (e: AnyEnv): Promise<void> => {
          await e.reset({ seed: 0 });
          const out = e.render();
          if (typeof out !== 'string') fail('render', `render() in mode "${mode}" must return a string, got ${preview(out)}.`);
        };
        if (id) await withEnv(id, registry, { ...(env.spec?.kwargs ?? {}), renderMode: mode }, check);
        else if (env.renderMode === mode) await check(env);
      }
      passed.push('render');
    }
    if (!opts.skipCloseCheck && id) {
      await withEnv(id, registry, { ...(env.spec?.kwargs ?? {}) }, async (e) => {
        try {
          await e.close();
          await e.close();
        } catch (err) {
          fail('close', `calling close() twice threw: ${(err as Error).message}. close() must be idempotent.`);
        }
      }, false);
      passed.push('close');
    }
  });
  // Gymnasium's check_env asserts that observations lie in the observation space
  const outside = warnings.find((w) => w.code === 'OBS_NOT_IN_SPACE');
  if (outside) fail('observation-in-space', `${outside.message}. Return observations the observationSpace contains, or widen the space.`);
  const notes = warnings.map((w) => `${w.code}: ${w.message}`);
  if (isEnv(env) && env.unwrapped !== env) notes.unshift('env is wrapped; checkEnv is meant for the unwrapped env (pass env.unwrapped).');
  return { env: name, passed, warnings: notes };
}
