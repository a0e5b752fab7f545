/** Families with a strict stated answer form (literal-answer.ts), one file each. */
import type { TaskGenerator } from './generator.js';
import { complexNumbers } from './complex_numbers.js';
import { countdown } from './countdown.js';
import { matrices } from './matrices.js';
import { wordProblems } from './word_problems.js';
import { inequalities } from './inequalities.js';
import { expLog } from './exp_log.js';
import { divisors } from './divisors.js';
import { probability } from './probability.js';

export const GROUP_C: readonly TaskGenerator[] = [probability, divisors, complexNumbers, countdown, matrices, wordProblems, inequalities, expLog];
