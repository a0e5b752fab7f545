/**
 * Device arrays without a GPU: a stand-in texture (what a gpu.js pipeline kernel returns) shows the
 * bookkeeping the browser spec relies on: a tensor reads its device values back once and keeps the
 * host copy, gradients likewise, every readback is counted, and an array outliving its backend fails
 * with a clear error instead of returning garbage. The kernels themselves run on WebGL2 in
 * spec/web/playground.spec.ts.
 */
import { expect } from 'chai';
import type { Texture } from 'gpu.js';
import { DeviceArray, deviceStats, host, invalidateDeviceArrays, resetDeviceStats } from '../../lib/nn/device.js';
import { MathgymError } from '../../lib/errors.js';
import { Tensor } from '../../lib/nn/tensor.js';

function fakeTexture(values: number[]): Texture & { reads: number; deleted: boolean } {
  const t = {
    reads: 0,
    deleted: false,
    toArray(): Float32Array {
      t.reads++;
      return Float32Array.from(values);
    },
    delete(): void {
      t.deleted = true;
    },
  };
  return t as unknown as Texture & { reads: number; deleted: boolean };
}

describe('nn/device: device arrays behind tensors', () => {
  beforeEach(() => resetDeviceStats());

  it('a tensor on the device reads back once, on first .data, and counts it', () => {
    const tex = fakeTexture([1, 2, 3, 4]);
    const t = new Tensor(new DeviceArray(tex, 4), [2, 2]);
    expect(t.values).to.be.instanceOf(DeviceArray);
    expect(deviceStats().readbacks).to.equal(0);
    expect([...t.data]).to.deep.equal([1, 2, 3, 4]);
    expect([...t.data]).to.deep.equal([1, 2, 3, 4]);
    expect(tex.reads).to.equal(1);
    expect(deviceStats()).to.deep.include({ readbacks: 1, readbackFloats: 4, deviceArrays: 1 });
    // kernels still get the device copy
    expect(t.values).to.be.instanceOf(DeviceArray);
    expect(t.detach().values).to.equal(t.values);
  });

  it('a device gradient is read back on first .grad and then lives on the host (optimizers scale it in place)', () => {
    const t = Tensor.zeros([3], true);
    t.gradValues = new DeviceArray(fakeTexture([0.5, -1, 2]), 3);
    const g = t.grad!;
    expect([...g]).to.deep.equal([0.5, -1, 2]);
    g[0] = 9;
    expect(t.grad![0]).to.equal(9);
    expect(t.gradValues).to.equal(g);
    expect(deviceStats().readbacks).to.equal(1);
  });

  it('host() passes host arrays through and reads device ones; a short read is an error, a padded one is cut', () => {
    const h = Float32Array.of(1, 2);
    expect(host(h)).to.equal(h);
    expect([...host(new DeviceArray(fakeTexture([1, 2, 3, 0]), 3))]).to.deep.equal([1, 2, 3]);
    expect(() => host(new DeviceArray(fakeTexture([1]), 3))).to.throw(MathgymError, /expected 3 floats/);
  });

  it('an array from a disposed backend fails with a clear error; dispose frees its texture once', () => {
    const tex = fakeTexture([1]);
    const d = new DeviceArray(tex, 1);
    invalidateDeviceArrays();
    expect(() => d.toHost()).to.throw(MathgymError, /after its backend was disposed/);
    const tex2 = fakeTexture([1]);
    const d2 = new DeviceArray(tex2, 1);
    d2.dispose();
    d2.dispose();
    expect(tex2.deleted).to.equal(true);
    expect(() => d2.texture).to.throw(MathgymError);
  });

  it('the shape check counts device values too', () => {
    expect(() => new Tensor(new DeviceArray(fakeTexture([1, 2]), 2), [3])).to.throw(/holds 3 values but data has 2/);
  });
});
