import { expect } from 'chai';
import { mul, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/mul', [
  { name: 'same shape [3,4]', inputs: [{ shape: [3, 4] }, { shape: [3, 4] }], run: (a, b) => mul(a!, b!), oracle: (a, b) => ref.binary(a!, b!, (x, y) => x * y) },
  { name: 'gain [2,3,5] * [3,5]', inputs: [{ shape: [2, 3, 5] }, { shape: [3, 5] }], run: (a, b) => mul(a!, b!), oracle: (a, b) => ref.binary(a!, b!, (x, y) => x * y) },
  { name: 'square x * x', inputs: [{ shape: [7] }], run: (a) => mul(a!, a!), oracle: (a) => a!.map((x) => x * x) },
  { name: 'constant operand', inputs: [{ shape: [4, 2] }, { shape: [2], grad: false }], run: (a, b) => mul(a!, b!), oracle: (a, b) => ref.binary(a!, b!, (x, y) => x * y) },
]);

describe('nn/kernels/mul errors', () => {
  it('should reject shapes that do not broadcast', () => {
    expect(() => mul(Tensor.zeros([2, 3]), Tensor.zeros([3, 2]))).to.throw(ShapeError, /mul/);
  });
});
