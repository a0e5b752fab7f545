import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetamathError, parseDatabase, verifyDatabase } from '../../lib/metamath/index.js';

const DIR = '/work/shared/metamath/tests';

interface Expected {
  readonly file: string;
  readonly expect: 'pass' | 'fail';
  readonly note?: string;
  readonly present?: boolean;
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

describe('metamath conformance (metamath-test suite)', function () {
  const present = existsSync(join(DIR, 'expected.json'));
  const cases: Expected[] = present ? (JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Expected[]) : [];
  before(function () {
    if (!present) {
      console.warn(`SKIPPED: metamath conformance suite not found at ${DIR}`);
      this.skip();
    }
  });

  const results: boolean[] = [];
  for (const c of cases) {
    it(`${c.file} ${c.expect === 'pass' ? 'passes' : 'fails'}`, function () {
      const path = join(DIR, c.file);
      if (c.present === false || !existsSync(path)) {
        console.warn(`SKIPPED: ${c.file} is listed in expected.json but absent (${c.note ?? ''})`);
        this.skip();
      }
      const { verdict, detail } = judge(path);
      results.push(verdict === c.expect);
      expect(verdict, `${c.file}: ${detail}`).to.equal(c.expect);
    });
  }

  after(function () {
    if (results.length) console.log(`      metamath conformance: ${results.filter(Boolean).length}/${results.length} agree with expected.json`);
  });
});
