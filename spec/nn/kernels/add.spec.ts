import { expect } from 'chai';
import { add, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/add', [
  { name: 'same shape [3,4]', inputs: [{ shape: [3, 4] }, { shape: [3, 4] }], run: (a, b) => add(a!, b!), oracle: (a, b) => ref.binary(a!, b!, (x, y) => x + y) },
  { name: 'bias [2,3,5] + [5]', inputs: [{ shape: [2, 3, 5] }, { shape: [5] }], run: (a, b) => add(a!, b!), oracle: (a, b) => ref.binary(a!, b!, (x, y) => x + y) },
  { name: 'bias first [4] + [3,4]', inputs: [{ shape: [4] }, { shape: [3, 4] }], run: (a, b) => add(a!, b!), oracle: (a, b) => ref.binary(b!, a!, (x, y) => x + y) },
  { name: 'same tensor twice', inputs: [{ shape: [6] }], run: (a) => add(a!, a!), oracle: (a) => a!.map((x) => 2 * x) },
]);

describe('nn/kernels/add errors', () => {
  it('should reject shapes that are not equal or a suffix, naming both', () => {
    expect(() => add(Tensor.zeros([2, 3]), Tensor.zeros([2]))).to.throw(ShapeError, /add: got shapes \[2,3\], \[2\]/);
  });
});
