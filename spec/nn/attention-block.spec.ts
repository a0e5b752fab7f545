/**
 * End to end: one causal self-attention block (token + position embeddings, layer norm, 2 heads,
 * linear head) trained with plain SGD on random token sequences. Copying the previous token is
 * learnable and must drop the loss by >= 90%; predicting the next token is not (the causal mask hides
 * it), so that loss must stay near log(V): a leak through the mask would show up here.
 */
import { expect } from 'chai';
import { Rng } from '../../lib/core/rng.js';
import { add, attention, backendInfo, crossEntropy, disposeBackend, embedding, layerNorm, matmul, noGrad, permute, reshape, setBackend, Tensor, zeroGrad } from '../../lib/nn/index.js';

const V = 8, T = 8, B = 16, C = 32, H = 2, D = C / H;

function train(task: 'previous' | 'next', steps: number): { first: number; last: number } {
  const rng = Rng.fromSeed(3);
  const init = (shape: number[], std: number) => Tensor.randn(shape, rng, std, true);
  const [wte, wpe] = [init([V, C], 0.5), init([T, C], 0.5)];
  const [wq, wk, wv, wo] = [init([C, C], C ** -0.5), init([C, C], C ** -0.5), init([C, C], C ** -0.5), init([C, V], C ** -0.5)];
  const gain = Tensor.from(new Array<number>(C).fill(1), [C], true);
  const bias = Tensor.zeros([C], true);
  const params = [wte, wpe, wq, wk, wv, wo, gain, bias];
  const heads = (x: Tensor) => permute(reshape(x, [B, T, H, D]), [0, 2, 1, 3]);
  const pos = Array.from({ length: B * T }, (_, i) => i % T);
  let first = NaN, last = NaN;
  for (let step = 0; step < steps; step++) {
    const ids = Array.from({ length: B * T }, () => rng.integer(0, V - 1));
    const shift = task === 'previous' ? -1 : 1;
    const keep = ids.map((_, i) => (i % T) + shift >= 0 && (i % T) + shift < T);
    const targets = ids.map((_, i) => (keep[i] ? ids[i + shift]! : -1));
    const h = layerNorm(add(embedding(wte, ids, [B, T]), embedding(wpe, pos, [B, T])), gain, bias);
    const o = attention(heads(matmul(h, wq)), heads(matmul(h, wk)), heads(matmul(h, wv)));
    const logits = matmul(reshape(permute(o, [0, 2, 1, 3]), [B, T, C]), wo);
    const loss = crossEntropy(logits, targets, keep.map(Number));
    zeroGrad(params);
    loss.backward();
    noGrad(() => {
      for (const p of params) for (let i = 0; i < p.size; i++) p.data[i] -= 0.5 * p.grad![i]!;
    });
    if (step === 0) first = loss.item();
    last = loss.item();
  }
  return { first, last };
}

describe('nn end-to-end: one attention block with SGD', () => {
  afterEach(() => disposeBackend());
  for (const [backend, gpuMinWork] of [['js', undefined], ['webasm', 0]] as const) {
    const how = gpuMinWork === 0 ? ' with every gpu.js kernel forced on' : '';
    it(`should learn to copy the previous token (loss down >= 90% in 100 steps) on '${backend}'${how}`, () => {
      setBackend(backend, gpuMinWork === undefined ? {} : { gpuMinWork });
      const { first, last } = train('previous', 100);
      expect(backendInfo().fallbacks).to.deep.equal([]);
      expect(last / first, `loss ${first.toFixed(4)} -> ${last.toFixed(4)}`).to.be.below(0.1);
    });
  }
  it('should not learn the next token, which the causal mask hides (loss stays near log V)', () => {
    setBackend('js');
    const { last } = train('next', 60);
    expect(last).to.be.above(0.85 * Math.log(V));
  });
});
