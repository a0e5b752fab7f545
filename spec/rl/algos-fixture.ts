/**
 * A user's own environment, registered the ordinary way and trained on through the Env API:
 * `spec/Shift-v0` shows one digit d (drawn from the reset seed) and pays 1 for the digit (d + shift) mod 10.
 * Ten problems, so "held-out" here means held-out seeds, not unseen problems: the measurements are the
 * greedy accuracy and the mean sampled reward on fixed evaluation seeds (never rollout seeds), not the
 * training batches.
 */
import { Env, type ResetResult, type StepResult } from '../../lib/core/env.js';
import { Text } from '../../lib/core/spaces/text.js';
import { registry } from '../../lib/core/registry.js';
import { defaultTrainConfig } from '../../lib/rl/tasks.js';
import type { Task, TrainConfig } from '../../lib/rl/trainer.js';

const DIGITS = '0123456789';

export class ShiftEnv extends Env<string, string> {
  readonly observationSpace = new Text({ maxLength: 1, minLength: 1, charset: DIGITS });
  readonly actionSpace = new Text({ maxLength: 16, minLength: 0, charset: DIGITS });
  private question = '';
  private answer = '';
  /** With `prefix`, only the first character of the answer counts (completions longer than one token can still be right). */
  constructor(private readonly shift = 3, private readonly prefix = false) {
    super();
  }
  protected resetEpisode(): ResetResult<string> {
    const d = this.npRandom.integer(0, 9);
    this.question = String(d);
    this.answer = String((d + this.shift) % 10);
    return { observation: this.question, info: {} };
  }
  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    const given = this.prefix ? action.trim().slice(0, 1) : action.trim();
    return { observation: this.question, reward: given === this.answer ? 1 : 0, terminated: true, truncated: false, info: { answer: this.answer } };
  }
}

export const SHIFT_ENV_ID = 'spec/Shift-v0';
if (!registry.has(SHIFT_ENV_ID)) registry.register({ id: SHIFT_ENV_ID, factory: (kw) => new ShiftEnv(typeof kw.shift === 'number' ? kw.shift : 3, kw.prefix === true) });

export const shiftTask: Task = { envId: SHIFT_ENV_ID, envKwargs: { shift: 3 }, prompt: (o) => o, charset: DIGITS };
/** The same problems, judged on the answer's first character: completions of several tokens (maxNewTokens > 1) still earn reward at random init. */
export const shiftPrefixTask: Task = { ...shiftTask, envKwargs: { shift: 3, prefix: true } };

/**
 * RL from random initialization, no cold start: a 1-layer, 32-wide transformer answers with one token
 * (maxNewTokens 1), so a random policy earns about 1/13 (13 tokens: 10 digits and 3 specials).
 */
export function shiftConfig(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return defaultTrainConfig({
    task: shiftTask,
    model: { dModel: 32, nHeads: 2, nLayers: 1, contextLength: 4 },
    sftSteps: 0,
    updates: 40,
    numPrompts: 8,
    numGenerations: 8,
    maxNewTokens: 1,
    learningRate: 3e-3,
    evalEvery: 0,
    evalEpisodes: 64,
    evalSamples: 4,
    ...overrides,
  });
}
