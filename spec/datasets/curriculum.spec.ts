import { expect } from 'chai';
import { checkGeneratorConfig, ConfigError, itemRng, Curriculum, decontaminate, generateComposite, type ProblemRecord, type TaskGenerator } from '../../lib/index.js';

const rec = (id: string, problem: string): ProblemRecord => ({ id, problem, answer: '1', source: 'test', metadata: {} });

/** A toy family whose items say which family, difficulty and index made them. */
const toy = (name: string): TaskGenerator => ({
  name,
  envName: name,
  description: name,
  levels: ['one', 'two', 'three'],
  generate: (rng, difficulty, index) => ({ id: `${name}-${index}`, problem: `${name} ${difficulty} ${rng.integer(0, 1e6)}`, answer: '1', source: name, metadata: { difficulty } }),
  scoreAnswer: () => 0,
});

describe('datasets/curriculum', () => {
  it('raises the difficulty after a window of successes and lowers it after failures', () => {
    const c = new Curriculum({ maxDifficulty: 3, window: 4 });
    const seen = [1, 1, 1, 1, 1, 0, 0, 0, 0].map((r) => c.record(r));
    expect(seen).to.deep.equal([1, 1, 1, 2, 2, 2, 2, 2, 1]);
    expect(c.difficulty).to.equal(1);
  });

  it('stays within bounds and rejects bad settings and rewards', () => {
    const c = new Curriculum({ maxDifficulty: 2, window: 1 });
    for (let i = 0; i < 5; i++) c.record(1);
    expect(c.difficulty).to.equal(2);
    expect(() => c.record(2)).to.throw(ConfigError);
    expect(() => new Curriculum({ maxDifficulty: 2, start: 3 })).to.throw(ConfigError);
    expect(() => new Curriculum({ maxDifficulty: 2, lowerBelow: 0.9, raiseAbove: 0.5 })).to.throw(ConfigError);
  });
});

describe('datasets/generators: config validation', () => {
  it('checks configs against the ajv schema and the family range, naming what to fix', () => {
    expect(checkGeneratorConfig(toy('a'), { seed: 3, size: 10, difficulty: 2 })).to.deep.equal({ seed: 3, size: 10, difficulty: 2 });
    expect(() => checkGeneratorConfig(toy('a'), { seed: -1 })).to.throw(ConfigError, /seed.*>= 0.*schema/);
    expect(() => checkGeneratorConfig(toy('a'), { difficulty: 1.5 })).to.throw(ConfigError, /integer/);
    expect(() => checkGeneratorConfig(toy('a'), { size: 5, colour: 'red' } as never)).to.throw(ConfigError, /additional properties/);
    expect(() => checkGeneratorConfig(toy('a'), { difficulty: 4 })).to.throw(ConfigError, /1\.\.3/);
  });
});

describe('datasets/generators: item seeding', () => {
  it('hashes (seed, index): no pair aliases another', () => {
    const draw = (seed: number, index: number): number[] => {
      const r = itemRng(seed, index, 1);
      return [r.integer(0, 1e9), r.integer(0, 1e9)];
    };
    expect(draw(1, 0)).to.not.deep.equal(draw(0, 1_000_003));
    expect(draw(5, 7)).to.not.deep.equal(draw(5 + 2 ** 26, 7));
    expect(draw(2 ** 40, 3)).to.deep.equal(draw(2 ** 40, 3));
  });
});

describe('datasets/composite', () => {
  it('mixes components by weight, deterministically per seed', () => {
    const parts = [
      { generator: toy('a'), weight: 3, difficulty: 2 },
      { generator: toy('b'), weight: 1 },
    ];
    const items = [...generateComposite(parts, { seed: 5, size: 2000 })];
    const share = items.filter((x) => x.metadata.component === 'a').length / items.length;
    expect(share).to.be.within(0.7, 0.8);
    expect(items.filter((x) => x.metadata.component === 'a').every((x) => x.metadata.difficulty === 2)).to.equal(true);
    expect([...generateComposite(parts, { seed: 5, size: 50 })]).to.deep.equal(items.slice(0, 50));
    expect([...generateComposite(parts, { seed: 6, size: 50 })]).to.not.deep.equal(items.slice(0, 50));
  });

  it('rejects duplicate components and bad difficulties', () => {
    expect(() => [...generateComposite([{ generator: toy('a'), weight: 1 }, { generator: toy('a'), weight: 1 }])]).to.throw(ConfigError);
    expect(() => [...generateComposite([{ generator: toy('a'), weight: 1, difficulty: 9 }])]).to.throw(ConfigError, /1\.\.3/);
  });
});

describe('datasets/decontaminate', () => {
  const refs = [rec('r1', 'Find the sum of all integer bases $b>9$ for which $17_b$ is a divisor of $97_b$.'), rec('r2', 'How many positive divisors does 6! have?')];

  it('refuses settings that would silently find nothing', () => {
    expect(() => decontaminate([], refs, { n: 0 })).to.throw(ConfigError);
    expect(() => decontaminate([], refs, { n: Number.NaN })).to.throw(ConfigError);
    expect(() => decontaminate([], refs, { threshold: 2 })).to.throw(ConfigError);
  });

  it('finds exact duplicates after normalisation and near duplicates by n-gram overlap', () => {
    const report = decontaminate(
      [
        rec('c1', 'find the SUM of all integer bases b > 9 for which 17_b is a divisor of 97_b'),
        rec('c2', 'Find the sum of all integer bases $b>10$ for which $17_b$ is a divisor of $97_b$.'),
        rec('c3', 'What is 2 + 2?'),
      ],
      refs,
      { n: 5 },
    );
    expect(report.checked).to.equal(3);
    expect(report.exact.map((x) => [x.id, x.referenceId])).to.deep.equal([['c1', 'r1']]);
    expect(report.near.map((x) => [x.id, x.referenceId])).to.deep.equal([['c2', 'r1']]);
    expect(report.near[0]?.overlap).to.be.within(0.5, 1);
  });
});
