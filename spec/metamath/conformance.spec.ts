import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { MetamathError, parseDatabase, verifyDatabase } from '../../lib/metamath/index.js';
import { fixtureFile } from '../support/fixtures.js';

interface Expected {
  readonly file: string;
  readonly expect: 'pass' | 'fail';
  readonly note?: string;
}

/** pass = parses and every proof verifies; fail = a MetamathError or at least one failing proof. */
function judge(path: string): { verdict: 'pass' | 'fail'; detail: string } {
  try {
    const r = verifyDatabase(parseDatabase(path));
    if (r.failures.length) return { verdict: 'fail', detail: `${r.failures[0].label}: ${r.failures[0].reason}` };
    if (r.incomplete.length) return { verdict: 'fail', detail: `incomplete: ${r.incomplete.join(' ')}` };
    return { verdict: 'pass', detail: `${r.checked} proofs` };
  } catch (err) {
    if (err instanceof MetamathError) return { verdict: 'fail', detail: err.message };
    throw err;
  }
}

describe('metamath conformance (metamath-test suite, spec/fixtures/metamath-test)', function () {
  this.timeout(120_000); // nf.mm and set-dist.mm are 2-3 MB each
  const cases = JSON.parse(readFileSync(fixtureFile('metamath-test/expected.json'), 'utf8')) as Expected[];

  const results: boolean[] = [];
  for (const c of cases) {
    it(`${c.file} ${c.expect === 'pass' ? 'passes' : 'fails'}`, function () {
      const { verdict, detail } = judge(fixtureFile(`metamath-test/${c.file}`));
      results.push(verdict === c.expect);
      expect(verdict, `${c.file}: ${detail}`).to.equal(c.expect);
    });
  }

  after(function () {
    if (results.length) console.log(`      metamath conformance: ${results.filter(Boolean).length}/${results.length} agree with expected.json`);
  });
});
