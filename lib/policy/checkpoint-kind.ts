/**
 * What a checkpoint holds, read from its meta: which policy (the text transformer of `mathgym train`,
 * or the action-ranking policy of `train --env mathgym/EquationRewrite-v0`), for which env and config.
 * Commands handed the wrong kind say what they found instead of failing on a missing field.
 */
import { ConfigError } from '../errors.js';

export interface CheckpointKind {
  readonly policy: 'transformer' | 'ranker' | 'unknown';
  readonly env: string | undefined;
  readonly difficulty: number | undefined;
  /** The RL algorithm of a transformer run (grpo, ppo, ...), 'ranker' for the ranker. */
  readonly algo: string | undefined;
  /** RL updates (transformer) or iterations (ranker) done. */
  readonly updates: number | undefined;
  /** The model's config, as stored. */
  readonly config: Readonly<Record<string, unknown>> | undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** Reads the kind of policy, env and config from a checkpoint's meta (step: the checkpoint's step). */
export function checkpointKind(meta: Readonly<Record<string, unknown>>, step?: number): CheckpointKind {
  const config = obj(meta.config);
  // train writes policy: 'transformer' since runs got their own folders; older transformer checkpoints are known by their charset
  const policy = meta.policy === 'ranker' ? 'ranker' : meta.policy === 'transformer' || (config !== undefined && typeof meta.charset === 'string') ? 'transformer' : 'unknown';
  const train = obj(meta.train);
  return {
    policy,
    env: str(meta.env) ?? (policy === 'transformer' ? 'mathgym/Arithmetic-v0' : undefined),
    difficulty: num(meta.difficulty),
    algo: policy === 'ranker' ? 'ranker' : str(train?.algo),
    updates: num(meta.rlUpdate) ?? step,
    config,
  };
}

/** One line a person can read: "an action-ranking policy (features 12, hidden 32) for mathgym/EquationRewrite-v0 difficulty 1, 25 updates". */
export function describeCheckpoint(kind: CheckpointKind): string {
  const what =
    kind.policy === 'ranker' ? 'an action-ranking policy' : kind.policy === 'transformer' ? 'a text transformer' : 'no policy mathgym knows (no policy kind, model config or charset in its meta)';
  const config = kind.config ? ` (${Object.entries(kind.config).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(', ')})` : '';
  const env = kind.env ? ` for ${kind.env}${kind.difficulty === undefined ? '' : ` difficulty ${kind.difficulty}`}` : '';
  const run = kind.algo && kind.policy === 'transformer' ? `, ${kind.algo}` : '';
  const updates = kind.updates === undefined ? '' : `, ${kind.updates} updates`;
  return `${what}${config}${env}${run}${updates}`;
}

/** Throws a ConfigError naming what `path` holds when it is not a `want` checkpoint; `use` says what the command needs. */
export function expectCheckpointKind(path: string, kind: CheckpointKind, want: CheckpointKind['policy'], use: string): void {
  if (kind.policy === want) return;
  const hint =
    kind.policy === 'ranker'
      ? ' (written by `mathgym train --env mathgym/EquationRewrite-v0`)'
      : kind.policy === 'transformer'
        ? ' (written by `mathgym train` on mathgym/Arithmetic-v0)'
        : '';
  throw new ConfigError(`${path} holds ${describeCheckpoint(kind)}${hint}; ${use}`);
}
