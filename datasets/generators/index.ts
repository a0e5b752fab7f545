/** The procedural generator families, each also registered as `mathgym/<envName>-v0`. */
import { ConfigError } from '../../lib/errors.js';
import { arithmetic } from './arithmetic.js';
import { MAX_REDRAWS, type TaskGenerator } from './generator.js';
import { goldShownInQuestion } from '../../lib/verify/question-copy.js';
import { linearEquations } from './linear-equations.js';
import { linearSystems } from './linear-systems.js';
import { polynomialExpand } from './polynomial-expand.js';
import { polynomialFactor } from './polynomial-factor.js';
import { quadratics } from './quadratics.js';
import { rationalSimplify } from './rational-simplify.js';
import { derivatives } from './derivatives.js';
import { integrals } from './integrals.js';
import { numberTheory } from './number-theory.js';
import { baseConversion } from './base-conversion.js';
import { counting } from './counting.js';
import { sequences } from './sequences.js';
import { propositionalLogic } from './propositional-logic.js';
import { complexNumbers } from './complex-numbers.js';
import { countdown } from './countdown.js';
import { matrices } from './matrices.js';
import { wordProblems } from './word-problems.js';
import { inequalities } from './inequalities.js';
import { expLog } from './exp-log.js';
import { divisors } from './divisors.js';
import { probability } from './probability.js';
import { polynomialRoots } from './polynomial-roots.js';
import { trigonometry } from './trigonometry.js';
import { geometry } from './geometry.js';
import { limits } from './limits.js';
import { integrationTechniques } from './integration-techniques.js';

export * from './generator.js';
export { familyVerdict, judgeAnswer, scoreItem, verifierVerdict } from './score.js';

/**
 * A family whose items never show their gold in the question (lib/verify/question-copy.ts): such an
 * item is drawn again from the same (advanced) stream, so the result stays a function of the seed.
 */
function goldNotShown(gen: TaskGenerator): TaskGenerator {
  return {
    ...gen,
    generate(rng, difficulty, index) {
      let item = gen.generate(rng, difficulty, index);
      for (let k = 0; k < MAX_REDRAWS && goldShownInQuestion(item.problem, item.answer); k++) item = gen.generate(rng, difficulty, index);
      return item;
    },
  };
}

export const GENERATORS: readonly TaskGenerator[] = [
  arithmetic,
  // algebra
  linearEquations, linearSystems, quadratics, polynomialExpand, polynomialFactor, rationalSimplify,
  // calculus, number theory, counting, logic
  derivatives, integrals, numberTheory, baseConversion, counting, sequences, propositionalLogic,
  // probability, matrices, word problems, search tasks
  probability, divisors, complexNumbers, countdown, matrices, wordProblems, inequalities, expLog,
  // equations, trigonometry, geometry, limits, integration techniques
  polynomialRoots, trigonometry, geometry, limits, integrationTechniques,
].map(goldNotShown);

export function getGenerator(name: string): TaskGenerator {
  const g = GENERATORS.find((x) => x.name === name || x.envName === name);
  if (!g) throw new ConfigError(`unknown generator family ${JSON.stringify(name)}; choose one of ${GENERATORS.map((x) => x.name).join(', ')}`);
  return g;
}
