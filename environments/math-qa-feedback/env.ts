/**
 * `mathgym/MathQAWithFeedback-v0`: MathQA with retries. After a wrong answer the environment says
 * so ("Your answer X is wrong. You have n attempt(s) left ...") and the policy may answer again;
 * success at attempt k earns `decay^(k-1)` (1, 0.5, 0.25 by default). The episode terminates on
 * success or after the last wrong attempt.
 *
 * Each attempt is scored exactly as a MathQA-v0 episode on the same record (this env drives an inner
 * MathQAEnv: same prompt, dataset loading, verifier sandbox and `info.verdict`), so the two envs can
 * never disagree on what is correct.
 *
 * A verifier failure (time-out, oversized answer, crash) is not a wrong attempt: the step has
 * reward 0 with `info.verifierError`, the attempt is not used up, and the policy is asked to give
 * its answer again. After `maxVerifierFailures` failures in one episode it is truncated (an outside
 * cause ended it, not the task), still with `info.verifierError`.
 *
 * Reward integrity (issue 15): only the final step's info carries the gold and the verdict (`info.gold`,
 * the record's metadata, `info.verdict`: lib/verify/verdict-info.ts); earlier steps and reset say only
 * whether an attempt was right, and the feedback quotes the policy's own answer, never the gold. An
 * answer copied from the question is refused by the verifier (rule `question-copy`) and the feedback
 * says it restates the question. An episode can take up to
 * maxAttempts + maxVerifierFailures - 1 steps, and `make()`'s TimeLimit may not cut it shorter.
 */
import { checkKnownOptions } from '../../lib/core/options.js';
import { checkRenderMode, emitRender } from '../../lib/core/render.js';
import { ConfigError } from '../../lib/errors.js';
import { Env, type Info, type ResetResult, type StepResult } from '../../lib/core/env.js';
import type { Text } from '../../lib/core/spaces/text.js';
import type { ProblemRecord } from '../../datasets/record.js';
import { MathQAEnv, type MathQAEnvKwargs } from '../math-qa/env.js';
import type { EnvSpec } from '../../lib/core/spec.js';
import type { VerdictInfo } from '../../lib/verify/verdict-info.js';

export interface MathQAWithFeedbackKwargs extends Pick<MathQAEnvKwargs, 'dataset' | 'split' | 'problemSplit' | 'limit' | 'promptTemplate' | 'extraCharacters' | 'verifyOptions'> {
  /** Judged attempts per episode, >= 1; default 3. */
  readonly maxAttempts?: number;
  /** Reward factor per extra attempt, in [0, 1]; default 0.5. */
  readonly decay?: number;
  /** Verifier failures tolerated per episode before it is truncated, >= 1; default 2. */
  readonly maxVerifierFailures?: number;
  readonly renderMode?: string;
}

const OWN = ['maxAttempts', 'decay', 'maxVerifierFailures', 'renderMode'];
const PASSED = ['dataset', 'split', 'problemSplit', 'limit', 'promptTemplate', 'extraCharacters', 'verifyOptions'];

/** A predicted answer is quoted in feedback up to this many characters. */
const MAX_QUOTE = 200;

function shorten(text: string): string {
  const t = text.trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE)}...` : t;
}

export class MathQAWithFeedbackEnv extends Env<string, string> {
  readonly maxAttempts: number;
  readonly decay: number;
  readonly maxVerifierFailures: number;
  private readonly inner: MathQAEnv;
  private index = -1;
  private prompt = '';
  private attempts = 0;
  private verifierFailures = 0;
  private history: string[] = [];
  private lastReward = 0;

  /** @throws ConfigError for an unknown option or one out of range (MathQA's options are checked by MathQAEnv). */
  constructor(kwargs: MathQAWithFeedbackKwargs = {}) {
    super();
    checkKnownOptions('MathQAWithFeedbackEnv', kwargs, [...OWN, ...PASSED]);
    const { maxAttempts = 3, decay = 0.5, maxVerifierFailures = 2 } = kwargs;
    if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100) throw new ConfigError(`MathQAWithFeedbackEnv: maxAttempts must be an integer in 1..100, got ${JSON.stringify(maxAttempts)}`);
    if (typeof decay !== 'number' || !(decay >= 0 && decay <= 1)) throw new ConfigError(`MathQAWithFeedbackEnv: decay must be a number in [0, 1], got ${JSON.stringify(decay)}`);
    if (!Number.isSafeInteger(maxVerifierFailures) || maxVerifierFailures < 1 || maxVerifierFailures > 100) {
      throw new ConfigError(`MathQAWithFeedbackEnv: maxVerifierFailures must be an integer in 1..100, got ${JSON.stringify(maxVerifierFailures)}`);
    }
    this.maxAttempts = maxAttempts;
    this.decay = decay;
    this.maxVerifierFailures = maxVerifierFailures;
    const passed = Object.fromEntries(Object.entries(kwargs).filter(([k]) => PASSED.includes(k))) as MathQAEnvKwargs;
    this.inner = new MathQAEnv({ dataset: 'math500', ...passed, reward: 'math' });
    this.metadata = { renderModes: ['ansi', 'human'], nondeterministicInfoKeys: ['timeMs'] };
    checkRenderMode('MathQAWithFeedbackEnv', this.metadata.renderModes, kwargs.renderMode);
    this.renderMode = kwargs.renderMode;
  }

  /** Steps an episode can take: every attempt judged, and all but the last tolerated verifier failure. */
  get maxSteps(): number {
    return this.maxAttempts + this.maxVerifierFailures - 1;
  }

  /** The spec `make()` sets: its TimeLimit (maxEpisodeSteps) may not end episodes before the env does. */
  override get spec(): EnvSpec | undefined {
    return super.spec;
  }
  override set spec(value: EnvSpec | undefined) {
    const limit = value?.maxEpisodeSteps;
    if (limit !== undefined && this.maxSteps > limit) {
      throw new ConfigError(
        `MathQAWithFeedbackEnv: an episode can take ${this.maxSteps} steps (maxAttempts ${this.maxAttempts} + maxVerifierFailures ${this.maxVerifierFailures} - 1), ` +
          `more than the maxEpisodeSteps ${limit} of the TimeLimit make() wraps the env in, which would cut episodes short while the feedback promises more attempts; ` +
          `pass maxEpisodeSteps: ${this.maxSteps} to make() as well (or -1 for no TimeLimit), or fewer maxAttempts`,
      );
    }
    super.spec = value;
  }

  get observationSpace(): Text {
    return this.inner.observationSpace;
  }

  get actionSpace(): Text {
    return this.inner.actionSpace;
  }

  /** The current record (after reset). */
  get current(): ProblemRecord | undefined {
    return this.inner.current;
  }

  /** Reward for a correct answer at 1-based judged attempt `attempt`. */
  rewardAt(attempt: number): number {
    return this.decay ** (attempt - 1);
  }

  /** Options: `index` picks that record instead of a random one. */
  protected async resetEpisode(options: Readonly<Record<string, unknown>>): Promise<ResetResult<string>> {
    const records = await this.inner.records();
    // drawn from this env's stream; the inner env is always reset to an explicit index
    const index = options.index === undefined ? this.npRandom.integer(0, records.length - 1) : options.index;
    const r = await this.inner.reset({ options: { index } });
    this.index = r.info.index as number;
    this.prompt = r.observation;
    this.attempts = 0;
    this.verifierFailures = 0;
    this.history = [this.prompt];
    this.lastReward = 0;
    // the record's metadata waits for the final step (a user dataset's metadata could hold anything)
    const { metadata: _metadata, ...info } = r.info;
    return { observation: r.observation, info: { ...info, role: 'user', attempt: 0, attemptsLeft: this.maxAttempts } };
  }

  protected async stepEpisode(action: string): Promise<StepResult<string>> {
    // one inner MathQA episode per attempt, on the same record: its verifier judges (with the prompt as
    // the question, so an answer copied from it is refused: rule question-copy)
    await this.inner.reset({ options: { index: this.index } });
    const judged = await this.inner.step(action);
    // MathQA's info.verdict is already the shared VerdictInfo (error code included)
    const verdict = judged.info.verdict as VerdictInfo | null;
    // the gold (info.gold, the verdict, whose reason names it) only on the final step: see finish()
    const base: Info = { role: 'user', id: judged.info.id, gold: judged.info.gold, verdict, components: judged.info.components, timeMs: judged.info.timeMs };
    if (judged.info.error !== undefined) base.error = judged.info.error;
    this.history.push(typeof action === 'string' ? action : `<${typeof action}>`);

    if (judged.info.verifierError !== undefined) {
      this.verifierFailures += 1;
      const truncated = this.verifierFailures >= this.maxVerifierFailures;
      const code = (judged.info.verifierError as { code?: string }).code ?? 'INTERNAL';
      const observation = truncated
        ? `Your answer could not be checked (${code}); the episode ends here.`
        : `Your answer could not be checked (${code}). This did not use up an attempt: please give your final answer again, within \\boxed{}. You have ${this.maxAttempts - this.attempts} attempt(s) left.`;
      const info = { ...base, verifierError: judged.info.verifierError, correct: false, attempt: this.attempts, attemptsLeft: this.maxAttempts - this.attempts, verifierFailures: this.verifierFailures };
      return this.finish(observation, 0, false, truncated, info);
    }

    this.attempts += 1;
    const attemptsLeft = this.maxAttempts - this.attempts;
    const info: Info = { ...base, attempt: this.attempts, attemptsLeft, verifierFailures: this.verifierFailures };
    const raw = verdict?.extracted;
    const restated = verdict?.rule === 'question-copy';
    if (judged.info.correct === true) {
      const reward = this.rewardAt(this.attempts) * judged.reward;
      return this.finish(`Correct (attempt ${this.attempts} of ${this.maxAttempts}).`, reward, true, false, { ...info, correct: true });
    }
    const said =
      typeof raw !== 'string' ? 'No final answer was found in your reply, so it counts as wrong.'
      : restated ? `Your answer "${this.clean(shorten(raw))}" restates the question instead of answering it, so it counts as wrong.`
      : `Your answer "${this.clean(shorten(raw))}" is wrong.`;
    const terminated = attemptsLeft <= 0;
    const observation = terminated
      ? `${said} No attempts are left.`
      : `${said} You may try again: you have ${attemptsLeft} attempt(s) left. Put your final answer within \\boxed{}.`;
    return this.finish(observation, 0, terminated, false, { ...info, correct: false });
  }

  /** The quoted answer is the policy's text: characters outside the observation charset become '?'. */
  private clean(text: string): string {
    const space = this.inner.observationSpace;
    let out = '';
    for (const c of text) out += space.contains(c) ? c : '?';
    return out;
  }

  private finish(observation: string, reward: number, terminated: boolean, truncated: boolean, info: Info): StepResult<string> {
    this.history.push(observation);
    this.lastReward = reward;
    if (terminated || truncated) return { observation, reward, terminated, truncated, info: { ...info, metadata: this.inner.current?.metadata } };
    // before the end the policy learns only right or wrong (and the feedback, which quotes its own answer)
    const { gold, verdict: _verdict, ...rest } = info;
    const redacted: Info = { ...rest };
    const failure = rest.verifierError as { code?: unknown; message?: unknown } | undefined;
    if (failure && typeof failure.message === 'string' && typeof gold === 'string' && gold !== '') {
      redacted.verifierError = { ...failure, message: failure.message.split(gold).join('<the answer>') }; // a parse error could quote it
    }
    return { observation, reward, terminated, truncated, info: redacted };
  }

  override render(): string | undefined {
    this.assertStarted('render()');
    const lines = this.history.map((t, i) => `${i === 0 ? 'Problem' : i % 2 === 1 ? 'Answer' : 'Feedback'}: ${t}`);
    if (this.episodeEnded) lines.push(`Reward: ${this.lastReward}`);
    const text = lines.join('\n');
    return emitRender(text, this.renderMode);
  }

  /** Releases the inner env's verifier; safe to call twice. */
  override async close(): Promise<void> {
    await this.inner.close();
  }
}
