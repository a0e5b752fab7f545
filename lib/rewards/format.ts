/**
 * `format`: 1 if the completion follows an output format, else 0 (no partial credit).
 *
 * - `think-answer`: the whole completion is `<think>...</think>` then `<answer>...</answer>`, with
 *   only whitespace around them, each tag exactly once, and a non-empty answer (DeepSeek-R1 style).
 * - `boxed`: somewhere a `\boxed{...}` with balanced braces and a non-empty body (MATH style).
 * - `answer-tag`: at least one `<answer>...</answer>` with a non-empty body (the verifier reads the last).
 */
import { ConfigError } from '../errors.js';
import type { RewardFn, RewardOutput } from './types.js';
import { findBoxes } from '../verify/boxed.js';

export const FORMAT_STYLES = ['think-answer', 'boxed', 'answer-tag'] as const;
export type FormatStyle = (typeof FORMAT_STYLES)[number];

export interface FormatOptions {
  readonly style: FormatStyle;
}

const THINK_ANSWER = /^\s*<think>[\s\S]*?<\/think>\s*<answer>([\s\S]*?)<\/answer>\s*$/;
const ANSWER_TAG = /<answer>([\s\S]*?)<\/answer>/g;

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Whether some box has something other than whitespace inside. */
function hasBoxed(text: string): boolean {
  return findBoxes(text).some((b) => b.body.trim() !== '');
}

/** Whether `text` follows `style` (see the module comment for each style's rule). */
export function followsFormat(text: string, style: FormatStyle): boolean {
  if (typeof text !== 'string') return false;
  switch (style) {
    case 'think-answer': {
      const m = THINK_ANSWER.exec(text);
      if (!m || (m[1] ?? '').trim() === '') return false;
      return ['<think>', '</think>', '<answer>', '</answer>'].every((tag) => count(text, tag) === 1);
    }
    case 'boxed':
      return hasBoxed(text);
    case 'answer-tag':
      return [...text.matchAll(ANSWER_TAG)].some((m) => (m[1] ?? '').trim() !== '');
  }
}

export function format(opts: FormatOptions): RewardFn {
  const style = opts?.style;
  if (!(FORMAT_STYLES as readonly unknown[]).includes(style)) {
    throw new ConfigError(`format: style must be one of ${FORMAT_STYLES.join(', ')}, got ${JSON.stringify(style)}`);
  }
  return async ({ completion }): Promise<RewardOutput> => ({ reward: followsFormat(completion, style) ? 1 : 0, details: { style } });
}
