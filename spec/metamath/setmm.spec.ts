import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDatabase, verifyDatabase } from '../../lib/metamath/index.js';
import { setMmOrWarn } from '../support/fixtures.js';

let SET_MM = '';
const VICTIM = 'mp2';

describe('metamath kernel on set.mm', function () {
  this.timeout(600_000);
  before(function () {
    const p = setMmOrWarn('metamath kernel on set.mm');
    if (!p) return this.skip();
    SET_MM = p;
  });

  it('verifies every $p statement of set.mm', () => {
    const t0 = performance.now();
    const db = parseDatabase(SET_MM);
    const t1 = performance.now();
    const r = verifyDatabase(db);
    const t2 = performance.now();
    console.log(`      set.mm: parse ${((t1 - t0) / 1000).toFixed(2)} s, verify ${((t2 - t1) / 1000).toFixed(2)} s, ${r.checked} proofs`);
    expect(r.failures).to.deep.equal([]);
    expect(r.incomplete).to.deep.equal([]);
    expect(r.checked).to.be.greaterThan(30_000);
  });

  it(`a copy with one step of ${VICTIM}'s proof changed fails, naming ${VICTIM} only`, () => {
    const text = readFileSync(SET_MM, 'utf8');
    const at = text.search(new RegExp(`\\s${VICTIM} \\$p `));
    expect(at, `${VICTIM} not found in set.mm`).to.be.greaterThan(0);
    const proofStart = text.indexOf('$=', at);
    const close = text.indexOf(')', proofStart); // end of the compressed proof's label list
    let i = close + 1;
    while (!/[A-T]/.test(text[i])) i++;
    const changed = text[i] === 'B' ? 'C' : 'B';
    const dir = mkdtempSync(join(tmpdir(), 'mm-setmm-'));
    try {
      const path = join(dir, 'set-corrupt.mm');
      writeFileSync(path, text.slice(0, i) + changed + text.slice(i + 1));
      const r = verifyDatabase(parseDatabase(path));
      expect(r.failures.map((f) => f.label)).to.deep.equal([VICTIM]);
      expect(r.failures[0].path).to.equal(path);
      expect(r.failures[0].line).to.equal(text.slice(0, at + 1).split('\n').length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
