/** Calculus, number theory, combinatorics and logic families (one file each). */
import type { TaskGenerator } from './generator.js';
import { derivatives } from './derivatives.js';
import { integrals } from './integrals.js';
import { numberTheory } from './number_theory.js';
import { baseConversion } from './base_conversion.js';
import { counting } from './counting.js';
import { sequences } from './sequences.js';
import { propositionalLogic } from './propositional_logic.js';

export const GROUP_B: readonly TaskGenerator[] = [derivatives, integrals, numberTheory, baseConversion, counting, sequences, propositionalLogic];
