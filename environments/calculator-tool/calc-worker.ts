/**
 * Worker thread of the calculator sandbox. It speaks the verifier sandbox's protocol (one `verify`
 * method returning a Verdict) so that lib/verify/sandbox.ts can run it with its hard time limit,
 * memory limit and crash recovery: the expression comes in as `pred`, and the outcome goes back in
 * the Verdict's `rule` (`calc-ok` or `calc-<CODE>`) and `reason` (the result, or the error message).
 */
import workerpool from 'workerpool';
import type { Verdict } from '../../lib/verify/types.js';
import { calculate } from './calculator.js';

function run(_gold: string, expression: string): Verdict {
  const start = performance.now();
  const out = calculate(expression);
  const timeMs = performance.now() - start;
  return out.ok
    ? { correct: true, score: 1, rule: 'calc-ok', reason: out.result, gold: null, pred: null, timeMs }
    : { correct: false, score: 0, rule: `calc-${out.code}`, reason: out.error, gold: null, pred: null, timeMs };
}

workerpool.worker({ verify: run });
