import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { extractProp } from '../../datasets/metamath/extract.js';
import { minif2fBlock } from '../../datasets/metamath/minif2f.js';
import { sectionsOf } from '../../datasets/metamath/sections.js';
import { BUNDLED_DATABASES, DEFAULT_MINIF2F_DIR, loadMetamath } from '../../datasets/metamath/database.js';
import { selectTargets } from '../../datasets/metamath/targets.js';
import { parseDatabase, verifyDatabase } from '../../lib/metamath/index.js';
import { setMmOrWarn } from '../support/fixtures.js';

describe('datasets/metamath', () => {
  it('the bundled set-prop.mm is exactly what extract.ts makes from set.mm, and all its proofs verify', function () {
    const bundled = readFileSync(BUNDLED_DATABASES['set-prop'], 'utf8');
    const r = verifyDatabase(parseDatabase(BUNDLED_DATABASES['set-prop']));
    expect(r.failures).to.deep.equal([]);
    expect(r.checked).to.equal(1625);
    const SET_MM = setMmOrWarn('the comparison of set-prop.mm with extract.ts on set.mm');
    if (!SET_MM) return this.skip();
    expect(extractProp(readFileSync(SET_MM, 'utf8'), 'set.mm (Version of 28-Dec-2020)')).to.equal(bundled);
  });

  it('reads section headers with their extents', () => {
    const text = `$( ####\n  Part one\n  #### $)\n a $( =-=-\n  Sec A\n =-=- $) b $( =-=-\n  Sec B\n =-=- $) c\n$( ####\n  Part two\n ####\n $) d`;
    const s = sectionsOf(text);
    expect(s.map((x) => [x.title, x.level])).to.deep.equal([['Part one', 0], ['Sec A', 2], ['Sec B', 2], ['Part two', 0]]);
    expect(text.slice(s[1].start, s[1].end)).to.match(/Sec A[\s\S]*b $/);
    expect(s[0].end).to.equal(s[3].start);
  });

  it('converts a miniF2F statement written with @ keywords to a block with an unknown proof', () => {
    const src = `$(\n  @{\n    t.0 @e |- ph $@\n    $@ (Contributed by X.) $@\n    t @p |- ps @=\n      ? @.\n  @}\n$)\n`;
    const b = minif2fBlock(src)!;
    expect(b.label).to.equal('t');
    expect(b.text.replace(/\s+/g, ' ').trim()).to.equal('${ t.0 $e |- ph $. $( (Contributed by X.) $) t $p |- ps $= ? $. $}');
    const full = minif2fBlock('${\n a.1 $e |- ph $.\n a $p |- ph $=\n ( ) B $.\n$}')!;
    expect(full.text).to.contain('$= ? $.');
    expect(minif2fBlock('$( just a comment $)')).to.equal(undefined);
  });

  it('appends the miniF2F test statements to set.mm, skipping malformed ones with a reason', function () {
    this.timeout(120_000);
    const SET_MM = setMmOrWarn('appending miniF2F to set.mm');
    if (!SET_MM) return this.skip();
    const l = loadMetamath(SET_MM, { split: 'test', dir: DEFAULT_MINIF2F_DIR });
    const targets = selectTargets(l, 'minif2f:test');
    expect(targets.length + l.skipped.length).to.equal(244);
    expect(l.skipped.map((s) => s.label)).to.deep.equal(['aime-1994-p3.3']); // upstream file uses that label twice
    expect(l.skipped[0].reason).to.match(/used twice/);
    expect(targets[0].label).to.equal('aime-1983-p1');
    expect(targets[0].frame!.essential.length).to.equal(10);
  });
});
