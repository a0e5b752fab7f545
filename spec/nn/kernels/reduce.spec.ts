import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { mean, sum, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/reduce', [
  { name: 'sum all [3,4]', inputs: [{ shape: [3, 4] }], run: (x) => sum(x!), oracle: (x) => ref.sumRows(x!, 12) },
  { name: 'sum last dim [2,3,4]', inputs: [{ shape: [2, 3, 4] }], run: (x) => sum(x!, -1), oracle: (x) => ref.sumRows(x!, 4) },
  { name: 'mean all [5]', inputs: [{ shape: [5] }], run: (x) => mean(x!), oracle: (x) => ref.sumRows(x!, 5, true) },
  { name: 'mean last dim [3,4]', inputs: [{ shape: [3, 4] }], run: (x) => mean(x!, 1), oracle: (x) => ref.sumRows(x!, 4, true) },
]);

describe('nn/kernels/reduce', () => {
  it('should reduce to shape [] or to the leading dims', () => {
    expect(sum(Tensor.zeros([2, 3])).shape).to.deep.equal([]);
    expect(mean(Tensor.zeros([2, 3]), -1).shape).to.deep.equal([2]);
  });
  it('should reject a dim other than the last', () => {
    expect(() => sum(Tensor.zeros([2, 3]), 0)).to.throw(ConfigError, /only the last dim/);
  });
});
