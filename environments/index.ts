/**
 * The one explicit list of built-in environments. The default registry (lib/core/registry.ts) calls
 * `registerEnvs(registry)` once, at its first use;
 * the same function is the plugin convention third-party packages follow (see lib/core/plugins.ts).
 * Factories import their environment when one is made, so that listing the registry (`mathgym envs`)
 * does not load mathjs, the verifier or the Metamath kernel.
 */
import type { EnvRegistrar } from '../lib/core/spec.js';
import { GENERATORS } from '../datasets/generators/index.js';
import { makeProceduralEnv } from './procedural/env.js';
import { DEFAULT_MAX_TURNS } from './calculator-tool/defaults.js';

export function registerEnvs(registry: EnvRegistrar): void {
  registry.register({
    id: 'mathgym/Arithmetic-v0',
    factory: async (kwargs) => new (await import('./arithmetic/index.js')).ArithmeticEnv(kwargs),
    kwargs: { difficulty: 1 },
    rewardThreshold: 0.95,
    description: 'Single-turn exact arithmetic (integers, decimals, fractions, order of operations); difficulty 1..5; reward 1 for an exactly equal rational answer.',
  });
  registry.register({
    id: 'mathgym/MathQA-v0',
    factory: async (kwargs) => new (await import('./math-qa/index.js')).MathQAEnv(kwargs),
    kwargs: { dataset: 'math500' },
    description: 'Single-turn math QA over dataset records (bundled math500, gsm8k, or a JSONL path); reward from a registered reward (default math: verified \\boxed{} answer).',
  });
  registry.register({
    id: 'mathgym/MetamathProof-v0',
    factory: async (kwargs) => new (await import('./metamath/env.js')).MetamathProofEnv(kwargs),
    kwargs: { database: 'set-prop' },
    maxEpisodeSteps: 100,
    rewardThreshold: 0.5,
    description: 'Metamath theorem proving, backward: apply an earlier assertion or hypothesis to an open goal; reward 1 when the kernel accepts the finished proof, -0.1 for an invalid step (bundled set-prop: set.mm propositional calculus; database=<set.mm> for the rest).',
  });
  registry.register({
    id: 'mathgym/EquationRewrite-v0',
    factory: async (kwargs) => new (await import('./equation-rewrite/index.js')).EquationRewriteEnv(kwargs),
    kwargs: { difficulty: 1 },
    maxEpisodeSteps: 30,
    rewardThreshold: 0.9,
    description: 'Solve a linear equation by algebraic moves (add/subtract/multiply/divide by a term, expand, collect, factor, simplify, swap, substitute): a legal-action index or the move as text; every step checked for an unchanged solution set; reward 1 for x = <the solution>, -0.01 a step, -0.1 invalid, -0.5 for changing the solution set; difficulty 1..5.',
  });
  registry.register({
    id: 'mathgym/CalculatorTool-v0',
    factory: async (kwargs) => new (await import('./calculator-tool/index.js')).CalculatorToolEnv(kwargs),
    kwargs: { problems: 'word' },
    maxEpisodeSteps: DEFAULT_MAX_TURNS, // the env's own maxTurns (default 8) truncates too; raise both together
    rewardThreshold: 0.9,
    description: 'Multi-turn math with a calculator: <tool>calc: EXPR</tool> is run by a limited mathjs in a sandboxed worker (time, length and memory limits) and answered with <result>/<error>; <answer>...</answer> is verified, reward 1 or 0. Problems: multi-digit word problems (difficulty 1..4), arithmetic (1..5) or dataset records (gsm8k).',
  });
  registry.register({
    id: 'mathgym/MathQAWithFeedback-v0',
    factory: async (kwargs) => new (await import('./math-qa-feedback/index.js')).MathQAWithFeedbackEnv(kwargs),
    kwargs: { dataset: 'math500' },
    maxEpisodeSteps: 5, // maxAttempts (3) + maxVerifierFailures (2): the env ends every episode first with its defaults
    description: 'MathQA with retries: a wrong \\boxed{} answer gets feedback and another attempt; success at attempt k earns decay^(k-1) (maxAttempts 3, decay 0.5: 1, 0.5, 0.25); verifier failures are reported in info.verifierError and do not use up an attempt.',
  });
  // one environment per procedural generator family
  for (const gen of GENERATORS) {
    if (registry.has(`mathgym/${gen.envName}-v0`)) continue; // Arithmetic-v0 has its own env above
    registry.register({
      id: `mathgym/${gen.envName}-v0`,
      factory: (kwargs) => makeProceduralEnv(gen, kwargs),
      kwargs: { difficulty: 1 },
      description: `${gen.description} Difficulty 1..${gen.levels.length}.`,
    });
  }
}
