/**
 * Environment constructor kwargs arrive over HTTP (`POST /v1/envs/{id}/reset` body `kwargs`), and some
 * of them name files (MetamathProof's `database`, MathQA's `dataset`, a plugin's own). Without a check a
 * client could make the server open any file it can read, and an env's error message may echo part of
 * it. So every string in the kwargs (nested in arrays and objects too: plugin envs may have path kwargs
 * we do not know) that looks like a path is refused, unless it lies inside a folder the operator
 * allowed with `--data-dir`. Bundled names (`set-prop`, `math500`) are not paths and pass.
 *
 * The refusal is one fixed message whatever the value, so it says nothing about whether the file
 * exists.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../errors.js';

export const KWARG_PATH_CODE = 'KWARG_PATH_REFUSED';
export const KWARG_PATH_MESSAGE =
  'kwargs may not name files on the server: a string that looks like a path (starts with /, ~, ./ or ../, or names an existing file or folder on the server) is accepted only inside a folder the server was started with --data-dir; use a bundled name (e.g. set-prop, math500) or ask the operator for a --data-dir';

/** Checks and canonicalises `--data-dir` folders: each must exist and be a folder. */
export function resolveDataDirs(dirs: readonly string[] | undefined): string[] {
  return (dirs ?? []).map((d) => {
    if (typeof d !== 'string' || d === '') throw new ConfigError(`--data-dir must be a folder path, got ${JSON.stringify(d)}`);
    let real: string;
    try {
      real = realpathSync(resolve(d));
    } catch {
      throw new ConfigError(`--data-dir ${JSON.stringify(d)} does not exist`);
    }
    if (!statSync(real).isDirectory()) throw new ConfigError(`--data-dir ${JSON.stringify(d)} is not a folder`);
    return real;
  });
}

/**
 * Whether `v` could name a file: absolute or explicitly relative (`/`, `~`, `./`, `../`), or resolving
 * (as the envs resolve paths, against the working directory) to something that exists. A string that
 * merely contains `/` or `\` (a prompt template with `\boxed{}`, a fraction) and names nothing passes:
 * a file can only be read if it exists.
 */
export function pathLike(v: string): boolean {
  if (v.startsWith('/') || v.startsWith('~') || v === '.' || v === '..' || v.startsWith('./') || v.startsWith('../')) return true;
  if (v === '' || v.includes('\0')) return v !== '';
  try {
    return existsSync(resolve(v));
  } catch {
    return true;
  }
}

/** The real path of `p`: symlinks resolved in its longest existing ancestor, the rest appended. */
function realish(p: string): string {
  const rest: string[] = [];
  let cur = p;
  for (;;) {
    try {
      return join(realpathSync(cur), ...rest.reverse());
    } catch {
      const parent = dirname(cur);
      if (parent === cur) return p;
      rest.push(basename(cur));
      cur = parent;
    }
  }
}

function inside(dir: string, p: string): boolean {
  const rel = relative(dir, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** True when `v` resolves (as the envs resolve it: against the working directory) inside one of `dataDirs`. */
export function allowedPath(v: string, dataDirs: readonly string[]): boolean {
  if (dataDirs.length === 0) return false;
  const p = realish(resolve(v));
  return dataDirs.some((d) => inside(d, p));
}

/** The first string anywhere in `kwargs` that is path-like and not inside a data dir, or undefined. */
export function refusedKwarg(kwargs: unknown, dataDirs: readonly string[]): string | undefined {
  // iterative: a deeply nested body must not overflow the stack
  const stack: unknown[] = [kwargs];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x === 'string') {
      if (pathLike(x) && !allowedPath(x, dataDirs)) return x;
    } else if (Array.isArray(x)) {
      for (const y of x) stack.push(y);
    } else if (x !== null && typeof x === 'object') {
      for (const y of Object.values(x)) stack.push(y);
    }
  }
  return undefined;
}

/** Deepest nesting of arrays/objects accepted in kwargs, options and actions sent over HTTP. */
export const MAX_JSON_DEPTH = 32;

/** Whether `v` nests arrays/objects deeper than `max` (iterative: a deep value must not overflow the stack here either). */
export function deeperThan(v: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[v, 0]];
  while (stack.length > 0) {
    const [x, d] = stack.pop()!;
    if (x === null || typeof x !== 'object') continue;
    if (d + 1 > max) return true;
    for (const y of Array.isArray(x) ? x : Object.values(x)) stack.push([y, d + 1]);
  }
  return false;
}
