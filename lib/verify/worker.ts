/**
 * Worker thread of the verifier sandbox (lib/verify/sandbox.ts): serves `verify` to the shared pool.
 * One numeric and one symbolic verification run before the worker reports ready, so whatever the
 * verifier builds lazily is built at start-up, never inside a verification's time limit.
 */
import { serveTasks } from '../core/pool-worker.js';
import { verify } from './verify.js';

serveTasks({ verify }, () => {
  verify('1/2', '0.5');
  verify('x^2 - 1', '(x-1)(x+1)');
});
