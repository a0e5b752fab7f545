/** Worker thread of the verifier sandbox: runs `verify` on request. */
import workerpool from 'workerpool';
import type { VerifyOptions } from './types.js';
import { verify } from './verify.js';

/** The event a worker emits when it begins a verification. */
const STARTED = 'verify-started';

workerpool.worker({
  verify: (gold: string, pred: string, opts?: VerifyOptions) => {
    // the pool starts the time limit now, not when the task was sent: a cold worker's start-up is not verification time
    workerpool.workerEmit(STARTED);
    return verify(gold, pred, opts);
  },
});
