/** Calculus, number theory, combinatorics and logic families (one file each). */
import type { TaskGenerator } from './generator.js';
import { derivatives } from './derivatives.js';
import { integrals } from './integrals.js';
import { numberTheory } from './number-theory.js';
import { baseConversion } from './base-conversion.js';
import { counting } from './counting.js';
import { sequences } from './sequences.js';
import { propositionalLogic } from './propositional-logic.js';

export const GROUP_B: readonly TaskGenerator[] = [derivatives, integrals, numberTheory, baseConversion, counting, sequences, propositionalLogic];
