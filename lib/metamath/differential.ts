/**
 * Differential testing of the kernel against metamath-exe: the verdict of each on a database, and a
 * driver that runs Debian's `metamath` on many files in one process (`read`, `verify proof *`, `erase`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MetamathError } from './errors.js';
import { parseText } from './parse.js';
import { verifyDatabase } from './verify.js';

/** What a verifier says about a database: malformed (rejected when read), or which $p proofs fail and which are incomplete (`?`). */
export interface Verdict {
  readonly malformed: boolean;
  /** Sorted labels of failing proofs (empty when malformed). */
  readonly rejected: readonly string[];
  /** Sorted labels of proofs with `?` and no error (empty when malformed). */
  readonly incomplete: readonly string[];
}

export function sameVerdict(a: Verdict, b: Verdict): boolean {
  if (a.malformed || b.malformed) return a.malformed === b.malformed;
  return a.rejected.join(' ') === b.rejected.join(' ') && a.incomplete.join(' ') === b.incomplete.join(' ');
}

export function formatVerdict(v: Verdict): string {
  if (v.malformed) return 'malformed';
  const parts = [v.rejected.length ? `rejects ${v.rejected.join(' ')}` : 'rejects none'];
  if (v.incomplete.length) parts.push(`incomplete ${v.incomplete.join(' ')}`);
  return parts.join('; ');
}

/** The kernel's verdict on a database text. */
export function kernelVerdict(text: string): Verdict {
  try {
    const r = verifyDatabase(parseText(text, 'mutant.mm'));
    return { malformed: false, rejected: r.failures.map((f) => f.label).sort(), incomplete: r.incomplete.sort() };
  } catch (e) {
    if (e instanceof MetamathError) return { malformed: true, rejected: [], incomplete: [] };
    throw e;
  }
}

/** Whether `metamath` (metamath-exe) runs here. */
export function exeInstalled(): boolean {
  const r = spawnSync('metamath', ['exit'], { stdio: 'ignore', timeout: 10_000 });
  return r.error === undefined && r.status === 0;
}

/** Debian's metamath package version, when installed through dpkg. */
export function exeVersion(): string | undefined {
  const r = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'metamath'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout ? `metamath-exe ${r.stdout.trim()} (Debian)` : undefined;
}

/** Reads metamath-exe's verdict off the output of `read F` + `verify proof *` for one file. */
export function parseExeOutput(readPart: string, verifyPart: string): Verdict {
  if (/^\?Error/m.test(readPart)) return { malformed: true, rejected: [], incomplete: [] };
  const rejected = new Set<string>();
  for (const m of verifyPart.matchAll(/^\?Error on line \d+ of file "[^"]*"\s+at\s+statement\s+\d+,\s+label\s+"([^"]+)"/gm)) rejected.add(m[1]);
  const incomplete = new Set<string>();
  const w = /^Warning: The following \$p statement\(s\) were not proved:([\s\S]*?)(?:\n\s*\n|\nMM>|$)/m.exec(verifyPart);
  if (w) for (const l of w[1].split(/\s+/)) if (l && !rejected.has(l)) incomplete.add(l);
  return { malformed: false, rejected: [...rejected].sort(), incomplete: [...incomplete].sort() };
}

/** Runs metamath on files (read, verify, erase each) in one process; the output of each, or undefined when the sections do not line up (a BUG CHECK prompt ate commands). */
function runExe(dir: string, files: readonly string[]): string[] | undefined {
  const args = ['set scroll continuous'];
  for (const f of files) args.push(`read "${f}"`, 'verify proof *', 'erase');
  args.push('exit');
  const r = spawnSync('metamath', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  if (r.error) throw r.error;
  const parts = `${r.stdout}`.split(/^MM> read "/m).slice(1);
  return parts.length === files.length && !/^\?BUG CHECK/m.test(r.stdout) ? parts : undefined;
}

function exeVerdictOf(part: string): Verdict {
  const v = part.indexOf('\nMM> verify proof *');
  return parseExeOutput(v < 0 ? part : part.slice(0, v), v < 0 ? '' : part.slice(v));
}

/**
 * metamath-exe's verdicts on database texts, `batch` files per process (a batch where metamath-exe
 * stops at one of its internal BUG CHECKs is rerun one file per process; such a file's verdict is
 * what it printed before stopping). Throws when metamath is not installed.
 */
export function exeVerdicts(texts: readonly string[], batch = 50): Verdict[] {
  const dir = mkdtempSync(join(tmpdir(), 'mathgym-mmexe-'));
  const out: Verdict[] = [];
  try {
    for (let b = 0; b < texts.length; b += batch) {
      const files: string[] = [];
      for (let i = b; i < Math.min(b + batch, texts.length); i++) {
        // short relative names: metamath-exe wraps its message lines at 79 columns
        const f = `m${i}.mm`;
        writeFileSync(join(dir, f), texts[i]);
        files.push(f);
      }
      const parts = runExe(dir, files);
      if (parts) out.push(...parts.map(exeVerdictOf));
      else {
        for (const f of files) {
          const one = runExe(dir, [f]);
          const r = one ?? [`${spawnSync('metamath', ['set scroll continuous', `read "${f}"`, 'verify proof *', 'exit'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000, cwd: dir }).stdout}`.split(/^MM> read "/m)[1] ?? ''];
          out.push(exeVerdictOf(r[0]));
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** A checked-in record of metamath-exe's verdicts on a seeded run of the mutator. */
export interface FuzzCorpus {
  /** How it was made (the command). */
  readonly command: string;
  readonly exe: string;
  /** Base database, relative to the package root, and the SHA-256 of its text. */
  readonly base: string;
  readonly baseSha256: string;
  readonly seed: number;
  readonly maxTargets: number;
  readonly mutants: readonly FuzzCase[];
}

export interface FuzzCase {
  readonly index: number;
  readonly kind: string;
  readonly target: string;
  readonly edit: string;
  /** SHA-256 of the mutant text: a changed mutator shows up as a mismatch here, not as a false agreement. */
  readonly sha256: string;
  readonly verdict: Verdict;
}
