import { expect } from 'chai';
import { softmax, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/softmax', [
  { name: '[3,5]', inputs: [{ shape: [3, 5] }], run: (a) => softmax(a!), oracle: (a) => ref.softmax(a!, 5) },
  { name: '[2,2,4] large logits', inputs: [{ shape: [2, 2, 4], init: (r) => r.uniform(-30, 30) }], run: (a) => softmax(a!), oracle: (a) => ref.softmax(a!, 4), gradTol: 2e-3 },
]);

describe('nn/kernels/softmax', () => {
  it('should stay finite for logits that overflow exp', () => {
    const y = softmax(Tensor.from([1000, 1000, -1000], [1, 3])).data;
    expect(Array.from(y)).to.deep.equal([0.5, 0.5, 0]);
  });
  it('should reject a scalar', () => {
    expect(() => softmax(Tensor.scalar(1))).to.throw(ShapeError, /softmax/);
  });
});
