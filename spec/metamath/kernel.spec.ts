import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { MetamathError, parseDatabase, verifyDatabase, type Database } from '../../lib/metamath/index.js';
import { fixtureFile } from '../support/fixtures.js';

const DEMO0 = fixtureFile('metamath/demo0.mm');

const PROP = `
$c ( ) -> wff |- $.
$v p q $.
wp $f wff p $.
wq $f wff q $.
wi $a wff ( p -> q ) $.
\${ min $e |- p $. maj $e |- ( p -> q ) $. mp $a |- q $. $}
\${
  h1 $e |- p $.
  h2 $e |- ( p -> q ) $.
  good $p |- q $= wp wq h1 h2 mp $.
  goodc $p |- q $= ( mp ) ABCDE $.
  swapped $p |- q $= wp wq h2 h1 mp $.
  badtype $p |- q $= h1 wq h1 h2 mp $.
  wrongfinal $p |- p $= wp wq h1 h2 mp $.
  extra $p |- q $= wp wq h1 h2 mp wp $.
  underflow $p |- q $= wq h1 h2 mp $.
  unknown $p |- q $= wp ? h1 h2 mp $.
  unknownc $p |- q $= ( mp ) AB?DE $.
$}
outofscope $p |- q $= wp wq h1 h2 mp $.
`;

const DV = `
$c set |- A. $.
$v x y z $.
vx $f set x $.
vy $f set y $.
vz $f set z $.
\${ $d x y $. dax $a |- A. x y $. $}
\${ $d x y $. ok $p |- A. x y $= vx vy dax $. $}
same $p |- A. x x $= vx vx dax $.
missing $p |- A. x y $= vx vy dax $.
\${ $d x z $. dummyok $p |- A. x z $= vx vz dax $. $}
`;

function byLabel(db: Database): Map<string, string> {
  const r = verifyDatabase(db);
  return new Map(r.failures.map((f) => [f.label, f.reason]));
}

describe('metamath kernel: frames', () => {
  it('computes mandatory hypotheses in database order and mandatory $d pairs', () => {
    const db = parseDatabase({ text: PROP + DV.replace('$c set |- A. $.', '$c set A. $.').replace('$v x y z $.', '$v x y z $.') });
    const mp = db.labels.get('mp')!;
    expect(mp.frame!.hyps.map((h) => h.label)).to.deep.equal(['wp', 'wq', 'min', 'maj']);
    expect(mp.frame!.floating.map((h) => h.label)).to.deep.equal(['wp', 'wq']);
    expect(mp.frame!.essential.map((h) => h.label)).to.deep.equal(['min', 'maj']);
    const wi = db.labels.get('wi')!;
    expect(wi.frame!.hyps.map((h) => h.label)).to.deep.equal(['wp', 'wq']);
    const dax = db.labels.get('dax')!;
    expect(Array.from(dax.frame!.dv).map((s) => db.symbols[s])).to.deep.equal(['x', 'y']);
    expect(db.labels.get('min')!.activeUntil).to.equal(db.labels.get('mp')!.index + 1);
  });
});

describe('metamath kernel: verifier errors', () => {
  const db = parseDatabase({ text: PROP, path: 'prop.mm' });
  const res = verifyDatabase(db);
  const fails = new Map(res.failures.map((f) => [f.label, f]));

  it('accepts correct normal and compressed proofs', () => {
    expect(fails.has('good')).to.equal(false);
    expect(fails.has('goodc')).to.equal(false);
    expect(res.checked).to.equal(10);
  });
  it('wrong essential hypothesis', () => {
    expect(fails.get('swapped')!.reason).to.match(/step 5: hypothesis min of `mp` does not match/);
  });
  it('wrong floating hypothesis typecode', () => {
    expect(fails.get('badtype')!.reason).to.match(/hypothesis wp of `mp` needs typecode `wff`/);
  });
  it('final stack entry differs from the statement', () => {
    expect(fails.get('wrongfinal')!.reason).to.match(/proves `\|- q` but the statement is `\|- p`/);
  });
  it('final stack with more than one entry', () => {
    expect(fails.get('extra')!.reason).to.match(/ends with 2 entries/);
  });
  it('stack underflow', () => {
    expect(fails.get('underflow')!.reason).to.match(/`mp` needs 4 hypotheses but the stack has only 3/);
  });
  it('hypothesis used outside its block', () => {
    expect(fails.get('outofscope')!.reason).to.match(/`h1` is not active/);
  });
  it('proofs with ? are incomplete, not failures', () => {
    expect(res.incomplete).to.deep.equal(['unknown', 'unknownc']);
    expect(fails.has('unknown')).to.equal(false);
  });
  it('reports every failure with its line and continues', () => {
    expect([...fails.keys()]).to.deep.equal(['swapped', 'badtype', 'wrongfinal', 'extra', 'underflow', 'outofscope']);
    expect(fails.get('swapped')!.line).to.equal(13);
    expect(fails.get('swapped')!.path).to.equal('prop.mm');
  });
  it('verifies a chosen subset with opts.labels', () => {
    const r = verifyDatabase(db, { labels: ['good', 'extra'] });
    expect(r.checked).to.equal(2);
    expect(r.failures.map((f) => f.label)).to.deep.equal(['extra']);
  });

  it('$d violations: same variable, and pair not declared in the theorem', () => {
    const f = byLabel(parseDatabase({ text: DV }));
    expect([...f.keys()]).to.deep.equal(['same', 'missing']);
    expect(f.get('same')).to.match(/\$d violation in `dax`.*both get variable `x`/);
    expect(f.get('missing')).to.match(/`x` and `y` are not declared disjoint/);
  });
});

describe('metamath kernel: parse errors (file:line:column)', () => {
  const cases: [string, string, RegExp][] = [
    ['constant redeclared', '$c a $.\n$c a $.', /^t\.mm:2:4: `a` was already declared as a constant/],
    ['constant named like a variable', '$v a $.\n$c a $.', /already declared as a variable/],
    ['variable redeclared while active', '$v x $.\n${ $v x $. $}', /^t\.mm:2:7: variable `x` is already active/],
    ['$c inside a block', '${ $c a $. $}', /outermost block/],
    ['undeclared symbol', '$c a $.\nax $a a b $.', /^t\.mm:2:9: math symbol `b` is not declared/],
    ['variable without $f', '$c a $. $v x $.\nax $a a x $.', /no active \$f/],
    ['two active $f for one variable', '$c a $. $v x $. f1 $f a x $. f2 $f a x $.', /already has an active \$f \(f1\)/],
    ['label reused', '$c a $. ax $a a $. ax $a a $.', /label `ax` is already used/],
    ['inactive variable', '$c a $. ${ $v x $. $} f $f a x $.', /`x` is not active here/],
    ['$d with a constant', '$c a $. $v x $. $d a x $.', /`a` is not an active variable/],
    ['unbalanced $}', '$c a $. $}', /without a matching/],
    ['unclosed ${', '$c a $. ${', /not closed/],
    ['statement not closed', '$c a $. ax $a a', /unexpected end of database/],
    ['invalid label characters', '$c a $. a/x $a a $.', /^t\.mm:1:9: `a\/x` is not a valid label/],
    ['label equal to a math symbol', '$c a $. a $a a $.', /label `a` is also a math symbol/],
    ['math symbol equal to a label', '$c a $. ax $a a $. $c ax $.', /math symbol `ax` is also a label/],
    ['unknown keyword', '$c a $. $x', /unexpected `\$x`/],
  ];
  for (const [name, text, re] of cases) {
    it(name, () => {
      expect(() => parseDatabase({ text, path: 't.mm' })).to.throw(MetamathError, re);
    });
  }
  it('a variable may be redeclared after its block closes, with a new $f', () => {
    const db = parseDatabase({ text: '$c a $. ${ $v x $. f1 $f a x $. $} ${ $v x $. f2 $f a x $. ax $a a x $. $}' });
    expect(db.labels.get('ax')!.frame!.hyps.map((h) => h.label)).to.deep.equal(['f2']);
  });
});

describe('metamath kernel: compressed proofs on demo0.mm', function () {
  // th1 normal proof: tt tze tpl tt weq tt tt weq tt a2 tt tze tpl tt weq tt tze tpl tt weq tt tt weq wim tt a2
  //                   tt tze tpl tt tt a1 mp mp; mandatory hyp tt = A; (tze tpl weq a2 wim a1 mp) = B..H; first Z save = I.
  const variants: [string, string, boolean][] = [
    ['plain letters', 'ABCADAADAEABCADABCADAADFAEABCAAGHH', true],
    ['with Z back-references', 'ABCZADAADAEIADIADAADFAEIAAGHH', true],
    ['one step changed', 'ABCZADAADAEIADIADAADFAEIAAGHG', false],
    ['reference to an unsaved entry', 'ABCADAADAEIADIADAADFAEIAAGHH', false],
  ];
  for (const [name, letters, ok] of variants) {
    it(`${name}: ${ok ? 'verifies' : 'fails'}`, () => {
      const text = readFileSync(DEMO0, 'utf8').replace(
        /th1 \$p \|- t = t \$=[\s\S]*?mp mp \$\./,
        `th1 $p |- t = t $= ( tze tpl weq a2 wim a1 mp ) ${letters.slice(0, 10)}\n  ${letters.slice(10)} $.`,
      );
      expect(text).to.include(letters.slice(10));
      const r = verifyDatabase(parseDatabase({ text, path: DEMO0 }));
      expect(r.checked).to.equal(1);
      expect(r.failures.map((f) => f.label)).to.deep.equal(ok ? [] : ['th1']);
    });
  }
  it('the original normal proof verifies', () => {
    const r = verifyDatabase(parseDatabase(DEMO0));
    expect(r).to.deep.equal({ checked: 1, failures: [], incomplete: [] });
  });
});
