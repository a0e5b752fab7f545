import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { ProofState, exportProof, parseDatabase, replaceProof, parseTree, unify, verifyDatabase, type Database } from '../../lib/metamath/index.js';
import { fixtureFile, setMmOrWarn } from '../support/fixtures.js';

const DEMO0 = fixtureFile('metamath/demo0.mm');

/** Replaces the proof of `label` in database text and verifies it. */
function recheck(text: string, label: string, proof: string): void {
  const db = parseDatabase({ text: replaceProof(text, label, proof) });
  const r = verifyDatabase(db, { labels: [label] });
  expect(r.failures).to.deep.equal([]);
  expect(r.incomplete).to.deep.equal([]);
}

describe('metamath proof state (demo0)', () => {
  const text = readFileSync(DEMO0, 'utf8');
  let db: Database;
  before(() => {
    db = parseDatabase({ text });
  });

  it('parses expressions into syntax trees and unifies', () => {
    const th1 = db.labels.get('th1')!;
    const p = parseTree(db, th1.expr)!;
    expect(p.tree.t).to.equal('a');
    const a2 = parseTree(db, db.labels.get('a2')!.expr)!;
    expect(unify(a2.tree, p.tree, new Map())).to.equal(undefined); // fixed variables do not unify with a different shape
  });

  it('proves th1 backward and exports verified proofs', () => {
    const s = new ProofState(db, 'th1');
    expect(s.current!.expr).to.equal('|- t = t');
    expect(s.apply('mp', { P: '( t + 0 ) = t' }).ok).to.equal(true);
    expect(s.goals.map((g) => g.expr)).to.deep.equal(['|- ( t + 0 ) = t', '|- ( ( t + 0 ) = t -> t = t )']);
    expect(s.apply('a2').ok).to.equal(true);
    // no substitution: P stays a work variable until unification assigns it
    expect(s.apply('mp').ok).to.equal(true);
    expect(s.goals.some((g) => g.kind === 'syntax')).to.equal(true);
    expect(s.apply('a2').ok).to.equal(true);
    expect(s.apply('a1').ok).to.equal(true);
    expect(s.closed).to.equal(true);
    const { normal, compressed } = exportProof(s);
    expect(normal).to.equal((db.labels.get('th1')!.proof as { readonly steps: readonly string[] }).steps.join(' '));
    recheck(text, 'th1', normal);
    recheck(text, 'th1', compressed);
  });

  it('rejects invalid applications with ok:false', () => {
    const s = new ProofState(db, 'th1');
    const bad1 = s.apply('nosuch');
    expect(bad1.ok).to.equal(false);
    const bad2 = s.apply('a2'); // ( t + 0 ) = t does not unify with t = t
    expect(bad2.ok).to.equal(false);
    if (!bad2.ok) expect(bad2.error).to.match(/unify/);
    const bad3 = s.apply('th1');
    expect(bad3.ok).to.equal(false);
    expect(s.apply('tze').ok).to.equal(false); // wrong typecode
    expect(s.apply('mp', { P: '( t +' }).ok).to.equal(false);
    expect(s.goals.map((g) => g.expr)).to.deep.equal(['|- t = t']);
  });

  it('rejects a label declared after the target', () => {
    const db2 = parseDatabase({ text: text + '\n  late $a |- t = t $.\n' });
    const s = new ProofState(db2, 'th1');
    const r = s.apply('late');
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.match(/not declared before/);
  });

  it('undo restores the previous goals', () => {
    const s = new ProofState(db, 'th1');
    expect(s.undo()).to.equal(false);
    s.apply('mp', { P: '( t + 0 ) = t' });
    const after = s.goals.map((g) => g.expr);
    expect(s.apply('a2').ok).to.equal(true);
    expect(s.undo()).to.equal(true);
    expect(s.goals.map((g) => g.expr)).to.deep.equal(after);
    expect(s.undo()).to.equal(true);
    expect(s.goals.map((g) => g.expr)).to.deep.equal(['|- t = t']);
    expect(s.closed).to.equal(false);
  });
});

describe('metamath proof state (set.mm)', () => {
  it('proves a1i and mp2 backward', function () {
    const SETMM = setMmOrWarn('metamath proof state on set.mm');
    if (!SETMM) return this.skip();
    const db = parseDatabase(SETMM);
    const a1i = new ProofState(db, 'a1i');
    for (const [l, sub] of [['ax-mp', { ph: 'ph' }], ['a1i.1', {}], ['ax-1', {}]] as const) {
      const r = a1i.apply(l, sub);
      expect(r.ok, r.ok ? '' : r.error).to.equal(true);
    }
    expect(a1i.closed).to.equal(true);
    const p1 = exportProof(a1i);
    const mp2 = new ProofState(db, 'mp2');
    for (const [l, sub] of [['ax-mp', { ph: 'ps' }], ['mp2.2', {}], ['ax-mp', { ph: 'ph' }], ['mp2.1', {}], ['mp2.3', {}]] as const) {
      const r = mp2.apply(l, sub);
      expect(r.ok, r.ok ? '' : r.error).to.equal(true);
    }
    expect(mp2.closed).to.equal(true);
    const p2 = exportProof(mp2);
    expect(p1.compressed).to.match(/^\( /);
    expect(p2.normal).to.contain('ax-mp');
  });
});

describe('metamath proof state ($d)', () => {
  const base = `$c |- wff setvar A. ( ) $. $v x y z ph $.
vx $f setvar x $. vy $f setvar y $. vz $f setvar z $. wph $f wff ph $.
wal $a wff A. x ph $. weq $a wff ( x y ) $.
\${ $d x y $. ax $a |- A. x ( x y ) $. $}
`;
  it('checks the assertion $d conditions against the target', () => {
    const ok = parseDatabase({ text: `${base}\${ $d y z $. t1 $p |- A. z ( z y ) $= ? $. $}\n` });
    const s = new ProofState(ok, 't1');
    expect(s.apply('ax').ok).to.equal(true);
    expect(s.closed).to.equal(true);
    exportProof(s);
    const bad = parseDatabase({ text: `${base}t2 $p |- A. z ( z y ) $= ? $.\nt3 $p |- A. z ( z z ) $= ? $.\n` });
    const r2 = new ProofState(bad, 't2').apply('ax');
    expect(r2.ok).to.equal(false);
    if (!r2.ok) expect(r2.error).to.match(/\$d/);
    expect(new ProofState(bad, 't3').apply('ax').ok).to.equal(false);
  });
});

describe('metamath proof state: deep expressions are bounded, never a stack overflow (issue 22)', () => {
  const db = parseDatabase('datasets/data/metamath/set-prop.mm');
  const neg = (n: number): string => `${'-. '.repeat(n)}ph`;

  it('parses 1,300 nested -. without recursion, and applies it as a substitution', () => {
    const wff = db.symbolIds.get('wff')!;
    const syms = [...new Array<number>(1300).fill(db.symbolIds.get('-.')!), db.symbolIds.get('ph')!];
    const t = parseTree(db, [wff, ...syms]);
    expect(t?.tree.t).to.equal('a');
    const st = new ProofState(db, 'mp2');
    const r = st.apply('ax-mp', { ph: neg(1300) });
    expect(r.ok, r.ok ? '' : r.error).to.equal(true);
    expect(st.goals[0].expr).to.equal(`|- ${neg(1300)}`);
  });

  it('refuses deeper nesting with a clear error and leaves the state as it was', () => {
    const st = new ProofState(db, 'mp2');
    for (const n of [2500, 15_000]) {
      const r = st.apply('ax-mp', { ph: neg(n) });
      expect(r.ok).to.equal(false);
      expect(r.ok ? '' : r.error).to.match(/nested more than 2000 levels deep/);
    }
    expect(st.goals.map((g) => g.expr)).to.deep.equal(['|- ch']);
  });
});
