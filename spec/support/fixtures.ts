/**
 * Test data inside the repository (spec/fixtures, provenance in each folder's README.md) and the one
 * database that is not: the full set.mm, found by findSetMm (MATHGYM_SETMM, then Debian's
 * metamath-databases). Large fixtures are stored gzipped and unpacked on first use into a temp
 * folder that is removed when the process exits.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findSetMm, SETMM_HINT } from '../../datasets/metamath/setmm.js';
import { PACKAGE_ROOT } from '../../lib/paths.js';

export const FIXTURES_DIR = join(PACKAGE_ROOT, 'spec', 'fixtures');

let unpacked = '';

/** Path of spec/fixtures/<rel>; when only <rel>.gz is stored, the path of an unpacked copy. Throws when neither exists. */
export function fixtureFile(rel: string): string {
  const plain = join(FIXTURES_DIR, rel);
  if (existsSync(plain)) return plain;
  const gz = `${plain}.gz`;
  if (!existsSync(gz)) throw new Error(`fixture ${rel} is missing: neither spec/fixtures/${rel} nor ${rel}.gz exists`);
  if (!unpacked) {
    unpacked = mkdtempSync(join(tmpdir(), 'mathgym-fixtures-'));
    process.once('exit', () => rmSync(unpacked, { recursive: true, force: true }));
  }
  const out = join(unpacked, rel);
  if (!existsSync(out)) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, gunzipSync(readFileSync(gz)));
  }
  return out;
}

/**
 * set.mm's path, or undefined after printing why `what` is skipped (the only skip the suite allows:
 * a missing Debian package). Call from a before hook or test and `this.skip()` on undefined.
 */
export function setMmOrWarn(what: string): string | undefined {
  const p = findSetMm();
  if (!p) console.warn(`\n      SKIPPED ${what}: set.mm not found; ${SETMM_HINT}\n`);
  return p;
}
