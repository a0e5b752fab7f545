/**
 * The playground's browser bundle, built with esbuild from the TypeScript sources (no download, ~1 s),
 * or, where those are absent (the installed npm package), the copy `npm run build` wrote to dist/.
 *
 * esbuild over tsc + an import map: one request, TypeScript and CommonJS (gpu.js's browser build)
 * handled, and a hard error for any Node built-in in the browser graph. Node-only modules are
 * reached only through dynamic `import()` (environment factories, worker-thread vector envs, plugin
 * loading); NODE_ONLY replaces those with a module that rejects with a ConfigError naming why, so
 * the page can list which environments it cannot run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
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

function nodeOnlyPlugin(root: string): Plugin {
  const byPath = new Map(Object.entries(NODE_ONLY).map(([rel, why]) => [join(root, rel), { rel, why }]));
  const errors = join(root, 'lib/errors.ts');
  return {
    name: 'mathgym-node-only',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const hit = byPath.get(args.path);
        if (!hit) return undefined;
        const msg = `${hit.rel} ${NODE_ONLY_MARKER} (${hit.why}); the browser playground leaves it out`;
        return { loader: 'ts', resolveDir: root, contents: `import { ConfigError } from ${JSON.stringify(errors)};\nthrow new ConfigError(${JSON.stringify(msg)});\nexport {};\n` };
      });
    },
  };
}

export const WEB_ENTRY = 'lib/web/app/main.ts';

/** The bench's tfjs-webgl baseline: a second bundle (devDependencies) that `mathgym bench web` adds to the page. */
export const TFJS_WEBGL_ENTRY = 'lib/web/app/tfjs-webgl.ts';

/** The playground bundle `npm run build` writes (scripts/build-web.mjs) and the package ships. */
export const PREBUILT_BUNDLE = 'dist/web/playground.js';

/** esbuild, imported only when a bundle is built: the installed package serves the prebuilt one without it. */
async function importEsbuild(): Promise<typeof import('esbuild') | undefined> {
  try {
    return await import('esbuild');
  } catch {
    return undefined;
  }
}

/**
 * A browser entry's JavaScript (one ES module), built from the sources under `root` (default: the
 * playground's, from this package). @throws ConfigError when the sources or esbuild are missing or do not bundle.
 */
export async function buildWebBundle(options: { minify?: boolean; entry?: string; root?: string } = {}): Promise<string> {
  const rel = options.entry ?? WEB_ENTRY;
  const root = options.root ?? PACKAGE_ROOT;
  const entry = join(root, rel);
  if (!existsSync(entry)) throw new ConfigError(`the browser bundle is built from its sources and ${rel} is missing; run it from a clone of the repository`);
  const esbuild = await importEsbuild();
  if (!esbuild) throw new ConfigError(`building ${rel} needs esbuild, which is not installed; run npm install in the repository`);
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: options.minify ?? false,
      logLevel: 'silent',
      plugins: [nodeOnlyPlugin(root)],
    });
  } catch (e) {
    throw new ConfigError(`the web playground does not bundle: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const out = result.outputFiles[0];
  if (!out) throw new ConfigError('esbuild produced no output for the web playground');
  return out.text;
}

/** Where the playground's JavaScript comes from: built now from the sources, or the prebuilt file. */
export type BundleSource = 'sources' | 'prebuilt';

/**
 * Which bundle to serve, from what exists: the sources when they and esbuild are there (a clone: live
 * edits show), else the prebuilt file (the installed package). @throws ConfigError naming what is missing and the fix.
 */
export function chooseWebBundle(have: { readonly sources: boolean; readonly esbuild: boolean; readonly prebuilt: boolean }): BundleSource {
  if (have.sources && have.esbuild) return 'sources';
  if (have.prebuilt) return 'prebuilt';
  const missing = have.sources ? 'esbuild is not installed' : `the sources (${WEB_ENTRY}) are not there`;
  throw new ConfigError(`no web playground to serve: ${PREBUILT_BUNDLE} is missing and ${missing}; run \`npm run build\` in the repository (it writes ${PREBUILT_BUNDLE}), or reinstall the mathgym package`);
}

export interface WebBundle {
  readonly js: string;
  readonly source: BundleSource;
}

/** The playground's JavaScript for `mathgym web` and launchPlayground, from the sources or prebuilt ({@link chooseWebBundle}). */
export async function loadWebBundle(root: string = PACKAGE_ROOT): Promise<WebBundle> {
  const prebuilt = join(root, PREBUILT_BUNDLE);
  const sources = existsSync(join(root, WEB_ENTRY));
  const source = chooseWebBundle({ sources, esbuild: sources && (await importEsbuild()) !== undefined, prebuilt: existsSync(prebuilt) });
  return { source, js: source === 'sources' ? await buildWebBundle({ root }) : await readFile(prebuilt, 'utf8') };
}
