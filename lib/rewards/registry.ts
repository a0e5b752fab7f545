/**
 * Named reward factories, so environments and configs can pick a reward by name
 * (`MathQA-v0 {reward: 'math'}`). Built-ins: `correctness`, `format`, `overlong`, and the default
 * rubric `math` = correctness (weight 1) + boxed format (weight 0, logged only). `format` takes
 * `style` (default `boxed`); `overlong` needs `maxLength` and `bufferLength`.
 *
 * Factories receive one options object. Callers such as environments pass `verifier` and
 * `verifyOptions` to every factory, so factories ignore keys they do not use.
 */
import { closest } from 'fastest-levenshtein';
import { ConfigError, RegistrationError } from '../errors.js';
import type { Verifier } from '../verify/sandbox.js';
import type { VerifyOptions } from '../verify/types.js';
import { correctness } from './correctness.js';
import { format, type FormatStyle } from './format.js';
import { overlongPenalty } from './overlong.js';
import { rubric } from './rubric.js';
import type { RewardFn } from './types.js';

export interface RewardFactoryOptions {
  /** The verifier rewards that check answers should use (default: an in-process one). */
  readonly verifier?: Verifier;
  readonly verifyOptions?: VerifyOptions;
  /** Reward-specific options (`style` for format; `maxLength`, `bufferLength`, ... for overlong). */
  readonly [option: string]: unknown;
}

export type RewardFactory = (options: RewardFactoryOptions) => RewardFn;

const factories = new Map<string, RewardFactory>();

/** Adds a named reward. @throws RegistrationError for an empty or already registered name. */
export function registerReward(name: string, factory: RewardFactory): void {
  if (typeof name !== 'string' || name.trim() === '') throw new RegistrationError(`registerReward: name must be a non-empty string, got ${JSON.stringify(name)}`);
  if (typeof factory !== 'function') throw new RegistrationError(`registerReward(${JSON.stringify(name)}): factory must be a function (options) => RewardFn`);
  if (factories.has(name)) throw new RegistrationError(`reward ${JSON.stringify(name)} is already registered; pick another name`);
  factories.set(name, factory);
}

/** Builds the reward registered as `name`. @throws ConfigError for an unknown name or bad options. */
export function makeReward(name: string, options: RewardFactoryOptions = {}): RewardFn {
  const factory = factories.get(name);
  if (!factory) {
    const names = listRewards();
    const hint = typeof name === 'string' && names.length > 0 ? ` Did you mean ${JSON.stringify(closest(name, names))}?` : '';
    throw new ConfigError(`unknown reward ${JSON.stringify(name)}; registered: ${names.join(', ')}.${hint}`);
  }
  return factory(options);
}

/** Registered reward names, sorted. */
export function listRewards(): string[] {
  return [...factories.keys()].sort();
}

const verifierOptions = (o: RewardFactoryOptions) => ({
  verifier: o.verifier,
  verifyOptions: o.verifyOptions,
  ...(o.refuseQuestionCopy === undefined ? {} : { refuseQuestionCopy: o.refuseQuestionCopy !== false }),
});

registerReward('correctness', (o) => correctness(verifierOptions(o)));
registerReward('format', (o) => format({ style: (o.style ?? 'boxed') as FormatStyle }));
registerReward('overlong', (o) =>
  overlongPenalty({
    maxLength: o.maxLength as number,
    bufferLength: o.bufferLength as number,
    penaltyFactor: o.penaltyFactor as number | undefined,
    lengthOf: o.lengthOf as ((s: string) => number) | undefined,
  }),
);
registerReward('math', (o) =>
  rubric([
    { name: 'correctness', fn: correctness(verifierOptions(o)), weight: 1 },
    { name: 'format', fn: format({ style: 'boxed' }), weight: 0 },
  ]),
);
