import { expect } from 'chai';
import { attention, setBackend, disposeBackend, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

const att = (shape: number[]) => ({
  name: `[${shape}]`,
  inputs: [{ shape }, { shape }, { shape }],
  run: (q: Tensor | undefined, k: Tensor | undefined, v: Tensor | undefined) => attention(q!, k!, v!),
  oracle: (q: Float64Array | undefined, k: Float64Array | undefined, v: Float64Array | undefined) => ref.attention(q!, k!, v!, shape),
});

checkOps('nn/kernels/attention', [att([1, 1, 4, 3]), att([2, 2, 5, 4]), att([1, 3, 1, 2])]);

describe('nn/kernels/attention', () => {
  afterEach(() => disposeBackend());
  it('should let the first position see only itself (output = v[0])', () => {
    setBackend('js');
    const q = Tensor.from([1, 2, 3, 4], [1, 1, 2, 2]);
    const v = Tensor.from([7, 8, 9, 10], [1, 1, 2, 2]);
    expect(Array.from(attention(q, q, v).data.subarray(0, 2))).to.deep.equal([7, 8]);
  });
  it('should reject q, k, v of different shapes', () => {
    expect(() => attention(Tensor.zeros([1, 1, 2, 2]), Tensor.zeros([1, 1, 3, 2]), Tensor.zeros([1, 1, 2, 2]))).to.throw(ShapeError, /attention/);
  });
});
