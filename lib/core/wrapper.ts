/**
 * Wrapper: an Env that forwards to an inner env, overriding what it changes. As in Gymnasium, the
 * specialised bases override exactly one hook: ObservationWrapper.observation, RewardWrapper.reward,
 * ActionWrapper.action.
 */
import { Env, type EnvMetadata, type ResetArgs, type ResetResult, type StepResult } from './env.js';
import type { Rng } from './rng.js';
import type { Space } from './spaces/space.js';
import type { EnvSpec, WrapperSpec } from './spec.js';

export class Wrapper<Obs = unknown, Act = unknown, InnerObs = Obs, InnerAct = Act> extends Env<Obs, Act> {
  readonly env: Env<InnerObs, InnerAct>;
  /** When set, `spec` records this wrapper so `make(spec)` can rebuild the stack. */
  protected wrapperSpec: WrapperSpec | undefined = undefined;

  constructor(env: Env<InnerObs, InnerAct>) {
    super();
    this.env = env;
  }

  get actionSpace(): Space<Act, unknown> {
    return this.env.actionSpace as unknown as Space<Act, unknown>;
  }

  get observationSpace(): Space<Obs, unknown> {
    return this.env.observationSpace as unknown as Space<Obs, unknown>;
  }

  override get metadata(): EnvMetadata {
    return this.env.metadata;
  }

  override set metadata(value: EnvMetadata) {
    if (this.env) this.env.metadata = value;
  }

  override get renderMode(): string | undefined {
    return this.env.renderMode;
  }

  override set renderMode(value: string | undefined) {
    // the base constructor assigns undefined before `env` exists
    if (this.env) this.env.renderMode = value;
  }

  override get spec(): EnvSpec | undefined {
    const inner = this.env.spec;
    if (!inner || !this.wrapperSpec) return inner;
    return { ...inner, additionalWrappers: [...inner.additionalWrappers, this.wrapperSpec] };
  }

  override set spec(_value: EnvSpec | undefined) {
    // specs live on the unwrapped env; make() sets it there
  }

  override get npRandom(): Rng {
    return this.env.npRandom;
  }

  override set npRandom(rng: Rng) {
    if (this.env) this.env.npRandom = rng;
  }

  override get npRandomSeed(): number | undefined {
    return this.env.npRandomSeed;
  }

  override get hasRng(): boolean {
    return this.env.hasRng;
  }

  override async reset(args: ResetArgs = {}): Promise<ResetResult<Obs>> {
    return (await this.env.reset(args)) as unknown as ResetResult<Obs>;
  }

  protected resetEpisode(): never {
    throw new Error('unreachable: wrappers forward reset to the inner env');
  }

  protected stepEpisode(): never {
    throw new Error('unreachable: wrappers forward step to the inner env');
  }

  override async step(action: Act): Promise<StepResult<Obs>> {
    return (await this.env.step(action as unknown as InnerAct)) as unknown as StepResult<Obs>;
  }

  override render(): string | undefined {
    return this.env.render();
  }

  override async close(): Promise<void> {
    await this.env.close();
  }

  override get unwrapped(): Env<unknown, unknown> {
    return this.env.unwrapped;
  }

  override getWrapperAttr(name: string): unknown {
    if (Object.hasOwn(this, name) || name in Object.getPrototypeOf(this)) {
      return (this as unknown as Record<string, unknown>)[name];
    }
    return this.env.getWrapperAttr(name);
  }

  override hasWrapperAttr(name: string): boolean {
    return name in this || this.env.hasWrapperAttr(name);
  }

  override setWrapperAttr(name: string, value: unknown, force = true): void {
    if (name in this) (this as unknown as Record<string, unknown>)[name] = value;
    else if (this.env.hasWrapperAttr(name)) this.env.setWrapperAttr(name, value, false);
    else if (force) (this as unknown as Record<string, unknown>)[name] = value;
  }

  override toString(): string {
    return `<${this.constructor.name}${this.env.toString()}>`;
  }
}

/** Changes observations: override `observation`. */
export abstract class ObservationWrapper<Obs, Act, InnerObs> extends Wrapper<Obs, Act, InnerObs, Act> {
  abstract observation(observation: InnerObs): Obs;

  override async reset(args: ResetArgs = {}): Promise<ResetResult<Obs>> {
    const { observation, info } = await this.env.reset(args);
    return { observation: this.observation(observation), info };
  }

  override async step(action: Act): Promise<StepResult<Obs>> {
    const r = await this.env.step(action);
    return { ...r, observation: this.observation(r.observation) };
  }
}

/** Changes rewards: override `reward`. */
export abstract class RewardWrapper<Obs, Act> extends Wrapper<Obs, Act> {
  abstract reward(reward: number): number;

  override async step(action: Act): Promise<StepResult<Obs>> {
    const r = await this.env.step(action);
    return { ...r, reward: this.reward(r.reward) };
  }
}

/** Changes actions before the inner env sees them: override `action`. */
export abstract class ActionWrapper<Obs, Act, InnerAct> extends Wrapper<Obs, Act, Obs, InnerAct> {
  abstract action(action: Act): InnerAct;

  override async step(action: Act): Promise<StepResult<Obs>> {
    return this.env.step(this.action(action));
  }
}
