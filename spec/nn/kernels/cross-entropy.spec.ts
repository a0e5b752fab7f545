import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { crossEntropy, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

const targets = [2, 0, -1, 4, 1, 3];
const mask = [1, 1, 0, 1, 0, 1];

checkOps('nn/kernels/cross-entropy', [
  { name: '[6,5] masked (target -1 on a masked row)', inputs: [{ shape: [6, 5] }], run: (l) => crossEntropy(l!, targets, mask), oracle: (l) => ref.crossEntropy(l!, 5, targets, mask) },
  { name: '[2,3,4] unmasked', inputs: [{ shape: [2, 3, 4] }], run: (l) => crossEntropy(l!, [0, 1, 2, 3, 0, 1]), oracle: (l) => ref.crossEntropy(l!, 4, [0, 1, 2, 3, 0, 1]) },
]);

describe('nn/kernels/cross-entropy', () => {
  it('should be log(V) for uniform logits', () => {
    expect(crossEntropy(Tensor.zeros([3, 8]), [1, 2, 3]).item()).to.be.closeTo(Math.log(8), 1e-6);
  });
  it('should give 0 and a zero gradient when every row is masked', () => {
    const l = Tensor.zeros([2, 3], true);
    const loss = crossEntropy(l, [-1, -1], [0, 0]);
    loss.backward();
    expect(loss.item()).to.equal(0);
    expect(Array.from(l.grad!)).to.deep.equal([0, 0, 0, 0, 0, 0]);
  });
  it('should reject a kept target outside [0, V) and a wrong number of targets', () => {
    expect(() => crossEntropy(Tensor.zeros([2, 3]), [0, 3])).to.throw(ConfigError, /targets\[1\] = 3/);
    expect(() => crossEntropy(Tensor.zeros([2, 3]), [0])).to.throw(ShapeError, /one target per row/);
    expect(() => crossEntropy(Tensor.zeros([2, 3]), [0, 1], [1])).to.throw(ShapeError, /one mask entry per row/);
  });
});
