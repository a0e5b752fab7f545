import { expect } from 'chai';
import { layerNorm, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/layer-norm', [
  {
    name: '[4,6] with gain and bias',
    inputs: [{ shape: [4, 6] }, { shape: [6], init: (r) => r.uniform(0.5, 1.5) }, { shape: [6] }],
    run: (x, g, b) => layerNorm(x!, g!, b!),
    oracle: (x, g, b) => ref.layerNorm(x!, g!, b!),
  },
  {
    name: '[2,3,8] offset and scaled rows',
    inputs: [{ shape: [2, 3, 8], init: (r) => 3 + 2 * r.normal() }, { shape: [8] }, { shape: [8] }],
    run: (x, g, b) => layerNorm(x!, g!, b!),
    oracle: (x, g, b) => ref.layerNorm(x!, g!, b!),
  },
]);

describe('nn/kernels/layer-norm errors', () => {
  it('should reject a gain that is not [C]', () => {
    expect(() => layerNorm(Tensor.zeros([2, 4]), Tensor.zeros([3]), Tensor.zeros([4]))).to.throw(ShapeError, /gain and bias must both be \[4\]/);
  });
});
