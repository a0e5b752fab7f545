/**
 * Float64 reference implementations of every lib/nn op, written as directly as possible (no
 * blocking, no gpu.js, no shared code with lib/nn). The specs hold every backend's forward output to
 * these, and take numeric gradients of them by central differences.
 */
export type Arr = Float64Array;

const numel = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);

/** [..., M, K] x [K, N] (shared) or x [..., K, N] (batched). */
export function matmul(a: Arr, as: readonly number[], b: Arr, bs: readonly number[]): Arr {
  const m = as[as.length - 2]!, k = as[as.length - 1]!, n = bs[bs.length - 1]!;
  const batch = numel(as.slice(0, -2));
  const shared = bs.length === 2;
  const c = new Float64Array(batch * m * n);
  for (let z = 0; z < batch; z++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[(z * m + i) * k + p]! * b[(shared ? 0 : z * k * n) + p * n + j]!;
        c[(z * m + i) * n + j] = s;
      }
  return c;
}

/** a op b with b broadcast as a suffix (b.length divides a.length). */
export function binary(a: Arr, b: Arr, f: (x: number, y: number) => number): Arr {
  return a.map((x, i) => f(x, b[i % b.length]!));
}

export function gelu(x: Arr): Arr {
  return x.map((v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))));
}

function byRows(x: Arr, cols: number, f: (row: number[]) => number[]): Arr {
  const out = new Float64Array(x.length);
  for (let o = 0; o < x.length; o += cols) out.set(f(Array.from(x.subarray(o, o + cols))), o);
  return out;
}

export function softmax(x: Arr, cols: number): Arr {
  return byRows(x, cols, (r) => {
    const e = r.map((v) => Math.exp(v - Math.max(...r)));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });
}

export function logSoftmax(x: Arr, cols: number): Arr {
  return byRows(x, cols, (r) => {
    const m = Math.max(...r);
    const lse = m + Math.log(r.reduce((a, v) => a + Math.exp(v - m), 0));
    return r.map((v) => v - lse);
  });
}

export function layerNorm(x: Arr, gain: Arr, bias: Arr, eps = 1e-5): Arr {
  const cols = gain.length;
  return byRows(x, cols, (r) => {
    const mu = r.reduce((a, b) => a + b, 0) / cols;
    const v = r.reduce((a, b) => a + (b - mu) ** 2, 0) / cols;
    return r.map((t, c) => ((t - mu) / Math.sqrt(v + eps)) * gain[c]! + bias[c]!);
  });
}

export function embedding(w: Arr, dim: number, ids: readonly number[]): Arr {
  const out = new Float64Array(ids.length * dim);
  ids.forEach((id, i) => out.set(w.subarray(id * dim, (id + 1) * dim), i * dim));
  return out;
}

/** Causal attention over [B,H,T,D], one (b,h) block at a time, masked scores set to -Infinity. */
export function attention(q: Arr, k: Arr, v: Arr, shape: readonly number[]): Arr {
  const [b, h, t, d] = shape as [number, number, number, number];
  const out = new Float64Array(q.length);
  for (let z = 0; z < b * h; z++) {
    const base = z * t * d;
    for (let i = 0; i < t; i++) {
      const s: number[] = [];
      for (let j = 0; j < t; j++) {
        let dot = 0;
        for (let c = 0; c < d; c++) dot += q[base + i * d + c]! * k[base + j * d + c]!;
        s.push(j <= i ? dot / Math.sqrt(d) : -Infinity);
      }
      const m = Math.max(...s);
      const e = s.map((x) => Math.exp(x - m));
      const sum = e.reduce((a2, b2) => a2 + b2, 0);
      for (let c = 0; c < d; c++) {
        let acc = 0;
        for (let j = 0; j < t; j++) acc += (e[j]! / sum) * v[base + j * d + c]!;
        out[base + i * d + c] = acc;
      }
    }
  }
  return out;
}

export function crossEntropy(logits: Arr, cols: number, targets: readonly number[], mask?: readonly number[]): Arr {
  const lsm = logSoftmax(logits, cols);
  let loss = 0, n = 0;
  targets.forEach((t, r) => {
    if (mask && mask[r] === 0) return;
    loss -= lsm[r * cols + t]!;
    n++;
  });
  return Float64Array.of(n > 0 ? loss / n : 0);
}

/** Sums over the last dim of [rows, cols] (cols = length for a full reduction). */
export function sumRows(x: Arr, cols: number, mean = false): Arr {
  const out = new Float64Array(x.length / cols);
  for (let r = 0; r < out.length; r++) {
    let s = 0;
    for (let c = 0; c < cols; c++) s += x[r * cols + c]!;
    out[r] = mean ? s / cols : s;
  }
  return out;
}

export function permute(x: Arr, shape: readonly number[], perm: readonly number[]): Arr {
  const outShape = perm.map((p) => shape[p]!);
  const out = new Float64Array(x.length);
  const strides = shape.map((_, i) => numel(shape.slice(i + 1)));
  for (let o = 0; o < out.length; o++) {
    let rem = o, src = 0;
    for (let i = 0; i < outShape.length; i++) {
      const sz = numel(outShape.slice(i + 1));
      src += Math.floor(rem / sz) * strides[perm[i]!]!;
      rem %= sz;
    }
    out[o] = x[src]!;
  }
  return out;
}
