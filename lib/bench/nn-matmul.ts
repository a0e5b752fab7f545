/**
 * Matmul micro-benchmark: GFLOP/s of an n x n x n single-precision product per implementation, in one
 * run, against the first implementation listed (the baseline). Inputs are seeded; each cell gets two
 * warm-up calls (gpu.js compiles its kernel in the first) and then the median of `repeats` timed samples.
 * Every implementation's product is compared with the baseline's (maxAbsDiff), so a fast wrong
 * kernel shows. The backend selected before the run is restored afterwards.
 */
import { Rng } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { backendInfo, setBackend, type BackendName } from '../nn/backend.js';
import { gemm, gemmTs } from '../nn/kernels/gemm.js';
import { simdGemm, simdGemmAvailable } from '../nn/kernels/simd-gemm.js';

/** One way to compute C = A B for n x n row-major matrices. */
export interface MatmulImpl {
  /** Row label, e.g. 'ts (ours)', 'gpu.js webasm', 'tfjs-wasm'. */
  readonly name: string;
  /** What actually runs (the gpu.js mode, 'typescript', 'wasm'). */
  readonly mode: string;
  /** Called once per size before timing: uploads inputs and returns the timed call and its product. */
  readonly prepare: (a: Float32Array, b: Float32Array, n: number) => { readonly run: () => void; readonly product: Float32Array; readonly dispose?: () => void };
}

export interface MatmulBenchOptions {
  /** Matrix sizes (default 128, 256, 512). */
  readonly sizes?: readonly number[];
  /** Timed samples per cell; the median is reported (default 5). */
  readonly repeats?: number;
  /** Minimum wall time of one sample (it runs whole calls until then; default 150 ms). */
  readonly sampleMs?: number;
  /** Seed of the input matrices (default 0). */
  readonly seed?: number;
  /** Called after each cell (for a progress bar). */
  readonly onCell?: (impl: string, n: number) => void;
}

export interface MatmulBenchRow {
  readonly impl: string;
  readonly mode: string;
  readonly n: number;
  /** Median over the samples. */
  readonly msPerCall: number;
  readonly gflops: number;
  /** GFLOP/s of each sample. */
  readonly samples: readonly number[];
  /** gflops / the baseline's, from the baseline samples taken in turn with this row's (1 for the baseline). */
  readonly ratio: number;
  /** max |C - C_baseline| over the product. */
  readonly maxAbsDiff: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Seeded uniform(-1, 1) inputs for size n (the same in every run). */
export function matmulInputs(n: number, seed = 0): { a: Float32Array; b: Float32Array } {
  const rng = Rng.fromSeed(seed * 7919 + n);
  const a = Float32Array.from({ length: n * n }, () => rng.uniform(-1, 1));
  const b = Float32Array.from({ length: n * n }, () => rng.uniform(-1, 1));
  return { a, b };
}

/** ms per call of `run`: whole calls until `sampleMs` has passed (at least one). */
function sample(run: () => void, sampleMs: number): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  do {
    run();
    calls++;
    now = performance.now();
  } while (now - start < sampleMs);
  return (now - start) / calls;
}

/**
 * Our gemm on one lib/nn backend. 'js' calls the TS kernel directly (it never depends on the selected
 * backend, so it can be a baseline); a gpu.js backend is selected with its threshold at 0, so it measures gpu.js.
 */
export function gemmImpl(backend: BackendName, name = backend === 'js' ? 'ts (ours)' : `gpu.js ${backend}`): MatmulImpl {
  return {
    name,
    mode: backend === 'js' ? 'typescript' : backend,
    prepare: (a, b, n) => {
      const d = { batch: 1, m: n, k: n, n };
      if (backend !== 'js') setBackend(backend, { gpuMinWork: 0 });
      const run = backend === 'js' ? () => gemmTs(a, b, d) : () => gemm(a, b, d);
      return { run, product: run() };
    },
  };
}

/** Our WebAssembly SIMD kernel (the CPU path of gemm where SIMD exists), called directly; undefined without SIMD. */
export function simdImpl(): MatmulImpl | undefined {
  if (!simdGemmAvailable()) return undefined;
  return {
    name: 'wasm-simd (ours)',
    mode: 'wasm simd',
    prepare: (a, b, n) => {
      const d = { batch: 1, m: n, k: n, n };
      const run = (): Float32Array => {
        const out = new Float32Array(n * n);
        simdGemm(a, b, d, out);
        return out;
      };
      return { run, product: run() };
    },
  };
}

/** A plain i-j-p triple loop: what the blocked kernels are worth. */
export const naiveImpl: MatmulImpl = {
  name: 'naive ts loop',
  mode: 'typescript',
  prepare: (a, b, n) => {
    const run = (): Float32Array => {
      const c = new Float32Array(n * n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < n; p++) s += (a[i * n + p] as number) * (b[p * n + j] as number);
          c[i * n + j] = s;
        }
      }
      return c;
    };
    return { run, product: run() };
  },
};

/**
 * Times every implementation at every size against the first (the baseline). The baseline is sampled
 * in turn with each other implementation (baseline, other, baseline, other, ...) and each ratio is
 * against the baseline samples taken beside it, so load that comes and goes on a shared machine hits
 * both sides of a ratio alike. The baseline must therefore not depend on the selected lib/nn backend
 * (tfjs, `gemmImpl('js')` and `naiveImpl` do not).
 * @throws ConfigError for no implementations, a size that is not a positive integer, or repeats < 1.
 * @example benchMatmul([gemmImpl('js'), gemmImpl('webasm')], { sizes: [256] })
 */
export function benchMatmul(impls: readonly MatmulImpl[], opts: MatmulBenchOptions = {}): MatmulBenchRow[] {
  const { sizes = [128, 256, 512], repeats = 5, sampleMs = 150, seed = 0 } = opts;
  const [baseImpl, ...others] = impls;
  if (!baseImpl) throw new ConfigError('benchMatmul needs at least one implementation (the first is the baseline)');
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new ConfigError(`benchMatmul: sizes must be positive integers, got ${n}`);
  if (!Number.isInteger(repeats) || repeats < 1) throw new ConfigError(`benchMatmul: repeats must be an integer >= 1, got ${repeats}`);
  const before = backendInfo();
  const rows: MatmulBenchRow[] = [];
  const gflops = (n: number, ms: number): number => (2 * n ** 3) / (ms * 1e6);
  try {
    for (const n of sizes) {
      const { a, b } = matmulInputs(n, seed);
      const base = baseImpl.prepare(a, b, n);
      try {
        // one more untimed call after prepare's: JIT and caches settle
        base.run();
        const baseAll: number[] = [];
        const sized: MatmulBenchRow[] = [];
        if (others.length === 0) for (let r = 0; r < repeats; r++) baseAll.push(gflops(n, sample(base.run, sampleMs)));
        for (const impl of others) {
          const cell = impl.prepare(a, b, n);
          try {
            cell.run();
            const mine: number[] = [], paired: number[] = [];
            for (let r = 0; r < repeats; r++) {
              paired.push(gflops(n, sample(base.run, sampleMs)));
              mine.push(gflops(n, sample(cell.run, sampleMs)));
            }
            baseAll.push(...paired);
            const g = median(mine);
            sized.push({ impl: impl.name, mode: impl.mode, n, msPerCall: (2 * n ** 3) / (g * 1e6), gflops: g, samples: mine, ratio: g / median(paired), maxAbsDiff: maxAbsDiff(cell.product, base.product) });
          } finally {
            cell.dispose?.();
          }
          opts.onCell?.(impl.name, n);
        }
        const g = median(baseAll);
        rows.push({ impl: baseImpl.name, mode: baseImpl.mode, n, msPerCall: (2 * n ** 3) / (g * 1e6), gflops: g, samples: baseAll, ratio: 1, maxAbsDiff: 0 }, ...sized);
        opts.onCell?.(baseImpl.name, n);
      } finally {
        base.dispose?.();
      }
    }
  } finally {
    setBackend(before.requested, { gpuMinWork: before.gpuMinWork, simd: before.cpuMatmul === 'wasm-simd' });
  }
  return rows;
}

function maxAbsDiff(x: Float32Array, y: Float32Array): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs((x[i] as number) - (y[i] as number)));
  return m;
}
