import { expect } from 'chai';
import { reshape, ShapeError, Tensor } from '../../../lib/nn/index.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/reshape', [
  { name: '[2,6] -> [3,-1]', inputs: [{ shape: [2, 6] }], run: (x) => reshape(x!, [3, -1]), oracle: (x) => x! },
]);

describe('nn/kernels/reshape', () => {
  it('should infer one -1 dim and share the data', () => {
    const x = Tensor.zeros([2, 6]);
    const y = reshape(x, [4, -1]);
    expect(y.shape).to.deep.equal([4, 3]);
    expect(y.data).to.equal(x.data);
  });
  it('should reject a mismatched count or two -1 dims', () => {
    expect(() => reshape(Tensor.zeros([2, 6]), [5, 2])).to.throw(ShapeError, /cannot view 12 elements as 10/);
    expect(() => reshape(Tensor.zeros([2, 6]), [-1, -1])).to.throw(ShapeError, /at most one -1/);
  });
});
