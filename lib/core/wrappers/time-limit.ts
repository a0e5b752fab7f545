/**
 * TimeLimit: truncates episodes after a number of steps; the wrapper behind a spec's maxEpisodeSteps.
 */
import { ConfigError, ResetNeededError } from '../../errors.js';
import type { Env, ResetArgs, ResetResult, StepResult } from '../env.js';
import { Wrapper } from '../wrapper.js';

/**
 * Sets `truncated` once `maxEpisodeSteps` steps have been taken since the last reset (Gymnasium's
 * TimeLimit). Unlike Gymnasium's, stepping on past the limit is refused (ResetNeededError), so a
 * hand-built stack without OrderEnforcing still pays nothing after truncation.
 */
export class TimeLimit<Obs, Act> extends Wrapper<Obs, Act> {
  readonly maxEpisodeSteps: number;
  private elapsed = 0;

  constructor(env: Env<Obs, Act>, maxEpisodeSteps: number) {
    super(env);
    if (!Number.isInteger(maxEpisodeSteps) || maxEpisodeSteps <= 0) {
      throw new ConfigError(`TimeLimit: maxEpisodeSteps must be a positive integer, got ${maxEpisodeSteps}`);
    }
    this.maxEpisodeSteps = maxEpisodeSteps;
  }

  /** Steps taken in the current episode. */
  get elapsedSteps(): number {
    return this.elapsed;
  }

  override async reset(args: ResetArgs = {}): Promise<ResetResult<Obs>> {
    this.elapsed = 0;
    return this.env.reset(args);
  }

  override async step(action: Act): Promise<StepResult<Obs>> {
    if (this.elapsed >= this.maxEpisodeSteps) {
      throw new ResetNeededError(`${this.env.toString()}: the episode was truncated after ${this.maxEpisodeSteps} steps; call reset().`);
    }
    const r = await this.env.step(action);
    this.elapsed += 1;
    // terminated is left alone: an episode can be both terminated and truncated on the same step
    return this.elapsed >= this.maxEpisodeSteps ? { ...r, truncated: true } : r;
  }
}
