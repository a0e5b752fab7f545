/**
 * One policy training step, two ways, on the same model, batch and hyperparameters:
 *  - ours: Transformer.sequenceLogprobs -> masked mean NLL -> backward -> clipGradNorm -> AdamW
 *    (lib/nn kernels on the current backend), the step lib/rl/trainer.ts takes;
 *  - tfjs: the same GPT-2 layout written with tfjs-core ops, tf.variableGrads, a global-norm clip and
 *    tf.train.adam with the decoupled weight decay applied first (= our AdamW), on the wasm backend.
 * The tfjs variables start from our model's weights, so the two compute the same loss and gradients
 * (spec/bench/nn.spec.ts holds them to that), and a timing difference is the kernels', not the maths'.
 */
import { Rng } from '../core/rng.js';
import { mul, scale, sum } from '../nn/kernels/index.js';
import { Transformer, type TransformerConfig } from '../nn/models/transformer.js';
import { AdamW } from '../nn/optim/adamw.js';
import { clipGradNorm } from '../nn/optim/clip.js';
import { Tensor } from '../nn/tensor.js';
import { BOS_ID } from '../nn/tokenizer.js';
import { arithmeticTrainConfig } from '../rl/tasks.js';
import type { Tf, TfjsWasm } from './nn-tfjs.js';

/** Sequences of the training batch, with the prompt length of each (completion tokens follow it). */
export interface TrainBatch {
  readonly sequences: readonly (readonly number[])[];
  readonly promptLengths: readonly number[];
}

export interface TrainStepSetup {
  readonly config: TransformerConfig;
  readonly batch: TrainBatch;
  /** Model init seed. */
  readonly seed: number;
  readonly lr: number;
  readonly weightDecay: number;
  readonly maxGradNorm: number;
}

/** Token positions one step runs through the model: batch x sequence length. */
export function stepTokens(s: TrainStepSetup): number {
  return s.batch.sequences.reduce((a, x) => a + x.length, 0);
}

/**
 * The Arithmetic-v0 policy (lib/rl/tasks.ts arithmeticTrainConfig, the context of 16 that docs/benchmarks.md measured; npm start's is 40) and a seeded batch of `batch`
 * full-context sequences: bos, then random characters; the second half is the completion.
 */
export function defaultTrainStep(opts: { batch?: number; seed?: number } = {}): TrainStepSetup {
  const cfg = arithmeticTrainConfig();
  const vocabSize = [...cfg.task.charset].length + 3;
  const config: TransformerConfig = { vocabSize, ...cfg.model };
  const rng = Rng.fromSeed(opts.seed ?? 7);
  const t = config.contextLength;
  const sequences = Array.from({ length: opts.batch ?? 64 }, () => [BOS_ID, ...Array.from({ length: t - 1 }, () => rng.integer(3, vocabSize - 1))]);
  return { config, batch: { sequences, promptLengths: sequences.map(() => t / 2) }, seed: 1, lr: 1e-3, weightDecay: 0.01, maxGradNorm: 1 };
}

function completionMask(b: TrainBatch, lc: number): { mask: Float32Array; count: number } {
  const mask = new Float32Array(b.sequences.length * lc);
  let count = 0;
  b.sequences.forEach((s, i) => {
    const len = s.length - (b.promptLengths[i] as number);
    for (let j = 0; j < len; j++) mask[i * lc + j] = 1;
    count += len;
  });
  return { mask, count };
}

export function makeModel(s: TrainStepSetup): Transformer {
  return new Transformer(s.config, Rng.fromSeed(s.seed));
}

/** Our loss (mean NLL of the completion tokens) on `model`, with the graph for backward. */
export function ourLoss(model: Transformer, b: TrainBatch): Tensor {
  const lp = model.sequenceLogprobs(b.sequences, b.promptLengths);
  const { mask, count } = completionMask(b, lp.logp.shape[1] as number);
  return scale(sum(mul(lp.logp, new Tensor(mask, lp.logp.shape))), -1 / count);
}

/** Wall ms of `steps` calls of `step`, after one untimed warm-up call (where gpu.js and tfjs compile their kernels). */
export function timedSteps(step: () => unknown, steps: number): number[] {
  step();
  const samples: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    step();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** A training step with our kernels on the current backend; returns the loss before the update. */
export function ourTrainer(s: TrainStepSetup): { model: Transformer; step: () => number } {
  const model = makeModel(s);
  const opt = new AdamW(model.parameters(), { lr: s.lr, weightDecay: s.weightDecay });
  return {
    model,
    step: () => {
      opt.zeroGrad();
      const loss = ourLoss(model, s.batch);
      loss.backward();
      clipGradNorm(model.parameters(), s.maxGradNorm);
      opt.step();
      return loss.item();
    },
  };
}

/** A loaded tfjs-core on any backend (wasm in Node, webgl in the page). */
export type TfHandle = Pick<TfjsWasm, 'tf'>;

type TfVar = ReturnType<Tf['variable']>;
type TfTensor = ReturnType<Tf['tensor']>;

/** The same model as tfjs variables, one per named parameter of ours (same values, same names). */
export interface TfModel {
  readonly vars: ReadonlyMap<string, TfVar>;
  /** The scalar loss (inside a tidy / variableGrads). */
  readonly loss: () => TfTensor;
  readonly dispose: () => void;
}

export function tfModel(t: TfHandle, model: Transformer, b: TrainBatch): TfModel {
  const { tf } = t;
  const { dModel: c, nHeads: h, nLayers, vocabSize: vocab } = model.config;
  const vars = new Map<string, TfVar>();
  // unnamed variables: tfjs names must be unique per process and several models may coexist
  for (const [name, p] of model.namedParameters()) vars.set(name, tf.variable(tf.tensor(p.data, [...p.shape])));
  const w = (name: string): TfVar => {
    const v = vars.get(name);
    if (!v) throw new Error(`tfModel: the model has no parameter ${name}`);
    return v;
  };
  const n = b.sequences.length;
  const tLen = Math.max(...b.sequences.map((s) => s.length));
  const dh = c / h;
  // the embedding gather as a one-hot matmul: tfjs's gather gradient needs UnsortedSegmentSum, which the wasm backend lacks
  const oneHotIds = new Float32Array(n * tLen * vocab);
  b.sequences.forEach((s, i) => s.forEach((id, j) => (oneHotIds[(i * tLen + j) * vocab + id] = 1)));
  const ids = tf.tensor2d(oneHotIds, [n * tLen, vocab]);
  // additive causal mask: -1e9 above the diagonal (exp underflows to exactly 0, as our masked softmax)
  const maskBias = tf.tensor2d(Array.from({ length: tLen * tLen }, (_, i) => (i % tLen > Math.floor(i / tLen) ? -1e9 : 0)), [tLen, tLen]);
  // one-hot of each completion token at the row that predicts it, 0 elsewhere: loss = -sum(lsm * pick) / count
  const pickData = new Float32Array(n * tLen * vocab);
  let count = 0;
  b.sequences.forEach((s, i) => {
    for (let j = b.promptLengths[i] as number; j < s.length; j++) {
      pickData[(i * tLen + j - 1) * vocab + (s[j] as number)] = 1;
      count++;
    }
  });
  const pick = tf.tensor2d(pickData, [n * tLen, vocab]);
  const ln = (x: TfTensor, prefix: string): TfTensor => {
    const { mean, variance } = tf.moments(x, -1, true);
    return tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, 1e-5))), w(`${prefix}.0`)), w(`${prefix}.1`));
  };
  const linear = (x: TfTensor, prefix: string): TfTensor => tf.add(tf.matMul(x as TfCore2D, w(`${prefix}.0`) as TfCore2D), w(`${prefix}.1`));
  const gelu = (x: TfTensor): TfTensor => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3)))))));
  const heads = (x: TfTensor): TfTensor => tf.transpose(tf.reshape(x, [n, tLen, h, dh]), [0, 2, 1, 3]);
  const loss = (): TfTensor => {
    const tok = tf.reshape(tf.matMul(ids, w('wte') as TfCore2D), [n, tLen, c]);
    let x: TfTensor = tf.reshape(tf.add(tok, tf.slice(w('wpe'), [0, 0], [tLen, c])), [n * tLen, c]);
    for (let l = 0; l < nLayers; l++) {
      const p = `h${l}`;
      const nx = ln(x, `${p}.ln1`);
      const q = heads(linear(nx, `${p}.q`)), k = heads(linear(nx, `${p}.k`)), v = heads(linear(nx, `${p}.v`));
      const att = tf.softmax(tf.add(tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(dh)), maskBias));
      const o = tf.reshape(tf.transpose(tf.matMul(att, v), [0, 2, 1, 3]), [n * tLen, c]);
      x = tf.add(x, linear(o, `${p}.proj`));
      x = tf.add(x, linear(gelu(linear(ln(x, `${p}.ln2`), `${p}.fc`)), `${p}.out`));
    }
    const lsm = tf.logSoftmax(linear(ln(x, 'lnF'), 'head'));
    return tf.mul(tf.sum(tf.mul(lsm, pick)), -1 / count);
  };
  return { vars, loss, dispose: () => tf.dispose([...vars.values(), ids, maskBias, pick]) };
}

type TfCore2D = Parameters<Tf['matMul']>[0];

/** Loss and gradients (keyed by our parameter names) of the tfjs model, no update. */
export function tfLossAndGrads(t: TfHandle, m: TfModel): { loss: number; grads: Map<string, Float32Array> } {
  const { tf } = t;
  const names = [...m.vars.keys()];
  const { value, grads } = tf.variableGrads(m.loss as () => ReturnType<Tf['scalar']>, [...m.vars.values()]);
  const out = new Map<string, Float32Array>();
  for (const name of names) out.set(name, grads[m.vars.get(name)!.name]!.dataSync() as Float32Array);
  const loss = value.dataSync()[0] as number;
  tf.dispose([value, ...Object.values(grads)]);
  return { loss, grads: out };
}

/** A training step on tfjs (wasm in `bench nn`, webgl in `bench web`) equivalent to `ourTrainer`'s; returns the loss before the update. */
export function tfTrainer(t: TfHandle, s: TrainStepSetup): { model: TfModel; step: () => number; dispose: () => void } {
  const { tf } = t;
  const model = tfModel(t, makeModel(s), s.batch);
  const opt = tf.train.adam(s.lr, 0.9, 0.999, 1e-8);
  const vars = [...model.vars.values()];
  const decay = 1 - s.lr * s.weightDecay;
  return {
    model,
    step: () => {
      const { value, grads } = tf.variableGrads(model.loss as () => ReturnType<Tf['scalar']>, vars);
      tf.tidy(() => {
        // global-norm clip as clipGradNorm: scale by maxNorm / (norm + 1e-6) when norm > maxNorm
        const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))));
        const f = tf.minimum(1, tf.div(s.maxGradNorm, tf.add(norm, 1e-6)));
        const clipped = Object.fromEntries(Object.entries(grads).map(([k, g]) => [k, tf.mul(g, f)]));
        // decoupled weight decay from the pre-update weights, then the Adam step: our AdamW's update
        for (const v of vars) v.assign(tf.mul(v, decay));
        opt.applyGradients(clipped);
      });
      const loss = value.dataSync()[0] as number;
      tf.dispose([value, ...Object.values(grads)]);
      return loss;
    },
    dispose: () => {
      opt.dispose();
      model.dispose();
    },
  };
}
