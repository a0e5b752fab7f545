import { expect } from 'chai';
import { gelu, setBackend, disposeBackend, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps } from '../support/check.js';

checkOps('nn/kernels/gelu', [
  { name: '[4,6] standard normal', inputs: [{ shape: [4, 6] }], run: (a) => gelu(a!), oracle: (a) => ref.gelu(a!) },
  { name: '[9] wide range', inputs: [{ shape: [9], init: (r) => r.uniform(-6, 6) }], run: (a) => gelu(a!), oracle: (a) => ref.gelu(a!) },
]);

describe('nn/kernels/gelu', () => {
  afterEach(() => disposeBackend());
  it('should be ~identity for large x and ~0 for very negative x', () => {
    setBackend('js');
    const y = gelu(Tensor.from([10, -10, 0])).data;
    expect(y[0]).to.be.closeTo(10, 1e-5);
    expect(y[1]).to.be.closeTo(0, 1e-5);
    expect(y[2]).to.equal(0);
  });
});
