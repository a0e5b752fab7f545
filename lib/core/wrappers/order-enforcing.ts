import { ResetNeededError } from '../../errors.js';
import type { Env, ResetArgs, ResetResult, StepResult } from '../env.js';
import { Wrapper } from '../wrapper.js';

/** Throws ResetNeededError on `step` (and `render`, unless disabled) before the first `reset`. */
export class OrderEnforcing<Obs, Act> extends Wrapper<Obs, Act> {
  private didReset = false;
  private readonly enforceRender: boolean;

  constructor(env: Env<Obs, Act>, opts: { disableRenderOrderEnforcing?: boolean } = {}) {
    super(env);
    this.enforceRender = !opts.disableRenderOrderEnforcing;
  }

  get hasReset(): boolean {
    return this.didReset;
  }

  override async reset(args: ResetArgs = {}): Promise<ResetResult<Obs>> {
    const r = await this.env.reset(args);
    this.didReset = true;
    return r;
  }

  override async step(action: Act): Promise<StepResult<Obs>> {
    if (!this.didReset) {
      throw new ResetNeededError(`${this.env.toString()}: cannot call step() before reset(). Call await env.reset({ seed }) first.`);
    }
    return this.env.step(action);
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
