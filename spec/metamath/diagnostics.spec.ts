/**
 * Metamath diagnostics carry stable codes (lib/metamath/errors.ts): every kind of failure has one, the
 * message ends with it, error.code / failure.code and `mm verify --json` carry it, docs/metamath.md lists
 * every code, and no code is used that is not listed (or listed and never used).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { MM_CODES } from '../../lib/metamath/errors.js';
import { MetamathError, parseDatabase, verifyDatabase } from '../../lib/metamath/index.js';
import { mathgym } from '../fixtures/run-cli.js';

const HEAD = '$c ( ) -> wff |- $. $v p q $. wp $f wff p $. wq $f wff q $. wi $a wff ( p -> q ) $.\n${ min $e |- p $. maj $e |- ( p -> q ) $. mp $a |- q $. $}\n';
const PROOFS = `${HEAD}\${
  h1 $e |- p $.
  h2 $e |- ( p -> q ) $.
  good $p |- q $= wp wq h1 h2 mp $.
  swapped $p |- q $= wp wq h2 h1 mp $.
  extra $p |- q $= wp wq h1 h2 mp h1 $.
  underflow $p |- q $= wq h1 h2 mp $.
  wrongfinal $p |- p $= wp wq h1 h2 mp $.
  undef $p |- q $= nosuch $.
$}
`;

describe('metamath diagnostics: codes', () => {
  it('each kind of proof failure has its code, at the end of its reason and in failure.code', () => {
    const r = verifyDatabase(parseDatabase({ text: PROOFS, path: 'p.mm' }), { labels: ['good', 'swapped', 'extra', 'underflow', 'wrongfinal', 'undef', 'nothere'] });
    const got = Object.fromEntries(r.failures.map((f) => [f.label, f.code]));
    expect(got).to.deep.equal({ swapped: 'MM-E105', extra: 'MM-E107', underflow: 'MM-E104', wrongfinal: 'MM-E108', undef: 'MM-E102', nothere: 'MM-E101' });
    for (const f of r.failures) expect(f.reason.endsWith(` [${f.code}]`), f.reason).to.equal(true);
  });

  it('each kind of malformed database has its code, in the message and as error.code', () => {
    const cases: [string, string][] = [
      ['$c a $.\n$c a $.', 'MM-E009'],
      ['$c a $.\nax $a a b $.', 'MM-E010'],
      ['$c a $. $}', 'MM-E007'],
      ['$c a $. ax $a a', 'MM-E006'],
      ['$c a $. a/x $a a $.', 'MM-E008'],
      ['$c a $. a $a a $.', 'MM-E005'],
      ['$c a $. $v x $. $d a x $.', 'MM-E011'],
      ['$c a $. $v x $.\nax $a a x $.', 'MM-E012'],
      ['$( never closed', 'MM-E002'],
    ];
    for (const [text, code] of cases) {
      let err: unknown;
      try {
        parseDatabase({ text, path: 't.mm' });
      } catch (e) {
        err = e;
      }
      expect(err, text).to.be.instanceOf(MetamathError);
      expect((err as MetamathError).code, text).to.equal(code);
      expect((err as Error).message, text).to.match(new RegExp(`^t\\.mm:\\d+:\\d+: .* \\[${code}\\]$`));
    }
  });

  it('docs/metamath.md lists every code, and the kernel uses each listed code and no other', () => {
    const doc = readFileSync('docs/metamath.md', 'utf8');
    const listed = Object.keys(MM_CODES);
    expect(listed.filter((c) => !doc.includes(`| \`${c}\` |`))).to.deep.equal([]);
    const src = readdirSync('lib/metamath').filter((f) => f.endsWith('.ts') && f !== 'errors.ts').map((f) => readFileSync(join('lib/metamath', f), 'utf8')).join('\n');
    const used = new Set(src.match(/'MM-E\d{3}'/g)?.map((c) => c.slice(1, -1)));
    expect([...used].filter((c) => !listed.includes(c))).to.deep.equal([]);
    expect(listed.filter((c) => !used.has(c))).to.deep.equal([]);
  });

  it('mm verify --json gives each failure its code', async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'mm-codes-'));
    try {
      const path = join(dir, 'p.mm');
      writeFileSync(path, PROOFS);
      const j = await mathgym(['mm', 'verify', path, '--json']);
      expect(j.code, j.stderr).to.equal(1);
      const report = JSON.parse(j.stdout) as { failures: { label: string; code: string }[] };
      expect(report.failures.map((f) => `${f.label} ${f.code}`)).to.include.members(['swapped MM-E105', 'undef MM-E102']);
      const bad = join(dir, 'bad.mm');
      writeFileSync(bad, '$c a $.\n$c a $.\n');
      const e = await mathgym(['mm', 'verify', bad]);
      expect(e.code).to.equal(1);
      expect(e.stderr + e.stdout).to.match(/bad\.mm:2:4: .*\[MM-E009\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
