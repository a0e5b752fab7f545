/** Locations inside the installed package, valid both from source (tsx) and from dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'mathgym') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('mathgym: cannot find the package root (package.json named "mathgym")');
    dir = up;
  }
}

/** Root folder of the mathgym package (where package.json is). */
export const PACKAGE_ROOT = findRoot();

/** The package version from package.json. */
export const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
