import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { BUNDLED_DATASETS, loadDataset } from '../../datasets/index.js';

/** Record counts as documented in datasets/README.md's "Bundled data" table. */
function documentedCounts(): Map<string, number> {
  const readme = readFileSync(new URL('../../datasets/README.md', import.meta.url), 'utf8');
  const rows = [...readme.matchAll(/^\| `([a-z0-9]+)` \| `data\/[^`]+` \| (\d+) \|/gm)];
  return new Map(rows.map((m) => [m[1] as string, Number(m[2])]));
}

describe('datasets: bundled sets', () => {
  const documented = documentedCounts();

  it('documents every bundled set in datasets/README.md', () => {
    expect([...documented.keys()].sort()).to.deep.equal(Object.keys(BUNDLED_DATASETS).sort());
  });

  for (const name of Object.keys(BUNDLED_DATASETS)) {
    it(`loads ${name} completely, with the documented record count and no bad line`, async () => {
      const { records, summary } = await loadDataset(name);
      expect(summary.bad, JSON.stringify(summary.bad.slice(0, 3))).to.deep.equal([]);
      expect(records.length).to.equal(documented.get(name));
      expect(new Set(records.map((r) => r.id)).size, 'ids are unique').to.equal(records.length);
      for (const r of records) expect(r.answer.trim(), r.id).to.not.equal('');
    });
  }

  it('shuffles with a seed: same seed, same subset', async () => {
    const a = await loadDataset('math500', { shuffle: true, seed: 3, limit: 5 });
    const b = await loadDataset('math500', { shuffle: true, seed: 3, limit: 5 });
    const c = await loadDataset('math500', { shuffle: true, seed: 4, limit: 5 });
    expect(a.records.map((r) => r.id)).to.deep.equal(b.records.map((r) => r.id));
    expect(a.records.map((r) => r.id)).to.not.deep.equal(c.records.map((r) => r.id));
  });
});
