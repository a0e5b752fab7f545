/**
 * TRL adapter: turns a RewardFn into a reward function with TRL GRPOTrainer's call convention
 * (`trl/trainer/grpo_trainer.py`, `_calculate_rewards`):
 *
 *   f({prompts, completions, completion_ids, ...every other dataset column as a list}) → (number|null)[]
 *
 * Prompts and completions are strings (standard data) or lists of `{role, content}` messages
 * (conversational data; a completion is then `[{role: 'assistant', content}]`). The gold answer is
 * read from the dataset column `answerKey`. Other columns of the batch's length are passed on in
 * `info`.
 *
 * A sample whose verifier failed (RewardOutput.error) gets `null`, not 0: TRL turns null into NaN and
 * leaves that function out for the sample (nansum), so the policy is not trained on a fake "wrong".
 */
import { ConfigError } from '../../errors.js';
import type { RewardFn } from '../types.js';

/** One part of a multi-part message content (OpenAI chat format); only text parts are read. */
export interface MessagePart {
  readonly type: string;
  readonly text?: string;
}

export interface Message {
  readonly role: string;
  readonly content: string | readonly MessagePart[] | null;
}

export interface TrlRewardArgs {
  readonly prompts: readonly (string | readonly Message[])[];
  readonly completions: readonly (string | readonly Message[])[];
  readonly [column: string]: unknown;
}

export type TrlRewardFunction = (args: TrlRewardArgs) => Promise<(number | null)[]>;

export interface TrlAdapterOptions {
  /** Dataset column holding the gold answer; default `answer`. */
  readonly answerKey?: string;
}

/** Keys TRL passes that are not per-sample dataset columns. */
const NOT_COLUMNS = new Set(['prompts', 'completions', 'completion_ids', 'trainer_state', 'log_extra', 'log_metric', 'environments']);

function contentText(content: Message['content']): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p: MessagePart) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join('');
  return '';
}

/** A completion's text: the string itself, or the content of the last assistant message (as verifiers' Parser). */
export function completionText(completion: string | readonly Message[]): string {
  if (typeof completion === 'string') return completion;
  const messages = Array.isArray(completion) ? completion : [];
  const last = [...messages].reverse().find((m) => m?.role === 'assistant') ?? messages[messages.length - 1];
  return last ? contentText(last.content) : '';
}

/** A prompt's text: the string itself, or its messages' contents joined by blank lines. */
export function promptText(prompt: string | readonly Message[]): string {
  if (typeof prompt === 'string') return prompt;
  return (Array.isArray(prompt) ? prompt : []).map((m) => contentText(m.content)).join('\n\n');
}

export function toTrlRewardFunction(fn: RewardFn, opts: TrlAdapterOptions = {}): TrlRewardFunction {
  const answerKey = opts.answerKey ?? 'answer';
  return async (args) => {
    const { prompts, completions } = args;
    if (!Array.isArray(completions)) throw new ConfigError('TRL reward function: `completions` must be a list');
    const n = completions.length;
    const answers = args[answerKey];
    if (!Array.isArray(answers) || answers.length !== n) {
      const got = Array.isArray(answers) ? `a list of ${answers.length}` : typeof answers;
      throw new ConfigError(`TRL reward function: dataset column ${JSON.stringify(answerKey)} must be a list of ${n} gold answers, got ${got}; set answerKey to the column that holds them`);
    }
    const columns = Object.entries(args).filter(([k, v]) => !NOT_COLUMNS.has(k) && k !== answerKey && Array.isArray(v) && v.length === n) as [string, unknown[]][];
    return Promise.all(
      completions.map(async (completion, i) => {
        const prompt = Array.isArray(prompts) ? prompts[i] : undefined;
        // a completion that is neither text nor a message list cannot be judged: null, never a fake 0
        if (typeof completion !== 'string' && !Array.isArray(completion)) return null;
        const out = await fn({
          prompt: prompt === undefined ? undefined : promptText(prompt),
          completion: completionText(completion),
          answer: String(answers[i] ?? ''),
          info: Object.fromEntries(columns.map(([k, v]) => [k, v[i]])),
        });
        return out.error ? null : out.reward;
      }),
    );
  };
}
