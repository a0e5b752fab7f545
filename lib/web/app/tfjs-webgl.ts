/**
 * The tfjs-webgl baseline of `mathgym bench web` (its own bundle, added to the page by the bench:
 * @tensorflow/tfjs-core and tfjs-backend-webgl are devDependencies, so the playground does not need them).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import type { MatmulImpl } from '../../nn/bench.js';

export interface TfjsWebgl {
  /** tf.matMul on the webgl backend; each timed call includes the readback (dataSync), as our gemm returns a Float32Array. */
  matmulImpl(): Promise<MatmulImpl>;
}

const api: TfjsWebgl = {
  matmulImpl: async () => {
    await tf.setBackend('webgl');
    await tf.ready();
    return {
      name: 'tfjs-webgl',
      mode: `tfjs-core ${tf.version_core} ${tf.getBackend()}`,
      prepare: (a, b, n) => {
        const ta = tf.tensor2d(a, [n, n]);
        const tb = tf.tensor2d(b, [n, n]);
        const run = (): Float32Array => {
          const c = tf.matMul(ta, tb);
          const out = c.dataSync() as Float32Array;
          c.dispose();
          return out;
        };
        return { run, product: run(), dispose: () => tf.dispose([ta, tb]) };
      },
    };
  },
};
(globalThis as unknown as { mathgymTfjsWebgl: TfjsWebgl }).mathgymTfjsWebgl = api;
