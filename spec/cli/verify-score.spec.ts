import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { mathgym } from '../fixtures/run-cli.js';

describe('cli: verify and score', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('verify prints the decision, the rule and why, and both extractions', async () => {
    const r = await mathgym(['verify', '--gold', '\\frac{1}{2}', '--pred', '0.5']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^decision\s+CORRECT$/m);
    expect(r.stdout).to.match(/^rule\s+\S+/m);
    expect(r.stdout).to.match(/^reason\s+.+/m);
    expect(r.stdout).to.match(/^gold\s+"\\\\frac\{1\}\{2\}" → .+\[.+, by whole\]$/m);
    expect(r.stdout).to.match(/^pred\s+"0\.5" → 1\/2\s+\[number, by whole\]$/m);
  });

  it('verify exits 0 for a wrong answer, prints the Verdict with --json, and exits 2 for misuse', async () => {
    const wrong = await mathgym(['verify', '--gold', '42', '--pred', 'The answer is \\boxed{41}.', '--json', '--timeout-ms', '2000']);
    expect(wrong.code, wrong.stderr).to.equal(0);
    const v = JSON.parse(wrong.stdout) as { correct: boolean; rule: string; reason: string; pred: { raw: string; strategy: string } };
    expect(v.correct).to.equal(false);
    expect(v.pred).to.deep.include({ raw: '41', strategy: 'boxed' });
    expect(v.reason).to.be.a('string');
    const missing = await mathgym(['verify', '--gold', '1']);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.match(/--pred/);
    const badTimeout = await mathgym(['verify', '--gold', '1', '--pred', '1', '--timeout-ms', 'soon']);
    expect(badTimeout.code).to.equal(2);
    expect(badTimeout.stderr).to.match(/--timeout-ms must be a non-negative integer/);
  });

  it('verify and score take --max-input-length and --work-budget, and say which limit was hit', async () => {
    const capped = await mathgym(['verify', '--gold', '1', '--pred', '\\boxed{1}', '--max-input-length', '5', '--json']);
    expect(capped.code, capped.stderr).to.equal(0);
    expect(JSON.parse(capped.stdout)).to.deep.include({ correct: false, rule: 'error' }).and.nested.include({ 'error.code': 'INPUT_TOO_LARGE' });
    const budget = await mathgym(['verify', '--gold', '(x+1)^2', '--pred', 'x^2+2x+1', '--work-budget', '20', '--json']);
    expect(JSON.parse(budget.stdout)).to.nested.include({ 'error.code': 'WORK_BUDGET' });
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, `${JSON.stringify({ answer: '1', completion: `${'x'.repeat(50)} \\boxed{1}` })}\n`);
    const scored = await mathgym(['score', file, '--max-input-length', '20', '--workers', '0', '--json']);
    expect(scored.code, scored.stderr).to.equal(0);
    expect(JSON.parse(scored.stdout)).to.deep.include({ correct: 0 }).and.nested.include({ 'verifierErrors.INPUT_TOO_LARGE': 1 });
  });

  it('score writes one result per input line, reports malformed lines and prints a summary', async () => {
    const input = join(dir, 'completions.jsonl');
    const out = join(dir, 'results.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', answer: '\\frac{1}{2}', completion: 'so \\boxed{0.5}' }),
        JSON.stringify({ id: 'b', answer: '3', completion: 'I think \\boxed{4}' }),
        '{"id": "c", "answer": ',
        JSON.stringify({ id: 'd', answer: '', completion: '\\boxed{1}' }),
        JSON.stringify({ id: 'e', answer: 7 }),
        JSON.stringify({ id: 'f', answer: 18, completion: '#### 18' }),
      ].join('\n') + '\n',
    );
    const r = await mathgym(['score', input, '--gold-field', 'answer', '--pred-field', 'completion', '--out', out, '--workers', '1']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stderr).to.include(`${input}:3: malformed: not valid JSON`);
    expect(r.stderr).to.include(`${input}:5: malformed: field "completion" is missing`);
    for (const [metric, value] of [['total', '6'], ['correct', '2'], ['wrong', '1'], ['verifier errors', '1'], ['verifier error GOLD_UNPARSEABLE', '1'], ['malformed lines', '2'], ['accuracy', '0.5000']]) {
      expect(r.stdout).to.match(new RegExp(`^${metric}\\s+${value}$`, 'm'));
    }
    expect(r.stdout).to.match(/^mean ms\s+\d+\.\d\d$/m);
    const results = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; id?: string; correct: boolean | null; rule: string | null; reason: string; error: { code: string } | null });
    expect(results.map((x) => x.line)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(results.map((x) => x.id)).to.deep.equal(['a', 'b', undefined, 'd', 'e', 'f']);
    expect(results.map((x) => x.correct)).to.deep.equal([true, false, null, null, null, true]);
    expect(results.map((x) => x.error?.code ?? null)).to.deep.equal([null, null, 'MALFORMED', 'GOLD_UNPARSEABLE', 'MALFORMED', null]);
    expect(results[1]?.rule).to.be.a('string');
    expect(results[1]?.reason).to.be.a('string').and.not.equal('');
  });

  it('score --json prints the summary and the malformed lines; a missing file exits 2', async () => {
    const input = join(dir, 'small.jsonl');
    writeFileSync(input, `${JSON.stringify({ gold: '2', pred: '\\boxed{2}' })}\n[1]\n`);
    const r = await mathgym(['score', input, '--gold-field', 'gold', '--pred-field', 'pred', '--json', '--workers', '0']);
    expect(r.code, r.stderr).to.equal(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s).to.deep.include({ total: 2, correct: 1, wrong: 0, malformed: 1, accuracy: 1, verifierErrors: {} });
    expect(s.malformedLines).to.deep.equal([{ line: 2, message: 'not a JSON object' }]);
    const missing = await mathgym(['score', join(dir, 'nope.jsonl')]);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.match(/no such file/);
  });
});
