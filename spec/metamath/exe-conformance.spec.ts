/**
 * Regression tests for the three classes where the kernel disagreed with metamath-exe (issue 22).
 * Each expected verdict was read off Debian's metamath-exe 0.195 (`metamath 'read t.mm' 'verify proof *'`)
 * on exactly these files; the comment names its message.
 */
import { expect } from 'chai';
import { parseDatabase, verifyDatabase } from '../../lib/metamath/index.js';

const BASE = `
$c ( ) -> wff |- $.
$v ph ps $.
wph $f wff ph $.
wps $f wff ps $.
wi $a wff ( ph -> ps ) $.
ax1 $a |- ( ph -> ( ps -> ph ) ) $.
\${ mp.1 $e |- ph $. mp.2 $e |- ( ph -> ps ) $. mp $a |- ps $. $}
`;
/** a1i: mandatory hyps A=wph B=wps C=a1i.1, labels D=wi E=ax1 F=mp; the valid proof is ABADCABEF. */
const a1i = (proof: string): string => `${BASE}\${ a1i.1 $e |- ph $. a1i $p |- ( ps -> ph ) $= ${proof} $. $}\n`;
/** th: A=wph B=wps, C=wi D=ax1, saved entries from E; the valid proof is BACZED. */
const th = (proof: string): string => `${BASE}th $p |- ( ( ps -> ph ) -> ( ( ps -> ph ) -> ( ps -> ph ) ) ) $= ${proof} $.\n`;

type Verdict = 'ok' | 'incomplete' | 'fail';
function verdict(text: string): Verdict {
  const r = verifyDatabase(parseDatabase({ text, path: 't.mm' }));
  expect(r.checked).to.equal(1);
  return r.failures.length ? 'fail' : r.incomplete.length ? 'incomplete' : 'ok';
}

describe('metamath kernel agrees with metamath-exe 0.195', () => {
  const cases: [string, string, Verdict, string][] = [
    // class 1: Z right after a hypothesis, a back-reference or ? ("... declares a local label")
    ['valid compressed proof', a1i('( wi ax1 mp ) ABADCABEF'), 'ok', 'All proofs ... verified'],
    ['Z after the first hypothesis step', a1i('( wi ax1 mp ) AZBADCABEF'), 'fail', 'step 1 declares a local label'],
    ['Z after a later hypothesis step', a1i('( wi ax1 mp ) ABAZDCABEF'), 'fail', 'step 3 declares a local label'],
    ['Z after an $e hypothesis step', a1i('( wi ax1 mp ) ABADCZABEF'), 'fail', 'step 5 declares a local label'],
    ['Z after an assertion step', a1i('( wi ax1 mp ) ABADZCABEF'), 'ok', 'verified'],
    ['Z after a back-reference step', th('( wi ax1 ) BACZEZD'), 'fail', 'step 4 declares a local label'],
    ['Z after ?', a1i('( wi ax1 mp ) AB?ZCABEF'), 'fail', 'step 3 declares a local label'],
    ['Z before any step', a1i('( wi ax1 mp ) ZABADCABEF'), 'fail', 'must occur after a proof step'],
    ['Z after the last step', a1i('( wi ax1 mp ) ABADCABEFZ'), 'ok', 'verified'],
    // class 2: ZZ labels the step twice (two saved entries)
    ['back-reference', th('( wi ax1 ) BACZED'), 'ok', 'verified'],
    ['doubled ZZ', th('( wi ax1 ) BACZZED'), 'ok', 'verified'],
    ['doubled ZZ, second saved entry used', th('( wi ax1 ) BACZZFD'), 'ok', 'verified'],
    ['tripled ZZZ, third saved entry used', th('( wi ax1 ) BACZZZGD'), 'ok', 'verified'],
    ['doubled ZZ, both entries used: two left on the stack', th('( wi ax1 ) BACZZEFD'), 'fail', 'RPN stack contains 2 entries'],
    ['single Z, second saved entry used', th('( wi ax1 ) BACZEFD'), 'fail', 'outside the range of the label list'],
    ['doubled ZZ in a longer proof', a1i('( wi ax1 mp ) ABADZZCABEF'), 'ok', 'verified'],
    // class 3: ? is an unknown entry; the rest is still checked
    ['? then a wrong final stack (compressed)', a1i('( wi ax1 mp ) ABA?CABEF'), 'fail', 'RPN stack contains 3 entries'],
    ['? as the last step after a whole proof', a1i('( wi ax1 mp ) ABADCABEF?'), 'fail', 'RPN stack contains 2 entries'],
    ['? consumed by a step: incomplete', a1i('( wi ax1 mp ) ABADCA?EF'), 'incomplete', 'not proved'],
    ['? for a whole subproof', a1i('( wi ax1 mp ) ABADC?F'), 'incomplete', 'not proved'],
    ['? alone', a1i('( wi ax1 mp ) ?'), 'incomplete', 'not proved'],
    ['?? leaves two entries', a1i('( wi ax1 mp ) ??'), 'fail', 'RPN stack contains 2 entries'],
    ['? then too few hypotheses', a1i('( wi ax1 mp ) ?F'), 'fail', 'requires 4 hypotheses'],
    ['? and a known hypothesis that cannot match', a1i('( wi ax1 mp ) ?BADBABEF'), 'fail', 'cannot be unified'],
    ['? for ps and a known mismatch', a1i('( wi ax1 mp ) A?ADBABEF'), 'fail', 'cannot be unified'],
    ['? for ph determined by another hypothesis', a1i('( wi ax1 mp ) ?BADCABEF'), 'incomplete', 'not proved'],
    ['? then a wrong final stack (normal)', a1i('wph wps ? a1i.1 wph wps ax1 mp'), 'fail', 'RPN stack contains 2 entries'],
    ['? in a normal proof', a1i('wph ? wph wi a1i.1 wph wps ax1 mp'), 'incomplete', 'not proved'],
    ['two ? in a normal proof', a1i('wph wps wph wi ? ? mp'), 'incomplete', 'not proved'],
    ['? and a known $e mismatch (normal)', a1i('wph wps wph wi ? wps wph ax1 mp'), 'fail', 'cannot be unified'],
    ['? for a $f whose variable a known $e pins down (normal)', a1i('? wps wph wi a1i.1 wph wph ax1 mp'), 'fail', 'cannot be unified'],
    ['valid normal proof', a1i('wph wps wph wi a1i.1 wph wps ax1 mp'), 'ok', 'verified'],
  ];
  for (const [name, text, want, exe] of cases) {
    it(`${name}: ${want} (metamath-exe: ${exe})`, () => {
      expect(verdict(text)).to.equal(want);
    });
  }
});
