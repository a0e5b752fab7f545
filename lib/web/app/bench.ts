/**
 * The in-page benchmark (`mathgym bench web`): matmul GFLOP/s and the default policy's training step,
 * gpu.js WebGL2 against the TypeScript and WebAssembly-SIMD paths of the same page.
 */
import { backendInfo, setBackend, type BackendName, type BackendOptions } from '../../nn/backend.js';
import { deviceStats, resetDeviceStats } from '../../nn/device.js';
import { benchMatmul, gemmImpl, median, simdImpl, type MatmulBenchRow, type MatmulImpl } from '../../bench/nn-matmul.js';
import { defaultTrainStep, ourTrainer, stepTokens, timedSteps, type TrainStepSetup } from '../../bench/nn-train.js';
import type { TfjsWebgl } from './tfjs-webgl.js';

export interface TrainStepRow {
  readonly impl: string;
  readonly mode: string;
  readonly msPerStep: number;
  readonly tokensPerSecond: number;
  readonly samples: readonly number[];
  /** Device-to-host copies per step (0 off the GL path; on it, the loss and the parameter gradients). */
  readonly readbacksPerStep: number;
}

export interface WebBenchReport {
  readonly renderer: string;
  readonly userAgent: string;
  readonly matmul: readonly MatmulBenchRow[];
  readonly trainStep: readonly TrainStepRow[];
}

function row(impl: string, mode: string, setup: TrainStepSetup, samples: number[], readbacksPerStep: number): TrainStepRow {
  const ms = median(samples);
  return { impl, mode, msPerStep: ms, tokensPerSecond: stepTokens(setup) / (ms / 1000), samples, readbacksPerStep };
}

function trainStepRow(backend: BackendName, impl: string, steps: number, options: BackendOptions = {}): TrainStepRow {
  const mode = setBackend(backend, options).mode;
  const setup = defaultTrainStep();
  const { step } = ourTrainer(setup);
  resetDeviceStats();
  const samples = timedSteps(step, steps);
  // the readbacks of the warm-up step too (compiling kernels reads nothing back): steps + 1 steps
  return row(impl, mode, setup, samples, deviceStats().readbacks / (steps + 1));
}

/** Runs both benchmarks; restores the backend that was selected before. */
export async function webBench(renderer: string, opts: { sizes?: readonly number[]; repeats?: number; steps?: number } = {}): Promise<WebBenchReport> {
  const before = backendInfo().requested;
  const gl = backendInfo().available.includes('gpu');
  // tfjs-webgl where `mathgym bench web` added its bundle to the page
  const tfjs = (globalThis as unknown as { mathgymTfjsWebgl?: TfjsWebgl }).mathgymTfjsWebgl;
  const impls: MatmulImpl[] = [
    gemmImpl('js'),
    ...[simdImpl()].filter((x): x is MatmulImpl => x !== undefined),
    ...(gl ? [gemmImpl('gpu', 'gpu.js webgl2')] : []),
    ...(tfjs && gl ? [await tfjs.matmulImpl()] : []),
  ];
  const matmul = benchMatmul(impls, { sizes: opts.sizes ?? [128, 256, 512], repeats: opts.repeats ?? 3, sampleMs: 100 });
  await new Promise((r) => setTimeout(r, 0));
  const steps = opts.steps ?? 5;
  const trainStep = [
    trainStepRow('js', 'ts + wasm-simd gemm', steps),
    trainStepRow('gpu', 'gpu.js (default thresholds)', steps),
    ...(gl ? [trainStepRow('gpu', 'gpu.js, every op on the device', steps, { gpuMinWork: 0 })] : []),
    ...(gl ? [trainStepRow('gpu', 'gpu.js, every op, read back after each', steps, { gpuMinWork: 0, resident: false })] : []),
  ];
  if (tfjs && gl) {
    const setup = defaultTrainStep();
    const { mode, samples } = await tfjs.trainStep(setup, steps);
    // tfjs keeps weights, Adam state and the update on the GPU: each step reads back its loss only
    trainStep.push(row('tfjs-webgl', mode, setup, samples, 1));
  }
  setBackend(before);
  return { renderer, userAgent: navigator.userAgent, matmul, trainStep };
}
