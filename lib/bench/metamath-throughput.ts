/**
 * Metamath kernel speed as a user measures it: whole-process wall time of `mathgym mm verify FILE`
 * from a shell, next to Debian's metamath-exe (`metamath 'read "FILE"' 'verify proof *' exit`) timed
 * in the same run, interleaved (ours, exe, exe, ours, ...) so that a busy machine slows both alike.
 * Medians of `repeats` runs; peak RSS from /usr/bin/time when it is installed; the load average
 * before and after. Also the differential fuzz agreement with metamath-exe (lib/metamath/fuzz.ts).
 *
 * Databases: $MATHGYM_SETMM (set.mm; iset.mm next to it), else Debian's metamath-databases
 * (/usr/share/metamath/databases).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exeInstalled, exeVersion } from '../metamath/differential.js';
import { FUZZ_BASE, FUZZ_COUNT, FUZZ_SEED, readCorpus, runFuzz } from '../metamath/fuzz.js';
import { PACKAGE_ROOT } from '../paths.js';
import { metamathDatabaseDir, SETMM_HINT } from '../../datasets/metamath/setmm.js';

/** A database with one short theorem (start-up dominates). */
export const ONE_PROOF_MM = `$c ( ) -> wff |- $.
$v ph ps $.
wph $f wff ph $.
wps $f wff ps $.
wi $a wff ( ph -> ps ) $.
ax1 $a |- ( ph -> ( ps -> ph ) ) $.
\${ mp.1 $e |- ph $. mp.2 $e |- ( ph -> ps ) $. mp $a |- ps $. $}
\${ a1i.1 $e |- ph $. a1i $p |- ( ps -> ph ) $= ( wi ax1 mp ) ABADCABEF $. $}
`;

export interface ProcessTiming {
  /** Median wall seconds. */
  readonly seconds: number;
  readonly samples: number[];
  /** Median peak RSS, MB (absent without /usr/bin/time). */
  readonly maxRssMb?: number;
}

export interface MetamathBenchRow {
  readonly file: string;
  readonly megabytes: number;
  readonly proofs: number;
  /** mm verify exited 0 every time. */
  readonly ok: boolean;
  /** `mathgym mm verify FILE` (--jobs 1). */
  readonly ours: ProcessTiming;
  /** `mathgym mm verify FILE --jobs 2`. */
  readonly ours2?: ProcessTiming;
  readonly exe?: ProcessTiming;
  /** ours / exe (< 1: we are faster). */
  readonly ratio?: number;
  /** The target of issue 22: a ratio to metamath-exe, or absolute seconds for the one-proof file. */
  readonly target: string;
  readonly met?: boolean;
}

export interface MetamathBenchResult {
  readonly rows: MetamathBenchRow[];
  readonly skipped: { file: string; reason: string }[];
  readonly repeats: number;
  readonly loadAverage: { readonly before: number[]; readonly after: number[] };
  readonly exeVersion?: string;
  readonly exeNote?: string;
  readonly fuzz: { readonly agree: number; readonly count: number; readonly reference: string; readonly agreement: number };
}

const TIME = '/usr/bin/time';

/** Runs a command, returns wall seconds, exit code, stdout and (with /usr/bin/time) peak RSS. */
function timed(cmd: string, args: readonly string[]): { seconds: number; code: number | null; stdout: string; rssMb?: number } {
  const useTime = existsSync(TIME);
  const t = performance.now();
  const r = useTime
    ? spawnSync(TIME, ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 900_000 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 900_000 });
  const seconds = (performance.now() - t) / 1000;
  if (r.error) throw r.error;
  const kb = useTime ? Number(/(\d+)\s*$/.exec(r.stderr)?.[1]) : NaN;
  return { seconds, code: r.status, stdout: r.stdout, ...(Number.isFinite(kb) ? { rssMb: kb / 1024 } : {}) };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function summary(runs: readonly { seconds: number; rssMb?: number }[]): ProcessTiming {
  const rss = runs.map((r) => r.rssMb).filter((x): x is number => x !== undefined);
  return { seconds: median(runs.map((r) => r.seconds)), samples: runs.map((r) => r.seconds), ...(rss.length ? { maxRssMb: median(rss) } : {}) };
}

/** Whole-process timings of mm verify and metamath-exe on the one-proof file, iset.mm and set.mm. */
export function runMetamathBench(opts: { repeats?: number; jobs2?: boolean; fuzzCount?: number; onStep?: (what: string) => void } = {}): MetamathBenchResult {
  const repeats = opts.repeats ?? 3;
  const useExe = exeInstalled();
  const before = loadavg();
  const bin = join(PACKAGE_ROOT, 'bin', 'mathgym.js');
  const tmp = mkdtempSync(join(tmpdir(), 'mathgym-mmbench-'));
  const rows: MetamathBenchRow[] = [];
  const skipped: { file: string; reason: string }[] = [];
  try {
    const one = join(tmp, 'one-proof.mm');
    writeFileSync(one, ONE_PROOF_MM);
    const dir = metamathDatabaseDir();
    const files: [string, string, string, (ratio: number, ours: number) => boolean][] = [
      ['one-proof.mm', one, '<= 0.3 s', (_r, s) => s <= 0.3],
      ['iset.mm', join(dir, 'iset.mm'), '<= 1.5x exe', (r) => r <= 1.5],
      ['set.mm', process.env.MATHGYM_SETMM ?? join(dir, 'set.mm'), '<= 1.0x exe', (r) => r <= 1.0],
    ];
    for (const [name, path, target, meets] of files) {
      if (!existsSync(path)) {
        skipped.push({ file: name, reason: `${path} not found (${SETMM_HINT})` });
        continue;
      }
      const ours: ReturnType<typeof timed>[] = [];
      const ours2: ReturnType<typeof timed>[] = [];
      const exe: ReturnType<typeof timed>[] = [];
      let proofs = 0;
      let ok = true;
      const runOurs = (jobs: number): void => {
        opts.onStep?.(`${name}: mathgym mm verify${jobs > 1 ? ` --jobs ${jobs}` : ''}`);
        const r = timed(process.execPath, [bin, 'mm', 'verify', path, '--json', ...(jobs > 1 ? ['--jobs', String(jobs)] : [])]);
        ok &&= r.code === 0;
        proofs = (JSON.parse(r.stdout || '{}') as { checked?: number }).checked ?? 0;
        (jobs > 1 ? ours2 : ours).push(r);
      };
      const runExe = (): void => {
        opts.onStep?.(`${name}: metamath-exe`);
        exe.push(timed('metamath', [`read "${path}"`, 'verify proof *', 'exit']));
      };
      for (let i = 0; i < repeats; i++) {
        // alternate who goes first, so that neither always runs on a warmer (or busier) machine
        if (i % 2 === 0) runOurs(1);
        if (useExe) runExe();
        if (i % 2 === 1) runOurs(1);
        if (opts.jobs2 && name !== 'one-proof.mm') runOurs(2);
      }
      const o = summary(ours);
      const e = useExe ? summary(exe) : undefined;
      const ratio = e ? o.seconds / e.seconds : undefined;
      rows.push({
        file: name,
        megabytes: statSync(path).size / 1e6,
        proofs,
        ok,
        ours: o,
        ...(ours2.length ? { ours2: summary(ours2) } : {}),
        ...(e ? { exe: e, ratio } : {}),
        target,
        ...(ratio !== undefined || name === 'one-proof.mm' ? { met: meets(ratio ?? 0, o.seconds) } : {}),
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  opts.onStep?.('differential fuzz');
  const base = readFileSync(FUZZ_BASE, 'utf8');
  const count = opts.fuzzCount ?? FUZZ_COUNT;
  const f = runFuzz({ base, seed: FUZZ_SEED, count, ...(useExe ? {} : { expected: readCorpus().mutants }) });
  return {
    rows,
    skipped,
    repeats,
    loadAverage: { before, after: loadavg() },
    fuzz: { agree: f.agree, count: f.count, reference: f.reference, agreement: f.agreement },
    ...(useExe ? { exeVersion: exeVersion() } : { exeNote: 'metamath-exe not installed (apt-get install metamath): its columns are left out and the fuzz run uses the checked-in corpus' }),
  };
}

/** Debian's metamath package version (kept for lib/bench/metamath-env.ts). */
export { exeVersion };
