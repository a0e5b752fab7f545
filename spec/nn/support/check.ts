/**
 * The two checks every op gets, on every backend available here (with the gpu.js threshold at 0, so
 * a gpu.js backend runs its gpu.js kernels even on tiny inputs):
 *  (a) forward: the op's float32 output equals the float64 oracle within 1e-4 (relative above 1);
 *  (b) backward: the gradient of sum(w * op(x)) for a random w equals the central difference of the
 *      oracle in float64 (eps 1e-6), within 1e-3 (relative above 1).
 * Inputs are float32 values drawn from a seeded Rng, so the oracle sees exactly what the op sees.
 */
import { expect } from 'chai';
import { Rng } from '../../../lib/core/rng.js';
import { backendInfo, disposeBackend, mul, setBackend, sum, Tensor, type BackendName } from '../../../lib/nn/index.js';

const CONCRETE: readonly BackendName[] = ['js', 'cpu', 'webasm', 'headlessgl'];

/** The backends the specs run on: every concrete one available here ('js', 'cpu', 'webasm' at least). */
export function testBackends(): BackendName[] {
  const { available } = backendInfo();
  disposeBackend();
  return CONCRETE.filter((b) => available.includes(b));
}

export interface InputSpec {
  readonly shape: readonly number[];
  /** Check the gradient of this input (default true). */
  readonly grad?: boolean;
  /** Value generator (default: standard normal). */
  readonly init?: (rng: Rng) => number;
}

export interface OpCase {
  readonly name: string;
  readonly inputs: readonly InputSpec[];
  readonly run: (...xs: Tensor[]) => Tensor;
  readonly oracle: (...xs: Float64Array[]) => Float64Array;
  readonly gradTol?: number;
}

function numel(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function draw(c: OpCase, seed: number): Float32Array[] {
  const rng = Rng.fromSeed(seed);
  return c.inputs.map((s) => Float32Array.from({ length: numel(s.shape) }, () => (s.init ?? ((r: Rng) => r.normal()))(rng)));
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  expect(actual.length, `${what}: length`).to.equal(expected.length);
  let worst = 0, at = -1;
  for (let i = 0; i < expected.length; i++) {
    const err = Math.abs(actual[i]! - expected[i]!) / Math.max(1, Math.abs(expected[i]!));
    if (!(err <= worst)) [worst, at] = [err, i];
  }
  expect(worst, `${what}: worst error at [${at}] (got ${actual[at]}, expected ${expected[at]})`).to.be.at.most(tol);
}

function forward(c: OpCase, seed: number): void {
  const xs = draw(c, seed);
  const out = c.run(...xs.map((x, i) => new Tensor(x, c.inputs[i]!.shape)));
  expectClose(out.data, c.oracle(...xs.map((x) => Float64Array.from(x))), 1e-4, `${c.name} forward`);
}

function backward(c: OpCase, seed: number): void {
  const xs = draw(c, seed);
  const ts = xs.map((x, i) => new Tensor(x, c.inputs[i]!.shape, c.inputs[i]!.grad !== false));
  const out = c.run(...ts);
  const rng = Rng.fromSeed(seed + 1);
  const w = Float32Array.from({ length: out.size }, () => rng.normal());
  sum(mul(out, new Tensor(w, out.shape))).backward();
  const x64 = xs.map((x) => Float64Array.from(x));
  const f = (): number => c.oracle(...x64).reduce((acc, v, i) => acc + v * w[i]!, 0);
  const eps = 1e-6;
  c.inputs.forEach((spec, i) => {
    if (spec.grad === false) return;
    const xi = x64[i]!;
    const numeric = xi.map((v, j) => {
      xi[j] = v + eps;
      const up = f();
      xi[j] = v - eps;
      const down = f();
      xi[j] = v;
      return (up - down) / (2 * eps);
    });
    expectClose(ts[i]!.grad ?? new Float32Array(xi.length), numeric, c.gradTol ?? 1e-3, `${c.name} d/d(input ${i})`);
  });
}

/** One describe per backend, with a forward and a gradient test per case. */
export function checkOps(title: string, cases: readonly OpCase[]): void {
  for (const backend of testBackends()) {
    describe(`${title} on '${backend}'`, () => {
      before(() => setBackend(backend, { gpuMinWork: 0 }));
      after(() => {
        const { fallbacks, engine, cachedKernels } = backendInfo();
        disposeBackend();
        expect(fallbacks, 'gpu.js kernels degraded to its cpu backend').to.deep.equal([]);
        // the gradient checks' mul alone builds gpu.js kernels, so an empty cache means gpu.js never ran
        if (engine === 'gpu.js') expect(cachedKernels, 'gpu.js kernels built').to.be.greaterThan(0);
      });
      cases.forEach((c, k) => {
        it(`should match the float64 reference forward: ${c.name}`, () => forward(c, 100 + k));
        it(`should match central differences backward: ${c.name}`, () => backward(c, 200 + k));
      });
    });
  }
}
