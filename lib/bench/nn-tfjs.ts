/**
 * The tfjs-wasm baseline of `mathgym bench nn`: @tensorflow/tfjs-core on @tensorflow/tfjs-backend-wasm
 * (devDependencies). The .wasm files are loaded from node_modules by file path (setWasmPaths), so
 * nothing is downloaded. Where the packages are absent (a production install) `loadTfjsWasm` says
 * why instead of throwing, and the bench skips the tfjs rows.
 */
import { createRequire, register } from 'node:module';
import { dirname } from 'node:path';
import type * as TfCore from '@tensorflow/tfjs-core';
import type { MatmulImpl } from './nn-matmul.js';
import { tfjsMatmulImpl } from './tfjs-matmul.js';

export type Tf = typeof TfCore;

export interface TfjsWasm {
  readonly tf: Tf;
  readonly version: string;
  /** Whether the runtime took the SIMD build (tfjs-backend-wasm-simd.wasm). */
  readonly simd: boolean;
  /** Whether the multi-threaded build is supported here, and the thread count it runs with. */
  readonly multithread: boolean;
  readonly threads: number;
}

export type TfjsLoad = { readonly ok: true; readonly tfjs: TfjsWasm } | { readonly ok: false; readonly reason: string };

let loading: Promise<TfjsLoad> | undefined;

/** Loads tfjs-core with the wasm backend once per process (later calls share the result). */
export function loadTfjsWasm(): Promise<TfjsLoad> {
  loading ??= load();
  return loading;
}

async function load(): Promise<TfjsLoad> {
  let tf: Tf;
  let wasm: typeof import('@tensorflow/tfjs-backend-wasm');
  try {
    tf = await import('@tensorflow/tfjs-core');
    wasm = await import('@tensorflow/tfjs-backend-wasm');
  } catch (e) {
    return { ok: false, reason: `@tensorflow/tfjs-core / tfjs-backend-wasm are not installed (devDependencies; run npm install without --omit=dev): ${(e as Error).message.split('\n')[0]}` };
  }
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    wasm.setWasmPaths(`${dir}/`);
    if (!(await tf.setBackend('wasm'))) return { ok: false, reason: 'tfjs could not initialise its wasm backend' };
    await tf.ready();
    // the gradients (needed by tf.variableGrads) exist only as ES modules that need the resolve hook
    register(new URL('./nn-tfjs-hook.js', import.meta.url));
    await import('@tensorflow/tfjs-core/dist/register_all_gradients.js' as string);
    const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true;
    const multithread = (await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) === true;
    return { ok: true, tfjs: { tf, version: tf.version_core, simd, multithread, threads: wasm.getThreadsCount() } };
  } catch (e) {
    return { ok: false, reason: `tfjs wasm backend failed to start: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** How the baseline runs, for the report: "tfjs-core 4.22.0 wasm, SIMD, 1 thread". */
export function describeTfjs(t: TfjsWasm): string {
  return `tfjs-core ${t.version} wasm backend, ${t.simd ? 'SIMD' : 'no SIMD'}, ${t.threads} thread${t.threads === 1 ? '' : 's'}${t.multithread ? '' : ' (multi-threaded build unsupported here)'}`;
}

/** tfjs-wasm's matMul as a bench implementation (each timed call includes the readback). */
export function tfjsImpl(t: TfjsWasm): MatmulImpl {
  return tfjsMatmulImpl(t.tf, 'tfjs-wasm', `wasm${t.simd ? ' simd' : ''}, ${t.threads} thread${t.threads === 1 ? '' : 's'}`);
}
