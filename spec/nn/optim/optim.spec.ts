import { expect } from 'chai';
import { ConfigError } from '../../../lib/errors.js';
import { AdamW, clipGradNorm, lrSchedule, Tensor } from '../../../lib/nn/index.js';

describe('nn/optim/AdamW', () => {
  it('should match a hand-computed two-step update on a 2-parameter example', () => {
    // p = (1, -2), lr 0.1, wd 0.1. Step 1, g = (0.5, -1): mhat = g, vhat = g^2, so the Adam step is sign(g):
    //   p0 = 1 - 0.1*0.1*1 - 0.1 = 0.89;  p1 = -2 + 0.02 + 0.1 = -1.88.
    // Step 2, g = (0.5, 0.5): p0: m = 0.095, mhat = 0.5, v = 0.00049975, vhat = 0.25 -> step 1: 0.89 - 0.0089 - 0.1 = 0.7811.
    //   p1: m = -0.04, mhat = -0.2105263, v = 0.001249, vhat = 0.6248124 -> step -0.2663363: -1.88 + 0.0188 + 0.0266336 = -1.8345663.
    const a = Tensor.from([1], [1], true), b = Tensor.from([-2], [1], true);
    const opt = new AdamW([a, b], { lr: 0.1, weightDecay: 0.1 });
    a.grad = Float32Array.of(0.5);
    b.grad = Float32Array.of(-1);
    opt.step();
    expect(a.data[0]).to.be.closeTo(0.89, 1e-6);
    expect(b.data[0]).to.be.closeTo(-1.88, 1e-6);
    a.grad = Float32Array.of(0.5);
    b.grad = Float32Array.of(0.5);
    opt.step();
    expect(a.data[0]).to.be.closeTo(0.7811, 1e-6);
    expect(b.data[0]).to.be.closeTo(-1.8345663, 1e-6);
    expect(opt.stepCount).to.equal(2);
  });

  it('should skip parameters without a grad and use a per-step lr override', () => {
    const a = Tensor.from([1, 1], [2], true), b = Tensor.from([3], [1], true);
    const opt = new AdamW([a, b], { lr: 0.5, weightDecay: 0 });
    a.grad = Float32Array.of(1, -1);
    opt.step(0.01);
    expect(Array.from(a.data)).to.deep.equal([Math.fround(0.99), Math.fround(1.01)]);
    expect(b.data[0]).to.equal(3);
  });

  it('should round-trip its state', () => {
    const a = Tensor.from([1, 2], [2], true);
    const opt = new AdamW([a], { lr: 0.1 });
    a.grad = Float32Array.of(0.3, -0.2);
    opt.step();
    const other = new AdamW([Tensor.from(a.data, [2], true)]);
    other.loadState(opt.state());
    a.grad = Float32Array.of(0.1, 0.1);
    other.params[0]!.grad = Float32Array.of(0.1, 0.1);
    opt.step();
    other.step();
    expect(Array.from(other.params[0]!.data)).to.deep.equal(Array.from(a.data));
  });

  it('should reject bad hyperparameters', () => {
    expect(() => new AdamW([], { beta1: 1 })).to.throw(ConfigError, /beta1/);
    expect(() => new AdamW([], { lr: -1 })).to.throw(ConfigError, /lr/);
    const t = Tensor.zeros([1], true);
    expect(() => new AdamW([t, t])).to.throw(ConfigError, /twice/);
  });
});

describe('nn/optim/clipGradNorm', () => {
  it('should scale grads to the max norm and return the pre-clip norm', () => {
    const a = Tensor.zeros([2], true), b = Tensor.zeros([1], true), c = Tensor.zeros([3], true);
    a.grad = Float32Array.of(3, 0);
    b.grad = Float32Array.of(4);
    const norm = clipGradNorm([a, b, c], 1);
    expect(norm).to.be.closeTo(5, 1e-9);
    expect(a.grad[0]).to.be.closeTo(0.6, 1e-6);
    expect(b.grad[0]).to.be.closeTo(0.8, 1e-6);
    expect(c.grad).to.equal(undefined);
  });

  it('should leave grads below the max norm alone', () => {
    const a = Tensor.zeros([2], true);
    a.grad = Float32Array.of(0.3, 0.4);
    expect(clipGradNorm([a], 1)).to.be.closeTo(0.5, 1e-7);
    expect(Array.from(a.grad)).to.deep.equal([Math.fround(0.3), Math.fround(0.4)]);
    expect(() => clipGradNorm([a], 0)).to.throw(ConfigError);
  });
});

describe('nn/optim/lrSchedule', () => {
  it('should be constant', () => {
    const s = lrSchedule({ kind: 'constant', lr: 0.1 });
    expect([s(0), s(1000)]).to.deep.equal([0.1, 0.1]);
  });
  it('should warm up linearly then decay linearly to minLr', () => {
    const s = lrSchedule({ kind: 'linear', lr: 1, warmupSteps: 4, totalSteps: 14, minLr: 0.1 });
    expect([s(0), s(1), s(3)]).to.deep.equal([0.25, 0.5, 1]);
    expect(s(4)).to.be.closeTo(1, 1e-12);
    expect(s(9)).to.be.closeTo(0.55, 1e-12);
    expect(s(14)).to.be.closeTo(0.1, 1e-12);
    expect(s(100)).to.be.closeTo(0.1, 1e-12);
  });
  it('should decay by a half cosine', () => {
    const s = lrSchedule({ kind: 'cosine', lr: 2, warmupSteps: 0, totalSteps: 10 });
    expect(s(0)).to.be.closeTo(2, 1e-12);
    expect(s(5)).to.be.closeTo(1, 1e-12);
    expect(s(10)).to.be.closeTo(0, 1e-12);
  });
  it('should reject a decay without totalSteps', () => {
    expect(() => lrSchedule({ kind: 'cosine', lr: 1 })).to.throw(ConfigError, /totalSteps/);
  });
});
