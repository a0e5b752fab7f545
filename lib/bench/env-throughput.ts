/**
 * Steps per second of Arithmetic-v0 through the Env API (single env, SyncVectorEnv, AsyncVectorEnv),
 * against a baseline loop that does the same work (generate a problem, score an answer) with no
 * Env machinery. The policy always answers "0", so the numbers measure the environment, not a policy.
 */
import { generateProblem } from '../../datasets/generators/arithmetic-problems.js';
import { scoreAnswer } from '../../environments/arithmetic/env.js';
import { Rng } from '../core/rng.js';
import { make } from '../core/registry.js';
import { AsyncVectorEnv } from '../core/vector/async.js';
import { makeVec } from '../core/vector/make-vec.js';
import type { BenchCase } from './harness.js';

const ID = 'mathgym/Arithmetic-v0';
const DIFFICULTY = 3;
const BATCH = 64;

export function envThroughputCases(): BenchCase[] {
  return [
    {
      name: 'baseline loop (generate + score, no Env)',
      setup: async () => {
        const rng = Rng.fromSeed(0);
        return {
          batch: async () => {
            for (let i = 0; i < BATCH; i++) scoreAnswer('0', generateProblem(rng, { difficulty: DIFFICULTY }).answer, DIFFICULTY);
            return BATCH;
          },
        };
      },
    },
    {
      name: 'single env (make: checker + order + reset/step)',
      setup: async () => {
        const env = await make<string, string>(ID, { difficulty: DIFFICULTY });
        await env.reset({ seed: 0 });
        return {
          batch: async () => {
            for (let i = 0; i < BATCH; i++) {
              await env.reset();
              await env.step('0');
            }
            return BATCH;
          },
          teardown: () => env.close(),
        };
      },
    },
    ...[
      { name: 'SyncVectorEnv x8', async: false, workers: 1 },
      { name: 'AsyncVectorEnv x8 envs, 2 workers', async: true, workers: 2 },
    ].map(
      (v): BenchCase => ({
        name: v.name,
        setup: async () => {
          const envs = v.async
            ? await AsyncVectorEnv.create<string, string>({ id: ID, kwargs: { difficulty: DIFFICULTY } }, { numEnvs: 8, workers: v.workers })
            : await makeVec<string, string>(ID, { numEnvs: 8, kwargs: { difficulty: DIFFICULTY } });
          await envs.reset({ seed: 0 });
          const actions = new Array<string>(8).fill('0');
          return {
            // single-step episodes under NextStep autoreset: every other batch step is a reset, so count
            // only the steps that scored an answer
            batch: async () => {
              let scored = 0;
              for (let i = 0; i < BATCH / 8; i++) {
                const r = await envs.step(actions);
                scored += r.terminations.filter(Boolean).length;
              }
              return scored;
            },
            teardown: () => envs.close(),
          };
        },
      }),
    ),
  ];
}
