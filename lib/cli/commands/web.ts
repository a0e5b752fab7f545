/** `mathgym web`: serves the playground on loopback, bundled from the sources (a clone) or prebuilt (the installed package); `--screenshot` captures it headless. */
import type { Command } from 'commander';
import { PREBUILT_BUNDLE, loadWebBundle } from '../../web/bundle.js';
import { serveWeb } from '../../web/server.js';
import { ConfigError } from '../../errors.js';
import { parseIntOption, printJson } from '../util.js';

interface WebOpts {
  host: string;
  port: number;
  json?: boolean;
  screenshot?: string;
  backend?: string;
}

const PAGE_BACKENDS = ['auto', 'gpu', 'js'] as const;

/** `mathgym web`: bundles the browser playground from its sources (esbuild, no download) or takes the prebuilt one, and serves it. */
export function webCommand(program: Command): void {
  program
    .command('web')
    .description('serve the browser playground: play an environment by hand, ask the verifier, train the default policy with gpu.js WebGL2 kernels and a live learning curve, download the checkpoint (mathgym eval --checkpoint reads it)')
    .option('--host <host>', 'address to bind (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', parseIntOption('--port'), 8765)
    .option('--json', 'print {"url": ...} as JSON once serving')
    .option('--screenshot <file.png>', 'instead of serving: open the page in headless Chromium, start training, and write a PNG after 5 GRPO updates (the README picture)')
    .option('--backend <name>', `the page's nn backend (${PAGE_BACKENDS.join(', ')}): gpu = gpu.js WebGL2, js = TypeScript + wasm-simd, auto = gpu.js on a hardware GPU; added to the URL (?backend=) and used by --screenshot`)
    .addHelpText('after', `\nIn a clone the page is bundled from its TypeScript sources at start (edits show on restart); the installed package serves ${PREBUILT_BUNDLE}, written by npm run build. Stops on SIGINT/SIGTERM. Needs a WebGL2 browser for the GPU path; without WebGL2 the page says so and trains on the TypeScript/WebAssembly kernels.\n`)
    .action(async (opts: WebOpts) => {
      if (opts.backend !== undefined && !(PAGE_BACKENDS as readonly string[]).includes(opts.backend)) {
        throw new ConfigError(`--backend: expected one of ${PAGE_BACKENDS.join(', ')}, got ${JSON.stringify(opts.backend)}`);
      }
      const query = opts.backend ? `backend=${opts.backend}` : undefined;
      if (opts.screenshot !== undefined) {
        const { playgroundScreenshot } = await import('../../web/screenshot.js');
        const status = await playgroundScreenshot(opts.screenshot, query ? { query } : {});
        if (opts.json) printJson({ screenshot: opts.screenshot, status });
        else console.error(`wrote ${opts.screenshot}: ${status}`);
        return;
      }
      const t0 = performance.now();
      const bundle = await loadWebBundle();
      const server = await serveWeb(bundle.js, { port: opts.port, host: opts.host });
      const url = query ? `${server.url}?${query}` : server.url;
      const from = bundle.source === 'sources' ? 'bundled from the sources' : `prebuilt ${PREBUILT_BUNDLE}`;
      if (opts.json) printJson({ url, bundle: bundle.source, bundleBytes: bundle.js.length });
      else console.error(`mathgym playground: ${url} (${from}, ${(bundle.js.length / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s; Ctrl-C stops)`);
      await new Promise<void>((resolve) => {
        const stop = (): void => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
