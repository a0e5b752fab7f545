/** Algebra families (one file each). */
import type { TaskGenerator } from './generator.js';
import { linearEquations } from './linear_equations.js';
import { linearSystems } from './linear_systems.js';
import { polynomialExpand } from './polynomial_expand.js';
import { polynomialFactor } from './polynomial_factor.js';
import { quadratics } from './quadratics.js';
import { rationalSimplify } from './rational_simplify.js';

export const GROUP_A: readonly TaskGenerator[] = [linearEquations, linearSystems, quadratics, polynomialExpand, polynomialFactor, rationalSimplify];
