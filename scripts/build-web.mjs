// `npm run build`, after tsc: writes the playground's minified browser bundle to dist/web/playground.js,
// which the package ships, so `mathgym web` works where neither the TypeScript sources nor esbuild are.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../dist/lib/paths.js';
import { PREBUILT_BUNDLE, buildWebBundle } from '../dist/lib/web/bundle.js';

const file = join(PACKAGE_ROOT, PREBUILT_BUNDLE);
const js = await buildWebBundle({ minify: true });
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, js);
// stderr: `npm pack --json` runs this (prepare) and its stdout must stay JSON
console.error(`wrote ${PREBUILT_BUNDLE} (${(js.length / 1e6).toFixed(1)} MB)`);
