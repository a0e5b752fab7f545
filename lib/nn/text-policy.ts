/**
 * What a text policy is: prompts in, sampled completions with their per-token log-probs out. The
 * trainer's rollouts and evaluations (lib/rl) call it; lib/nn's Transformer implements it, and so can
 * a scripted policy in a test or a remote model. A leaf of lib/nn (the lowest layer that needs it), so lib/rl and lib/policy import it from here.
 */

export interface Generation {
  readonly text: string;
  /** Sampled token ids (the policy's vocabulary). */
  readonly tokens: readonly number[];
  /** log pi_old(token) at sampling time, one per token. */
  readonly logprobs: readonly number[];
  /** log mu(token): the log-prob under the distribution actually sampled from (temperature, top-p), when that differs from logprobs' (for TIS). */
  readonly samplingLogprobs?: readonly number[];
  /** Ended with the end-of-sequence token (false: cut at maxNewTokens, DAPO's "truncated completion"). */
  readonly finished: boolean;
}

export interface SampleOptions {
  readonly temperature: number;
  readonly topP: number;
  readonly maxNewTokens: number;
  /** Seed of this call's sampling stream. */
  readonly seed: number;
}

export interface TextPolicy {
  generate(prompts: readonly string[], opts: SampleOptions): Promise<Generation[]>;
}
