/**
 * A success-rate curriculum: it raises a generator's difficulty when the recent success rate at the
 * current level is high and lowers it when it is low. Deterministic: the same sequence of results
 * gives the same sequence of difficulties.
 */
import { ConfigError } from '../lib/errors.js';

export interface CurriculumOptions {
  readonly minDifficulty?: number;
  readonly maxDifficulty: number;
  /** Starting level (default minDifficulty). */
  readonly start?: number;
  /** Results considered at a level before it may change (default 32). */
  readonly window?: number;
  /** Move up when the success rate over the window is at least this (default 0.8). */
  readonly raiseAbove?: number;
  /** Move down when it is at most this (default 0.2). */
  readonly lowerBelow?: number;
}

export class Curriculum {
  readonly minDifficulty: number;
  readonly maxDifficulty: number;
  private level: number;
  private readonly window: number;
  private readonly raiseAbove: number;
  private readonly lowerBelow: number;
  private recent: number[] = [];

  constructor(opts: CurriculumOptions) {
    this.minDifficulty = opts.minDifficulty ?? 1;
    this.maxDifficulty = opts.maxDifficulty;
    this.level = opts.start ?? this.minDifficulty;
    this.window = opts.window ?? 32;
    this.raiseAbove = opts.raiseAbove ?? 0.8;
    this.lowerBelow = opts.lowerBelow ?? 0.2;
    if (!Number.isInteger(this.minDifficulty) || !Number.isInteger(this.maxDifficulty) || this.minDifficulty > this.maxDifficulty) {
      throw new ConfigError(`Curriculum: need integers minDifficulty <= maxDifficulty, got ${this.minDifficulty}..${this.maxDifficulty}`);
    }
    if (this.level < this.minDifficulty || this.level > this.maxDifficulty) throw new ConfigError(`Curriculum: start ${this.level} is outside ${this.minDifficulty}..${this.maxDifficulty}`);
    if (!Number.isInteger(this.window) || this.window < 1) throw new ConfigError(`Curriculum: window must be a positive integer, got ${this.window}`);
    if (!(this.lowerBelow < this.raiseAbove)) throw new ConfigError(`Curriculum: lowerBelow (${this.lowerBelow}) must be below raiseAbove (${this.raiseAbove})`);
  }

  /** The difficulty to use for the next problems. */
  get difficulty(): number {
    return this.level;
  }

  /** Success rate over the results recorded at the current level (NaN before any). */
  get successRate(): number {
    return this.recent.length === 0 ? Number.NaN : this.recent.reduce((a, b) => a + b, 0) / this.recent.length;
  }

  /** Records one result (a reward in [0, 1]) and returns the difficulty to use next. */
  record(reward: number): number {
    if (!(reward >= 0 && reward <= 1)) throw new ConfigError(`Curriculum.record: reward must be in [0, 1], got ${reward}`);
    this.recent.push(reward);
    if (this.recent.length > this.window) this.recent.shift();
    if (this.recent.length < this.window) return this.level;
    const rate = this.successRate;
    if (rate >= this.raiseAbove && this.level < this.maxDifficulty) this.move(1);
    else if (rate <= this.lowerBelow && this.level > this.minDifficulty) this.move(-1);
    return this.level;
  }

  private move(step: number): void {
    this.level += step;
    this.recent = []; // judge the new level on its own results
  }
}
