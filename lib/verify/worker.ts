/** Worker thread of the verifier sandbox: runs `verify` on request. */
import workerpool from 'workerpool';
import type { VerifyOptions } from './types.js';
import { verify } from './verify.js';

workerpool.worker({
  verify: (gold: string, pred: string, opts?: VerifyOptions) => verify(gold, pred, opts),
});
