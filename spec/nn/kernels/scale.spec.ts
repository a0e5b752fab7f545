import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { scale, Tensor } from '../../../lib/nn/index.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/scale', [
  { name: '-2.5 * [3,4]', inputs: [{ shape: [3, 4] }], run: (a) => scale(a!, -2.5), oracle: (a) => a!.map((x) => -2.5 * x) },
  { name: '0 * [5]', inputs: [{ shape: [5] }], run: (a) => scale(a!, 0), oracle: (a) => a!.map(() => 0) },
]);

describe('nn/kernels/scale errors', () => {
  it('should reject a non-finite factor', () => {
    expect(() => scale(Tensor.zeros([2]), Number.NaN)).to.throw(ConfigError, /finite/);
  });
});
