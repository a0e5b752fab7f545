import { expect } from 'chai';
import { mathgym } from '../fixtures/run-cli.js';

describe('cli: datasets and gen', function () {
  this.timeout(60_000);

  it('datasets --json lists the bundled sets with record counts', async () => {
    const r = await mathgym(['datasets', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const rows = JSON.parse(r.stdout) as { name: string; records: number }[];
    expect(rows.find((x) => x.name === 'gsm8k')?.records).to.equal(1319);
  });

  it('datasets stats reports counts and answer kinds', async () => {
    const r = await mathgym(['datasets', 'stats', 'amc23', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const s = JSON.parse(r.stdout) as { kept: number; badLines: number; answerKinds: Record<string, number> };
    expect(s.kept).to.equal(40);
    expect(s.badLines).to.equal(0);
    expect(s.answerKinds.number).to.equal(40);
  });

  it('gen writes seeded JSONL: same seed, same lines', async () => {
    const a = await mathgym(['gen', 'arithmetic', '--n', '5', '--seed', '1', '--difficulty', '3']);
    const b = await mathgym(['gen', 'arithmetic', '--n', '5', '--seed', '1', '--difficulty', '3']);
    expect(a.code, a.stderr).to.equal(0);
    expect(a.stdout).to.equal(b.stdout);
    const lines = a.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; metadata: { difficulty: number } });
    expect(lines).to.have.length(5);
    expect(lines.every((l) => l.metadata.difficulty === 3)).to.equal(true);
    const bad = await mathgym(['gen', 'arithmetic', '--difficulty', '9']);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.match(/difficulty must be an integer in 1\.\.5/);
  });

  it('datasets decontam finds a bundled problem in a file that copies it', async () => {
    const r = await mathgym(['datasets', 'decontam', 'aime25', '--against', 'aime25', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const rep = JSON.parse(r.stdout) as { checked: number; exact: unknown[] };
    expect(rep.checked).to.equal(30);
    expect(rep.exact).to.have.length(30);
  });
});
