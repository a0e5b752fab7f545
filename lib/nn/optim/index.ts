/** Optimizers and their helpers: AdamW, gradient-norm clipping, learning-rate schedules. */
export { AdamW, type AdamWOptions, type AdamWState } from './adamw.js';
export { clipGradNorm } from './clip.js';
export { lrSchedule, type LrSchedule, type LrScheduleOptions } from './schedule.js';
