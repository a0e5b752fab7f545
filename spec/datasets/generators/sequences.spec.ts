import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { sequences as gen } from '../../../datasets/generators/sequences.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

/** Reduced fraction [num, den] as BigInts. */
type Q = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function q(num: bigint, den: bigint): Q {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return [num / g, den / g];
}
const parseQ = (s: string): Q => {
  const [a, b] = s.split('/');
  return q(BigInt(a as string), BigInt(b ?? '1'));
};
const showQ = ([n, d]: Q): string => (d === 1n ? `${n}` : `${n}/${d}`);

/** The n-th term from the five shown terms only (differences / ratios), not from the parameters. */
function extrapolate(kind: string, shown: Q[], n: number): Q {
  const [t1, t2, t3] = shown as [Q, Q, Q];
  if (kind === 'arithmetic') {
    const d = q(t2[0] * t1[1] - t1[0] * t2[1], t1[1] * t2[1]);
    return q(t1[0] * d[1] + BigInt(n - 1) * d[0] * t1[1], t1[1] * d[1]);
  }
  if (kind === 'geometric') {
    const r = q(t2[0] * t1[1], t2[1] * t1[0]);
    return q(t1[0] * r[0] ** BigInt(n - 1), t1[1] * r[1] ** BigInt(n - 1));
  }
  // quadratic with integer terms: Newton forward differences
  const a = t1[0];
  const d1 = t2[0] - t1[0];
  const d2 = t3[0] - 2n * t2[0] + t1[0];
  const k = BigInt(n - 1);
  return q(a + k * d1 + ((k * (k - 1n)) / 2n) * d2, 1n);
}

describe('generators: sequences', function () {
  this.timeout(60_000);
  it('items have the family\'s answer format and metadata (the common checks are in shared.ts)', () => {
    for (const d of levels)
      for (let i = 0; i < 50; i++) {
        const e = item(9, d, i);
        expect(e.answer).to.match(/^-?\d+(\/\d+)?$/);
        for (const k of ['kind', 'n', 'shown']) expect(e.metadata).to.have.property(k);
      }
  });

  it('answers match an extrapolation of the shown terms (100 items per level)', () => {
    for (const d of levels)
      for (let i = 0; i < 100; i++) {
        const e = item(11, d, i);
        const m = e.metadata as { kind: string; n: number; shown: string[] };
        const shown = m.shown.map(parseQ);
        expect(e.problem).to.include(m.shown.join(', '));
        // the shown terms themselves follow the rule
        shown.forEach((t, k) => expect(showQ(extrapolate(m.kind, shown, k + 1))).to.equal(showQ(t)));
        expect(e.answer, e.id).to.equal(showQ(extrapolate(m.kind, shown, m.n)));
      }
  });

  it('scores gold 1, wrong 0, equivalent forms 1', () => {
    for (const d of levels)
      for (let i = 0; i < 200; i++) {
        const e = item(13, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        if (i < 20) {
          const [n, den] = parseQ(e.answer);
          expect(scoreItem(gen, showQ(q(n + den, den)), e)).to.equal(0);
          // not in lowest terms: the prompt asks for a reduced fraction
          expect(scoreItem(gen, `\\frac{${n * 2n}}{${den * 2n}}`, e)).to.equal(0);
          expect(scoreItem(gen, den === 1n ? `\\boxed{${n}}` : `\\frac{${n}}{${den}}`, e)).to.equal(1);
        }
      }
    const e = { ...item(13, 4, 0), answer: '1/81' };
    expect(scoreItem(gen, '\\frac{1}{81}', e)).to.equal(1);
    expect(scoreItem(gen, '3^{-4}', e)).to.equal(0);
    expect(scoreItem(gen, '0.0123', e)).to.equal(0);
  });
});

sharedGeneratorChecks(gen, []);
