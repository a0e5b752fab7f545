/**
 * The tfjs-webgl baseline of `mathgym bench web` (its own bundle, added to the page by the bench:
 * @tensorflow/tfjs-core and tfjs-backend-webgl are devDependencies, so the playground does not need them).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
// tf.variableGrads needs the gradient registry (the training step)
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { MatmulImpl } from '../../bench/nn-matmul.js';
import { tfTrainer, timedSteps, type TrainStepSetup } from '../../bench/nn-train.js';
import { tfjsMatmulImpl } from '../../bench/tfjs-matmul.js';

export interface TfjsWebgl {
  /** tf.matMul on the webgl backend; each timed call includes the readback (dataSync), as our gemm returns a Float32Array. */
  matmulImpl(): Promise<MatmulImpl>;
  /** `bench nn`'s tfjs training step (same model, batch and update as ours) on webgl: one warm-up, then `steps` timed (each reads its loss back). */
  trainStep(setup: TrainStepSetup, steps: number): Promise<{ mode: string; samples: number[] }>;
}

async function webgl(): Promise<void> {
  await tf.setBackend('webgl');
  await tf.ready();
}

const api: TfjsWebgl = {
  matmulImpl: async () => {
    await webgl();
    return tfjsMatmulImpl(tf, 'tfjs-webgl', `tfjs-core ${tf.version_core} ${tf.getBackend()}`);
  },
  trainStep: async (setup, steps) => {
    await webgl();
    const t = tfTrainer({ tf }, setup);
    try {
      return { mode: tf.getBackend(), samples: timedSteps(t.step, steps) };
    } finally {
      t.dispose();
    }
  },
};
(globalThis as unknown as { mathgymTfjsWebgl: TfjsWebgl }).mathgymTfjsWebgl = api;
