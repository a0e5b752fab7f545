/** `mathgym bench web`: the playground's in-page benchmark (lib/web/app/bench.ts), driven in headless Chromium. */
import type { MatmulBenchRow } from '../bench/nn-matmul.js';
import { launchPlayground } from './browser.js';
import { buildWebBundle, TFJS_WEBGL_ENTRY } from './bundle.js';

export interface WebBenchOptions {
  readonly sizes: readonly number[];
  readonly repeats: number;
  readonly steps: number;
  /** Extra Chromium flags (a real GPU: e.g. --use-angle=vulkan --enable-features=Vulkan). */
  readonly args?: readonly string[];
}

export interface WebBenchResult {
  /** Why the tfjs-webgl row is missing (its devDependencies are not installed), when it is. */
  readonly tfjsUnavailable?: string;
  readonly renderer: string;
  readonly userAgent: string;
  readonly matmul: readonly MatmulBenchRow[];
  readonly trainStep: readonly { impl: string; mode: string; msPerStep: number; tokensPerSecond: number; samples: readonly number[]; readbacksPerStep: number }[];
}

export async function runWebBench(opts: WebBenchOptions): Promise<WebBenchResult> {
  const pg = await launchPlayground({ ...(opts.args ? { args: opts.args } : {}) });
  try {
    let tfjsUnavailable: string | undefined;
    try {
      await pg.page.addScriptTag({ content: await buildWebBundle({ entry: TFJS_WEBGL_ENTRY }), type: 'module' });
      await pg.page.waitForFunction("'mathgymTfjsWebgl' in globalThis", { timeout: 30_000 });
    } catch (e) {
      tfjsUnavailable = e instanceof Error ? e.message : String(e);
    }
    const arg = JSON.stringify({ sizes: opts.sizes, repeats: opts.repeats, steps: opts.steps });
    const r = (await pg.page.evaluate(`mathgym.bench(${arg})`)) as WebBenchResult;
    return tfjsUnavailable === undefined ? r : { ...r, tfjsUnavailable };
  } finally {
    await pg.close();
  }
}
