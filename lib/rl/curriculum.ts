/**
 * A difficulty curriculum for the trainer's `onEval` hook: start at one difficulty and step up one
 * level each time the test-split accuracy reaches the threshold, up to the last level.
 */
import { ConfigError } from '../errors.js';
import type { Task } from './trainer.js';

export interface CurriculumOptions {
  /** Test-split exact match at which the difficulty steps up, in [0, 1] (0: at every evaluation). */
  readonly threshold: number;
  readonly start: number;
  /** The last level (inclusive). */
  readonly max: number;
  /** The task at a difficulty (same charset at every level). */
  readonly taskAt: (difficulty: number) => Task;
  /** Told of every step up. */
  readonly onStep?: (step: { readonly from: number; readonly to: number; readonly update: number; readonly accuracy: number }) => void;
}

/** The hook; `difficulty()` is the current level. */
export function difficultyCurriculum(opts: CurriculumOptions): { onEval: (accuracy: number, update: number) => Task | undefined; difficulty: () => number } {
  if (!(opts.threshold >= 0 && opts.threshold <= 1)) throw new ConfigError(`curriculum threshold must be in [0, 1], got ${opts.threshold}`);
  if (!Number.isInteger(opts.start) || !Number.isInteger(opts.max) || opts.start < 1 || opts.start > opts.max) {
    throw new ConfigError(`curriculum: the start difficulty must be an integer in 1..${opts.max}, got ${opts.start}`);
  }
  let difficulty = opts.start;
  return {
    difficulty: () => difficulty,
    onEval: (accuracy, update) => {
      if (accuracy < opts.threshold || difficulty >= opts.max) return undefined;
      opts.onStep?.({ from: difficulty, to: difficulty + 1, update, accuracy });
      difficulty++;
      return opts.taskAt(difficulty);
    },
  };
}
