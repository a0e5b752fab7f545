import { expect } from 'chai';
import { backendInfo, setBackend } from '../../lib/nn/backend.js';
import { kernelParity, PARITY_TOLERANCE, relError } from '../../lib/nn/parity.js';
import { ConfigError } from '../../lib/errors.js';

// The browser spec runs kernelParity on WebGL2; here it runs on gpu.js's webasm mode, which every Node has.
describe('nn: kernel parity (gpu.js vs the TypeScript reference)', function () {
  this.timeout(120_000);
  after(() => setBackend('auto'));

  it('relError is max |a - b| / max(1, |b|), infinite for NaN or a length mismatch', () => {
    expect(relError([1, 2, 100], [1, 2.5, 101])).to.be.closeTo(0.2, 1e-12);
    expect(relError([0.5], [0.25])).to.equal(0.25);
    expect(relError([Number.NaN], [1])).to.equal(Infinity);
    expect(relError([1, 2], [1])).to.equal(Infinity);
  });

  it('every gpu.js op, forward and backward, and the default policy agree with TS on webasm; the backend is restored', () => {
    setBackend('js');
    const r = kernelParity('webasm');
    expect(r.backend.mode).to.equal('webasm');
    expect(r.cases.length).to.be.at.least(8);
    for (const c of r.cases) {
      expect(c.tolerance).to.be.at.most(1e-3);
      expect(c.ok, `${c.name}: forward ${c.forwardError}, backward ${c.backwardError}`).to.equal(true);
    }
    expect(r.cases.filter((c) => c.tolerance === PARITY_TOLERANCE).length).to.equal(r.cases.length - 1);
    expect(r.ok).to.equal(true);
    expect(backendInfo().requested).to.equal('js');
  });

  it("refuses 'js' (nothing to compare)", () => {
    expect(() => kernelParity('js')).to.throw(ConfigError, /gpu\.js backend/);
  });
});
