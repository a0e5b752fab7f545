/**
 * A WebAssembly SIMD matmul microkernel for the CPU path of gemm (no gpu.js). V8 does not vectorise
 * JS loops, so the TS kernel tops out near 4 GFLOP/s; this one computes a 4 x 8 tile of C per step
 * with eight f32x4 accumulators (C[i..i+3, j..j+7] += A[i+r, p] * B[p, j..j+7]) and runs ~4x faster.
 *
 * The module is ~300 bytes assembled here (no build step, nothing fetched). Inputs are copied into
 * its memory, A as [Mp, K] row-major and B as 8-column panels, M padded to 4 rows and N to 8 columns
 * with zeros, transposing on the way in when asked; C comes back unpadded. Sums are accumulated in f32 (as on
 * gpu.js). `simdGemmAvailable()` is false where the runtime lacks WebAssembly SIMD; gemm then uses TS.
 */
import type { GemmDims } from './gemm-dims.js';

// --- a few opcodes (WebAssembly core + SIMD proposal) ---
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, I32_CONST = 0x41;
const I32_ADD = 0x6a, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_SHL = 0x74, I32_GE_U = 0x4f, I32_EQZ = 0x45;
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const F32_LOAD = 0x2a, SIMD = 0xfd;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function name(s: string): number[] {
  return [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
}

// params: a, b, c (byte addresses), M (multiple of 4), K, N (multiple of 8)
const A = 0, B = 1, C = 2, M = 3, K = 4, N = 5;
// i32 locals
const I = 6, J = 7, P = 8, A0 = 9, BP = 13, CP = 14, K4 = 15, N4 = 16;
// v128 locals: acc[r][h] = 17 + 2r + h, then b0, b1, av
const ACC = 17, B0 = 25, B1 = 26, AV = 27;

const get = (l: number): number[] => [LOCAL_GET, l];
const set = (l: number): number[] => [LOCAL_SET, l];
const i32 = (v: number): number[] => [I32_CONST, ...uleb(v)]; // small non-negative constants only
const simd = (op: number, ...imm: number[]): number[] => [SIMD, ...uleb(op), ...imm];
const v128Load = (offset: number): number[] => simd(0x00, 4, ...uleb(offset));
const v128Store = (offset: number): number[] => simd(0x0b, 4, ...uleb(offset));
const zero = (): number[] => simd(0x0c, ...new Array<number>(16).fill(0));
const f32x4Splat = simd(0x13), f32x4Add = simd(0xe4), f32x4Mul = simd(0xe6);

function body(): number[] {
  const code: number[] = [];
  const emit = (...parts: number[][]): void => {
    for (const p of parts) code.push(...p);
  };
  emit(get(K), i32(2), [I32_SHL], set(K4), get(N), i32(2), [I32_SHL], set(N4));
  emit(i32(0), set(I), [BLOCK, VOID, LOOP, VOID], get(I), get(M), [I32_GE_U, BR_IF, 1]);
  {
    emit(i32(0), set(J), [BLOCK, VOID, LOOP, VOID], get(J), get(N), [I32_GE_U, BR_IF, 1]);
    for (let r = 0; r < 8; r++) emit(zero(), set(ACC + r));
    // a_r = a + (i + r) * K4; bp = the start of B's panel j / 8 (K rows of 8 floats)
    emit(get(A), get(I), get(K4), [I32_MUL], [I32_ADD], set(A0));
    for (let r = 1; r < 4; r++) emit(get(A0 + r - 1), get(K4), [I32_ADD], set(A0 + r));
    emit(get(B), get(J), get(K4), [I32_MUL], [I32_ADD], set(BP));
    emit(get(K), set(P), [BLOCK, VOID, LOOP, VOID], get(P), [I32_EQZ, BR_IF, 1]);
    {
      emit(get(BP), v128Load(0), set(B0), get(BP), v128Load(16), set(B1));
      for (let r = 0; r < 4; r++) {
        emit(get(A0 + r), [F32_LOAD, 2, 0], f32x4Splat, set(AV));
        for (let h = 0; h < 2; h++) emit(get(ACC + 2 * r + h), get(AV), get(h === 0 ? B0 : B1), f32x4Mul, f32x4Add, set(ACC + 2 * r + h));
      }
      for (let r = 0; r < 4; r++) emit(get(A0 + r), i32(4), [I32_ADD], set(A0 + r));
      emit(get(BP), i32(32), [I32_ADD], set(BP), get(P), i32(1), [I32_SUB], set(P), [BR, 0, END, END]);
    }
    // cp = c + i * N4 + j * 4; store the tile row by row
    emit(get(C), get(I), get(N4), [I32_MUL], [I32_ADD], get(J), i32(2), [I32_SHL], [I32_ADD], set(CP));
    for (let r = 0; r < 4; r++) {
      emit(get(CP), get(ACC + 2 * r), v128Store(0), get(CP), get(ACC + 2 * r + 1), v128Store(16));
      if (r < 3) emit(get(CP), get(N4), [I32_ADD], set(CP));
    }
    emit(get(J), i32(8), [I32_ADD], set(J), [BR, 0, END, END]);
  }
  emit(get(I), i32(4), [I32_ADD], set(I), [BR, 0, END, END]);
  const locals = [2, ...uleb(11), 0x7f, ...uleb(11), 0x7b];
  const fn = [...locals, ...code, END];
  return [...uleb(fn.length), ...fn];
}

function moduleBytes(): Uint8Array {
  const type = [1, 0x60, 6, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0];
  const exports = [2, ...name('mem'), 0x02, 0, ...name('gemm'), 0x00, 0];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, type),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, exports),
    ...section(10, [1, ...body()]),
  ]);
}

// the few WebAssembly JS-API members used here (the project's TS lib settings do not declare them)
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

interface Kernel {
  readonly memory: WasmMemory;
  readonly gemm: (a: number, b: number, c: number, m: number, k: number, n: number) => void;
  f32: Float32Array;
}

let kernel: Kernel | null | undefined;

function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  try {
    const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    const bytes = moduleBytes();
    if (!wasm || !wasm.validate(bytes)) return (kernel = null);
    const inst = new wasm.Instance(new wasm.Module(bytes), {});
    const memory = inst.exports.mem as WasmMemory;
    kernel = { memory, gemm: inst.exports.gemm as Kernel['gemm'], f32: new Float32Array(memory.buffer) };
  } catch {
    kernel = null;
  }
  return kernel;
}

/** Whether this runtime runs the SIMD kernel (WebAssembly with 128-bit SIMD). */
export function simdGemmAvailable(): boolean {
  return load() !== null;
}

/** Grows the module memory to hold `floats` floats; returns the (possibly new) view. */
function reserve(k: Kernel, floats: number): Float32Array {
  const need = floats * 4 - k.memory.buffer.byteLength;
  if (need > 0) {
    k.memory.grow(Math.ceil(need / 65536));
    k.f32 = new Float32Array(k.memory.buffer);
  }
  return k.f32;
}

/**
 * B into panel-major order for the kernel: columns in panels of 8, each panel K rows of 8 floats,
 * mem[dst + (c >> 3) * 8k + 8r + (c & 7)] = op(src)[r, c], so the kernel streams one panel
 * contiguously (a plain [K, N] layout strides N floats per row and falls out of cache as N grows).
 */
function packPanels(mem: Float32Array, dst: number, src: Float32Array, off: number, k: number, n: number, trans: boolean): void {
  if (trans) {
    // src is [n, k]: column c of op(src) is contiguous there; it lands every 8th float of its panel
    for (let c = 0; c < n; c++) {
      const s = off + c * k;
      let o = dst + (c >> 3) * 8 * k + (c & 7);
      for (let r = 0; r < k; r++, o += 8) mem[o] = src[s + r] as number;
    }
    return;
  }
  for (let c0 = 0; c0 < n; c0 += 8) {
    const w = Math.min(8, n - c0);
    let o = dst + c0 * k;
    for (let r = 0; r < k; r++, o += 8) {
      const s = off + r * n + c0;
      for (let c = 0; c < w; c++) mem[o + c] = src[s + c] as number;
    }
  }
}

/** mem[dst + r*ld + c] = op(src)[r, c] for r < rows, c < cols, where op(src) is src [rows, cols] or src^T with src [cols, rows]. */
function pack(mem: Float32Array, dst: number, ld: number, src: Float32Array, off: number, rows: number, cols: number, trans: boolean): void {
  if (!trans) {
    if (ld === cols) mem.set(src.subarray(off, off + rows * cols), dst);
    else for (let r = 0; r < rows; r++) mem.set(src.subarray(off + r * cols, off + (r + 1) * cols), dst + r * ld);
    return;
  }
  for (let r = 0; r < rows; r++) {
    const o = dst + r * ld;
    for (let c = 0; c < cols; c++) mem[o + c] = src[off + c * rows + r] as number;
  }
}

/**
 * C [batch, m, n] = op(A_z) op(B_z) into `out` with the SIMD kernel. Returns false (and writes
 * nothing) when the kernel is unavailable, so the caller can take the TS path.
 */
export function simdGemm(a: Float32Array, b: Float32Array, d: GemmDims, out: Float32Array): boolean {
  const k = load();
  if (!k) return false;
  const { batch, m, k: kk, n } = d;
  // one weight for every item and A not transposed: the batch is one tall product
  const stack = d.shareB === true && !d.transA;
  const rows = stack ? batch * m : m;
  const calls = stack ? 1 : batch;
  const mp = Math.ceil(rows / 4) * 4, np = Math.ceil(n / 8) * 8;
  const aSize = mp * kk, bSize = kk * np, cSize = mp * np;
  const aPtr = 0, bPtr = aSize, cPtr = aSize + bSize;
  let mem = reserve(k, aSize + bSize + cSize);
  if (mp !== rows) mem.fill(0, aPtr + rows * kk, aPtr + aSize);
  if (np !== n) mem.fill(0, bPtr, bPtr + bSize);
  for (let z = 0; z < calls; z++) {
    pack(mem, aPtr, kk, a, z * m * kk, rows, kk, d.transA === true);
    if (z === 0 || !d.shareB) packPanels(mem, bPtr, b, d.shareB ? 0 : z * kk * n, kk, n, d.transB === true);
    k.gemm(aPtr * 4, bPtr * 4, cPtr * 4, mp, kk, np);
    mem = k.f32;
    const o = z * m * n;
    if (np === n) out.set(mem.subarray(cPtr, cPtr + rows * n), o);
    else for (let r = 0; r < rows; r++) out.set(mem.subarray(cPtr + r * np, cPtr + r * np + n), o + r * n);
  }
  return true;
}
