/**
 * Checks of single reset/step results, shared by the PassiveEnvChecker wrapper and checkEnv.
 * Contract violations (wrong shapes and types) throw EnvCheckError; suspicious but legal values
 * (observation outside its space, NaN reward) are reported as warnings.
 */
import { EnvCheckError } from '../errors.js';
import type { Env } from './env.js';
import { isSpace } from './spaces/space.js';
import { warn } from './warnings.js';

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Both spaces exist and are Space instances. */
export function checkSpaces(env: Env<unknown, unknown>): void {
  for (const key of ['observationSpace', 'actionSpace'] as const) {
    let space: unknown;
    try {
      space = env[key];
    } catch (e) {
      throw new EnvCheckError('spaces', `${env.toString()}.${key} threw: ${(e as Error).message}`);
    }
    if (!isSpace(space)) {
      throw new EnvCheckError(
        'spaces',
        `${env.toString()}.${key} must be a Space (Discrete, Box, Text, ...), got ${String(space)}. Set it in the constructor.`,
      );
    }
  }
}

/** `reset` returned `{observation, info}` with a plain-object info; warns if the observation is outside the space. */
export function checkResetResult(env: Env<unknown, unknown>, result: unknown): void {
  if (!isPlainObject(result) || !('observation' in result) || !isPlainObject(result.info)) {
    throw new EnvCheckError(
      'reset-return',
      `${env.toString()}.reset() must resolve to {observation, info} with info a plain object, got ${preview(result)}`,
    );
  }
  if (!env.observationSpace.contains(result.observation)) {
    warn('OBS_NOT_IN_SPACE', `${env.toString()}: reset() observation ${preview(result.observation)} is not in ${env.observationSpace.toString()}`);
  }
}

/** `step` returned the five fields with the right types. */
export function checkStepResult(env: Env<unknown, unknown>, result: unknown): void {
  if (!isPlainObject(result)) {
    throw new EnvCheckError('step-return', `${env.toString()}.step() must resolve to an object, got ${preview(result)}`);
  }
  const missing = ['observation', 'reward', 'terminated', 'truncated', 'info'].filter((k) => !(k in result));
  if (missing.length > 0) {
    throw new EnvCheckError(
      'step-return',
      `${env.toString()}.step() result lacks ${missing.join(', ')}; expected {observation, reward, terminated, truncated, info}` +
        ('done' in result ? ' (the old `done` flag was split into terminated/truncated in Gymnasium 0.26)' : ''),
    );
  }
  if (typeof result.terminated !== 'boolean' || typeof result.truncated !== 'boolean') {
    throw new EnvCheckError(
      'step-return',
      `${env.toString()}.step(): terminated and truncated must be booleans, got ${preview(result.terminated)} and ${preview(result.truncated)}`,
    );
  }
  if (typeof result.reward !== 'number') {
    throw new EnvCheckError('step-return', `${env.toString()}.step(): reward must be a number, got ${preview(result.reward)}`);
  }
  if (!Number.isFinite(result.reward)) {
    warn('REWARD_NOT_FINITE', `${env.toString()}.step(): reward is ${result.reward}`);
  }
  if (!isPlainObject(result.info)) {
    throw new EnvCheckError('step-return', `${env.toString()}.step(): info must be a plain object, got ${preview(result.info)}`);
  }
  if (!env.observationSpace.contains(result.observation)) {
    warn('OBS_NOT_IN_SPACE', `${env.toString()}: step() observation ${preview(result.observation)} is not in ${env.observationSpace.toString()}`);
  }
}

export function preview(x: unknown, max = 80): string {
  let s: string;
  try {
    s = typeof x === 'string' ? JSON.stringify(x) : (JSON.stringify(x) ?? String(x));
  } catch {
    s = String(x);
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
