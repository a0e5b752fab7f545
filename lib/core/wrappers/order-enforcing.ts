/**
 * OrderEnforcing: the episode lifecycle guard. Gymnasium's wrapper refuses step() before reset();
 * ours also refuses step() after an episode ended, by termination or by truncation, until the next
 * reset(). `make` puts it outermost, so it sees the truncation of every wrapper below it (TimeLimit
 * and the spec's additional wrappers): an env's own counters can never keep an episode alive, and no
 * reward is paid after the end.
 */
import { ResetNeededError } from '../../errors.js';
import type { Env, ResetArgs, ResetResult, StepResult } from '../env.js';
import { Wrapper } from '../wrapper.js';

export class OrderEnforcing<Obs, Act> extends Wrapper<Obs, Act> {
  private didReset = false;
  private ended: 'terminated' | 'truncated' | undefined;
  private readonly enforceRender: boolean;

  constructor(env: Env<Obs, Act>, opts: { disableRenderOrderEnforcing?: boolean } = {}) {
    super(env);
    this.enforceRender = !opts.disableRenderOrderEnforcing;
  }

  get hasReset(): boolean {
    return this.didReset;
  }

  /** Whether the current episode has ended (terminated or truncated) and needs a reset. */
  get episodeOver(): boolean {
    return this.ended !== undefined;
  }

  override async reset(args: ResetArgs = {}): Promise<ResetResult<Obs>> {
    const r = await this.env.reset(args);
    this.didReset = true;
    this.ended = undefined;
    return r;
  }

  override async step(action: Act): Promise<StepResult<Obs>> {
    if (!this.didReset) {
      throw new ResetNeededError(`${this.env.toString()}: cannot call step() before reset(). Call await env.reset({ seed }) first.`);
    }
    if (this.ended) {
      throw new ResetNeededError(`${this.env.toString()}: the episode was ${this.ended}; step() is refused until reset() starts a new one.`);
    }
    const r = await this.env.step(action);
    if (r.terminated) this.ended = 'terminated';
    else if (r.truncated) this.ended = 'truncated';
    return r;
  }

  override render(): string | undefined {
    if (this.enforceRender && !this.didReset) {
      throw new ResetNeededError(
        `${this.env.toString()}: cannot call render() before reset(). Call reset() first, or make the env with disableRenderOrderEnforcing.`,
      );
    }
    return this.env.render();
  }
}
