/** Calculus, number theory, combinatorics and logic families (one file each). */
import type { TaskGenerator } from './generator.js';

export const GROUP_B: readonly TaskGenerator[] = [];
