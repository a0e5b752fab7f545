/**
 * Device arrays: tensor values that live in a gpu.js texture on a GL backend (WebGL2 in a browser,
 * headless-gl), so that one op's output feeds the next op's kernel without a trip through host
 * memory. A tensor holds `Values`, a host Float32Array or a DeviceArray; reading a DeviceArray on the
 * host (`host()`, `Tensor.data`, `Tensor.grad`) is a readback, counted in `deviceStats()` so tests and
 * the benchmark can see how many a training step makes.
 *
 * A texture is released when its DeviceArray is garbage-collected (FinalizationRegistry): tensors
 * have no explicit lifetime in lib/nn, and the tape keeps what backward still needs alive.
 */
import type { Texture } from 'gpu.js';
import { MathgymError } from '../errors.js';

const stats = { readbacks: 0, readbackFloats: 0, deviceArrays: 0, released: 0 };
/** Device arrays whose texture has not been freed yet (not reset with the counters). */
let live = 0;

/** Bumped when the backend's GL context goes away: arrays from an older epoch have no texture left. */
let epoch = 0;

/** Called by the backend when it destroys its GPU instance. */
export function invalidateDeviceArrays(): void {
  epoch++;
}

const release = new FinalizationRegistry<Texture>((texture) => {
  stats.released++;
  live--;
  try {
    texture.delete();
  } catch {
    // the GL context is already gone (backend disposed): nothing left to free
  }
});

/** A float array of `length` values in a gpu.js texture (the output of a pipeline kernel). */
export class DeviceArray {
  readonly length: number;
  readonly #texture: Texture;
  readonly #epoch = epoch;
  #disposed = false;

  constructor(texture: Texture, length: number) {
    this.#texture = texture;
    this.length = length;
    stats.deviceArrays++;
    live++;
    release.register(this, texture, this);
  }

  /** The texture, to pass to the next kernel. */
  get texture(): Texture {
    if (this.#disposed || this.#epoch !== epoch) throw new MathgymError('a device array was used after its backend was disposed (setBackend/disposeBackend frees every texture)', 'NN_DEVICE');
    return this.#texture;
  }

  /** Whether the texture is still there (not disposed, its backend not replaced). */
  get valid(): boolean {
    return !this.#disposed && this.#epoch === epoch;
  }

  /** Copies the values to host memory (a readback: the GPU finishes its queued work first). */
  toHost(): Float32Array {
    const raw = this.texture.toArray() as unknown;
    stats.readbacks++;
    stats.readbackFloats += this.length;
    if (raw instanceof Float32Array && raw.length === this.length) return raw;
    if (raw instanceof Float32Array && raw.length > this.length) return raw.slice(0, this.length);
    throw new MathgymError(`gpu.js texture read back ${describe(raw)}, expected ${this.length} floats`, 'NN_DEVICE');
  }

  /** Frees the texture now (for results the caller knows nothing else holds). */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (release.unregister(this)) {
      stats.released++;
      live--;
    }
    this.#texture.delete();
  }
}

function describe(v: unknown): string {
  if (v instanceof Float32Array) return `${v.length} floats`;
  return Array.isArray(v) ? `a nested array of ${v.length} rows` : typeof v;
}

/** A tensor's values: on the host, or on the device. */
export type Values = Float32Array | DeviceArray;

/** The values on the host (a readback when they are on the device). */
export function host(v: Values): Float32Array {
  return v instanceof DeviceArray ? v.toHost() : v;
}

export function onDevice(v: Values): v is DeviceArray {
  return v instanceof DeviceArray;
}

export interface DeviceStats {
  /** Device-to-host copies since the last reset. */
  readonly readbacks: number;
  readonly readbackFloats: number;
  /** Device arrays created (kernel outputs kept on the device). */
  readonly deviceArrays: number;
  /** Device arrays whose texture was freed (disposed, or collected with their last reference). */
  readonly released: number;
  /** Device arrays alive now, holding a texture (whatever the last reset). */
  readonly live: number;
}

/** Counters since the last `resetDeviceStats()`. */
export function deviceStats(): DeviceStats {
  return { ...stats, live };
}

export function resetDeviceStats(): void {
  stats.readbacks = 0;
  stats.readbackFloats = 0;
  stats.deviceArrays = 0;
  stats.released = 0;
}
