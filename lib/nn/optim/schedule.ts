/** Learning-rate schedules: a function from the step (0-based) to the learning rate. */
import { ConfigError } from '../../errors.js';

export type LrSchedule = (step: number) => number;

export interface LrScheduleOptions {
  /** 'constant'; or linear warmup then 'linear' or 'cosine' decay to minLr at totalSteps. */
  readonly kind: 'constant' | 'linear' | 'cosine';
  /** Peak learning rate. */
  readonly lr: number;
  /** Steps of linear warmup from lr/warmupSteps up to lr (default 0). Ignored by 'constant'. */
  readonly warmupSteps?: number;
  /** Step at which decay reaches minLr (required for 'linear' and 'cosine'); later steps stay at minLr. */
  readonly totalSteps?: number;
  /** Floor of the decay (default 0). */
  readonly minLr?: number;
}

/**
 * A schedule. Warmup: lr * (step + 1) / warmupSteps for step < warmupSteps (as HF's schedulers,
 * so step 0 does not train at 0). Decay over progress p = (step - warmup) / (total - warmup) in [0, 1]:
 * linear minLr + (lr - minLr)(1 - p); cosine minLr + (lr - minLr)(1 + cos(pi p)) / 2.
 * @throws ConfigError for negative or inconsistent step counts or rates.
 */
export function lrSchedule(o: LrScheduleOptions): LrSchedule {
  const { kind, lr } = o;
  const warmup = o.warmupSteps ?? 0, minLr = o.minLr ?? 0;
  if (!(lr >= 0) || !Number.isFinite(lr)) throw new ConfigError(`lrSchedule: lr must be a finite number >= 0, got ${lr}`);
  if (kind === 'constant') return () => lr;
  if (kind !== 'linear' && kind !== 'cosine') throw new ConfigError(`lrSchedule: kind must be 'constant', 'linear' or 'cosine', got ${String(kind)}`);
  const total = o.totalSteps;
  if (!Number.isInteger(warmup) || warmup < 0) throw new ConfigError(`lrSchedule: warmupSteps must be an integer >= 0, got ${warmup}`);
  if (total === undefined || !Number.isInteger(total) || total < warmup) {
    throw new ConfigError(`lrSchedule: '${kind}' needs an integer totalSteps >= warmupSteps (${warmup}), got ${total}`);
  }
  if (!(minLr >= 0 && minLr <= lr)) throw new ConfigError(`lrSchedule: minLr must be in [0, lr=${lr}], got ${minLr}`);
  return (step: number) => {
    if (step < warmup) return (lr * (step + 1)) / warmup;
    const span = total - warmup;
    const p = span === 0 ? 1 : Math.min(1, (step - warmup) / span);
    const f = kind === 'linear' ? 1 - p : (1 + Math.cos(Math.PI * p)) / 2;
    return minLr + (lr - minLr) * f;
  };
}
