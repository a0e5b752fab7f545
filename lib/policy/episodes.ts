/**
 * Runs episodes of a text environment through a chat policy (a remote model, or anything that turns a
 * conversation into the next assistant message), `concurrency` at a time.
 *
 * A conversation is built from the env's observations: the first observation is the whole user
 * prompt; each later one is only the env's new message, with `info.role` 'user' (feedback) or 'tool'
 * (a tool result). Both are sent as `user` messages carrying the text: OpenAI's `tool` role needs the
 * `tool_call_id` of a structured function call, and mathgym's tools are called in plain text
 * (`<tool>calc: ...</tool>`), so there is no id to give. An episode ends when the env terminates or
 * truncates it, or after `maxTurns` assistant messages (then it counts as truncated, not as an error).
 *
 * A request that fails (after the policy's own retries) makes the episode an error, reported apart
 * from wrong answers: it is never scored as reward 0. So does an env that could not judge the final
 * answer (`info.verifierError`): the verifier failed, the answer was not found wrong.
 */
import type { Env, Info } from '../core/env.js';
import { make } from '../core/registry.js';
import { assertSeed } from '../core/rng.js';
import { ConfigError } from '../errors.js';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface ChatReply {
  readonly text: string;
  /** The server's finish_reason ('stop', 'length', ...), when it gave one. */
  readonly finishReason?: string | null;
}

/** The next assistant message of a conversation. A rejection means the request failed for good. */
export interface ChatPolicy {
  complete(messages: readonly ChatMessage[], opts: { readonly seed: number }): Promise<ChatReply>;
}

export interface EpisodeError {
  /** 'timeout', 'connection', 'http_<status>', 'env' (the env threw on a step), 'verifier' (the env could not judge the final answer) or 'other'. */
  readonly kind: string;
  readonly message: string;
}

export interface RunEpisodesOptions {
  readonly envId: string;
  readonly envKwargs?: Readonly<Record<string, unknown>>;
  /** Problems: problem i is the env reset with seed seedBase + i. */
  readonly problems: number;
  /** Episodes (samples) per problem, for pass@k. */
  readonly samples: number;
  readonly seedBase: number;
  /** Base of the per-request sampling seeds (default 0); each request of a run gets its own. */
  readonly samplingSeed?: number;
  /** Episodes in flight at once, one env each (default 8). */
  readonly concurrency?: number;
  /** Assistant messages per episode at most (default 10). */
  readonly maxTurns?: number;
  /** A system message put before the first observation. */
  readonly system?: string;
  readonly onEpisode?: (record: EpisodeRecord, done: number, total: number) => void;
}

export interface EpisodeRecord {
  readonly problem: number;
  readonly sample: number;
  /** The env seed (seedBase + problem). */
  readonly seed: number;
  /** Solved: the last step's `info.correct` (or `info.solved`, EquationRewrite-v0's) when the env reports it, else a positive return. */
  readonly success: boolean;
  /** Sum of the episode's rewards. */
  readonly reward: number;
  /** Assistant messages sent to the env. */
  readonly turns: number;
  readonly terminated: boolean;
  /** Truncated by the env, or by maxTurns (then maxTurnsReached too). */
  readonly truncated: boolean;
  readonly maxTurnsReached: boolean;
  /** The conversation as sent, with the final assistant message. */
  readonly messages: readonly ChatMessage[];
  /** finish_reason of each assistant message. */
  readonly finishReasons: readonly (string | null)[];
  /** Set when the episode failed: the request, the env, or the env's judge on the last step (kind 'verifier'). It then counts as neither right nor wrong. */
  readonly error?: EpisodeError;
  /** The info of the last step (JSON-safe copy). */
  readonly info?: Info;
}

/** Largest per-request seed: 2^31 - 1 is accepted by every server we know of (vLLM, llama.cpp, Ollama). */
const SEED_RANGE = 2 ** 31;

function positiveInt(name: string, v: number): number {
  if (!Number.isSafeInteger(v) || v < 1) throw new ConfigError(`${name} must be an integer >= 1, got ${v}`);
  return v;
}

/** A copy of `info` that survives JSON (functions, cycles and bigints dropped). */
function jsonSafe(info: Info): Info | undefined {
  try {
    return JSON.parse(JSON.stringify(info, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))) as Info;
  } catch {
    return undefined;
  }
}

/**
 * The env says its judge failed on the last step (MathQA's and CalculatorTool's `info.verifierError`,
 * a reward's `info.error` with a code, as lib/rl/rollout.ts reads them): not a wrong answer.
 */
function judgeError(info: Info): EpisodeError | undefined {
  const e = info.verifierError ?? (typeof info.error === 'object' && info.error !== null && 'code' in info.error ? info.error : undefined);
  if (e === undefined) return undefined;
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'UNKNOWN';
  const message = typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : JSON.stringify(e);
  return { kind: 'verifier', message: `the env could not judge the answer (${code}): ${message}` };
}

/** The env's own verdict when it gives one (penalties can make a solved episode's return negative). */
function solved(info: Info, reward: number): boolean {
  if (typeof info.correct === 'boolean') return info.correct;
  if (typeof info.solved === 'boolean') return info.solved;
  return reward > 0;
}

function envError(e: unknown): EpisodeError {
  return { kind: 'env', message: e instanceof Error ? e.message : String(e) };
}

/** The policy's failure as an EpisodeError; `classify` maps client errors to kinds. */
export type ErrorClassifier = (e: unknown) => EpisodeError;

const defaultClassifier: ErrorClassifier = (e) => ({ kind: 'other', message: e instanceof Error ? e.message : String(e) });

/**
 * Runs problems x samples episodes and returns one record per episode, in (problem, sample) order.
 * @throws ConfigError for bad options, or an env whose observations are not text.
 * @throws EnvNotFoundError (from make) for an unknown env id.
 */
export async function runEpisodes(policy: ChatPolicy, opts: RunEpisodesOptions, classify: ErrorClassifier = defaultClassifier): Promise<EpisodeRecord[]> {
  const problems = positiveInt('problems (--n)', opts.problems);
  const samples = positiveInt('samples (--k)', opts.samples);
  const concurrency = positiveInt('--concurrency', opts.concurrency ?? 8);
  const maxTurns = positiveInt('--max-turns', opts.maxTurns ?? 10);
  assertSeed(opts.seedBase, '--seed-base');
  assertSeed(opts.seedBase + problems - 1, 'the last problem seed (--seed-base + --n - 1)');
  const samplingSeed = opts.samplingSeed ?? 0;
  assertSeed(samplingSeed, 'the sampling seed (--seed)');
  const total = problems * samples;
  // every env is made before the first request, so that a bad id or kwarg fails before any network traffic
  const envs: Env<unknown, unknown>[] = [];
  try {
    for (let i = 0; i < Math.min(concurrency, total); i++) envs.push(await make<unknown, unknown>(opts.envId, { ...opts.envKwargs }));
    const records = new Array<EpisodeRecord>(total);
    let next = 0;
    let done = 0;
    let failed = false;
    const runOne = async (env: Env<unknown, unknown>, index: number): Promise<EpisodeRecord> => {
      const problem = Math.floor(index / samples);
      const sample = index % samples;
      const seed = opts.seedBase + problem;
      const first = await env.reset({ seed });
      if (typeof first.observation !== 'string') {
        throw new ConfigError(`${opts.envId} has ${typeof first.observation} observations; eval --endpoint needs a text environment (string observations and actions)`);
      }
      const messages: ChatMessage[] = [...(opts.system !== undefined ? [{ role: 'system' as const, content: opts.system }] : []), { role: 'user', content: first.observation }];
      const finishReasons: (string | null)[] = [];
      let reward = 0;
      let info: Info = first.info;
      const base = { problem, sample, seed, messages, finishReasons };
      for (let turn = 0; turn < maxTurns; turn++) {
        let reply: ChatReply;
        try {
          reply = await policy.complete(messages, { seed: (samplingSeed + index * maxTurns + turn) % SEED_RANGE });
        } catch (e) {
          return { ...base, success: false, reward, turns: turn, terminated: false, truncated: false, maxTurnsReached: false, error: classify(e) };
        }
        messages.push({ role: 'assistant', content: reply.text });
        finishReasons.push(reply.finishReason ?? null);
        let step;
        try {
          step = await env.step(reply.text);
        } catch (e) {
          return { ...base, success: false, reward, turns: turn + 1, terminated: false, truncated: false, maxTurnsReached: false, error: envError(e) };
        }
        reward += step.reward;
        info = step.info;
        if (step.terminated || step.truncated) {
          const unjudged = judgeError(info);
          const success = !unjudged && solved(info, reward);
          return { ...base, success, reward, turns: turn + 1, terminated: step.terminated, truncated: step.truncated, maxTurnsReached: false, info: jsonSafe(info), ...(unjudged ? { error: unjudged } : {}) };
        }
        if (typeof step.observation !== 'string') {
          return { ...base, success: false, reward, turns: turn + 1, terminated: false, truncated: false, maxTurnsReached: false, error: envError(`the env's next observation is ${typeof step.observation}, not text`) };
        }
        // feedback ('user') and tool results ('tool') both go back as user messages (see the module comment)
        messages.push({ role: 'user', content: step.observation });
      }
      const success = solved(info, reward);
      return { ...base, success, reward, turns: maxTurns, terminated: false, truncated: true, maxTurnsReached: true, info: jsonSafe(info) };
    };
    const worker = async (env: Env<unknown, unknown>): Promise<void> => {
      while (!failed && next < total) {
        const index = next++;
        try {
          records[index] = await runOne(env, index);
        } catch (e) {
          failed = true; // the other workers stop taking episodes
          throw e;
        }
        done++;
        opts.onEpisode?.(records[index], done, total);
      }
    };
    // allSettled, not all: the envs are closed only once every worker has stopped using its env
    const settled = await Promise.allSettled(envs.map(worker));
    const rejected = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) throw rejected.reason;
    return records;
  } finally {
    await Promise.allSettled(envs.map((e) => e.close()));
  }
}
