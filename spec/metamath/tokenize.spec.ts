import { expect } from 'chai';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MetamathError, parseDatabase, tokenize } from '../../lib/metamath/index.js';

describe('metamath tokenizer', () => {
  it('splits on any whitespace and skips comments', () => {
    const toks = tokenize({ text: '$c a\tb $.\r\n$( a comment $c x $. with $ signs $)\n  $v  x $.\f' });
    expect(toks.map((t) => t.text)).to.deep.equal(['$c', 'a', 'b', '$.', '$v', 'x', '$.']);
  });

  it('reports 1-based line and column of each token', () => {
    const toks = tokenize({ text: '$c a $.\n  $( c\n $)   $v x $.', path: 'mem.mm' });
    const v = toks.find((t) => t.text === '$v')!;
    expect([v.path, v.line, v.column]).to.deep.equal(['mem.mm', 3, 7]);
  });

  it('does not end a comment at a `$)` that is not a whole token', () => {
    const toks = tokenize({ text: '$( see a$) here $) $c a $.' });
    expect(toks.map((t) => t.text)).to.deep.equal(['$c', 'a', '$.']);
  });

  it('an unclosed comment is an error at its line:column', () => {
    expect(() => tokenize({ text: '$c a $.\n\n    $( never closed', path: 'x.mm' }))
      .to.throw(MetamathError, /^x\.mm:3:5: comment/);
  });

  it('resolves $[ $] relative to the including file and includes each file once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-inc-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.mm'), '$c b $.\n$[ c.mm $]\n');
    writeFileSync(join(dir, 'sub', 'c.mm'), '$c c $.\n');
    writeFileSync(join(dir, 'a.mm'), '$c a $.\n$[ sub/b.mm $]\n$[ sub/b.mm $]\n$[ a.mm $]\n$c d $.\n');
    const toks = tokenize({ path: join(dir, 'a.mm') });
    expect(toks.map((t) => t.text).join(' ')).to.equal('$c a $. $c b $. $c c $. $c d $.');
    const c = toks.find((t) => t.text === 'c')!;
    expect(c.path).to.equal(join(dir, 'sub', 'c.mm'));
    expect([c.line, c.column]).to.deep.equal([1, 4]);
    const db = parseDatabase(join(dir, 'a.mm'));
    expect(db.symbols).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('a missing include file is an error naming the including location', () => {
    expect(() => tokenize({ text: '$c a $.\n $[ nope-does-not-exist.mm $]', path: join(tmpdir(), 'r.mm') }))
      .to.throw(MetamathError, /r\.mm:2:2: cannot read included file/);
  });
});
