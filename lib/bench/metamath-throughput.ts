/**
 * Metamath kernel throughput: parse and full-verify wall time of the big databases (set.mm, iset.mm,
 * ql.mm from set.mm's folder: MATHGYM_SETMM or Debian's metamath-databases, see setmm.ts), next to the reference C verifier `metamath` (Debian's metamath-exe)
 * timed in the same run when it is on PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDatabase, verifyDatabase } from '../metamath/index.js';
import { metamathDatabaseDir, SETMM_HINT } from '../../datasets/metamath/setmm.js';

export const METAMATH_FILES = ['set.mm', 'iset.mm', 'ql.mm'] as const;

export interface ExeTiming {
  /** `metamath 'read f' exit`, seconds. */
  readonly readSeconds: number;
  /** `metamath 'read f' 'verify proof *' exit`, seconds (includes the read). */
  readonly totalSeconds: number;
  /** Lines of the verify run that report an error (`?Error`, `?Warning`). */
  readonly errorLines: number;
}

export interface MetamathBenchRow {
  readonly file: string;
  readonly megabytes: number;
  readonly proofs: number;
  readonly failures: number;
  readonly incomplete: number;
  readonly parseSeconds: number;
  readonly verifySeconds: number;
  readonly proofsPerSecond: number;
  /** Absent when metamath-exe is not installed. */
  readonly exe?: ExeTiming;
  /** exe total / our parse+verify: > 1 means we are faster. */
  readonly ratio?: number;
}

export interface MetamathBenchResult {
  readonly rows: MetamathBenchRow[];
  readonly skipped: { file: string; reason: string }[];
  /** Why the metamath-exe column is missing, when it is. */
  readonly exeNote?: string;
  readonly exeVersion?: string;
}

function exeAvailable(): boolean {
  const r = spawnSync('metamath', ['set scroll continuous', 'exit'], { stdio: 'ignore', timeout: 10_000 });
  return r.error === undefined && r.status === 0;
}

function timeExe(args: readonly string[]): { seconds: number; out: string } {
  const t = performance.now();
  const r = spawnSync('metamath', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  const seconds = (performance.now() - t) / 1000;
  if (r.error) throw r.error;
  return { seconds, out: `${r.stdout}${r.stderr}` };
}

export function exeVersion(): string | undefined {
  const r = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'metamath'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout ? `metamath-exe ${r.stdout.trim()} (Debian)` : undefined;
}

/** Times our kernel and (when installed) metamath-exe on each database that exists. */
export function runMetamathBench(opts: { dir?: string; files?: readonly string[]; exe?: boolean; onFile?: (file: string) => void } = {}): MetamathBenchResult {
  const dir = opts.dir ?? metamathDatabaseDir();
  const useExe = (opts.exe ?? true) && exeAvailable();
  const rows: MetamathBenchRow[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const name of opts.files ?? METAMATH_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) {
      skipped.push({ file: name, reason: `${path} not found (${SETMM_HINT})` });
      opts.onFile?.(name);
      continue;
    }
    let t = performance.now();
    const db = parseDatabase(path);
    const parseSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const r = verifyDatabase(db);
    const verifySeconds = (performance.now() - t) / 1000;
    let exe: ExeTiming | undefined;
    if (useExe) {
      const read = timeExe(['set scroll continuous', `read "${path}"`, 'exit']);
      const full = timeExe(['set scroll continuous', `read "${path}"`, 'verify proof *', 'exit']);
      exe = { readSeconds: read.seconds, totalSeconds: full.seconds, errorLines: full.out.split('\n').filter((l) => /^\?(Error|Warning)/.test(l)).length };
    }
    rows.push({
      file: name,
      megabytes: statSync(path).size / 1e6,
      proofs: r.checked,
      failures: r.failures.length,
      incomplete: r.incomplete.length,
      parseSeconds,
      verifySeconds,
      proofsPerSecond: r.checked / verifySeconds,
      ...(exe ? { exe, ratio: exe.totalSeconds / (parseSeconds + verifySeconds) } : {}),
    });
    opts.onFile?.(name);
  }
  return {
    rows,
    skipped,
    ...(useExe ? { exeVersion: exeVersion() } : { exeNote: 'metamath-exe not installed (apt-get install metamath): its columns are left out' }),
  };
}
