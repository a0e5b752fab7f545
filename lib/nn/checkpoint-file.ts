/** Checkpoints on disk (Node only; the format itself, which the browser also uses, is in checkpoint.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { deserializeCheckpoint, serializeCheckpoint, type Checkpoint, type CheckpointInput } from './checkpoint.js';

export async function saveCheckpoint(path: string, c: CheckpointInput): Promise<void> {
  await writeFile(path, serializeCheckpoint(c));
}

export async function loadCheckpoint(path: string): Promise<Checkpoint> {
  return deserializeCheckpoint(new Uint8Array(await readFile(path)));
}
