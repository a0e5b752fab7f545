export { AdamW, type AdamWOptions, type AdamWState } from './adamw.js';
export { clipGradNorm } from './clip.js';
export { lrSchedule, type LrSchedule, type LrScheduleOptions } from './schedule.js';
