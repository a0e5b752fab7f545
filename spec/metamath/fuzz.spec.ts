/**
 * Differential fuzzing of the kernel against metamath-exe (issue 22): seeded mutants of set-prop.mm,
 * every verdict (malformed / which proofs fail / which are incomplete) compared. Always against the
 * checked-in corpus of metamath-exe's verdicts; also live against metamath-exe, on another seed, when
 * it is installed (Debian package `metamath`).
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { FUZZ_BASE, FUZZ_SEED, readCorpus } from '../../lib/metamath/fuzz.js';
import { exeInstalled } from '../../lib/metamath/differential.js';
import { runFuzz, sha256, type FuzzReport } from '../../lib/metamath/fuzz.js';
import { MUTATION_KINDS } from '../../lib/metamath/mutate.js';

function explain(r: FuzzReport): string {
  return r.disagreements.slice(0, 10).map((d) => `#${d.index} ${d.kind} ${d.edit}: kernel ${d.kernel}, reference ${d.reference}`).join('\n');
}

describe('metamath kernel vs metamath-exe: differential fuzzing', function () {
  this.timeout(300_000);
  const base = readFileSync(FUZZ_BASE, 'utf8');

  it('agrees on every mutant of the checked-in corpus of metamath-exe verdicts', () => {
    const corpus = readCorpus();
    expect(corpus.seed).to.equal(FUZZ_SEED);
    expect(corpus.baseSha256, 'set-prop.mm changed: regenerate the corpus (mathgym mm fuzz --write-corpus)').to.equal(sha256(base));
    const r = runFuzz({ base, seed: corpus.seed, count: corpus.mutants.length, maxTargets: corpus.maxTargets, expected: corpus.mutants });
    console.log(`      fuzz corpus: ${r.agree}/${r.count} agree (${JSON.stringify(r.verdicts)})`);
    expect(r.disagreements, explain(r)).to.deep.equal([]);
    // the corpus is not trivial: every kind of mutation, and every kind of verdict
    // (set-prop has no $d statement to drop: dv-drop is exercised on set.mm by `mathgym mm fuzz --base`)
    expect(Object.keys(r.byKind)).to.have.members(MUTATION_KINDS.filter((k) => k !== 'dv-drop'));
    for (const [k, n] of Object.entries(r.verdicts)) expect(n, k).to.be.greaterThan(10);
  });

  it('agrees with metamath-exe run live, on another seed', function () {
    if (!exeInstalled()) {
      console.warn('SKIPPED: metamath-exe is not installed (apt-get install metamath); the corpus test above still ran');
      this.skip();
    }
    const r = runFuzz({ base, seed: FUZZ_SEED + 1, count: 300 });
    console.log(`      fuzz live: ${r.agree}/${r.count} agree with metamath-exe (${JSON.stringify(r.verdicts)})`);
    expect(r.disagreements, explain(r)).to.deep.equal([]);
  });
});
