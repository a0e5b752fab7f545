/**
 * Module specifiers given by users (plugins, entry points): resolves a relative path against the cwd, as a user
 * typing it on the command line means, and leaves package names to Node's resolution.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Turns a path (resolved against the cwd) or a package specifier into something `import()` accepts. */
export function resolveModule(specifier: string): string {
  if (specifier.startsWith('file:')) return specifier;
  return specifier.startsWith('.') || isAbsolute(specifier) ? pathToFileURL(resolve(specifier)).href : specifier;
}
