import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, WorkerError } from '../../lib/errors.js';
import { MetamathError, parseDatabase, verifyDatabase, verifyDatabaseParallel, type VerifyOptions, type VerifyResult } from '../../lib/metamath/index.js';
import { fixtureFile } from '../support/fixtures.js';

const QL = fixtureFile('metamath/ql.mm');
/** Theorems of ql.mm (1140 $p) whose proofs the corrupted copy breaks, in database order. */
const BROKEN = ['2vwomlem', 'oa6to4h1'];
/** A theorem whose first proof step becomes `?` (incomplete), between the two. */
const UNKNOWN = 'u2lemnona';

/** Index of the first step letter of `label`'s compressed proof. */
function firstStep(text: string, label: string): number {
  const at = text.search(new RegExp(`\\s${label} \\$p `));
  expect(at, `${label} not found in ql.mm`).to.be.greaterThan(0);
  let i = text.indexOf(')', text.indexOf('$=', at)) + 1; // end of the compressed proof's label list
  while (!/[A-T]/.test(text[i])) i++;
  return i;
}

/** ql.mm with one step of each BROKEN proof changed (B <-> C) and UNKNOWN's first step made `?`. */
function corrupt(text: string): string {
  const edits = [...BROKEN.map((l) => [firstStep(text, l), 'x'] as const), [firstStep(text, UNKNOWN), '?'] as const];
  let out = text;
  for (const [i, kind] of edits) out = out.slice(0, i) + (kind === '?' ? '?' : out[i] === 'B' ? 'C' : 'B') + out.slice(i + 1);
  return out;
}

const plain = (r: VerifyResult): VerifyResult => ({ checked: r.checked, failures: r.failures, incomplete: r.incomplete });

describe('metamath: verifyDatabaseParallel', function () {
  this.timeout(60_000);
  let tmp = '';
  let corrupted = '';

  before(function () {
    tmp = mkdtempSync(join(tmpdir(), 'mathgym-mm-par-'));
    corrupted = join(tmp, 'ql-corrupt.mm');
    writeFileSync(corrupted, corrupt(readFileSync(QL, 'utf8')));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function same(path: string, opts: VerifyOptions & { labels?: string[] }, jobs: number, chunkSize?: number): Promise<VerifyResult> {
    const seq = verifyDatabase(parseDatabase(path), opts);
    const par = await verifyDatabaseParallel(path, { ...opts, jobs, chunkSize });
    expect(plain(par)).to.deep.equal(seq);
    expect(par.jobs).to.equal(jobs);
    return seq;
  }

  it('gives the result of verifyDatabase on ql.mm, and reports progress per chunk', async () => {
    const seen: [number, number][] = [];
    const seq = verifyDatabase(parseDatabase(QL));
    const par = await verifyDatabaseParallel(QL, { jobs: 2, chunkSize: 300, onProgress: (d, t) => seen.push([d, t]) });
    expect(plain(par)).to.deep.equal(seq);
    expect(seq.checked).to.equal(1140);
    expect(seq.failures).to.deep.equal([]);
    expect(par.parseSeconds).to.be.a('number');
    expect(seen[0]).to.deep.equal([0, 1140]);
    // one tick per chunk of 300 (the last has 240); chunks finish in any order
    const done = seen.slice(1).map(([d]) => d);
    expect(done).to.have.length(4);
    expect(done[3]).to.equal(1140);
    expect([...done].sort((a, b) => a - b)).to.deep.equal(done);
  });

  it('finds the same failures and incomplete proofs in a corrupted ql.mm with 1, 2 and 3 workers', async () => {
    for (const [jobs, chunk] of [[1, undefined], [2, undefined], [3, 7]] as const) {
      const r = await same(corrupted, {}, jobs, chunk);
      expect(r.failures.map((f) => f.label)).to.deep.equal(BROKEN);
      expect(r.failures[0].path).to.equal(corrupted);
      expect(r.incomplete).to.deep.equal([UNKNOWN]);
      expect(r.checked).to.equal(1140);
    }
  });

  it('stops where verifyDatabase stops with maxFailures, even inside a chunk', async () => {
    const r = await same(corrupted, { maxFailures: 1 }, 2, 1000);
    expect(r.failures.map((f) => f.label)).to.deep.equal([BROKEN[0]]);
    expect(r.incomplete).to.deep.equal([]);
    expect(r.checked).to.be.lessThan(1140);
    await same(corrupted, { maxFailures: 1 }, 2, 13);
    await same(corrupted, { maxFailures: 2 }, 3, 50);
  });

  it('verifies only the labels asked for; unknown labels fail last, as in verifyDatabase', async () => {
    const r = await same(corrupted, { labels: [BROKEN[1], 'id', 'nope', UNKNOWN, 'wn'] }, 2, 1);
    expect(r.failures.map((f) => f.label)).to.deep.equal([BROKEN[1], 'nope', 'wn']);
    expect(r.incomplete).to.deep.equal([UNKNOWN]);
    expect(r.checked).to.equal(3);
  });

  it('rejects with the MetamathError of parseFile for a malformed database', async () => {
    const path = join(tmp, 'bad.mm');
    writeFileSync(path, '$c a $.\n$v x $.\nwx $f a y $.\n');
    let expected = '';
    try {
      parseDatabase(path);
    } catch (e) {
      expected = (e as Error).message;
    }
    expect(expected).to.match(/bad\.mm:3:\d+: /);
    const err = await verifyDatabaseParallel(path, { jobs: 2 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(MetamathError);
    expect((err as MetamathError).message).to.equal(expected);
    expect((err as MetamathError).location?.line).to.equal(3);
  });

  it('rejects with a WorkerError (no hang) when a worker crashes', async () => {
    const err = await verifyDatabaseParallel(QL, { jobs: 2, maxMemoryMb: 4 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(WorkerError);
    expect((err as Error).message).to.match(/mm verify worker \d crashed: .*memory/);
  });

  it('rejects bad options with a ConfigError', async () => {
    for (const jobs of [0, -1, 1.5, Number.NaN]) {
      const err = await verifyDatabaseParallel(QL, { jobs }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err, String(jobs)).to.be.instanceOf(ConfigError);
      expect((err as Error).message).to.match(/jobs must be an integer >= 1/);
    }
  });
});
