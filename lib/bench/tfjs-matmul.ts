/** tfjs's matMul as a matmul bench implementation, on whichever tfjs backend is active (wasm in Node, webgl in the page). */
import type * as TfCore from '@tensorflow/tfjs-core';
import type { MatmulImpl } from './nn-matmul.js';

/** Inputs uploaded once; each timed call includes the readback (dataSync), as our gemm returns a Float32Array. */
export function tfjsMatmulImpl(tf: typeof TfCore, name: string, mode: string): MatmulImpl {
  return {
    name,
    mode,
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
}
