import { expect } from 'chai';
import { backendInfo, benchMatmul, disposeBackend, setBackend } from '../../lib/nn/index.js';

describe('nn/bench benchMatmul', () => {
  afterEach(() => disposeBackend());
  it('should measure every available concrete backend plus the naive loop, and restore the backend', () => {
    setBackend('js', { gpuMinWork: { matmul: 123 } });
    const rows = benchMatmul({ sizes: [16, 32], minMs: 5 });
    expect(new Set(rows.map((r) => r.backend))).to.include.members(['naive-ts', 'js', 'cpu', 'webasm']);
    expect(rows.filter((r) => r.n === 32)).to.have.length(rows.length / 2);
    for (const r of rows) expect(r.gflops, `${r.backend} @${r.n}`).to.be.greaterThan(0);
    expect(rows.find((r) => r.backend === 'webasm')!.mode).to.equal('webasm');
    expect(backendInfo()).to.include({ requested: 'js' });
    expect(backendInfo().gpuMinWork.matmul).to.equal(123);
  });
});
