/**
 * Checkpoints: named parameters, optional AdamW state and the step, in one file:
 *   "MGCK" | u32 LE header byte length | UTF-8 JSON header | zero padding to 4 bytes | float32 LE data.
 * The header lists each tensor's name, shape and element offset into the data; AdamW's moments are
 * stored as tensors `adamw.m.<name>` and `adamw.v.<name>`, its step and hyperparameters in the header.
 */
import { ConfigError } from '../errors.js';
import type { AdamW } from './optim/adamw.js';
import { numel } from './shape.js';
import { Tensor } from './tensor.js';

/** Anything with named parameters (Transformer, or a hand-built list). */
export interface Checkpointable {
  namedParameters(): readonly (readonly [string, Tensor])[];
}

export interface CheckpointInput {
  readonly model: Checkpointable;
  readonly optimizer?: AdamW;
  readonly step: number;
  /** Free JSON (the model config, the tokenizer charset, ...). */
  readonly meta?: Record<string, unknown>;
}

interface TensorEntry {
  readonly name: string;
  readonly shape: number[];
  readonly offset: number;
}

interface OptimizerHeader {
  readonly step: number;
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
}

interface Header {
  readonly format: 'mathgym-checkpoint';
  readonly version: 1;
  readonly step: number;
  readonly meta: Record<string, unknown>;
  readonly tensors: TensorEntry[];
  readonly optimizer?: OptimizerHeader;
}

export interface Checkpoint {
  readonly step: number;
  readonly meta: Record<string, unknown>;
  /** Every stored tensor by name (parameters and optimizer moments). */
  readonly tensors: ReadonlyMap<string, Tensor>;
  readonly optimizer?: OptimizerHeader;
}

const MAGIC = 'MGCK';

export function serializeCheckpoint(c: CheckpointInput): Uint8Array {
  const named = c.model.namedParameters();
  const all: [string, Tensor | Float32Array, readonly number[]][] = named.map(([n, t]) => [n, t, t.shape]);
  let optimizer: OptimizerHeader | undefined;
  if (c.optimizer) {
    const s = c.optimizer.state();
    const index = new Map(named.map(([n, t]) => [t, n]));
    c.optimizer.params.forEach((p, k) => {
      const n = index.get(p);
      if (n === undefined) throw new ConfigError(`serializeCheckpoint: optimizer parameter ${k} is not one of the model's named parameters`);
      all.push([`adamw.m.${n}`, s.m[k]!, p.shape], [`adamw.v.${n}`, s.v[k]!, p.shape]);
    });
    optimizer = { step: s.step, lr: s.lr, beta1: s.beta1, beta2: s.beta2, eps: s.eps, weightDecay: s.weightDecay };
  }
  const tensors: TensorEntry[] = [];
  let offset = 0;
  for (const [name, , shape] of all) {
    tensors.push({ name, shape: [...shape], offset });
    offset += numel(shape);
  }
  const header: Header = { format: 'mathgym-checkpoint', version: 1, step: c.step, meta: c.meta ?? {}, tensors, ...(optimizer ? { optimizer } : {}) };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = Math.ceil((8 + json.length) / 4) * 4;
  const out = new Uint8Array(dataStart + offset * 4);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  all.forEach(([, t], i) => {
    const d = t instanceof Tensor ? t.data : t;
    const o = dataStart + tensors[i]!.offset * 4;
    for (let j = 0; j < d.length; j++) view.setFloat32(o + 4 * j, d[j]!, true);
  });
  return out;
}

/** @throws ConfigError for bytes that are not a mathgym checkpoint. */
export function deserializeCheckpoint(bytes: Uint8Array): Checkpoint {
  const bad = (why: string): ConfigError => new ConfigError(`not a mathgym checkpoint: ${why}`);
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw bad(`it does not start with "${MAGIC}"`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(4, true);
  if (8 + len > bytes.length) throw bad('the header runs past the end of the file');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as Header;
  } catch (e) {
    throw new ConfigError('not a mathgym checkpoint: the header is not JSON', { cause: e });
  }
  if (header.format !== 'mathgym-checkpoint' || header.version !== 1) throw bad(`format ${String(header.format)} version ${String(header.version)}`);
  const dataStart = Math.ceil((8 + len) / 4) * 4;
  const tensors = new Map<string, Tensor>();
  for (const e of header.tensors) {
    const n = numel(e.shape), o = dataStart + e.offset * 4;
    if (o + 4 * n > bytes.length) throw bad(`tensor ${e.name} runs past the end of the file (truncated?)`);
    const d = new Float32Array(n);
    for (let j = 0; j < n; j++) d[j] = view.getFloat32(o + 4 * j, true);
    tensors.set(e.name, new Tensor(d, e.shape));
  }
  return { step: header.step, meta: header.meta, tensors, ...(header.optimizer ? { optimizer: header.optimizer } : {}) };
}

/**
 * Copies a checkpoint's parameters into `model` (and moments into `optimizer`, which must list the
 * model's parameters). Returns the step.
 * @throws ConfigError for a missing tensor or a shape mismatch.
 */
export function restoreCheckpoint(c: Checkpoint, model: Checkpointable, optimizer?: AdamW): number {
  const named = model.namedParameters();
  const get = (name: string, shape: readonly number[]): Float32Array => {
    const t = c.tensors.get(name);
    if (!t) throw new ConfigError(`restoreCheckpoint: the checkpoint has no tensor ${name}`);
    if (t.shape.length !== shape.length || t.shape.some((d, i) => d !== shape[i])) {
      throw new ConfigError(`restoreCheckpoint: ${name} is [${t.shape}] in the checkpoint but [${shape}] in the model`);
    }
    return t.data;
  };
  for (const [n, p] of named) p.data.set(get(n, p.shape));
  if (optimizer) {
    if (!c.optimizer) throw new ConfigError('restoreCheckpoint: the checkpoint holds no optimizer state');
    const index = new Map(named.map(([n, t]) => [t, n]));
    const names = optimizer.params.map((p, k) => {
      const n = index.get(p);
      if (n === undefined) throw new ConfigError(`restoreCheckpoint: optimizer parameter ${k} is not one of the model's named parameters`);
      return n;
    });
    optimizer.loadState({
      ...c.optimizer,
      m: names.map((n, k) => get(`adamw.m.${n}`, optimizer.params[k]!.shape)),
      v: names.map((n, k) => get(`adamw.v.${n}`, optimizer.params[k]!.shape)),
    });
  }
  return c.step;
}
