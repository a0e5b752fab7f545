/** `mathgym bench web`: the playground's in-page benchmark (lib/web/app/bench.ts), driven in headless Chromium. */
import type { MatmulBenchRow } from '../nn/bench.js';
import { launchPlayground } from './browser.js';

export interface WebBenchOptions {
  readonly sizes: readonly number[];
  readonly repeats: number;
  readonly steps: number;
  /** Extra Chromium flags (a real GPU: e.g. --use-angle=vulkan --enable-features=Vulkan). */
  readonly args?: readonly string[];
}

export interface WebBenchResult {
  readonly renderer: string;
  readonly userAgent: string;
  readonly matmul: readonly MatmulBenchRow[];
  readonly trainStep: readonly { impl: string; mode: string; msPerStep: number; tokensPerSecond: number; samples: readonly number[] }[];
}

export async function runWebBench(opts: WebBenchOptions): Promise<WebBenchResult> {
  const pg = await launchPlayground({ ...(opts.args ? { args: opts.args } : {}) });
  try {
    const arg = JSON.stringify({ sizes: opts.sizes, repeats: opts.repeats, steps: opts.steps });
    return (await pg.page.evaluate(`mathgym.bench(${arg})`)) as WebBenchResult;
  } finally {
    await pg.close();
  }
}
