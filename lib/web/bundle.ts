/**
 * The playground's browser bundle, built with esbuild from the TypeScript sources (no download, ~1 s).
 *
 * esbuild over tsc + an import map: one request, TypeScript and CommonJS (gpu.js's browser build)
 * handled, and a hard error for any Node built-in in the browser graph. Node-only modules are
 * reached only through dynamic `import()` (environment factories, worker-thread vector envs, plugin
 * loading); NODE_ONLY replaces those with a module that rejects with a ConfigError naming why, so
 * the page can list which environments it cannot run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ConfigError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';

/** Modules (relative to the package root) that need Node, with why; the browser gets a stub that rejects. */
export const NODE_ONLY: Readonly<Record<string, string>> = {
  'environments/math-qa/index.ts': 'it reads dataset files and verifies in worker threads',
  'environments/math-qa-feedback/index.ts': 'it reads dataset files and verifies in worker threads',
  'environments/metamath/env.ts': 'it reads Metamath databases from disk',
  'environments/calculator-tool/index.ts': 'its calculator runs in a sandboxed worker thread',
  'lib/core/vector/async.ts': 'async vector envs run in worker threads',
  'lib/core/modules.ts': 'plugin modules are loaded from the file system',
  'datasets/exclude.ts': 'exclude reads evaluation sets from dataset files',
};

/** Marker in the stub's error message, so the page can tell "needs Node" from a real failure. */
export const NODE_ONLY_MARKER = 'needs Node.js';

function nodeOnlyPlugin(): Plugin {
  const byPath = new Map(Object.entries(NODE_ONLY).map(([rel, why]) => [join(PACKAGE_ROOT, rel), { rel, why }]));
  const errors = join(PACKAGE_ROOT, 'lib/errors.ts');
  return {
    name: 'mathgym-node-only',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const hit = byPath.get(args.path);
        if (!hit) return undefined;
        const msg = `${hit.rel} ${NODE_ONLY_MARKER} (${hit.why}); the browser playground leaves it out`;
        return { loader: 'ts', resolveDir: PACKAGE_ROOT, contents: `import { ConfigError } from ${JSON.stringify(errors)};\nthrow new ConfigError(${JSON.stringify(msg)});\nexport {};\n` };
      });
    },
  };
}

export const WEB_ENTRY = 'lib/web/app/main.ts';

/** The bench's tfjs-webgl baseline: a second bundle (devDependencies) that `mathgym bench web` adds to the page. */
export const TFJS_WEBGL_ENTRY = 'lib/web/app/tfjs-webgl.ts';

/**
 * The playground's JavaScript (one ES module), or another browser entry's (`entry`, relative to the
 * package root). @throws ConfigError when the sources are missing or do not bundle.
 */
export async function buildWebBundle(options: { minify?: boolean; entry?: string } = {}): Promise<string> {
  const rel = options.entry ?? WEB_ENTRY;
  const entry = join(PACKAGE_ROOT, rel);
  if (!existsSync(entry)) throw new ConfigError(`the web playground is built from its sources and ${rel} is missing; run it from a clone of the repository`);
  let result;
  try {
    result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: options.minify ?? false,
      logLevel: 'silent',
      plugins: [nodeOnlyPlugin()],
    });
  } catch (e) {
    throw new ConfigError(`the web playground does not bundle: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const out = result.outputFiles[0];
  if (!out) throw new ConfigError('esbuild produced no output for the web playground');
  return out.text;
}
