import { expect } from 'chai';
import { permute, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/permute', [
  { name: '[2,3,4,2] heads split (0,2,1,3)', inputs: [{ shape: [2, 3, 4, 2] }], run: (x) => permute(x!, [0, 2, 1, 3]), oracle: (x) => ref.permute(x!, [2, 3, 4, 2], [0, 2, 1, 3]) },
  { name: '[3,4] transpose', inputs: [{ shape: [3, 4] }], run: (x) => permute(x!, [1, 0]), oracle: (x) => ref.permute(x!, [3, 4], [1, 0]) },
]);

describe('nn/kernels/permute', () => {
  it('should reorder the shape', () => {
    expect(permute(Tensor.zeros([2, 3, 4]), [2, 0, 1]).shape).to.deep.equal([4, 2, 3]);
  });
  it('should reject a perm that is not a permutation', () => {
    expect(() => permute(Tensor.zeros([2, 3]), [0, 0])).to.throw(ShapeError, /each of 0..1 once/);
  });
});
