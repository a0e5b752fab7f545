// The correctness side of `mathgym bench nn` (no timing assertions): every matmul it times computes
// the same product, the tfjs-wasm training step is the same maths as ours (loss, gradients, update),
// and the report has the fields the docs and --json promise.
import { expect } from 'chai';
import { loadTfjsWasm, tfjsImpl, type TfjsWasm } from '../../lib/bench/nn-tfjs.js';
import { runNnBench } from '../../lib/bench/nn-throughput.js';
import { defaultTrainStep, makeModel, ourLoss, ourTrainer, tfLossAndGrads, tfModel, tfTrainer } from '../../lib/bench/nn-train.js';
import { ConfigError } from '../../lib/errors.js';
import { benchMatmul, gemmImpl, matmulInputs, naiveImpl, simdImpl } from '../../lib/bench/nn-matmul.js';
import { gemmTs } from '../../lib/nn/kernels/gemm.js';
import { simdGemm, simdGemmAvailable } from '../../lib/nn/kernels/simd-gemm.js';
import { backendInfo, disposeBackend, setBackend } from '../../lib/nn/index.js';
import { mathgym } from '../fixtures/run-cli.js';

const QUICK = { repeats: 1, sampleMs: 1 } as const;

function maxDiff(x: ArrayLike<number>, y: ArrayLike<number>): number {
  expect(x.length).to.equal(y.length);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]! - y[i]!));
  return m;
}

describe('bench/nn', function () {
  this.timeout(120_000);
  let tfjs: TfjsWasm | undefined;
  before(async () => {
    const r = await loadTfjsWasm();
    if (r.ok) tfjs = r.tfjs;
  });
  afterEach(() => disposeBackend());

  describe('wasm-simd gemm', () => {
    it('should match the plain-TS kernel for every layout gemm passes it (padding, transposes, shared B, empty K)', function () {
      if (!simdGemmAvailable()) this.skip();
      const { a, b } = matmulInputs(64, 3);
      const cases = [
        { batch: 1, m: 5, k: 7, n: 9 },
        { batch: 3, m: 16, k: 16, n: 16, transB: true },
        { batch: 2, m: 6, k: 3, n: 10, transA: true },
        { batch: 4, m: 3, k: 5, n: 7, shareB: true },
        { batch: 4, m: 3, k: 5, n: 7, shareB: true, transA: true },
        { batch: 2, m: 5, k: 0, n: 3 },
        { batch: 1, m: 33, k: 40, n: 17 },
      ];
      for (const d of cases) {
        const out = new Float32Array(d.batch * d.m * d.n).fill(NaN);
        expect(simdGemm(a, b, d, out)).to.equal(true);
        expect(maxDiff(out, gemmTs(a, b, d)), JSON.stringify(d)).to.be.below(1e-5);
      }
    });

    it('should be the CPU matmul by default and be switched off with { simd: false }', function () {
      if (!simdGemmAvailable()) this.skip();
      expect(setBackend('js').cpuMatmul).to.equal('wasm-simd');
      expect(setBackend('js', { simd: false }).cpuMatmul).to.equal('typescript');
    });
  });

  describe('benchMatmul', () => {
    it('should time every implementation at every size, agree on the product, and restore the backend', () => {
      setBackend('cpu', { gpuMinWork: { matmul: 123 }, simd: false });
      const impls = [naiveImpl, gemmImpl('js'), gemmImpl('webasm'), ...(simdImpl() ? [simdImpl()!] : [])];
      const rows = benchMatmul(impls, { sizes: [8, 33], ...QUICK });
      expect(rows).to.have.length(impls.length * 2);
      for (const r of rows) {
        expect(r.gflops, `${r.impl} @${r.n}`).to.be.greaterThan(0).and.to.be.finite;
        expect(r.maxAbsDiff, `${r.impl} @${r.n} vs the naive loop`).to.be.below(1e-4);
      }
      expect(rows.filter((r) => r.impl === naiveImpl.name).map((r) => r.ratio)).to.deep.equal([1, 1]);
      expect(rows.find((r) => r.impl === 'gpu.js webasm')!.mode).to.equal('webasm');
      expect(backendInfo()).to.include({ requested: 'cpu', cpuMatmul: 'typescript' });
      expect(backendInfo().gpuMinWork.matmul).to.equal(123);
    });

    it('should reject no implementations, bad sizes and bad repeats with a ConfigError', () => {
      expect(() => benchMatmul([])).to.throw(ConfigError, /at least one implementation/);
      expect(() => benchMatmul([naiveImpl], { sizes: [0] })).to.throw(ConfigError, /positive integers/);
      expect(() => benchMatmul([naiveImpl], { repeats: 0 })).to.throw(ConfigError, /repeats/);
    });

    it('should time the same product on tfjs-wasm as our kernels compute', function () {
      if (!tfjs) this.skip();
      const { a, b } = matmulInputs(33, 0);
      const cell = tfjsImpl(tfjs).prepare(a, b, 33);
      try {
        expect(maxDiff(cell.product, gemmTs(a, b, { batch: 1, m: 33, k: 33, n: 33 }))).to.be.below(1e-4);
      } finally {
        cell.dispose?.();
      }
    });
  });

  describe('training step: ours vs the tfjs-core version', () => {
    it('should compute the same loss and the same gradient for every parameter', function () {
      if (!tfjs) this.skip();
      setBackend('js');
      const setup = defaultTrainStep({ batch: 8 });
      const model = makeModel(setup);
      const loss = ourLoss(model, setup.batch);
      loss.backward();
      const tm = tfModel(tfjs, model, setup.batch);
      try {
        const theirs = tfLossAndGrads(tfjs, tm);
        expect(Math.abs(theirs.loss - loss.item())).to.be.below(1e-5);
        for (const [name, p] of model.namedParameters()) expect(maxDiff(theirs.grads.get(name)!, p.grad!), name).to.be.below(1e-5);
      } finally {
        tm.dispose();
      }
    });

    it('should take the same update (clip + AdamW): equal losses at each of three steps', function () {
      if (!tfjs) this.skip();
      setBackend('js');
      const setup = defaultTrainStep({ batch: 8 });
      const ours = ourTrainer(setup);
      const theirs = tfTrainer(tfjs, setup);
      try {
        const a = [ours.step(), ours.step(), ours.step()];
        const b = [theirs.step(), theirs.step(), theirs.step()];
        expect(a[2]).to.be.below(a[0]!); // it learns, so equal losses are not equal by accident
        for (let i = 0; i < 3; i++) expect(Math.abs(a[i]! - b[i]!), `step ${i}`).to.be.below(1e-4);
      } finally {
        theirs.dispose();
      }
    });
  });

  describe('runNnBench', () => {
    it('should report matmul and training rows against tfjs-wasm, list unavailable backends, and serialise to JSON', async function () {
      if (!tfjs) this.skip();
      const r = JSON.parse(JSON.stringify(await runNnBench({ sizes: [16], ...QUICK, trainSteps: 1, batch: 2 }))) as Awaited<ReturnType<typeof runNnBench>>;
      expect(r.baseline.name).to.equal('tfjs-wasm');
      expect(r.baseline.tfjs).to.match(/wasm backend, (no )?SIMD, \d+ threads?/);
      expect(r.backends.unavailable.webgpu).to.be.a('string');
      expect(r.backends.measured).to.include.members(['js', 'cpu', 'webasm']);
      expect(r.matmul.rows.map((x) => x.impl)).to.include.members(['tfjs-wasm', 'ts (ours)', 'gpu.js cpu', 'gpu.js webasm', 'naive ts loop']);
      for (const x of r.matmul.rows) expect(x.maxAbsDiff, x.impl).to.be.below(1e-4);
      expect(r.train.tokensPerStep).to.equal(2 * r.train.sequenceLength);
      expect(r.train.rows[0]!.impl).to.match(/^tfjs-wasm/);
      expect(r.train.rows.map((x) => x.mode)).to.include.members(['js', 'cpu', 'webasm']);
      for (const x of r.train.rows) {
        expect(x.tokensPerSecond, x.impl).to.be.greaterThan(0).and.to.be.finite;
        expect(Math.abs(x.firstLoss - r.train.rows[0]!.firstLoss), x.impl).to.be.below(1e-4);
        expect(Math.abs(x.lastLoss - r.train.rows[0]!.lastLoss), x.impl).to.be.below(1e-4);
      }
    });

    it('should fall back to our kernels as the baseline when tfjs is left out, saying why', async () => {
      const r = await runNnBench({ sizes: [8], ...QUICK, trainSteps: 1, batch: 2, noTfjs: true });
      expect(r.baseline.tfjs).to.equal(null);
      expect(r.baseline.tfjsUnavailable).to.match(/--no-tfjs/);
      expect(r.matmul.rows.some((x) => x.impl === 'tfjs-wasm')).to.equal(false);
      expect(r.train.rows[0]!.ratio).to.equal(1);
      expect(r.train.rows.some((x) => /tfjs/.test(x.impl))).to.equal(false);
    });

    it('should refuse zero timed training steps with a ConfigError', async () => {
      let err: unknown;
      await runNnBench({ sizes: [8], ...QUICK, trainSteps: 0, noTfjs: true }).catch((e: unknown) => (err = e));
      expect(err).to.be.instanceOf(ConfigError);
    });
  });

  describe('mathgym bench nn', () => {
    it('should refuse bad --sizes before measuring anything', async () => {
      const run = await mathgym(['bench', 'nn', '--sizes', '128,zero']);
      expect(run.code).to.not.equal(0);
      expect(run.stderr).to.match(/--sizes must be a comma-separated list of integers/);
    });
  });
});
