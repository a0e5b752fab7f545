/**
 * VectorEnv: n copies of an environment stepped as a batch, with Gymnasium 1.x autoreset:
 *
 * - NextStep (default): the step that ends an episode returns its terminal observation; on the
 *   next `step` that sub-env is reset instead of stepped (its action is ignored) and reports
 *   reward 0, terminated false, truncated false, and the reset info.
 * - SameStep: the sub-env is reset in the same step; the returned observation is the new initial
 *   one, and the terminal data are in `infos.final_obs` / `infos.final_info` (masks `_final_obs`,
 *   `_final_info`).
 * - Disabled: the caller resets finished sub-envs with `reset({options: {resetMask}})`; stepping a
 *   finished sub-env throws.
 *
 * Subclasses only say how to run a batch of per-sub-env operations (in-process or in workers).
 */
import { ClosedError, ConfigError, MathgymError } from '../../errors.js';
import type { Info } from '../env.js';
import type { Space } from '../spaces/space.js';
import { Tuple } from '../spaces/tuple.js';
import { addInfo, type BatchedInfo } from './info.js';

export type AutoresetMode = 'NextStep' | 'SameStep' | 'Disabled';
export const AUTORESET_MODES: readonly AutoresetMode[] = ['NextStep', 'SameStep', 'Disabled'];

export interface VectorResetArgs {
  /** An int `s` seeds sub-envs with s, s+1, ...; an array gives one seed (or undefined) per sub-env. */
  readonly seed?: number | readonly (number | undefined)[] | undefined;
  /** Passed to every sub-env's reset; `resetMask` (one boolean per sub-env) resets only those. */
  readonly options?: Readonly<Record<string, unknown>> & { readonly resetMask?: readonly boolean[] };
}

export interface VectorResetResult<Obs> {
  readonly observations: Obs[];
  readonly infos: BatchedInfo;
}

export interface VectorStepResult<Obs> {
  readonly observations: Obs[];
  readonly rewards: number[];
  readonly terminations: boolean[];
  readonly truncations: boolean[];
  readonly infos: BatchedInfo;
}

/** One operation on one sub-env; subclasses execute a batch of these. */
export type SubEnvOp<Act> =
  | { readonly kind: 'reset'; readonly index: number; readonly seed: number | undefined; readonly options: Readonly<Record<string, unknown>> }
  | { readonly kind: 'step'; readonly index: number; readonly action: Act };

/** The outcome of one op; a reset reports reward 0 and both flags false. */
export interface SubEnvOutcome<Obs> {
  readonly observation: Obs;
  readonly reward: number;
  readonly terminated: boolean;
  readonly truncated: boolean;
  readonly info: Info;
}

export interface VectorEnvOptions {
  readonly autoresetMode?: AutoresetMode;
}

export abstract class VectorEnv<Obs = unknown, Act = unknown> {
  readonly numEnvs: number;
  readonly singleObservationSpace: Space<Obs, unknown>;
  readonly singleActionSpace: Space<Act, unknown>;
  /** Batched spaces: a Tuple of `numEnvs` copies of the single space. */
  readonly observationSpace: Tuple;
  readonly actionSpace: Tuple;
  readonly metadata: { readonly autoresetMode: AutoresetMode };
  private isClosed = false;
  private autoresetEnvs: boolean[];
  private observations: Obs[] = [];
  private stepping = false;

  protected constructor(numEnvs: number, observationSpace: Space<Obs, unknown>, actionSpace: Space<Act, unknown>, opts: VectorEnvOptions = {}) {
    const mode = opts.autoresetMode ?? 'NextStep';
    if (!AUTORESET_MODES.includes(mode)) {
      throw new ConfigError(`autoresetMode must be one of ${AUTORESET_MODES.join(', ')}, got ${JSON.stringify(mode)}`);
    }
    this.numEnvs = numEnvs;
    this.singleObservationSpace = observationSpace;
    this.singleActionSpace = actionSpace;
    this.observationSpace = new Tuple(Array.from({ length: numEnvs }, () => observationSpace));
    this.actionSpace = new Tuple(Array.from({ length: numEnvs }, () => actionSpace));
    this.metadata = { autoresetMode: mode };
    this.autoresetEnvs = new Array<boolean>(numEnvs).fill(false);
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Runs the ops (at most one per sub-env) and returns their outcomes in the same order. */
  protected abstract run(ops: readonly SubEnvOp<Act>[]): Promise<SubEnvOutcome<Obs>[]>;

  /** Releases the sub-envs (workers, files). Called once. */
  protected abstract closeEnvs(): Promise<void>;

  async reset(args: VectorResetArgs = {}): Promise<VectorResetResult<Obs>> {
    this.assertOpen('reset');
    const seeds = this.seedList(args.seed);
    const { resetMask, ...options } = args.options ?? {};
    let mask: readonly boolean[];
    if (resetMask !== undefined) {
      if (!Array.isArray(resetMask) || resetMask.length !== this.numEnvs || !resetMask.some(Boolean)) {
        throw new ConfigError(`options.resetMask must be ${this.numEnvs} booleans with at least one true, got ${JSON.stringify(resetMask)}`);
      }
      mask = resetMask;
    } else {
      mask = new Array<boolean>(this.numEnvs).fill(true);
    }
    const ops: SubEnvOp<Act>[] = [];
    mask.forEach((m, index) => {
      if (m) ops.push({ kind: 'reset', index, seed: seeds[index], options });
    });
    const outcomes = await this.guard(() => this.run(ops));
    const infos: BatchedInfo = {};
    if (this.observations.length === 0) this.observations = new Array<Obs>(this.numEnvs);
    ops.forEach((op, k) => {
      const o = outcomes[k] as SubEnvOutcome<Obs>;
      this.observations[op.index] = o.observation;
      this.autoresetEnvs[op.index] = false;
      addInfo(infos, o.info, op.index, this.numEnvs);
    });
    return { observations: [...this.observations], infos };
  }

  async step(actions: readonly Act[]): Promise<VectorStepResult<Obs>> {
    this.assertOpen('step');
    if (this.observations.length === 0) {
      throw new MathgymError('VectorEnv.step() called before reset(); call await envs.reset({ seed }) first.', 'RESET_NEEDED');
    }
    if (!Array.isArray(actions) || actions.length !== this.numEnvs) {
      throw new ConfigError(`step() needs one action per sub-env (${this.numEnvs}), got ${Array.isArray(actions) ? actions.length : typeof actions}`);
    }
    const mode = this.metadata.autoresetMode;
    const ops: SubEnvOp<Act>[] = actions.map((action, index) => {
      if (this.autoresetEnvs[index]) {
        if (mode === 'NextStep') return { kind: 'reset', index, seed: undefined, options: {} };
        if (mode === 'Disabled') {
          throw new MathgymError(
            `sub-env ${index} finished its episode and autoreset is Disabled; reset it with reset({ options: { resetMask } }) first.`,
            'RESET_NEEDED',
          );
        }
      }
      return { kind: 'step', index, action };
    });
    const outcomes = await this.guard(() => this.run(ops));
    const rewards = outcomes.map((o) => o.reward);
    const terminations = outcomes.map((o) => o.terminated);
    const truncations = outcomes.map((o) => o.truncated);
    const infos: BatchedInfo = {};
    const observations = outcomes.map((o) => o.observation);
    const resetInfos: (Info | undefined)[] = new Array<Info | undefined>(this.numEnvs);
    if (mode === 'SameStep') {
      const done = outcomes.flatMap((o, index) => (o.terminated || o.truncated ? [index] : []));
      if (done.length > 0) {
        const resets = await this.guard(() => this.run(done.map((index) => ({ kind: 'reset' as const, index, seed: undefined, options: {} }))));
        done.forEach((index, k) => {
          const o = outcomes[index] as SubEnvOutcome<Obs>;
          addInfo(infos, { final_obs: o.observation, final_info: o.info }, index, this.numEnvs);
          const r = resets[k] as SubEnvOutcome<Obs>;
          observations[index] = r.observation;
          resetInfos[index] = r.info;
        });
      }
    }
    outcomes.forEach((o, index) => addInfo(infos, resetInfos[index] ?? o.info, index, this.numEnvs));
    this.autoresetEnvs = outcomes.map((o) => o.terminated || o.truncated);
    this.observations = observations;
    return { observations: [...observations], rewards, terminations, truncations, infos };
  }

  /** Closes every sub-env; safe to call twice. */
  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    await this.closeEnvs();
  }

  toString(): string {
    return `${this.constructor.name}(numEnvs=${this.numEnvs}, autoresetMode=${this.metadata.autoresetMode})`;
  }

  /** Rejects overlapping calls: sub-env state would interleave unpredictably. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    if (this.stepping) throw new MathgymError('VectorEnv: reset/step called while another call is in progress; await it first.', 'CONCURRENT_CALL');
    this.stepping = true;
    try {
      return await run();
    } finally {
      this.stepping = false;
    }
  }

  private assertOpen(what: string): void {
    if (this.isClosed) throw new ClosedError(`${this.toString()}: ${what}() called after close(). Create a new vector env.`);
  }

  private seedList(seed: VectorResetArgs['seed']): (number | undefined)[] {
    if (seed === undefined || seed === null) return new Array<undefined>(this.numEnvs).fill(undefined);
    if (typeof seed === 'number') return Array.from({ length: this.numEnvs }, (_, i) => seed + i);
    if (!Array.isArray(seed) || seed.length !== this.numEnvs) {
      throw new ConfigError(`reset seed list must have ${this.numEnvs} entries (one per sub-env), got ${JSON.stringify(seed)}`);
    }
    return [...seed];
  }
}
