/**
 * `matrices`: determinants, products and inverses of small integer matrices. Stated forms, checked
 * as literals: a determinant is an integer; a matrix is `[[a, b], [c, d]]` or
 * `\begin{pmatrix} a & b \\ c & d \end{pmatrix}` (bmatrix too) whose entries are integers or reduced
 * fractions. Unevaluated entries (`2*3`, `\frac{2}{4}`), the question's matrix, or a wrong shape earn 0.
 *
 * | difficulty | tasks                                                            |
 * |------------|------------------------------------------------------------------|
 * | 1          | determinant of a 2x2 matrix (entries up to 12)                     |
 * | 2          | product of two 2x2 matrices; determinant of a 3x3 (entries up to 6) |
 * | 3          | inverse of a 2x2 matrix (fractions); product of a 2x3 and a 3x2     |
 * | 4          | determinant of a 4x4 (entries up to 5); inverse of a 3x3 with determinant ±1 |
 */
import type { Rng } from '../../lib/core/rng.js';
import type { ProblemRecord } from '../record.js';
import type { Verdict } from '../../lib/verify/types.js';
import { familyVerdict } from './score.js';
import type { TaskGenerator } from './generator.js';
import { readIn, parseIntegerLiteral, parseReducedFraction, rational, ratAdd, ratDiv, ratEq, ratMul, ratSub, type Rational } from './literal-answer.js';

const NAME = 'matrices';

type M = Rational[][];
type Task = 'det' | 'product' | 'inverse';

const R = (n: number): Rational => rational(BigInt(n));
const fromInts = (a: readonly (readonly number[])[]): M => a.map((r) => r.map(R));
const entry = (rng: Rng, m: number): number => rng.integer(-m, m);
const randomInts = (rng: Rng, rows: number, cols: number, m: number): number[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, () => entry(rng, m)));

function matMul(a: M, b: M): M {
  return a.map((row) => (b[0] as Rational[]).map((_, j) => row.reduce((s, x, k) => ratAdd(s, ratMul(x, (b[k] as Rational[])[j] as Rational)), R(0))));
}

/** Determinant by Gaussian elimination over the rationals. */
function det(a: M): Rational {
  const m = a.map((r) => [...r]);
  const n = m.length;
  let d = R(1);
  for (let c = 0; c < n; c++) {
    const p = m.findIndex((r, i) => i >= c && (r[c] as Rational).n !== 0n);
    if (p < 0) return R(0);
    if (p !== c) {
      [m[p], m[c]] = [m[c] as Rational[], m[p] as Rational[]];
      d = ratSub(R(0), d);
    }
    const pivot = (m[c] as Rational[])[c] as Rational;
    d = ratMul(d, pivot);
    for (let i = c + 1; i < n; i++) {
      const f = ratDiv((m[i] as Rational[])[c] as Rational, pivot);
      m[i] = (m[i] as Rational[]).map((x, j) => ratSub(x, ratMul(f, (m[c] as Rational[])[j] as Rational)));
    }
  }
  return d;
}

/** Inverse by Gauss-Jordan; undefined when singular. */
function inverse(a: M): M | undefined {
  const n = a.length;
  const m = a.map((r, i) => [...r, ...Array.from({ length: n }, (_, j) => R(i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    const p = m.findIndex((r, i) => i >= c && (r[c] as Rational).n !== 0n);
    if (p < 0) return undefined;
    [m[p], m[c]] = [m[c] as Rational[], m[p] as Rational[]];
    const pivot = (m[c] as Rational[])[c] as Rational;
    m[c] = (m[c] as Rational[]).map((x) => ratDiv(x, pivot));
    for (let i = 0; i < n; i++) {
      if (i === c) continue;
      const f = (m[i] as Rational[])[c] as Rational;
      m[i] = (m[i] as Rational[]).map((x, j) => ratSub(x, ratMul(f, (m[c] as Rational[])[j] as Rational)));
    }
  }
  return m.map((r) => r.slice(n));
}

const intsText = (a: readonly (readonly number[])[]): string => `[${a.map((r) => `[${r.join(', ')}]`).join(', ')}]`;
const ratTex = (r: Rational): string => (r.d === 1n ? `${r.n}` : `${r.n < 0n ? '-' : ''}\\frac{${r.n < 0n ? -r.n : r.n}}{${r.d}}`);
/** The gold's written form: a pmatrix with \frac entries. */
export const matrixTex = (m: M): string => `\\begin{pmatrix} ${m.map((r) => r.map(ratTex).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;

/** A literal matrix: `[[a, b], [c, d]]` or a pmatrix/bmatrix, entries integers or reduced fractions. */
export function parseMatrixLiteral(s: string | undefined): M | undefined {
  if (s === undefined || s.length > 2000) return undefined;
  let rows: string[][];
  const env = /^\\begin\{([pb])matrix\}(.*)\\end\{\1matrix\}$/.exec(s);
  if (env) rows = (env[2] as string).replace(/\\\\$/, '').split('\\\\').map((r) => r.split('&'));
  else {
    const m = /^\[(\[[^[\]]*\](?:,\[[^[\]]*\])*)\]$/.exec(s);
    if (!m) return undefined;
    rows = (m[1] as string)
      .slice(1, -1)
      .split('],[')
      .map((r) => r.split(','));
  }
  const out: M = [];
  for (const r of rows) {
    const row: Rational[] = [];
    for (const cell of r) {
      const v = parseReducedFraction(cell);
      if (v === undefined) return undefined;
      row.push(v);
    }
    out.push(row);
  }
  if (out.length === 0 || out.some((r) => r.length !== (out[0] as Rational[]).length)) return undefined;
  return out;
}

const sameMatrix = (a: M, b: M): boolean => a.length === b.length && a.every((r, i) => r.length === (b[i] as Rational[]).length && r.every((x, j) => ratEq(x, (b[i] as Rational[])[j] as Rational)));
const isIdentityLike = (a: readonly (readonly number[])[]): boolean => a.every((r, i) => r.every((x, j) => (i === j ? Math.abs(x) === 1 : x === 0)));

/** A 3x3 integer matrix with determinant ±1: a product of unit triangular matrices, scrambled. */
function unimodular3(rng: Rng): number[][] {
  const L = [[1, 0, 0], [entry(rng, 3), 1, 0], [entry(rng, 3), entry(rng, 3), 1]];
  const U = [[rng.choice([1, -1]), entry(rng, 3), entry(rng, 3)], [0, 1, entry(rng, 3)], [0, 0, 1]];
  return L.map((row) => [0, 1, 2].map((j) => row.reduce((s, x, k) => s + x * (U[k] as number[])[j]!, 0)));
}

interface Drawn {
  readonly task: Task;
  readonly text: string;
  readonly answer: string;
  readonly matrices: number[][][];
}

function drawOnce(rng: Rng, difficulty: number): Drawn | undefined {
  const detTask = (a: number[][]): Drawn | undefined => {
    const d = det(fromInts(a));
    // a zero determinant is a constant a policy could learn: only non-singular matrices
    return d.n === 0n ? undefined : { task: 'det', text: `Compute the determinant of the matrix ${intsText(a)}. Give the answer as an integer.`, answer: `${d.n}`, matrices: [a] };
  };
  const productTask = (a: number[][], b: number[][]): Drawn | undefined => {
    if (isIdentityLike(a) || isIdentityLike(b)) return undefined;
    const p = matMul(fromInts(a), fromInts(b));
    return { task: 'product', text: `Compute the matrix product A B, where A = ${intsText(a)} and B = ${intsText(b)}. ${MATRIX_FORM}`, answer: matrixTex(p), matrices: [a, b] };
  };
  const inverseTask = (a: number[][]): Drawn | undefined => {
    const inv = inverse(fromInts(a));
    // an involution (A^-1 = A) would pay a copy of the question
    if (!inv || sameMatrix(inv, fromInts(a))) return undefined;
    return { task: 'inverse', text: `Find the inverse of the matrix ${intsText(a)}. ${MATRIX_FORM} Write non-integer entries as reduced fractions.`, answer: matrixTex(inv), matrices: [a] };
  };
  switch (difficulty) {
    case 1:
      return detTask(randomInts(rng, 2, 2, 12));
    case 2:
      return rng.bernoulli(0.5) ? productTask(randomInts(rng, 2, 2, 9), randomInts(rng, 2, 2, 9)) : detTask(randomInts(rng, 3, 3, 6));
    case 3:
      return rng.bernoulli(0.5) ? inverseTask(randomInts(rng, 2, 2, 9)) : productTask(randomInts(rng, 2, 3, 6), randomInts(rng, 3, 2, 6));
    default:
      return rng.bernoulli(0.5) ? detTask(randomInts(rng, 4, 4, 5)) : inverseTask(unimodular3(rng));
  }
}

const MATRIX_FORM = 'Give the matrix as [[a, b], [c, d]] (rows in order) or as \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}.';

export const matrices: TaskGenerator = {
  name: NAME,
  envName: 'Matrices',
  description: 'Matrix determinants, products and inverses with exact answers; determinants as integers, matrices as literal [[...]] or pmatrix with integer or reduced-fraction entries.',
  levels: ['determinant of a 2x2 matrix', 'product of two 2x2 matrices, or determinant of a 3x3', 'inverse of a 2x2 matrix, or product of a 2x3 and a 3x2', 'determinant of a 4x4, or inverse of a 3x3 with determinant +-1'],
  generate(rng: Rng, difficulty: number, index: number): ProblemRecord {
    let d = drawOnce(rng, difficulty);
    while (!d) d = drawOnce(rng, difficulty);
    return {
      id: `${NAME}-${difficulty}-${index}`,
      problem: d.text,
      answer: d.answer,
      source: NAME,
      metadata: { family: NAME, difficulty, index, task: d.task, matrices: d.matrices },
    };
  },
  scoreAnswer(answer: string, entry: ProblemRecord): Verdict {
    if (entry.metadata.task === 'det') {
      const v = readIn(answer, parseIntegerLiteral);
      return familyVerdict(entry, v?.raw, v !== undefined && v.value.toString() === entry.answer);
    }
    const m = readIn(answer, parseMatrixLiteral);
    const gold = parseMatrixLiteral(entry.answer.replace(/\s+/g, ''));
    return familyVerdict(entry, m?.raw, m !== undefined && gold !== undefined && sameMatrix(m.value, gold));
  },
};
