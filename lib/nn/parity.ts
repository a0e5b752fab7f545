/**
 * Kernel parity: every op with a gpu.js path, forward and backward, on the current gpu.js backend
 * (threshold 0, so even small inputs take the gpu.js kernels) against the plain-TypeScript reference,
 * plus the default policy's loss and parameter gradients. Used by the browser playground's
 * headless-Chromium test (WebGL2) and by `mathgym web`'s page; runs anywhere gpu.js runs.
 *
 * Errors are reported as max |gpu - ts| / max(1, |ts|) per output: gpu.js accumulates in float32
 * where the TS gemm accumulates in doubles, so sums over K terms differ by ~K * 2^-24 relative.
 */
import { Rng } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { backendInfo, setBackend, type BackendName, type BackendInfo } from './backend.js';
import { deviceStats, resetDeviceStats, type DeviceStats } from './device.js';
import { add, attention, crossEntropy, embedding, gelu, layerNorm, logSoftmax, matmul, mean, mul, permute, pick, reshape, scale, softmax, sum } from './kernels/index.js';
import { Transformer } from './models/transformer.js';
import { gradsToHost, Tensor } from './tensor.js';

export interface ParityCase {
  readonly name: string;
  /** Largest error over the forward output and every input gradient. */
  readonly forwardError: number;
  readonly backwardError: number;
  readonly tolerance: number;
  readonly ok: boolean;
}

export interface ParityReport {
  readonly backend: BackendInfo;
  readonly cases: readonly ParityCase[];
  /**
   * The default policy's forward, loss and backward on the gpu.js backend, up to reading its loss and
   * every parameter gradient: the device-to-host copies it made. On a GL backend intermediates stay
   * on the device and the gradients come back in one transfer (gradsToHost): two readbacks.
   */
  readonly policyStep: DeviceStats & { readonly parameters: number };
  readonly ok: boolean;
}

/** Max |a - b| / max(1, |b|). */
export function relError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const e = Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!));
    if (!(e <= worst)) worst = Number.isNaN(e) ? Infinity : e;
  }
  return worst;
}

interface OpSpec {
  readonly name: string;
  readonly shapes: readonly (readonly number[])[];
  readonly run: (...xs: Tensor[]) => Tensor;
}

/** Fixed ids for the gather/scatter ops: token ids in [0, 20), and one pick per row with some padding. */
const IDS = Array.from({ length: 60 }, (_, i) => (i * 7 + 3) % 20);
const PICK_ROWS = Array.from({ length: 60 }, (_, i) => (i % 9 === 4 ? -1 : i));
const TARGETS = Array.from({ length: 60 }, (_, i) => (i * 11 + 1) % 20);
const MASK = Array.from({ length: 60 }, (_, i) => (i % 5 === 0 ? 0 : 1));

/** Every op with a gpu.js kernel, at shapes like the default policy's (matmul also covers its transposed backward products). */
const OPS: readonly OpSpec[] = [
  { name: 'matmul (linear, shared weight)', shapes: [[4, 15, 64], [64, 256]], run: (x, w) => matmul(x!, w!) },
  { name: 'matmul (batched)', shapes: [[8, 15, 16], [8, 16, 15]], run: (a, b) => matmul(a!, b!) },
  { name: 'attention (batched gemm)', shapes: [[2, 4, 15, 16], [2, 4, 15, 16], [2, 4, 15, 16]], run: (q, k, v) => attention(q!, k!, v!) },
  { name: 'add (broadcast bias)', shapes: [[4, 15, 64], [64]], run: (a, b) => add(a!, b!) },
  { name: 'mul (elementwise)', shapes: [[4, 15, 64], [4, 15, 64]], run: (a, b) => mul(a!, b!) },
  { name: 'scale', shapes: [[4, 15, 64]], run: (a) => scale(a!, 0.37) },
  { name: 'gelu', shapes: [[4, 15, 256]], run: (a) => gelu(a!) },
  { name: 'softmax', shapes: [[4, 15, 20]], run: (a) => softmax(a!) },
  { name: 'logSoftmax', shapes: [[4, 15, 20]], run: (a) => logSoftmax(a!) },
  { name: 'layerNorm', shapes: [[4, 15, 64], [64], [64]], run: (x, g, b) => layerNorm(x!, g!, b!) },
  { name: 'embedding (gather, scatter-add)', shapes: [[20, 64]], run: (w) => embedding(w!, IDS, [4, 15]) },
  { name: 'pick (with padding)', shapes: [[4, 15, 20]], run: (x) => pick(x!, PICK_ROWS, TARGETS) },
  { name: 'crossEntropy (masked)', shapes: [[4, 15, 20]], run: (x) => crossEntropy(x!, TARGETS, MASK) },
  { name: 'sum and mean (last dim, all)', shapes: [[4, 15, 20]], run: (x) => add(mean(x!, -1), scale(sum(x!), 0.01)) },
  { name: 'permute and reshape (split heads)', shapes: [[4, 15, 64]], run: (x) => permute(reshape(x!, [4, 15, 4, 16]), [0, 2, 1, 3]) },
  // edge shapes: K not a multiple of 4, one position, one column, one class, one element
  { name: 'matmul (K = 5, N = 3)', shapes: [[3, 7, 5], [5, 3]], run: (x, w) => matmul(x!, w!) },
  { name: 'attention (one position)', shapes: [[1, 2, 1, 4], [1, 2, 1, 4], [1, 2, 1, 4]], run: (q, k, v) => attention(q!, k!, v!) },
  { name: 'layerNorm (one column)', shapes: [[5, 1], [1], [1]], run: (x, g, b) => layerNorm(x!, g!, b!) },
  { name: 'softmax and logSoftmax (one class)', shapes: [[4, 1]], run: (x) => add(softmax(x!), logSoftmax(x!)) },
  { name: 'sum (one element)', shapes: [[1]], run: (x) => sum(x!) },
  // large arguments: GLSL's tanh overflows where Math.tanh saturates
  { name: 'gelu (inputs of magnitude up to ~50)', shapes: [[4, 64]], run: (x) => gelu(scale(x!, 15)) },
];

/** Tolerance on the relative error (see the module comment): float32 sums of up to 256 terms. */
export const PARITY_TOLERANCE = 1e-4;

interface Outputs {
  readonly out: Float32Array;
  readonly grads: Float32Array[];
  readonly stats?: DeviceStats;
}

function runOp(op: OpSpec, seed: number): Outputs {
  const rng = Rng.fromSeed(seed);
  const xs = op.shapes.map((s) => Tensor.randn(s, rng, 1, true));
  const y = op.run(...xs);
  // loss = sum(w * y) for a fixed random w: every output element gets its own upstream gradient
  const w = Tensor.randn(y.shape, rng, 1);
  sum(mul(y, w)).backward();
  return { out: Float32Array.from(y.data), grads: xs.map((x) => Float32Array.from(x.grad ?? new Float32Array(x.size))) };
}

const POLICY = { vocabSize: 20, contextLength: 16, dModel: 64, nHeads: 4, nLayers: 2 } as const;

function runPolicy(seed: number): Outputs {
  const rng = Rng.fromSeed(seed);
  const model = new Transformer(POLICY, rng);
  const tokens = Array.from({ length: 8 }, () => Array.from({ length: 15 }, () => rng.integer(0, 19)));
  const targets = Int32Array.from({ length: 8 * 15 }, () => rng.integer(0, 19));
  resetDeviceStats();
  const loss = crossEntropy(model.forward(tokens), targets);
  loss.backward();
  const out = Float32Array.of(loss.item());
  gradsToHost(model.parameters());
  const grads = model.parameters().map((p) => Float32Array.from(p.grad ?? new Float32Array(p.size)));
  return { out, grads, stats: deviceStats() };
}

function compare(name: string, run: () => Outputs, gpu: BackendName, tolerance: number, seen?: (o: Outputs) => void): ParityCase {
  // the reference: plain TypeScript (double accumulation), not the wasm-simd gemm
  setBackend('js', { simd: false });
  const ref = run();
  setBackend(gpu, { gpuMinWork: 0 });
  const got = run();
  seen?.(got);
  const forwardError = relError(got.out, ref.out);
  const backwardError = Math.max(0, ...got.grads.map((g, i) => relError(g, ref.grads[i]!)));
  return { name, forwardError, backwardError, tolerance, ok: forwardError <= tolerance && backwardError <= tolerance };
}

/**
 * Runs every case on `gpu` (a gpu.js backend name, e.g. 'gpu' for WebGL2 in a browser) against 'js',
 * then selects the backend that was selected before (with its default thresholds).
 * @throws ConfigError for 'js' (nothing to compare) or a backend unavailable here.
 */
export function kernelParity(gpu: BackendName = 'gpu', seed = 1): ParityReport {
  if (gpu === 'js') throw new ConfigError("kernelParity compares a gpu.js backend with 'js'; pass a gpu.js backend (gpu, webasm, cpu, headlessgl)");
  const before = backendInfo().requested;
  const cases = OPS.map((op) => compare(op.name, () => runOp(op, seed), gpu, PARITY_TOLERANCE));
  // the whole policy: 2 layers of products and a softmax make the float32 differences add up
  let stats: DeviceStats = { readbacks: 0, readbackFloats: 0, deviceArrays: 0, released: 0, live: 0 };
  cases.push(compare('default policy: loss and every parameter gradient', () => runPolicy(seed), gpu, 1e-3, (o) => (stats = o.stats ?? stats)));
  const backend = backendInfo();
  const parameters = new Transformer(POLICY, Rng.fromSeed(0)).parameters().length;
  setBackend(before);
  return { backend, cases, policyStep: { ...stats, parameters }, ok: cases.every((c) => c.ok) && backend.fallbacks.length === 0 };
}
