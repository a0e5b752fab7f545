import { expect } from 'chai';
import { BUNDLED_DATABASES } from '../../datasets/metamath/database.js';
import { candidates, exportProof, parseDatabase, ProofState, prove, type Database } from '../../lib/metamath/index.js';

describe('metamath candidates and prover', () => {
  let db: Database;
  before(() => {
    db = parseDatabase(BUNDLED_DATABASES['set-prop']);
  });

  it('candidates: hypotheses first, each applies, and a bare work-variable goal is left to the caller', () => {
    const s = new ProofState(db, 'mp2');
    const c = candidates(s);
    // database order; all three have a variable conclusion `|- ph`, so they unify with any goal
    expect(c.map((x) => x.label)).to.deep.equal(['dummylink', 'idi', 'ax-mp']);
    expect(c[2]).to.deep.equal({ label: 'ax-mp', kind: 'assert', newGoals: 2 });
    expect(s.apply('ax-mp').ok).to.equal(true);
    const major = candidates(s, { goal: 1 });
    expect(major.map((x) => x.label)).to.include('ax-mp');
    expect(candidates(s, { goal: 5 })).to.deep.equal([]);
    expect(candidates(s, { goal: 1, limit: 1 })).to.have.length(1);
  });

  it('fills work variables no goal constrains with a variable of their type', () => {
    // ax-mp on `|- ( ph -> ph )`, then ax-1 closes the major premise without fixing the minor's formula fully
    const s = new ProofState(db, 'id');
    expect(s.apply('mpd').ok).to.equal(true);
    expect(s.apply('ax-1').ok).to.equal(true);
    expect(s.apply('ax-1').ok).to.equal(true);
    expect(s.closed).to.equal(true);
    expect(s.goals).to.deep.equal([]);
    // the filled proof is a real one: the kernel accepts it (exportProof re-checks both forms)
    expect(exportProof(s).normal).to.match(/ wph /);
  });

  it('finds proofs of early theorems deterministically, within the budget, using only earlier assertions', () => {
    const a = prove(db, 'syl', { maxExpansions: 200 });
    expect(a.proved).to.equal(true);
    expect(a.stop).to.equal('proved');
    expect(a.expansions).to.be.at.most(200);
    const b = prove(db, 'syl', { maxExpansions: 200 });
    expect(b.actions).to.deep.equal(a.actions);
    expect(b.proof).to.deep.equal(a.proof);
    const target = db.labels.get('syl')!;
    for (const act of a.actions) expect(db.labels.get(act.label)!.index).to.be.lessThan(target.index);
  });

  it('stops at the budget and says so', () => {
    const r = prove(db, '4syl', { maxExpansions: 5 });
    expect(r.proved).to.equal(false);
    expect(r.stop).to.equal('budget');
    expect(r.expansions).to.equal(5);
    expect(r.actions).to.deep.equal([]);
    const t = prove(db, '4syl', { maxExpansions: 1e9, timeoutMs: 1 });
    expect(t.stop).to.be.oneOf(['timeout', 'proved']);
  });
});
