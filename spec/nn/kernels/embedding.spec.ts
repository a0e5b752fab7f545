import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { embedding, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

const ids = [3, 0, 3, 1, 4, 3];

checkOps('nn/kernels/embedding', [
  { name: '[5,4] gathered by [2,3] ids with repeats', inputs: [{ shape: [5, 4] }], run: (w) => embedding(w!, ids, [2, 3]), oracle: (w) => ref.embedding(w!, 4, ids) },
]);

describe('nn/kernels/embedding', () => {
  it('should shape the output [...idsShape, C]', () => {
    expect(embedding(Tensor.zeros([5, 4]), Int32Array.from(ids), [2, 3]).shape).to.deep.equal([2, 3, 4]);
  });
  it('should reject ids outside the vocabulary, naming the position', () => {
    expect(() => embedding(Tensor.zeros([5, 4]), [0, 5])).to.throw(ConfigError, /ids\[1\] = 5/);
    expect(() => embedding(Tensor.zeros([5, 4]), [0.5])).to.throw(ConfigError);
  });
  it('should reject an idsShape that does not hold the ids', () => {
    expect(() => embedding(Tensor.zeros([5, 4]), [0, 1, 2], [2, 2])).to.throw(ShapeError, /holds 4 ids but 3/);
  });
});
