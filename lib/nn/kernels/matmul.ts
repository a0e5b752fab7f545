/**
 * matmul: [..., M, K] x [K, N] -> [..., M, N] (one weight for every leading index, as in a linear
 * layer), or [..., M, K] x [..., K, N] with equal leading dims (batched). Backward:
 * dA = dC . B^T, dB = A^T . dC (summed over the batch when B is shared).
 */
import { ShapeError, numel } from '../shape.js';
import { Tensor, result } from '../tensor.js';
import { accumulateFresh } from './fresh.js';
import { gemmValues } from './gemm.js';

/**
 * Matrix product of `a` and `b` over their last two dims.
 * @throws ShapeError when the inner dims differ, a rank is below 2, or batched leading dims differ.
 * @example matmul(x, w) // x [B,T,C], w [C,4C] -> [B,T,4C]
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  const as = a.shape, bs = b.shape;
  if (as.length < 2 || bs.length < 2) throw new ShapeError('matmul', [as, bs], 'both operands need at least 2 dims');
  const m = as[as.length - 2], k = as[as.length - 1];
  const kb = bs[bs.length - 2], n = bs[bs.length - 1];
  if (k !== kb) throw new ShapeError('matmul', [as, bs], `inner dims must agree (a's last ${k} vs b's second-to-last ${kb})`);
  const lead = as.slice(0, -2);
  const shareB = bs.length === 2;
  if (!shareB && (bs.length !== as.length || !bs.slice(0, -2).every((d, i) => d === lead[i]))) {
    throw new ShapeError('matmul', [as, bs], 'a batched b needs the same leading dims as a (or pass b as a 2-D [K,N] weight)');
  }
  const batch = numel(lead);
  const out = gemmValues(a.values, b.values, { batch, m, k, n, shareB });
  return result(out, [...lead, m, n], [a, b], (g) => {
    if (a.requiresGrad) accumulateFresh(a, gemmValues(g, b.values, { batch, m, k: n, n: k, transB: true, shareB }));
    if (b.requiresGrad) {
      const db = shareB
        ? gemmValues(a.values, g, { batch: 1, m: k, k: batch * m, n, transA: true })
        : gemmValues(a.values, g, { batch, m: k, k: m, n, transA: true });
      accumulateFresh(b, db);
    }
  });
}
