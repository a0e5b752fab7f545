/** A `mathgym train` checkpoint read back as a model plus the task (env and prompt template) it was trained on. */
import { Rng } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { restoreCheckpoint } from '../nn/checkpoint.js';
import { loadCheckpoint } from '../nn/checkpoint-file.js';
import { Transformer, type TransformerConfig } from '../nn/models/transformer.js';
import { CharTokenizer } from '../nn/tokenizer.js';
import { taskOfCheckpoint } from '../rl/tasks.js';
import { checkpointKind, expectCheckpointKind } from './checkpoint-kind.js';
import type { Task } from '../rl/trainer.js';

export interface CheckpointPolicy {
  readonly model: Transformer;
  readonly tokenizer: CharTokenizer;
  readonly task: Task;
  readonly env: string;
  readonly difficulty: number;
  /** The completion length the checkpoint was trained and evaluated with. */
  readonly maxNewTokens: number;
}

/** @throws ConfigError for an unreadable file, a checkpoint without model meta, or an env without a built-in task. */
export async function loadCheckpointPolicy(path: string): Promise<CheckpointPolicy> {
  const ck = await loadCheckpoint(path).catch((e: unknown) => {
    throw new ConfigError(`cannot read checkpoint ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  });
  const kind = checkpointKind(ck.meta, ck.step);
  expectCheckpointKind(path, kind, 'transformer', 'this command runs the text transformer that `mathgym train` writes');
  const config = ck.meta.config as TransformerConfig;
  const charset = typeof ck.meta.charset === 'string' ? ck.meta.charset : '';
  const { task, env, difficulty } = await taskOfCheckpoint(ck.meta);
  const tokenizer = new CharTokenizer(charset);
  const model = new Transformer(config, Rng.fromSeed(0), tokenizer);
  restoreCheckpoint(ck, model);
  const trained = (ck.meta.train as { maxNewTokens?: unknown } | undefined)?.maxNewTokens;
  return { model, tokenizer, task, env, difficulty, maxNewTokens: typeof trained === 'number' ? trained : 5 };
}
