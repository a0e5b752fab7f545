/**
 * Training the default policy from random init in the page: the trainer of `mathgym train`
 * (cold start, then GRPO) with a live learning curve, pause/resume, and the checkpoint as a download
 * in `mathgym train`'s format (so `mathgym eval --checkpoint` reads it).
 */
import { backendInfo } from '../../nn/backend.js';
import { serializeCheckpoint } from '../../nn/checkpoint.js';
import { arithmeticTrainConfig } from '../../rl/tasks.js';
import { train, trainCheckpoint, type Metric, type TrainConfig, type TrainResult } from '../../rl/trainer.js';
import { drawCurve, type CurvePoint } from './curve.js';
import { byId, errorText, nextFrame, showError } from './dom.js';

/** The settings the page exposes; everything else is `mathgym train`'s default config. */
export interface WebTrainSettings {
  readonly seed: number;
  readonly sftSteps: number;
  readonly sftBatch: number;
  readonly updates: number;
  readonly evalEvery: number;
  readonly evalEpisodes: number;
}

export const WEB_TRAIN_DEFAULTS: WebTrainSettings = { seed: 1, sftSteps: 300, sftBatch: 32, updates: 40, evalEvery: 5, evalEpisodes: 50 };


/** Meta that `mathgym train` writes with its checkpoint (its eval and resume read policy, env and difficulty): the run's own task. */
function checkpointMeta(cfg: TrainConfig): Record<string, unknown> {
  return { policy: 'transformer', env: cfg.task.envId, difficulty: Number(cfg.task.envKwargs.difficulty ?? 1) };
}

interface RunState {
  readonly metrics: Metric[];
  last?: TrainResult;
  paused: boolean;
  resume?: () => void;
  running: boolean;
  tokensPerSecond: number;
}

const run: RunState = { metrics: [], paused: false, running: false, tokensPerSecond: 0 };

const fallbacksShown = new Set<string>();

/** Shows, in the page, each gpu.js kernel that degraded to its CPU mode (once each). */
function showFallbacks(): void {
  for (const f of backendInfo().fallbacks) {
    if (fallbacksShown.has(f)) continue;
    fallbacksShown.add(f);
    showError(`a gpu.js kernel fell back to the CPU: ${f}`);
  }
}

function render(): void {
  showFallbacks();
  const rl = run.metrics.filter((m) => m.phase !== 'eval' && m.phase !== 'sft');
  const evals = run.metrics.filter((m) => m.phase === 'eval');
  const sftSteps = run.metrics.find((m) => m.phase === 'sft') ? Math.max(...run.metrics.filter((m) => m.phase === 'sft').map((m) => m.step)) : 0;
  // one x axis: cold-start steps, then RL updates after them
  const sftEnd = run.metrics.some((m) => m.phase === 'eval' && m.after !== 'sft') || rl.length > 0 ? sftSteps : 0;
  const evalX = (m: Metric): number => (m.after === 'sft' ? m.step : sftEnd + m.step);
  const series = [
    { label: 'train reward (GRPO)', color: '#d62728', points: rl.map((m): CurvePoint => ({ x: sftEnd + m.step, y: Number(m.reward) })) },
    { label: 'test-split accuracy', color: '#1f77b4', points: evals.map((m): CurvePoint => ({ x: evalX(m), y: Number(m.accuracy) })) },
  ];
  drawCurve(byId<HTMLCanvasElement>('curve'), series, 'cold-start steps, then RL updates');
  const last = run.metrics[run.metrics.length - 1];
  const acc = evals[evals.length - 1];
  const info = backendInfo();
  byId('train-status').textContent = [
    `backend: ${info.engine === 'gpu.js' ? `gpu.js ${info.mode}` : `TypeScript (${info.cpuMatmul} gemm)`}`,
    last ? `${last.phase} step ${last.step}` : 'not started',
    acc ? `test-split accuracy ${Number(acc.accuracy).toFixed(3)}` : '',
    rl.length ? `train reward ${Number(rl[rl.length - 1]!.reward).toFixed(3)}` : '',
    run.tokensPerSecond ? `${run.tokensPerSecond.toFixed(0)} tokens/s` : '',
    run.paused ? 'paused' : run.running ? 'training' : 'stopped',
  ].filter(Boolean).join(' · ');
}

function readSettings(): WebTrainSettings {
  const num = (id: string, fallback: number): number => {
    const v = Number(byId<HTMLInputElement>(id).value);
    return Number.isInteger(v) && v >= 0 ? v : fallback;
  };
  const d = WEB_TRAIN_DEFAULTS;
  return { seed: num('train-seed', d.seed), sftSteps: num('sft-steps', d.sftSteps), sftBatch: d.sftBatch, updates: num('updates', d.updates), evalEvery: num('eval-every', d.evalEvery), evalEpisodes: num('eval-episodes', d.evalEpisodes) };
}

/** Trains with `settings` (default: the page's inputs), updating the page as it goes; resolves with every metric. */
export async function startTraining(settings: WebTrainSettings = readSettings()): Promise<Metric[]> {
  if (run.running) throw new Error('a training run is already in progress');
  Object.assign(run, { paused: false, running: true, tokensPerSecond: 0, last: undefined });
  run.metrics.length = 0;
  // the one-minute Arithmetic-v0 run (a page should learn in seconds); npm start's Derivatives-v0 run takes minutes
  const cfg: TrainConfig = arithmeticTrainConfig({ ...settings, evalSamples: 0 });
  try {
    await train(
      cfg,
      (m) => {
        run.metrics.push(m);
        if (m.phase !== 'eval' && m.phase !== 'sft') run.tokensPerSecond = Number(m.tokensPerSecond);
      },
      {
        onUpdate: (r) => {
          run.last = r;
        },
        onStep: async () => {
          render();
          await nextFrame();
          while (run.paused) await new Promise<void>((resolve) => (run.resume = resolve));
        },
      },
    );
  } catch (e) {
    showError(`training failed: ${errorText(e)}`);
    throw e;
  } finally {
    run.running = false;
    render();
  }
  return [...run.metrics];
}

/** The latest checkpoint (after the last RL update) in `mathgym train`'s format, or undefined before the first update. */
export function checkpointBytes(): Uint8Array | undefined {
  return run.last ? serializeCheckpoint(trainCheckpoint(run.last, checkpointMeta(run.last.config))) : undefined;
}

export function setupTrain(): void {
  const d = WEB_TRAIN_DEFAULTS;
  for (const [id, v] of [['train-seed', d.seed], ['sft-steps', d.sftSteps], ['updates', d.updates], ['eval-every', d.evalEvery], ['eval-episodes', d.evalEpisodes]] as const) {
    byId<HTMLInputElement>(id).value = String(v);
  }
  const start = byId<HTMLButtonElement>('train-start'), pause = byId<HTMLButtonElement>('train-pause'), dl = byId<HTMLButtonElement>('train-download');
  start.addEventListener('click', () => {
    start.disabled = true;
    pause.textContent = 'Pause';
    startTraining().catch(() => undefined).finally(() => (start.disabled = false));
  });
  pause.addEventListener('click', () => {
    run.paused = !run.paused;
    pause.textContent = run.paused ? 'Resume' : 'Pause';
    if (!run.paused) run.resume?.();
    render();
  });
  dl.addEventListener('click', () => {
    const bytes = checkpointBytes();
    if (!bytes) return showError('no checkpoint yet: it exists after the first RL update');
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
    a.download = 'checkpoint.bin';
    a.click();
  });
  render();
}
