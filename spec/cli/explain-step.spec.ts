import { expect } from 'chai';
import { explainStep, formatReward } from '../../lib/cli/explain-step.js';
import { mathgym } from '../fixtures/run-cli.js';

const step = (reward: number, info: Record<string, unknown>, terminated = true) => ({ reward, terminated, truncated: false, info });

describe('play: explaining a step', function () {
  this.timeout(60_000);

  it('formats rewards for people, without float noise', () => {
    expect(formatReward(0.24999999999999997)).to.equal('0.25');
    expect(formatReward(0.5 ** 2)).to.equal('0.25');
    expect(formatReward(1)).to.equal('1');
    expect(formatReward(-0.1 - 0.2)).to.equal('-0.3');
    expect(formatReward(0)).to.equal('0');
    expect(formatReward(Number.NaN)).to.equal('NaN');
  });

  it('prints info.verdict: right or wrong, the rule, the reason, what was read, and the gold when not matched', () => {
    const lines = explainStep(step(0, { gold: '2', verdict: { correct: false, rule: 'rational-equal', reason: '3 is not 2', pred: { raw: '3', normalized: '3' }, gold: { raw: '2' } } }));
    expect(lines).to.deep.equal(['reward 0 (terminated)', 'verdict: wrong, rule rational-equal - 3 is not 2', 'read from your answer: 3', 'gold answer: 2']);
    // a verdict's `extracted` field, and the gold only in the verdict
    const other = explainStep(step(0, { verdict: { correct: false, rule: 'not-equal', extracted: 'x = 4' , gold: { raw: '{3}' } } }));
    expect(other).to.include('read from your answer: x = 4');
    expect(other).to.include('gold answer: {3}');
    const right = explainStep(step(1, { gold: '2', verdict: { correct: true, rule: 'string-equal', reason: 'same', pred: { raw: '\\frac{4}{2}', normalized: '2' } } }));
    expect(right).to.include('read from your answer: \\frac{4}{2} (read as 2)');
    expect(right.join('\n')).to.not.match(/gold/);
  });

  it('a verifier failure is not called wrong', () => {
    const lines = explainStep(step(0, { gold: '1', verdict: { correct: false, rule: 'error', reason: 'timed out', error: { code: 'TIMEOUT', message: 'over 1000 ms' } } }));
    expect(lines[1]).to.equal('verifier error (not judged wrong): TIMEOUT over 1000 ms');
  });

  it('falls back to info.reason / info.error / info.correct, shows the gold only at the end, and a finished proof', () => {
    expect(explainStep(step(-0.1, { error: 'no such move' }, false))).to.deep.equal(['reward -0.1', 'error: no such move']);
    expect(explainStep(step(0, { reason: 'could not parse', gold: '8' }))).to.deep.equal(['reward 0 (terminated)', 'could not parse', 'gold answer: 8']);
    expect(explainStep(step(0, { gold: '{7, 3}', correct: false }))).to.deep.equal(['reward 0 (terminated)', 'gold answer: {7, 3}', 'wrong (this env gives no reason)']);
    expect(explainStep(step(0, { gold: 'secret' }, false)).join('\n')).to.not.match(/secret/);
    const qed = explainStep(step(1, { proved: true, proof: { normal: 'wph ax-1', compressed: '( ax-1 ) AB' } }));
    expect(qed).to.include('proof (checked by the kernel): wph ax-1');
    expect(qed).to.include('compressed: ( ax-1 ) AB');
  });

  it('in the terminal: an empty line asks again, a wrong answer shows the gold, rewards are rounded', async () => {
    const r = await mathgym(['play', 'mathgym/Quadratics-v0', '--seed', '1', '--episodes', '1'], '\n   \n{3, 8}\n');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout.match(/\(empty: type an action, or quit\)/g)).to.have.length(2);
    expect(r.stdout).to.match(/reward 0 \(terminated\)[\s\S]*gold answer: \{7, 3\}/);
    const f = await mathgym(['play', 'mathgym/MathQAWithFeedback-v0', '--seed', '1', '--episodes', '1', '-k', 'maxAttempts=3'], '\\boxed{1}\n\\boxed{0}\n\\boxed{2}\n');
    expect(f.code, f.stderr).to.equal(0);
    expect(f.stdout).to.match(/reward 0\.25 \(terminated\)/);
    expect(f.stdout).to.match(/total reward 0\.25$/m);
    expect(f.stdout).to.not.match(/0\.2499/);
  });
});
