import { expect } from 'chai';
import { matmul, setBackend, disposeBackend, ShapeError, Tensor } from '../../../lib/nn/index.js';
import * as ref from '../support/oracle.js';
import { checkOps, type OpCase } from '../support/check.js';

const mm = (as: number[], bs: number[]): OpCase => ({
  name: `[${as}] x [${bs}]`,
  inputs: [{ shape: as }, { shape: bs }],
  run: (a, b) => matmul(a!, b!),
  oracle: (a, b) => ref.matmul(a!, as, b!, bs),
});

checkOps('nn/kernels/matmul', [
  mm([5, 7], [7, 3]),
  mm([2, 6, 4], [4, 9]),
  mm([3, 5, 8], [3, 8, 6]),
  mm([2, 2, 3, 4], [2, 2, 4, 5]),
  mm([1, 1], [1, 1]),
]);

describe('nn/kernels/matmul errors', () => {
  afterEach(() => disposeBackend());
  it('should name the op and both shapes when the inner dims differ', () => {
    setBackend('js');
    const err = (() => {
      try {
        matmul(Tensor.zeros([2, 3]), Tensor.zeros([4, 5]));
      } catch (e) {
        return e;
      }
    })();
    expect(err).to.be.instanceOf(ShapeError);
    expect((err as ShapeError).op).to.equal('matmul');
    expect((err as ShapeError).message).to.contain('[2,3]').and.contain('[4,5]');
  });
  it('should reject batched operands whose leading dims differ, and rank-1 operands', () => {
    expect(() => matmul(Tensor.zeros([2, 3, 4]), Tensor.zeros([3, 4, 5]))).to.throw(ShapeError, /leading dims/);
    expect(() => matmul(Tensor.zeros([4]), Tensor.zeros([4, 5]))).to.throw(ShapeError, /at least 2 dims/);
  });
  it('should use gpu.js above the threshold and give the TS result', () => {
    setBackend('js');
    const a = Tensor.from(Array.from({ length: 70 * 70 }, (_, i) => Math.sin(i)), [70, 70]);
    const want = matmul(a, a).data;
    setBackend('webasm');
    const got = matmul(a, a).data;
    for (let i = 0; i < want.length; i++) expect(got[i]).to.be.closeTo(want[i]!, 1e-4);
  });
});
