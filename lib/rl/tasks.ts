/** Built-in training tasks: an env, a compact prompt for a char-level model, and demonstrations for the cold start. */
import { expressionOf } from '../../environments/arithmetic/baselines.js';
import { generateProblem } from '../../environments/arithmetic/generator.js';
import { ConfigError } from '../errors.js';
import type { Task } from './trainer.js';

/** `mathgym/Arithmetic-v0` at a difficulty: the prompt is the bare expression, `3+4=`. */
export function arithmeticTask(difficulty = 1): Task {
  const prompt = (observation: string): string => {
    const e = expressionOf(observation);
    if (e === undefined) throw new ConfigError(`not an Arithmetic-v0 question: ${observation.slice(0, 80)}`);
    return `${e.replaceAll(' ', '')}=`;
  };
  return {
    envId: 'mathgym/Arithmetic-v0',
    envKwargs: { difficulty },
    prompt,
    charset: '0123456789+-*/()=.',
    demonstrations: (rng, n) =>
      Array.from({ length: n }, () => {
        const p = generateProblem(rng, { difficulty: difficulty as 1 });
        return { prompt: prompt(p.question), answer: p.answer };
      }),
  };
}
