/**
 * Matmul micro-benchmark: GFLOP/s of an n x n x n product on every available backend, plus a naive
 * TS triple loop as the baseline, in one run. Each backend runs the real op path (gemm) with the
 * gpu.js threshold at 0, so a gpu.js backend measures gpu.js. Compile time is excluded (one warm-up call).
 * The previously selected backend is restored afterwards.
 */
import { Rng } from '../core/rng.js';
import { backendInfo, setBackend, type BackendInfo, type BackendName } from './backend.js';
import { gemm } from './kernels/gemm.js';

export interface MatmulBenchOptions {
  /** Matrix sizes (default 128, 256, 512). */
  readonly sizes?: readonly number[];
  /** Backends to measure (default: 'js' and every concrete gpu.js mode available). */
  readonly backends?: readonly BackendName[];
  /** Timing budget per (backend, size), after the warm-up (default 1000 ms). */
  readonly minMs?: number;
  /** Include the naive triple loop (default true). */
  readonly naive?: boolean;
  readonly rng?: Rng;
}

export interface MatmulBenchRow {
  /** 'naive-ts' for the baseline, else the backend name. */
  readonly backend: string;
  /** The mode that ran ('js', 'webasm', ...). */
  readonly mode: string;
  readonly n: number;
  readonly msPerCall: number;
  readonly gflops: number;
}

function naiveMatmul(a: Float32Array, b: Float32Array, n: number): Float32Array {
  const c = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < n; p++) s += a[i * n + p] * b[p * n + j];
      c[i * n + j] = s;
    }
  }
  return c;
}

function time(fn: () => unknown, minMs: number): number {
  fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs || calls < 2) {
    fn();
    calls++;
    now = performance.now();
  }
  return (now - start) / calls;
}

function defaultBackends(info: BackendInfo): BackendName[] {
  const concrete: BackendName[] = ['js', 'cpu', 'webasm', 'headlessgl'];
  return concrete.filter((b) => info.available.includes(b));
}

/**
 * Measures matmul GFLOP/s per backend and size.
 * @example for (const r of benchMatmul({ sizes: [256] })) console.log(r.backend, r.gflops.toFixed(2));
 */
export function benchMatmul(opts: MatmulBenchOptions = {}): MatmulBenchRow[] {
  const { sizes = [128, 256, 512], minMs = 1000, naive = true } = opts;
  const rng = opts.rng ?? Rng.fromSeed(0);
  const before = backendInfo();
  const rows: MatmulBenchRow[] = [];
  const row = (backend: string, mode: string, n: number, ms: number): MatmulBenchRow => ({ backend, mode, n, msPerCall: ms, gflops: (2 * n ** 3) / (ms * 1e6) });
  try {
    for (const n of sizes) {
      const a = Float32Array.from({ length: n * n }, () => rng.uniform(-1, 1));
      const b = Float32Array.from({ length: n * n }, () => rng.uniform(-1, 1));
      if (naive) rows.push(row('naive-ts', 'js', n, time(() => naiveMatmul(a, b, n), minMs)));
      for (const name of opts.backends ?? defaultBackends(before)) {
        const info = setBackend(name, { gpuMinWork: 0 });
        rows.push(row(name, info.mode, n, time(() => gemm(a, b, { batch: 1, m: n, k: n, n }), minMs)));
      }
    }
  } finally {
    setBackend(before.requested, { gpuMinWork: before.gpuMinWork });
  }
  return rows;
}
