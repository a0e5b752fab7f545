/**
 * Where the full set.mm (41 MB, not bundled) and its sibling databases are found. Lookup order:
 *   1. the file named by the environment variable MATHGYM_SETMM;
 *   2. Debian's `metamath-databases` package (`apt-get install metamath-databases`), which puts
 *      set.mm, iset.mm, ql.mm, ... in /usr/share/metamath/databases.
 * Callers that cannot run without it say so with SETMM_HINT (specs skip loudly with it).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../../lib/errors.js';

export const SETMM_ENV = 'MATHGYM_SETMM';
/** Folder of Debian's `metamath-databases` package (from `dpkg -L metamath-databases`). */
export const DEBIAN_METAMATH_DIR = '/usr/share/metamath/databases';
export const SETMM_HINT = `set ${SETMM_ENV}=<path to set.mm>, or install Debian's metamath-databases package (apt-get install metamath-databases; it provides ${DEBIAN_METAMATH_DIR}/set.mm)`;

const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();

/** Path of set.mm, or undefined when neither MATHGYM_SETMM nor the Debian package provides it. A MATHGYM_SETMM naming no file is a ConfigError, not a silent fallback. */
export function findSetMm(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env[SETMM_ENV];
  if (named) {
    const p = resolve(named);
    if (!isFile(p)) throw new ConfigError(`${SETMM_ENV}=${named} names no file; point it at set.mm or unset it to use the Debian package's ${DEBIAN_METAMATH_DIR}/set.mm.`);
    return p;
  }
  const debian = join(DEBIAN_METAMATH_DIR, 'set.mm');
  return isFile(debian) ? debian : undefined;
}

/** set.mm's path; ConfigError with SETMM_HINT when it is not found. */
export function requireSetMm(env: NodeJS.ProcessEnv = process.env): string {
  const p = findSetMm(env);
  if (!p) throw new ConfigError(`set.mm not found: ${SETMM_HINT}.`);
  return p;
}

/** Folder holding the other big databases (iset.mm, ql.mm): set.mm's folder, else the Debian one. */
export function metamathDatabaseDir(env: NodeJS.ProcessEnv = process.env): string {
  const setmm = findSetMm(env);
  return setmm ? dirname(setmm) : DEBIAN_METAMATH_DIR;
}
