/** Algebra families (one file each). */
import type { TaskGenerator } from './generator.js';

export const GROUP_A: readonly TaskGenerator[] = [];
