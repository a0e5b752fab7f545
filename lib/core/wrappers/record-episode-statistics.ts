/**
 * RecordEpisodeStatistics: records each episode's return, length and wall time into the info of its last step
 * and keeps recent episodes in queues (Gymnasium's wrapper of the same name).
 */
import { ConfigError, MathgymError } from '../../errors.js';
import type { Env, ResetArgs, ResetResult, StepResult } from '../env.js';
import { Wrapper } from '../wrapper.js';

/** What RecordEpisodeStatistics puts in `info[statsKey]` on the last step of an episode. */
export interface EpisodeStatistics {
  /** Undiscounted return. */
  readonly r: number;
  /** Length in steps. */
  readonly l: number;
  /** Wall-clock seconds since reset, rounded to microseconds. */
  readonly t: number;
}

/** Bounded FIFO: keeps the last `capacity` items (Python's deque(maxlen)). */
class Ring<T> {
  readonly items: T[] = [];
  constructor(readonly capacity: number) {}
  push(x: T): void {
    this.items.push(x);
    if (this.items.length > this.capacity) this.items.shift();
  }
}

/** Records episode return, length and time (Gymnasium's RecordEpisodeStatistics). */
export class RecordEpisodeStatistics<Obs, Act> extends Wrapper<Obs, Act> {
  readonly statsKey: string;
  episodeCount = 0;
  private readonly returns: Ring<number>;
  private readonly lengths: Ring<number>;
  private readonly times: Ring<number>;
  private episodeReturn = 0;
  private episodeLength = 0;
  private startTime = 0;

  constructor(env: Env<Obs, Act>, opts: { bufferLength?: number; statsKey?: string } = {}) {
    super(env);
    const bufferLength = opts.bufferLength ?? 100;
    if (!Number.isInteger(bufferLength) || bufferLength <= 0) {
      throw new ConfigError(`RecordEpisodeStatistics: bufferLength must be a positive integer, got ${bufferLength}`);
    }
    this.statsKey = opts.statsKey ?? 'episode';
    this.returns = new Ring(bufferLength);
    this.lengths = new Ring(bufferLength);
    this.times = new Ring(bufferLength);
    this.wrapperSpec = { name: 'RecordEpisodeStatistics', kwargs: { bufferLength, statsKey: this.statsKey } };
  }

  /** Returns of the last `bufferLength` episodes, oldest first. */
  get returnQueue(): readonly number[] {
    return this.returns.items;
  }
  get lengthQueue(): readonly number[] {
    return this.lengths.items;
  }
  get timeQueue(): readonly number[] {
    return this.times.items;
  }

  override async reset(args: ResetArgs = {}): Promise<ResetResult<Obs>> {
    const r = await this.env.reset(args);
    this.episodeReturn = 0;
    this.episodeLength = 0;
    this.startTime = performance.now();
    return r;
  }

  override async step(action: Act): Promise<StepResult<Obs>> {
    const r = await this.env.step(action);
    this.episodeReturn += r.reward;
    this.episodeLength += 1;
    if (!r.terminated && !r.truncated) return r;
    if (this.statsKey in r.info) {
      throw new MathgymError(
        `RecordEpisodeStatistics: info already has key ${JSON.stringify(this.statsKey)}; pass a different statsKey.`,
        'CONFIG',
      );
    }
    const t = Math.round((performance.now() - this.startTime) * 1000) / 1e6;
    const stats: EpisodeStatistics = { r: this.episodeReturn, l: this.episodeLength, t };
    this.episodeCount += 1;
    this.returns.push(stats.r);
    this.lengths.push(stats.l);
    this.times.push(stats.t);
    return { ...r, info: { ...r.info, [this.statsKey]: stats } };
  }
}
