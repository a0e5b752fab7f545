import { expect } from 'chai';
import { logSoftmax, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/log-softmax', [
  { name: '[3,5]', inputs: [{ shape: [3, 5] }], run: (a) => logSoftmax(a!), oracle: (a) => ref.logSoftmax(a!, 5) },
  { name: '[4,3] large logits', inputs: [{ shape: [4, 3], init: (r) => r.uniform(-50, 50) }], run: (a) => logSoftmax(a!), oracle: (a) => ref.logSoftmax(a!, 3) },
]);

describe('nn/kernels/log-softmax', () => {
  it('should give exact log-probabilities where softmax underflows', () => {
    const y = logSoftmax(Tensor.from([0, -200], [1, 2])).data;
    expect(y[1]).to.be.closeTo(-200, 1e-4);
  });
});
