/**
 * The tfjs-webgl baseline of `mathgym bench web` (its own bundle, added to the page by the bench:
 * @tensorflow/tfjs-core and tfjs-backend-webgl are devDependencies, so the playground does not need them).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import type { MatmulImpl } from '../../bench/nn-matmul.js';
import { tfjsMatmulImpl } from '../../bench/tfjs-matmul.js';

export interface TfjsWebgl {
  /** tf.matMul on the webgl backend; each timed call includes the readback (dataSync), as our gemm returns a Float32Array. */
  matmulImpl(): Promise<MatmulImpl>;
}

const api: TfjsWebgl = {
  matmulImpl: async () => {
    await tf.setBackend('webgl');
    await tf.ready();
    return tfjsMatmulImpl(tf, 'tfjs-webgl', `tfjs-core ${tf.version_core} ${tf.getBackend()}`);
  },
};
(globalThis as unknown as { mathgymTfjsWebgl: TfjsWebgl }).mathgymTfjsWebgl = api;
