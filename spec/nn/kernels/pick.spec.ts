import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { pick, Tensor } from '../../../lib/nn/index.js';
import { checkOps } from '../support/check.js';

const rowIds = [0, 3, -1, 3, 5];
const colIds = [1, 2, 0, 2, 3];
checkOps('nn/kernels/pick', [
  {
    name: '[2,3,4] with a padding row and a repeat',
    inputs: [{ shape: [2, 3, 4] }],
    run: (x) => pick(x!, rowIds, colIds),
    oracle: (x) => Float64Array.from(rowIds, (r, i) => (r < 0 ? 0 : x![r * 4 + colIds[i]!]!)),
  },
]);

describe('nn/kernels/pick errors', () => {
  it('should reject ids out of range and mismatched lengths', () => {
    expect(() => pick(Tensor.zeros([2, 3]), [2], [0])).to.throw(ConfigError, /outside/);
    expect(() => pick(Tensor.zeros([2, 3]), [0, 1], [0])).to.throw(/equal lengths/);
  });
});
