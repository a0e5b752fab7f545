/** Reward functions: correctness, format, overlong penalty, rubrics, a registry and trainer adapters. */
export type { RewardInput, RewardOutput, RewardFn } from './types.js';
export { correctness, type CorrectnessOptions } from './correctness.js';
export { format, followsFormat, FORMAT_STYLES, type FormatStyle, type FormatOptions } from './format.js';
export { overlongPenalty, overlongPenaltyValue, whitespaceTokens, type OverlongOptions } from './overlong.js';
export { rubric, type RubricItem } from './rubric.js';
export { registerReward, makeReward, listRewards, type RewardFactory, type RewardFactoryOptions } from './registry.js';
export { toTrlRewardFunction, completionText, promptText, type Message, type MessagePart, type TrlRewardArgs, type TrlRewardFunction, type TrlAdapterOptions } from './adapters/trl.js';
export { computeScore, createComputeScore, type VerlScore, type VerlComputeScore, type VerlAdapterOptions } from './adapters/verl.js';
