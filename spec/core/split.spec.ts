import { expect } from 'chai';
import { ConfigError, make } from '../../lib/index.js';
import { checkSplit, fnv1a, splitOf, TEST_FRACTION } from '../../lib/core/split.js';

async function problems(id: string, split: string, n: number, kwargs: Record<string, unknown> = {}): Promise<Set<string>> {
  const env = await make<string, string>(id, { ...kwargs, split });
  const out = new Set<string>();
  for (let seed = 0; seed < n; seed++) out.add((await env.reset({ seed })).observation);
  await env.close();
  return out;
}

describe('core/split: problem-disjoint train/test splits', () => {
  it('is a stable hash of the problem text (whitespace-insensitive), about TEST_FRACTION test', () => {
    expect(fnv1a('')).to.equal(0x811c9dc5);
    expect(splitOf('Compute 3 + 4.')).to.equal(splitOf('  Compute 3  +\n4. '));
    let test = 0;
    for (let i = 0; i < 20_000; i++) if (splitOf(`problem ${i}`) === 'test') test++;
    expect(test / 20_000).to.be.closeTo(TEST_FRACTION, 0.01);
  });

  it('validates the option', () => {
    expect(checkSplit('X', undefined)).to.equal('all');
    expect(() => checkSplit('X', 'validation')).to.throw(ConfigError, /split must be "train", "test" or "all"/);
  });

  for (const [id, kwargs] of [['mathgym/Arithmetic-v0', { difficulty: 1 }], ['mathgym/Counting-v0', { difficulty: 3 }], ['mathgym/LinearEquations-v0', { difficulty: 2 }]] as const) {
    it(`${id}: train and test episodes never share a problem, whatever the seeds`, async () => {
      const train = await problems(id, 'train', 600, kwargs);
      const test = await problems(id, 'test', 200, kwargs);
      expect(test.size).to.be.greaterThan(5);
      for (const p of test) expect(train.has(p), p).to.equal(false);
      for (const p of test) expect(splitOf(p)).to.equal('test');
    });
  }

  it('split "all" (the default) draws the same episodes as before splits existed', async () => {
    const a = await make<string, string>('mathgym/Counting-v0');
    const b = await make<string, string>('mathgym/Counting-v0', { split: 'all' });
    for (let seed = 0; seed < 20; seed++) expect((await a.reset({ seed })).observation).to.equal((await b.reset({ seed })).observation);
  });
});
