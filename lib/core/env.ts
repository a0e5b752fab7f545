/**
 * The Env contract, Gymnasium 1.x semantics with an async API:
 *
 *   const { observation, info } = await env.reset({ seed: 42 });
 *   const { observation, reward, terminated, truncated, info } = await env.step(action);
 *
 * `terminated`: the task itself ended (solved, failed). `truncated`: an outside limit ended it
 * (time limit, set by wrappers). After either, call `reset` again. The env owns a seeded Rng:
 * `reset({seed})` re-creates it, `reset()` keeps it, the first reset without a seed draws one.
 *
 * Environment authors extend `Env` and implement `resetEpisode(options)` and `stepEpisode(action)`;
 * `reset` does the seeding so it cannot be forgotten, and `step` owns the episode lifecycle: it refuses
 * a step before the first reset or after the episode ended (ResetNeededError), so no env repeats that
 * guard and none can pay a reward after the end, wrapped by `make` or not.
 */
import { MathgymError, ResetNeededError } from '../errors.js';
import { assertSeed, Rng } from './rng.js';
import type { Space } from './spaces/space.js';
import type { EnvSpec } from './spec.js';

/** Extra, per-step information. Plain JSON-like data, so it can cross worker and HTTP boundaries. */
export type Info = Record<string, unknown>;

export interface ResetArgs {
  /** Non-negative integer; re-creates the env's Rng. Omit to continue the current stream. */
  readonly seed?: number | undefined;
  readonly options?: Readonly<Record<string, unknown>> | undefined;
}

export interface ResetResult<Obs> {
  readonly observation: Obs;
  readonly info: Info;
}

export interface StepResult<Obs> {
  readonly observation: Obs;
  readonly reward: number;
  /** The episode reached a terminal state of the task (success or failure). */
  readonly terminated: boolean;
  /** The episode was cut short by something outside the task (a time limit). */
  readonly truncated: boolean;
  readonly info: Info;
}

export interface EnvMetadata {
  /** Modes `render()` supports (none by default). mathgym envs render text: `ansi` returns it, `human` prints it. */
  readonly renderModes: readonly string[];
  readonly [key: string]: unknown;
}

const ENV_BRAND = Symbol.for('mathgym.Env');

/**
 * Whether `x` is a mathgym Env. Prefer this to `instanceof`: a plugin that bundles its own copy of
 * mathgym (or is loaded as CommonJS next to ESM) has its own Env class.
 */
export function isEnv(x: unknown): x is Env<unknown, unknown> {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[ENV_BRAND] === true;
}

/** Any environment, wrapped or not. `Obs`/`Act` are the observation and action types. */
export abstract class Env<Obs = unknown, Act = unknown> {
  /** Brand read by `isEnv`. */
  get [ENV_BRAND](): true {
    return true;
  }

  // Accessors, not fields, so that Wrapper can forward them to the inner env.
  private meta: EnvMetadata = { renderModes: [] };
  private mode: string | undefined;
  private envSpec: EnvSpec | undefined;

  get metadata(): EnvMetadata {
    return this.meta;
  }
  set metadata(value: EnvMetadata) {
    this.meta = value;
  }

  /** Chosen at construction; `render()` uses it. */
  get renderMode(): string | undefined {
    return this.mode;
  }
  set renderMode(value: string | undefined) {
    this.mode = value;
  }

  /** Set by `make` to the spec (with merged kwargs) the env was made from. */
  get spec(): EnvSpec | undefined {
    return this.envSpec;
  }
  set spec(value: EnvSpec | undefined) {
    this.envSpec = value;
  }

  abstract get actionSpace(): Space<Act, unknown>;
  abstract get observationSpace(): Space<Obs, unknown>;

  private rng: Rng | undefined;

  /** The env's generator. Created from a random seed on first use if no seeded reset happened. */
  get npRandom(): Rng {
    this.rng ??= Rng.fromSeed();
    return this.rng;
  }

  set npRandom(rng: Rng) {
    this.rng = rng;
  }

  /** Seed of the current generator; -1 if it was set directly, undefined before any use. */
  get npRandomSeed(): number | undefined {
    return this.rng?.seed;
  }

  /** Whether the generator exists (it does after any reset with a seed). */
  get hasRng(): boolean {
    return this.rng !== undefined;
  }

  /** Where the episode is: none yet, running, or ended (and how). */
  private phase: 'before-reset' | 'running' | 'terminated' | 'truncated' = 'before-reset';
  /** A step is awaiting its result: a second one now could be paid twice for one episode. */
  private stepping = false;

  /** Starts a new episode. Seeds the generator when `seed` is given, then calls `resetEpisode`. */
  async reset(args: ResetArgs = {}): Promise<ResetResult<Obs>> {
    if (args.seed !== undefined && args.seed !== null) {
      assertSeed(args.seed, `${this.toString()}.reset: seed`);
      this.rng = Rng.fromSeed(args.seed);
    }
    const r = await this.resetEpisode(args.options ?? {});
    this.phase = 'running';
    return r;
  }

  /** Draws the initial state of an episode from `this.npRandom`. */
  protected abstract resetEpisode(options: Readonly<Record<string, unknown>>): Promise<ResetResult<Obs>> | ResetResult<Obs>;

  /** Advances the episode by one action; refuses (ResetNeededError) before the first reset and after the episode ended. */
  async step(action: Act): Promise<StepResult<Obs>> {
    this.assertStarted('step()');
    if (this.phase !== 'running') {
      throw new ResetNeededError(`${this.toString()}: the episode ${this.phase === 'terminated' ? 'terminated' : 'was truncated'}; step() is refused until reset() starts a new one`);
    }
    if (this.stepping) throw new ResetNeededError(`${this.toString()}: step() called while another step() is in progress; await each step before the next`);
    this.stepping = true;
    try {
      const r = await this.stepEpisode(action);
      if (r.terminated) this.phase = 'terminated';
      else if (r.truncated) this.phase = 'truncated';
      return r;
    } finally {
      this.stepping = false;
    }
  }

  /** The env's transition: called by `step` only while an episode runs. */
  protected abstract stepEpisode(action: Act): Promise<StepResult<Obs>> | StepResult<Obs>;

  /** Whether the current episode has ended (terminated or truncated by the env itself). */
  protected get episodeEnded(): boolean {
    return this.phase === 'terminated' || this.phase === 'truncated';
  }

  /** Throws ResetNeededError before the first reset: for `what` (render(), a helper) that needs an episode. */
  protected assertStarted(what: string): void {
    if (this.phase === 'before-reset') throw new ResetNeededError(`${this.toString()}: ${what} called before reset(); call reset() first`);
  }

  /** Text rendering of the current state (`ansi`: returned; `human`: printed). */
  render(): string | undefined {
    return undefined;
  }

  /** Releases resources. Must be safe to call more than once. */
  async close(): Promise<void> {}

  /** The innermost environment (itself, for an unwrapped env). */
  get unwrapped(): Env<unknown, unknown> {
    return this as Env<unknown, unknown>;
  }

  /** Reads an attribute from the first env in the wrapper stack (outermost first) that has it. */
  getWrapperAttr(name: string): unknown {
    if (name in this) return (this as unknown as Record<string, unknown>)[name];
    throw new MathgymError(`${this.toString()} has no attribute ${JSON.stringify(name)} anywhere in its wrapper stack`, 'NO_ATTRIBUTE');
  }

  hasWrapperAttr(name: string): boolean {
    return name in this;
  }

  /** Sets an attribute on the first env in the stack that has it (or on the outermost if `force`). */
  setWrapperAttr(name: string, value: unknown, force = true): void {
    if (name in this || force) (this as unknown as Record<string, unknown>)[name] = value;
  }

  toString(): string {
    return this.spec ? `<${this.constructor.name}<${this.spec.id}>>` : `<${this.constructor.name} instance>`;
  }
}
