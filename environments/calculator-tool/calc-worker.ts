/**
 * Worker thread of the calculator sandbox (sandbox.ts): serves the `calc` task to the shared worker
 * pool, which gives it the hard time limit, the memory limit and crash recovery. Both mathjs tiers are
 * built before the worker reports ready, so building them is start-up, never an expression's time.
 */
import { serveTasks } from '../../lib/core/pool-worker.js';
import { calculate } from './calculator.js';

serveTasks({ calc: (expression: string) => calculate(expression) }, () => {
  calculate('1/3 + 1'); // the exact tier
  calculate('sqrt(2)'); // the approximate tier
});
