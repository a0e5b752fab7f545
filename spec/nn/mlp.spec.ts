/**
 * End to end: a 2-layer GELU MLP fit by plain SGD to a seeded toy regression, on the plain-TS backend
 * and on the default gpu.js backend with its real thresholds. Checks that forward, backward and the
 * ops compose into something that learns, not just that each op is right alone.
 */
import { expect } from 'chai';
import { Rng } from '../../lib/core/rng.js';
import { add, backendInfo, disposeBackend, gelu, matmul, mean, mul, noGrad, scale, setBackend, Tensor, zeroGrad, type BackendName } from '../../lib/nn/index.js';

function trainMlp(steps: number): { first: number; last: number } {
  const rng = Rng.fromSeed(7);
  const n = 128, hidden = 64;
  const x = Tensor.from(Array.from({ length: n * 2 }, () => rng.uniform(-1.5, 1.5)), [n, 2]);
  // y = sin(2 x0) + x0 * x1: smooth, not linear, zero-mean-ish
  const y = Tensor.from(Array.from({ length: n }, (_, i) => Math.sin(2 * x.data[2 * i]!) + x.data[2 * i]! * x.data[2 * i + 1]!), [n, 1]);
  const negY = scale(y, -1);
  const w1 = Tensor.randn([2, hidden], rng, 1, true);
  const b1 = Tensor.zeros([hidden], true);
  const w2 = Tensor.randn([hidden, 1], rng, 1 / Math.sqrt(hidden), true);
  const b2 = Tensor.zeros([1], true);
  const params = [w1, b1, w2, b2];
  const lr = 0.1;
  let first = NaN, last = NaN;
  for (let step = 0; step < steps; step++) {
    const pred = add(matmul(gelu(add(matmul(x, w1), b1)), w2), b2);
    const err = add(pred, negY);
    const loss = mean(mul(err, err));
    zeroGrad(params);
    loss.backward();
    noGrad(() => {
      for (const p of params) for (let i = 0; i < p.size; i++) p.data[i] -= lr * p.grad![i]!;
    });
    if (step === 0) first = loss.item();
    last = loss.item();
  }
  return { first, last };
}

describe('nn end-to-end: MLP regression with SGD', () => {
  afterEach(() => disposeBackend());
  const runs: [BackendName, number | undefined][] = [['js', undefined], ['auto', undefined], ['webasm', 0]];
  for (const [backend, gpuMinWork] of runs) {
    const how = gpuMinWork === 0 ? ' with every gpu.js kernel forced on' : '';
    it(`should cut the loss by at least 90% in 200 steps on '${backend}'${how}`, () => {
      setBackend(backend, gpuMinWork === undefined ? {} : { gpuMinWork });
      const { first, last } = trainMlp(200);
      expect(backendInfo().fallbacks).to.deep.equal([]);
      expect(last / first, `loss ${first.toFixed(4)} -> ${last.toFixed(4)}`).to.be.below(0.1);
    });
  }
});
