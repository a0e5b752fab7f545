import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Turns a path (resolved against the cwd) or a package specifier into something `import()` accepts. */
export function resolveModule(specifier: string): string {
  if (specifier.startsWith('file:')) return specifier;
  return specifier.startsWith('.') || isAbsolute(specifier) ? pathToFileURL(resolve(specifier)).href : specifier;
}
