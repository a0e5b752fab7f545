import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { distinctProblems } from '../../../datasets/generators/distinct.js';
import { getGenerator } from '../../../datasets/generators/index.js';
import { mathgym } from '../../fixtures/run-cli.js';

const NEW_FAMILIES = ['probability', 'divisors', 'complex_numbers', 'countdown', 'matrices', 'word_problems', 'inequalities', 'exp_log', 'polynomial_roots', 'trigonometry', 'geometry', 'limits', 'integration_techniques'];

describe('generators: distinct problems per level', function () {
  this.timeout(300_000);

  it('the new families give >= 5,000 distinct problems in 10,000 draws at every level, or their README row says why', () => {
    const readme = readFileSync('datasets/README.md', 'utf8');
    for (const name of NEW_FAMILIES) {
      const gen = getGenerator(name);
      for (let d = 1; d <= gen.levels.length; d++) {
        const row = distinctProblems(gen, d);
        if (row.distinct >= 5000) continue;
        const line = readme.split('\n').find((l) => l.startsWith(`| ${name} | ${d} |`));
        expect(line, `${name} d${d}: ${row.distinct} distinct and no README row`).to.be.a('string');
        expect(line!.split('|')[5]!.trim(), `${name} d${d}: the README row must say why`).to.not.equal('');
      }
    }
  });

  it('cli: gen lists the new families; gen <family> --stats --json counts per level', async () => {
    const list = await mathgym(['gen', '--json']);
    expect(list.code, list.stderr).to.equal(0);
    const envs = (JSON.parse(list.stdout) as { name: string; env: string }[]).map((r) => r.name);
    for (const f of NEW_FAMILIES) expect(envs).to.include(f);
    const r = await mathgym(['gen', 'countdown', '--stats', '--draws', '300', '--json']);
    expect(r.code, r.stderr).to.equal(0);
    const rows = JSON.parse(r.stdout) as { family: string; difficulty: number; draws: number; distinct: number }[];
    expect(rows.map((x) => x.difficulty)).to.deep.equal([1, 2, 3, 4]);
    for (const x of rows) expect(x.distinct).to.be.within(1, 300);
  });
});
