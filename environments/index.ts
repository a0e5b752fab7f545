/**
 * The one explicit list of built-in environments. `lib/index.ts` calls `registerEnvs(registry)`;
 * the same function is the plugin convention third-party packages follow (see lib/core/plugins.ts).
 */
import type { Registry } from '../lib/core/registry.js';
import { ArithmeticEnv } from './arithmetic/index.js';
import { MathQAEnv } from './math-qa/index.js';
import { GENERATORS } from '../datasets/generators/index.js';
import { ProceduralEnv } from './procedural/env.js';
import { MetamathProofEnv } from './metamath/index.js';

export function registerEnvs(registry: Registry): void {
  registry.register({
    id: 'mathgym/Arithmetic-v0',
    factory: (kwargs) => new ArithmeticEnv(kwargs),
    kwargs: { difficulty: 1 },
    rewardThreshold: 0.95,
    description: 'Single-turn exact arithmetic (integers, decimals, fractions, order of operations); difficulty 1..5; reward 1 for an exactly equal rational answer.',
  });
  registry.register({
    id: 'mathgym/MathQA-v0',
    factory: (kwargs) => new MathQAEnv(kwargs),
    kwargs: { dataset: 'math500' },
    description: 'Single-turn math QA over dataset records (bundled math500, gsm8k, or a JSONL path); reward from a registered reward (default math: verified \\boxed{} answer).',
  });
  registry.register({
    id: 'mathgym/MetamathProof-v0',
    factory: (kwargs) => new MetamathProofEnv(kwargs),
    kwargs: { database: 'set-prop' },
    maxEpisodeSteps: 100,
    rewardThreshold: 0.5,
    description: 'Metamath theorem proving, backward: apply an earlier assertion or hypothesis to an open goal; reward 1 when the kernel accepts the finished proof, -0.1 for an invalid step (bundled set-prop: set.mm propositional calculus; database=<set.mm> for the rest).',
  });
  // one environment per procedural generator family
  for (const gen of GENERATORS) {
    if (registry.has(`mathgym/${gen.envName}-v0`)) continue; // Arithmetic-v0 has its own env above
    registry.register({
      id: `mathgym/${gen.envName}-v0`,
      factory: (kwargs) => new ProceduralEnv(gen, kwargs),
      kwargs: { difficulty: 1 },
      description: `${gen.description} Difficulty 1..${gen.levels.length}.`,
    });
  }
}
