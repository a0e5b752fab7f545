import { expect } from 'chai';
import { scoreItem } from '../../../datasets/generators/score.js';
import { sharedGeneratorChecks } from './shared.js';
import { matrices as gen } from '../../../datasets/generators/matrices.js';
import { itemRng } from '../../../datasets/generators/generator.js';

const item = (seed: number, d: number, i: number) => gen.generate(itemRng(seed, i, d), d, i);
const levels = gen.levels.map((_, i) => i + 1);

/** Leibniz: sum over permutations of sign * product (the test's own determinant). */
function leibniz(a: number[][]): number {
  const n = a.length;
  let total = 0;
  const perm = (prefix: number[]): void => {
    if (prefix.length === n) {
      let inv = 0;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if ((prefix[i] as number) > (prefix[j] as number)) inv++;
      total += (inv % 2 === 0 ? 1 : -1) * prefix.reduce((p, c, r) => p * (a[r] as number[])[c]!, 1);
      return;
    }
    for (let c = 0; c < n; c++) if (!prefix.includes(c)) perm([...prefix, c]);
  };
  perm([]);
  return total;
}

/** The gold pmatrix as [numerator, denominator] pairs (test-side reading of \frac{p}{q}). */
function readGold(tex: string): [number, number][][] {
  const body = /\\begin\{pmatrix\}(.*)\\end\{pmatrix\}/.exec(tex)![1] as string;
  return body.split('\\\\').map((row) =>
    row.split('&').map((cell) => {
      const c = cell.trim();
      const m = /^(-?)\\frac\{(\d+)\}\{(\d+)\}$/.exec(c);
      return m ? [(m[1] ? -1 : 1) * Number(m[2]), Number(m[3])] : [Number(c), 1];
    }),
  );
}

describe('generators: matrices', function () {
  this.timeout(120_000);

  it('self-check: answers recomputed from the matrices in the problem text (Leibniz determinants, direct products, A times the gold inverse = I)', () => {
    for (const d of levels)
      for (let i = 0; i < 150; i++) {
        const e = item(61, d, i);
        const t = e.problem;
        let m: RegExpExecArray | null;
        if ((m = /^Compute the determinant of the matrix (\[.*?\]\])\./.exec(t))) {
          expect(e.answer, e.id).to.equal(String(leibniz(JSON.parse(m[1] as string) as number[][])));
        } else if ((m = /^Compute the matrix product A B, where A = (\[.*?\]\]) and B = (\[.*?\]\])\./.exec(t))) {
          const A = JSON.parse(m[1] as string) as number[][];
          const B = JSON.parse(m[2] as string) as number[][];
          const want = A.map((row) => B[0]!.map((_, j) => row.reduce((s, x, k) => s + x * B[k]![j]!, 0)));
          expect(readGold(e.answer).map((r) => r.map(([p, q]) => p / q)), e.id).to.deep.equal(want);
        } else if ((m = /^Find the inverse of the matrix (\[.*?\]\])\./.exec(t))) {
          const A = JSON.parse(m[1] as string) as number[][];
          const G = readGold(e.answer);
          // exact: every entry of A * G as a fraction over the product of G's denominators
          const L = G.flat().reduce((l, [, q]) => (l * q) / gcd(l, q), 1);
          for (let r = 0; r < A.length; r++)
            for (let c = 0; c < A.length; c++) {
              const sum = A[r]!.reduce((s, x, k) => s + x * ((G[k]![c]![0] * L) / G[k]![c]![1]), 0);
              expect(sum, `${e.id} (${r},${c})`).to.equal(r === c ? L : 0);
            }
        } else throw new Error(`no template matches ${t}`);
      }
  });

  it('enforces the forms: literal integers and matrices pay ([[...]] or pmatrix/bmatrix); unevaluated, unreduced, copied or reshaped answers do not', () => {
    for (const d of levels)
      for (let i = 0; i < 40; i++) {
        const e = item(63, d, i);
        expect(scoreItem(gen, e.answer, e), e.id).to.equal(1);
        expect(scoreItem(gen, `The answer is $\\boxed{${e.answer}}$.`, e), e.id).to.equal(1);
        expect(scoreItem(gen, e.problem, e), e.id).to.equal(0);
        const q = /(\[\[.*?\]\])/.exec(e.problem)![1] as string;
        expect(scoreItem(gen, `\\boxed{${q}}`, e), e.id).to.equal(0);
        if (e.metadata.task !== 'det') {
          const bracket = `[${readGold(e.answer)
            .map((r) => `[${r.map(([p, qq]) => (qq === 1 ? `${p}` : `${p}/${qq}`)).join(', ')}]`)
            .join(', ')}]`;
          expect(scoreItem(gen, `\\boxed{${bracket}}`, e), `${e.id} ${bracket}`).to.equal(1);
          expect(scoreItem(gen, `\\boxed{${e.answer.replace(/pmatrix/g, 'bmatrix')}}`, e), e.id).to.equal(1);
          const transposed = `[${readGold(e.answer)[0]!.map((_, c) => `[${readGold(e.answer).map((r) => (r[c]![1] === 1 ? r[c]![0] : `${r[c]![0]}/${r[c]![1]}`)).join(', ')}]`).join(', ')}]`;
          if (transposed !== bracket) expect(scoreItem(gen, `\\boxed{${transposed}}`, e), e.id).to.equal(0);
        } else {
          expect(scoreItem(gen, `\\boxed{${Number(e.answer) + 1}}`, e), e.id).to.equal(0);
        }
      }
    const e = { ...item(63, 3, 0), answer: '\\begin{pmatrix} \\frac{1}{2} & 1 \\\\ 0 & -\\frac{1}{3} \\end{pmatrix}', metadata: { task: 'inverse' } };
    expect(scoreItem(gen, '[[1/2, 1], [0, -1/3]]', e)).to.equal(1);
    expect(scoreItem(gen, '[[2/4, 1], [0, -1/3]]', e)).to.equal(0);
    expect(scoreItem(gen, '[[0.5, 1], [0, -1/3]]', e)).to.equal(0);
    expect(scoreItem(gen, '[[1/2, 2/2], [0, -1/3]]', e)).to.equal(0);
    expect(scoreItem(gen, '[[1/2, 1], [0, -1/3]] or [[1, 1], [0, 1]]', e)).to.equal(0);
    expect(scoreItem(gen, '[[1/2, 1, 0], [0, -1/3]]', e)).to.equal(0);
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

sharedGeneratorChecks(gen, ['task', 'matrices']);
