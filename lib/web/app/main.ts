/**
 * The playground's browser entry: registers the built-in environments, picks the nn backend (gpu.js
 * WebGL2 when the page has it, else the TypeScript/wasm path with an error shown in the page), wires
 * the play and train panels, and exposes `window.mathgym` for the headless-Chromium tests and the bench.
 */
import { backendInfo, setBackend, type BackendInfo } from '../../nn/backend.js';
import { deviceStats, type DeviceStats } from '../../nn/device.js';
import { kernelParity, type ParityReport } from '../../nn/parity.js';
import type { Metric } from '../../rl/trainer.js';
import { webBench, type WebBenchReport } from './bench.js';
import { byId, errorText, showError } from './dom.js';
import { probeWebGl2, type GlProbe } from './gl.js';
import { browserEnvs, setupPlay } from './play.js';
import { checkpointBytes, setupTrain, startTraining, type WebTrainSettings } from './train-panel.js';

export interface PlaygroundApi {
  readonly ready: Promise<void>;
  readonly gl: GlProbe;
  backend(): BackendInfo;
  /** Kernel results kept on the GPU and device-to-host copies since the page started. */
  deviceStats(): DeviceStats;
  envs(): Promise<string[]>;
  parity(): ParityReport;
  train(settings: WebTrainSettings): Promise<Metric[]>;
  /** The latest checkpoint, base64 (the tests write it to disk for `mathgym eval`). */
  checkpointBase64(): string | undefined;
  bench(opts?: { sizes?: readonly number[]; repeats?: number; steps?: number }): Promise<WebBenchReport>;
}

/** Renderers that run WebGL on the CPU: gpu.js there measured 20-100x slower than the wasm-simd path (docs/benchmarks.md). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * ?backend=gpu (gpu.js WebGL2), js (TypeScript + wasm-simd gemm) or auto (default): gpu.js WebGL2 on
 * a hardware GPU, else the TS/wasm path. A missing WebGL2 or a kernel mode other than webgl2 is an
 * error shown in the page.
 */
function chooseBackend(gl: GlProbe): string {
  const asked = new URLSearchParams(location.search).get('backend') ?? 'auto';
  if (!gl.webgl2) {
    showError('WebGL2 is not available in this browser: gpu.js kernels cannot run on the GPU; training uses the TypeScript/WebAssembly path (slower on a real GPU machine).');
    setBackend('js');
    return asked === 'gpu' ? 'asked for gpu.js, but there is no WebGL2' : '';
  }
  if (asked === 'js' || (asked === 'auto' && SOFTWARE_RENDERER.test(gl.renderer))) {
    setBackend('js');
    return asked === 'js' ? 'asked for js' : 'WebGL2 is a software renderer here, slower than wasm-simd; ?backend=gpu forces gpu.js';
  }
  const info = setBackend('gpu');
  if (info.mode !== 'webgl2') showError(`gpu.js picked '${info.mode}', not webgl2: kernels run off the GPU.`);
  return asked === 'gpu' ? 'asked for gpu.js' : 'hardware WebGL2';
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function start(gl: GlProbe): Promise<void> {
  const why = chooseBackend(gl);
  const info = backendInfo();
  byId('backend').textContent = `nn backend: ${info.engine === 'gpu.js' ? `gpu.js ${info.mode}` : `TypeScript (${info.cpuMatmul} gemm)`}${why ? ` (${why})` : ''} · renderer: ${gl.renderer || 'none'}`;
  const { ids } = await browserEnvs();
  setupPlay(ids);
  setupTrain();
}

const gl = probeWebGl2();
const ready = start(gl).catch((e: unknown) => showError(`the playground failed to start: ${errorText(e)}`));

const api: PlaygroundApi = {
  ready,
  gl,
  backend: backendInfo,
  deviceStats,
  envs: async () => (await browserEnvs()).ids,
  parity: () => {
    const report = kernelParity('gpu');
    for (const f of report.backend.fallbacks) showError(`a gpu.js kernel fell back to the CPU: ${f}`);
    return report;
  },
  train: (settings) => startTraining(settings),
  checkpointBase64: () => {
    const b = checkpointBytes();
    return b && base64(b);
  },
  bench: (opts) => webBench(gl.renderer, opts),
};
(globalThis as unknown as { mathgym: PlaygroundApi }).mathgym = api;
