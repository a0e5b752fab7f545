import { expect } from 'chai';
import type { IKernelRunShortcut } from 'gpu.js';
import { ConfigError } from '../../lib/errors.js';
import { gpuFor, gpuKernel, MAX_FLAT_LENGTH } from '../../lib/nn/backend.js';
import { backendInfo, disposeBackend, matmul, setBackend, Tensor, type BackendName } from '../../lib/nn/index.js';

describe('nn/backend', () => {
  afterEach(() => disposeBackend());

  it('should report the plain-TS, gpu.js cpu and webasm backends as available, and webgpu as not, with a reason', () => {
    const info = backendInfo();
    expect(info.available).to.include.members(['auto', 'gpu', 'js', 'cpu', 'webasm']);
    expect(info.unavailable.webgpu).to.match(/asynchronous/);
  });

  it("should resolve 'auto' to a GL mode where there is one, else to the TS kernels with the wasm-simd gemm", () => {
    const info = setBackend('auto');
    if (info.engine === 'gpu.js') expect(['headlessgl', 'webgl2', 'webgl']).to.include(info.mode);
    else expect(info).to.include({ mode: 'js', engine: 'typescript', cpuMatmul: 'wasm-simd' });
    expect(setBackend('auto', { simd: false }).mode).to.not.equal('js'); // without simd, gpu.js webasm beats the TS gemm
    expect(setBackend('js')).to.include({ mode: 'js', engine: 'typescript' });
  });

  it('should throw a ConfigError naming the available backends for an unavailable or unknown one', () => {
    expect(() => setBackend('webgpu')).to.throw(ConfigError, /'webgpu' is unavailable: .*Available here: auto, gpu/);
    expect(() => setBackend('tpu' as BackendName)).to.throw(ConfigError, /unknown nn backend "tpu"/);
  });

  it('should keep the current backend when setBackend fails', () => {
    setBackend('cpu');
    expect(() => setBackend('webgpu')).to.throw(ConfigError);
    expect(backendInfo().mode).to.equal('cpu');
  });

  it('should take thresholds per op family, or one number for all', () => {
    expect(setBackend('webasm').gpuMinWork).to.deep.equal({ matmul: 64 ** 3, elementwise: Infinity });
    expect(setBackend('webasm', { gpuMinWork: 0 }).gpuMinWork).to.deep.equal({ matmul: 0, elementwise: 0 });
    expect(setBackend('webasm', { gpuMinWork: { elementwise: 10 } }).gpuMinWork).to.deep.equal({ matmul: 64 ** 3, elementwise: 10 });
  });

  it('never sends more than 2^24 - 1 elements to a flat kernel (float32 indices are exact only below 2^24)', () => {
    setBackend('cpu', { gpuMinWork: 0 });
    expect(gpuFor('elementwise', 1000)).to.equal(true);
    expect(gpuFor('elementwise', MAX_FLAT_LENGTH)).to.equal(true);
    expect(gpuFor('elementwise', MAX_FLAT_LENGTH + 1)).to.equal(false);
    // an input that long keeps even a small op off the flat kernels (a length-only stand-in: nothing is allocated)
    const long = { length: MAX_FLAT_LENGTH + 1 } as unknown as Float32Array;
    expect(gpuFor('elementwise', 10, [long])).to.equal(false);
    expect(gpuFor('matmul', 10, [long])).to.equal(false);
  });

  it('should build a gpu.js kernel once per shape and destroy them all on disposeBackend', () => {
    setBackend('webasm', { gpuMinWork: 0 });
    const a = Tensor.zeros([4, 8]);
    matmul(a, Tensor.zeros([8, 4]));
    const once = backendInfo().cachedKernels;
    matmul(a, Tensor.zeros([8, 4]));
    expect(backendInfo().cachedKernels).to.equal(once);
    matmul(a, Tensor.zeros([8, 5]));
    expect(backendInfo().cachedKernels).to.equal(once + 1);
    let destroyed = 0;
    const k = gpuKernel('probe', (gpu) => gpu.createKernel(function () {
      return 1;
    }, { output: [1] }));
    const destroy = k.destroy.bind(k);
    k.destroy = (r?: boolean) => {
      destroyed++;
      destroy(r);
    };
    disposeBackend();
    expect(destroyed).to.equal(1);
    expect(backendInfo().cachedKernels).to.equal(0);
  });

  it('should destroy the least recently used kernel beyond 256', () => {
    setBackend('cpu');
    const destroyed: string[] = [];
    const fake = (key: string) => ({ destroy: () => destroyed.push(key) }) as unknown as IKernelRunShortcut;
    for (let i = 0; i < 256; i++) gpuKernel(`k${i}`, () => fake(`k${i}`));
    gpuKernel('k0', () => fake('dup'));
    gpuKernel('k256', () => fake('k256'));
    expect(destroyed).to.deep.equal(['k1']);
    expect(backendInfo().cachedKernels).to.equal(256);
  });
});
