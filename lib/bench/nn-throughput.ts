/**
 * `mathgym bench nn`: in one run, (1) matmul GFLOP/s at each size for our TypeScript kernel, every
 * gpu.js mode this machine has, a naive loop and tfjs-wasm, and (2) one policy training step
 * (forward + backward + clip + AdamW, the default transformer on a batch of 64 sequences) per lib/nn
 * backend and on tfjs-wasm, in tokens/s. Ratios are against tfjs-wasm measured in the same run
 * (against our TS kernel when tfjs is not installed). Unavailable backends are listed with the reason.
 */
import { ConfigError } from '../errors.js';
import { BACKEND_NAMES, backendInfo, setBackend, type BackendName } from '../nn/backend.js';
import { benchMatmul, gemmImpl, median, naiveImpl, simdImpl, type MatmulBenchRow, type MatmulImpl } from './nn-matmul.js';
import { simdGemmAvailable } from '../nn/kernels/simd-gemm.js';
import { describeTfjs, loadTfjsWasm, tfjsImpl, type TfjsWasm } from './nn-tfjs.js';
import { defaultTrainStep, ourTrainer, stepTokens, tfTrainer, type TrainStepSetup } from './nn-train.js';

export interface NnBenchOptions {
  readonly sizes?: readonly number[];
  /** Timed samples per matmul cell (median reported; default 5). */
  readonly repeats?: number;
  /** Minimum ms per matmul sample (default 150). */
  readonly sampleMs?: number;
  /** Timed training steps per implementation after 2 warm-up steps (median reported; default 5). */
  readonly trainSteps?: number;
  /** Sequences per training batch (default 64). */
  readonly batch?: number;
  /** Leave tfjs out even when installed (the ratios are then against our TS kernel). */
  readonly noTfjs?: boolean;
  readonly onProgress?: (label: string) => void;
}

export interface TrainBenchRow {
  readonly impl: string;
  readonly mode: string;
  /** Median wall ms per step. */
  readonly msPerStep: number;
  /**
   * Median process CPU ms per step (every thread, so V8's concurrent GC counts against us): on a
   * loaded machine this moves far less than wall time, as long as the step is single-threaded.
   */
  readonly cpuMsPerStep: number;
  readonly samples: readonly number[];
  /** Token positions per second (batch x sequence length / step time). */
  readonly tokensPerSecond: number;
  /** tokensPerSecond / the baseline's (tfjs: from the tfjs steps taken in turn with this row's). */
  readonly ratio: number;
  /** Loss at the first and the last step: equal across implementations up to float error (same init, batch and updates). */
  readonly firstLoss: number;
  readonly lastLoss: number;
}

export interface NnBenchResult {
  readonly baseline: { readonly name: string; readonly tfjs: string | null; readonly tfjsUnavailable: string | null };
  /** What 'auto' and 'gpu' resolve to here, and why the other backends cannot run. */
  readonly backends: { readonly auto: string; readonly gpu: string; readonly measured: readonly BackendName[]; readonly unavailable: Readonly<Partial<Record<BackendName, string>>> };
  readonly matmul: { readonly sizes: readonly number[]; readonly repeats: number; readonly sampleMs: number; readonly seed: number; readonly rows: readonly MatmulBenchRow[] };
  readonly train: {
    readonly model: TrainStepSetup['config'];
    readonly batch: number;
    readonly sequenceLength: number;
    readonly tokensPerStep: number;
    readonly warmupSteps: number;
    readonly steps: number;
    readonly rows: readonly TrainBenchRow[];
  };
}

const WARMUP_STEPS = 2;

/** One trainer's step function, its timed samples, and the losses at its first and last step. */
interface Stepper {
  readonly step: () => number;
  readonly ms: number[];
  /** Process CPU ms of each timed step (user + system, all threads: GC helpers count). */
  readonly cpuMs: number[];
  firstLoss: number;
  lastLoss: number;
}

function stepper(step: () => number): Stepper {
  return { step, ms: [], cpuMs: [], firstLoss: NaN, lastLoss: NaN };
}

/** Warms both up, then steps them in turn (a, b, a, b, ...) so that shifting load hits both alike. */
function interleave(list: readonly Stepper[], steps: number): void {
  for (const s of list) {
    s.firstLoss = s.step();
    for (let i = 1; i < WARMUP_STEPS; i++) s.step();
  }
  for (let i = 0; i < steps; i++) {
    for (const s of list) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      s.lastLoss = s.step();
      const c = process.cpuUsage(c0);
      s.ms.push(performance.now() - t0);
      s.cpuMs.push((c.user + c.system) / 1000);
    }
  }
}

/**
 * The training-step rows. With tfjs, a fresh tfjs trainer steps in turn with each of our backends and
 * that row's ratio is against those paired tfjs steps; the tfjs row pools every tfjs step. Without
 * tfjs, our backends run one after another and the ratios are against our 'js' backend.
 */
function trainBench(setup: TrainStepSetup, tfjs: TfjsWasm | undefined, gpu: readonly BackendName[], steps: number, progress: (label: string) => void): TrainBenchRow[] {
  const tokens = stepTokens(setup);
  const row = (impl: string, mode: string, s: Stepper, baseMs: number): TrainBenchRow => {
    const ms = median(s.ms);
    return { impl, mode, msPerStep: ms, cpuMsPerStep: median(s.cpuMs), samples: s.ms, tokensPerSecond: tokens / (ms / 1000), ratio: baseMs / ms, firstLoss: s.firstLoss, lastLoss: s.lastLoss };
  };
  const ours: TrainBenchRow[] = [];
  const tfSteps: Stepper[] = [];
  let jsMs = NaN;
  const variants: { backend: BackendName; simd: boolean }[] = [{ backend: 'js', simd: true }, ...(simdGemmAvailable() ? [{ backend: 'js' as const, simd: false }] : []), ...gpu.map((b) => ({ backend: b, simd: true }))];
  for (const { backend: b, simd } of variants) {
    // default thresholds: the backend exactly as `mathgym train --backend` runs it
    const info = setBackend(b, { simd });
    const mine = stepper(ourTrainer(setup).step);
    const name = b !== 'js' ? `ours, ${b} (gpu.js; small products ${info.cpuMatmul})` : info.cpuMatmul === 'wasm-simd' ? 'ours, js (TS + wasm-simd matmul)' : 'ours, js (TypeScript only, simd off)';
    if (tfjs) {
      const t = tfTrainer(tfjs, setup);
      const theirs = stepper(t.step);
      try {
        interleave([theirs, mine], steps);
      } finally {
        t.dispose();
      }
      tfSteps.push(theirs);
      ours.push(row(name, info.mode, mine, median(theirs.ms)));
    } else {
      interleave([mine], steps);
      if (Number.isNaN(jsMs)) jsMs = median(mine.ms);
      ours.push(row(name, info.mode, mine, jsMs));
    }
    progress(`train ${name}`);
  }
  if (!tfjs) return ours;
  const first = tfSteps[0]!;
  const pooled: Stepper = { step: first.step, ms: tfSteps.flatMap((s) => s.ms), cpuMs: tfSteps.flatMap((s) => s.cpuMs), firstLoss: first.firstLoss, lastLoss: first.lastLoss };
  return [row('tfjs-wasm (tf.variableGrads + adam)', `wasm${tfjs.simd ? ' simd' : ''}, ${tfjs.threads} thread${tfjs.threads === 1 ? '' : 's'}`, pooled, median(pooled.ms)), ...ours];
}

/** The concrete gpu.js modes this process can run (our TS path is measured separately as 'js'). */
function gpuModes(): BackendName[] {
  const available = backendInfo().available;
  return (['cpu', 'webasm', 'headlessgl'] as const).filter((b) => available.includes(b));
}

/** Runs both parts; restores the backend selected before. */
export async function runNnBench(opts: NnBenchOptions = {}): Promise<NnBenchResult> {
  const { sizes = [128, 256, 512], repeats = 5, sampleMs = 150, trainSteps = 5 } = opts;
  if (!Number.isInteger(trainSteps) || trainSteps < 1) throw new ConfigError(`bench nn: the number of timed training steps must be >= 1, got ${trainSteps}`);
  const progress = opts.onProgress ?? (() => undefined);
  const tf = opts.noTfjs ? ({ ok: false, reason: 'left out (--no-tfjs)' } as const) : await loadTfjsWasm();
  const before = backendInfo();
  const resolve = (name: 'auto' | 'gpu'): string => setBackend(name).mode;
  try {
    const backends = { auto: resolve('auto'), gpu: resolve('gpu'), measured: ['js', ...gpuModes()] as BackendName[], unavailable: before.unavailable };
    const gpu = gpuModes();

    const simd = simdImpl();
    const impls: MatmulImpl[] = [...(tf.ok ? [tfjsImpl(tf.tfjs)] : []), ...(simd ? [simd] : []), gemmImpl('js'), ...gpu.map((b) => gemmImpl(b)), naiveImpl];
    const rows = benchMatmul(impls, { sizes, repeats, sampleMs, seed: 0, onCell: (impl, n) => progress(`matmul ${impl} ${n}`) });

    const setup = defaultTrainStep({ batch: opts.batch ?? 64 });
    const tokens = stepTokens(setup);
    const trainRows = trainBench(setup, tf.ok ? tf.tfjs : undefined, gpu, trainSteps, progress);
    return {
      baseline: { name: impls[0]!.name, tfjs: tf.ok ? describeTfjs(tf.tfjs) : null, tfjsUnavailable: tf.ok ? null : tf.reason },
      backends,
      matmul: { sizes, repeats, sampleMs, seed: 0, rows },
      train: {
        model: setup.config,
        batch: setup.batch.sequences.length,
        sequenceLength: setup.config.contextLength,
        tokensPerStep: tokens,
        warmupSteps: WARMUP_STEPS,
        steps: trainSteps,
        rows: trainRows,
      },
    };
  } finally {
    setBackend(before.requested, { gpuMinWork: before.gpuMinWork, simd: before.cpuMatmul === 'wasm-simd' });
  }
}

/** Every backend name with what happened to it in this run, for the report. */
export function backendLines(r: NnBenchResult): string[] {
  return BACKEND_NAMES.map((b) => {
    if (b === 'auto' || b === 'gpu') return `${b}: resolves to ${r.backends[b]} here (measured under that name)`;
    const why = r.backends.unavailable[b];
    if (why) return `${b}: unavailable (${why})`;
    return `${b}: measured`;
  });
}
