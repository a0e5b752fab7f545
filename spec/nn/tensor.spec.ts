import { expect } from 'chai';
import { Rng } from '../../lib/core/rng.js';
import { ConfigError } from '../../lib/errors.js';
import { add, isGradEnabled, mul, noGrad, scale, ShapeError, sum, Tensor, zeroGrad } from '../../lib/nn/index.js';

describe('nn/tensor Tensor', () => {
  it('should reject data that does not match the shape', () => {
    expect(() => new Tensor(new Float32Array(5), [2, 3])).to.throw(ShapeError, /holds 6 values but data has 5/);
    expect(() => Tensor.zeros([2, -1])).to.throw(ShapeError, /non-negative integers/);
  });

  it('should draw randn from a seeded Rng reproducibly', () => {
    const a = Tensor.randn([4, 4], Rng.fromSeed(5), 0.1);
    const b = Tensor.randn([4, 4], Rng.fromSeed(5), 0.1);
    expect(Array.from(a.data)).to.deep.equal(Array.from(b.data));
  });

  it('should only start backward from a one-element tensor', () => {
    const x = Tensor.zeros([3], true);
    expect(() => mul(x, x).backward()).to.throw(ShapeError, /backward\(\) starts from a scalar/);
  });

  it('should refuse backward from a tensor that nothing requiring grad flows into', () => {
    expect(() => sum(Tensor.zeros([2])).backward()).to.throw(ConfigError, /does not require grad/);
    const x = Tensor.zeros([2], true);
    expect(() => noGrad(() => sum(x)).backward()).to.throw(ConfigError, /noGrad/);
  });

  it('should sum the gradient over every path through the graph (y = x*x + x)', () => {
    const x = Tensor.from([1, -2, 3], [3], true);
    sum(add(mul(x, x), x)).backward();
    expect(Array.from(x.grad!)).to.deep.equal([3, -3, 7]);
  });

  it('should accumulate leaf gradients across backward calls without double-counting intermediates', () => {
    const x = Tensor.from([1, 2], [2], true);
    const loss = sum(mul(x, x));
    loss.backward();
    loss.backward();
    expect(Array.from(x.grad!)).to.deep.equal([4, 8]);
    zeroGrad([x]);
    expect(x.grad).to.equal(undefined);
  });

  it('should backpropagate through a 20,000-op chain without overflowing the stack', () => {
    const x = Tensor.from([1], [1], true);
    let y = x;
    for (let i = 0; i < 20_000; i++) y = scale(y, 1);
    sum(y).backward();
    expect(x.grad![0]).to.equal(1);
  });

  it('should leave constants and detached tensors without gradients', () => {
    const x = Tensor.from([2], [1], true);
    const c = Tensor.from([3], [1]);
    sum(add(mul(x.detach(), c), x)).backward();
    expect(Array.from(x.grad!)).to.deep.equal([1]);
    expect(c.grad).to.equal(undefined);
  });
});

describe('nn/tensor noGrad', () => {
  it('should record no graph inside, nest, and restore the mode even on throw', () => {
    const x = Tensor.from([1, 2], [2], true);
    const y = noGrad(() => {
      expect(noGrad(() => isGradEnabled())).to.equal(false);
      return mul(x, x);
    });
    expect(y.requiresGrad).to.equal(false);
    expect(y._parents).to.have.length(0);
    expect(() => noGrad(() => {
      throw new Error('boom');
    })).to.throw('boom');
    expect(isGradEnabled()).to.equal(true);
  });
});
