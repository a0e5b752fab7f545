/**
 * Where a `mathgym train` run writes: its own folder runs/<env>-<algo>-<UTC timestamp> (or --out-dir),
 * with runs/latest pointing at the newest, so that one run never overwrites another's checkpoint or
 * appends to its metrics.
 */
import { existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync, unlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { loadCheckpoint } from '../nn/checkpoint-file.js';
import { checkpointKind, describeCheckpoint } from '../policy/checkpoint-kind.js';

export const RUNS_ROOT = 'runs';

/** "mathgym/EquationRewrite-v0", "ranker" -> "equation-rewrite-ranker". */
export function runName(env: string, algo: string): string {
  const name = (env.split('/').pop() ?? env).replace(/-v\d+$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return `${name}-${algo}`;
}

/** runs/<name>-<YYYYMMDD-HHMMSS> (UTC), with -2, -3, ... when two runs start in the same second. */
export function newRunDir(name: string, now: Date = new Date(), root: string = RUNS_ROOT): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
  let dir = join(root, `${name}-${stamp}`);
  for (let k = 2; existsSync(dir); k++) dir = join(root, `${name}-${stamp}-${k}`);
  return dir;
}

/**
 * Refuses a folder that already holds another run (its checkpoint or metrics), saying what is there;
 * `resumed` is the checkpoint a resumed run continues, whose own folder it may write to.
 */
export async function assertFreeRunDir(dir: string, resumed?: string): Promise<void> {
  if (resumed !== undefined && resolve(dir) === resolve(resumed, '..')) return;
  const checkpoint = join(dir, 'checkpoint.bin');
  if (existsSync(checkpoint)) {
    const what = await loadCheckpoint(checkpoint).then(
      (ck) => describeCheckpoint(checkpointKind(ck.meta, ck.step)),
      () => 'an unreadable checkpoint',
    );
    throw new ConfigError(`${dir} already holds a run (${what}); give another --out-dir, leave it out for a new runs/<name>-<time> folder, or continue that run with --resume ${checkpoint}`);
  }
  if (existsSync(join(dir, 'metrics.jsonl'))) throw new ConfigError(`${dir} already holds a run's metrics.jsonl; give another --out-dir or leave it out for a new runs/<name>-<time> folder`);
}

/** Points runs/latest at `dir` (a relative symlink); best effort, the run's path is printed anyway. */
export function linkLatest(dir: string, root: string = RUNS_ROOT): string | undefined {
  const link = join(root, 'latest');
  try {
    mkdirSync(root, { recursive: true });
    if (lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(link);
    else if (existsSync(link)) return undefined; // a real file or folder named latest: not ours to replace
    symlinkSync(basename(dir), link, 'dir');
    return readlinkSync(link) === basename(dir) ? link : undefined;
  } catch {
    return undefined;
  }
}
