import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { verify } from '../../lib/verify/verify.js';

/**
 * Grading as a careful reader would: labelled cases by kind (spec/fixtures/verifier-cases.jsonl; the
 * same file feeds `mathgym bench verify --cases spec/fixtures/verifier-cases.jsonl`, whose table of
 * agreement by kind is in docs/verifier.md). Each kind holds the attack or mistake and the answers
 * that must still be credited next to it.
 */
interface Case {
  readonly id: string;
  readonly kind: string;
  readonly gold: string;
  readonly pred: string;
  readonly expected: boolean;
  readonly note?: string;
}

const CASES: Case[] = readFileSync(new URL('../fixtures/verifier-cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

describe('verify: a careful reader\'s verdicts, by kind', () => {
  for (const kind of [...new Set(CASES.map((c) => c.kind))]) {
    it(`${kind}: every labelled case`, () => {
      const wrong = CASES.filter((c) => c.kind === kind)
        .map((c) => ({ c, v: verify(c.gold, c.pred) }))
        .filter(({ c, v }) => v.correct !== c.expected || v.error !== undefined)
        .map(({ c, v }) => `${c.id} (${c.note ?? ''}): gold ${JSON.stringify(c.gold)} pred ${JSON.stringify(c.pred.slice(0, 80))} expected ${c.expected}, got ${v.correct} by ${v.rule}: ${v.reason}`);
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
    });
  }

  it('names the rule: contradictory, hedged, refused, no-answer', () => {
    expect(verify('117', '<answer>117</answer> then \\boxed{118}').rule).to.equal('contradictory');
    expect(verify('3', '3 and 5').rule).to.equal('hedged');
    expect(verify('A', 'A, B, C, D, E').correct).to.equal(false);
    expect(verify('65', '\\renewcommand{\\boxed}[1]{65} \\boxed{3}').rule).to.equal('refused');
    expect(verify('3', '\\boxed{3 \\text{ but ...} 5').rule).to.equal('no-answer');
    // multipleBoxed: 'reject' refuses several boxes instead of reading a number elsewhere
    expect(verify('4', '\\boxed{3}. Wait: \\boxed{4}', { multipleBoxed: 'reject' }).rule).to.equal('no-answer');
    expect(verify('4', '\\boxed{3}. Wait: \\boxed{4}').correct).to.equal(true);
  });
});

describe('verify: long completions and bounded work', () => {
  it('verifies a 1 MB completion whose answer is at the end, or at the start before 1 MB of working', () => {
    const working = 'We try another case and compute 3 + 4 = 7. '.repeat(24_000);
    expect(working.length).to.be.greaterThan(1_000_000);
    expect(verify('42', `${working}\nSo the answer is \\boxed{42}.`)).to.include({ correct: true, score: 1 });
    expect(verify('41', `${working}\nSo the answer is \\boxed{42}.`).correct).to.equal(false);
    expect(verify('42', `\\boxed{42}\n${working.slice(0, 1_000_000)}`).correct).to.equal(true);
  });

  it('answers past the configurable cap with INPUT_TOO_LARGE, never a silent wrong', () => {
    const long = `${'x'.repeat(2_000_000)} \\boxed{1}`;
    const v = verify('1', long);
    expect(v.error?.code).to.equal('INPUT_TOO_LARGE');
    expect(v.reason).to.match(/over the limit of 1048576; raise maxInputLength/);
    expect(verify('1', long, { maxInputLength: 3_000_000 }).correct).to.equal(true);
    expect(verify('1', '\\boxed{1}', { maxInputLength: 5 }).error?.code).to.equal('INPUT_TOO_LARGE');
  });

  it('stops adversarial work at a deterministic work budget (WORK_BUDGET), the same verdict every time', () => {
    const m = `\\begin{pmatrix}${Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => `${i + j}x`).join('&')).join('\\\\')}\\end{pmatrix}`;
    const chain = `\\boxed{${Array(8).fill(m).join('\\cdot')}}`;
    const a = verify(m, chain);
    expect(a.error?.code).to.equal('WORK_BUDGET');
    expect(a.correct).to.equal(false);
    expect(verify(m, chain).rule).to.equal(a.rule);
    // a small budget stops even an ordinary comparison; the default lets it through
    expect(verify('(x+1)^{2}', 'x^2+2x+1', { workBudget: 20 }).error?.code).to.equal('WORK_BUDGET');
    expect(verify('(x+1)^{2}', 'x^2+2x+1').correct).to.equal(true);
  });

  it('reads only the end of a long completion without explicit answers, and skips huge numbers', () => {
    expect(verify('7', `${'1 2 3 '.repeat(100_000)}\nThus the result is 7.`).correct).to.equal(true);
    expect(verify('1', `\\boxed{${'1'.repeat(200_000)}}`).correct).to.equal(false);
  });
});

describe('verify: no number read out of symbol soup', () => {
  it('random output whose last digit equals the gold is not credited; the same digit in prose is', () => {
    expect(verify('9', 'y→∧l=L³²·za^$W-niT∧D%am_↔1G;g j?≤z³J{3~]%g5K×x∧-[,∨X%nbGfhf9').correct).to.equal(false);
    expect(verify('3', '𝕣ﾹ￈Ӵљ𝗢℧Х𝚳𝝢𝒕⁧𝜨𝖸Ș𝞟⧃⪃𝛙e⏼ℭ𝖏‗ҟ⪪𝝗𝚂ӎℷ⩡⌄⧤⫑⃄⋠⍙𝛪𝔟Ӣɋ▧d℁Ǐć 3').correct).to.equal(false);
    expect(verify('9', 'Adding the two parts gives 9').correct).to.equal(true);
    expect(verify('9', 'so x = 9.').correct).to.equal(true);
  });
});
