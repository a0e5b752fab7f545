#!/usr/bin/env node
// Entry point of the `mathgym` command. Runs the compiled CLI (built by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs';

// `mm verify` starts without the rest of mathgym (its start-up is most of the time on a small file)
const fast = process.argv[2] === 'mm' && process.argv[3] === 'verify';
const entry = new URL(fast ? '../dist/lib/cli/mm-verify-main.js' : '../dist/lib/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('mathgym: dist/ is missing. Run `npm run build` (npm ci does it automatically).\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
