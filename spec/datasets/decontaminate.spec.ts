import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { DecontaminationIndex, type DecontaminateOptions } from '../../datasets/decontaminate.js';
import { excludeIndex, generateExcluding } from '../../datasets/exclude.js';
import { GENERATORS, itemRng, type TaskGenerator } from '../../datasets/generators/index.js';
import { loadDataset } from '../../datasets/load.js';
import type { ProblemRecord } from '../../datasets/record.js';
import { MathQAEnv } from '../../environments/math-qa/env.js';
import { numbersChanged, paraphrased } from '../fixtures/contamination-variants.js';
import { mathgym } from '../fixtures/run-cli.js';

type Variant = (t: string) => string;
const VARIANTS: Readonly<Record<string, Variant>> = {
  'numbers changed': numbersChanged,
  paraphrased,
  'paraphrased, numbers changed': (t) => paraphrased(numbersChanged(t)),
};

/** Share of the set's problems whose variant is matched to the problem it came from. */
function recall(index: DecontaminationIndex, records: readonly ProblemRecord[], variant: Variant): number {
  const changed = records.filter((r) => variant(r.problem) !== r.problem);
  return changed.filter((r) => index.match(variant(r.problem))?.referenceId === r.id).length / changed.length;
}

describe('datasets/decontaminate: recall on contaminated variants, precision on distinct problems', function () {
  this.timeout(120_000);
  const sets: Record<string, ProblemRecord[]> = {};
  before(async () => {
    for (const s of ['math500', 'gsm8k']) sets[s] = (await loadDataset(s)).records;
  });

  // measured (this spec prints the table): MATH-500 numbers changed 0.994 (0.244 with the old
  // 8-word-gram method without masking), paraphrased 0.794 (0.520); GSM8K 1.000 (0.398), 0.718 (0.548)
  const FLOORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
    math500: { 'numbers changed': 0.97, paraphrased: 0.75, 'paraphrased, numbers changed': 0.75 },
    gsm8k: { 'numbers changed': 0.99, paraphrased: 0.68, 'paraphrased, numbers changed': 0.68 },
  };

  it('finds numbers-changed and paraphrased variants of MATH-500 and GSM8K problems (above the floors, and above the unmasked 8-gram method)', () => {
    const rows: string[] = [];
    for (const set of ['math500', 'gsm8k']) {
      const records = sets[set]!;
      const index = new DecontaminationIndex(records);
      const old = new DecontaminationIndex(records, { n: 8, maskNumbers: false, minMaskedWords: 0 } satisfies DecontaminateOptions);
      for (const [name, v] of Object.entries(VARIANTS)) {
        const r = recall(index, records, v);
        const before = recall(old, records, v);
        rows.push(`${set} ${name}: ${r.toFixed(3)} (unmasked 8-grams ${before.toFixed(3)})`);
        expect(r, `${set} ${name}`).to.be.at.least(FLOORS[set]![name]!);
        expect(r, `${set} ${name}`).to.be.at.least(before);
      }
    }
    if (process.env.MATHGYM_PRINT_RECALL) console.log(rows.join('\n'));
  });

  it('does not match distinct problems: one half of each set against the other, and generated problems of every family and level', () => {
    let cross = 0;
    for (const set of ['math500', 'gsm8k']) {
      const all = sets[set]!;
      const a = all.filter((_, i) => i % 2 === 0);
      const b = all.filter((_, i) => i % 2 === 1);
      const ia = new DecontaminationIndex(a);
      const ib = new DecontaminationIndex(b);
      cross += b.filter((r) => ia.contains(r.problem)).length + a.filter((r) => ib.contains(r.problem)).length;
    }
    // the one match (MATH-500 "smallest distance between the origin and ... the graph of y=...") is two
    // problems of one template: a numbers-changed pair within the evaluation set itself
    expect(cross).to.be.at.most(2);
    const index = new DecontaminationIndex([...sets.math500!, ...sets.gsm8k!]);
    for (const g of GENERATORS)
      for (let d = 1; d <= g.levels.length; d++)
        for (let i = 0; i < 60; i++) {
          const r = g.generate(itemRng(5, i, d), d, i);
          expect(index.match(r.problem), `${r.id}: ${r.problem}`).to.equal(undefined);
        }
  });

  it('refuses options that would silently find nothing', () => {
    expect(() => new DecontaminationIndex([], { n: 0 })).to.throw(ConfigError);
    expect(() => new DecontaminationIndex([], { threshold: 0 })).to.throw(ConfigError);
    expect(() => new DecontaminationIndex([], { minMaskedWords: -1 })).to.throw(ConfigError);
  });
});

describe('datasets/exclude: generators and MathQA never hand out an evaluation problem', function () {
  this.timeout(120_000);
  let gsm: ProblemRecord[];
  let dir: string;
  before(async () => {
    gsm = (await loadDataset('gsm8k')).records;
    dir = mkdtempSync(join(tmpdir(), 'mathgym-exclude-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Every other item is a GSM8K problem with its numbers changed. */
  const leaky: TaskGenerator = {
    name: 'leaky',
    envName: 'Leaky',
    description: 'test',
    levels: ['one', 'two', 'three'],
    generate: (rng, difficulty, index) => {
      const leak = rng.bernoulli(0.5);
      const k = rng.integer(0, 1000);
      const problem = leak ? numbersChanged(gsm[k]!.problem) : `Fresh problem ${index}: what is ${k} plus ${difficulty}?`;
      return { id: `leaky-${difficulty}-${index}`, problem, answer: '1', source: 'leaky', metadata: { family: 'leaky', difficulty, index, leak } };
    },
    scoreAnswer: () => 0,
  };

  it('generateExcluding replaces every item matching an excluded set by a further draw, deterministically', () => {
    const plain = [...generateExcluding(leaky, { seed: 1, size: 200, difficulty: 1 }, [])];
    expect(plain.filter((r) => r.metadata.leak).length).to.be.within(60, 140);
    const clean = [...generateExcluding(leaky, { seed: 1, size: 200, difficulty: 1 }, ['gsm8k'])];
    expect(clean).to.have.length(200);
    expect(clean.filter((r) => r.metadata.leak)).to.deep.equal([]);
    expect([...generateExcluding(leaky, { seed: 1, size: 200, difficulty: 1 }, ['gsm8k'])]).to.deep.equal(clean);
    // clean items keep their place
    plain.forEach((r, i) => {
      if (!r.metadata.leak) expect(clean[i]).to.deep.equal(r);
    });
    expect(() => [...generateExcluding(leaky, { size: 5 }, ['no-such-set'])]).to.throw(ConfigError);
    expect(excludeIndex(['gsm8k']).size).to.equal(1319);
  });

  it('MathQA-v0 with exclude drops the records that are evaluation problems (numbers changed too)', async () => {
    const path = join(dir, 'train.jsonl');
    const rows = [
      { question: numbersChanged(gsm[3]!.problem), answer: '5' },
      { question: gsm[10]!.problem, answer: '6' },
      { question: 'A baker bakes 12 loaves a day for a week. How many loaves is that?', answer: '84' },
    ];
    writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n'));
    expect(await new MathQAEnv({ dataset: path }).records()).to.have.length(3);
    const kept = await new MathQAEnv({ dataset: path, exclude: ['gsm8k'] }).records();
    expect(kept.map((r) => r.answer)).to.deep.equal(['84']);
    expect(() => new MathQAEnv({ dataset: path, exclude: 'gsm8k' as unknown as string[] })).to.throw(ConfigError, /exclude must be an array/);
    expect(() => new MathQAEnv({ dataset: path, exclude: ['nope'] })).to.throw(ConfigError);
  });

  it('cli: datasets decontam --exclude writes the cleaned JSONL; gen --exclude runs', async () => {
    const path = join(dir, 'mixed.jsonl');
    const out = join(dir, 'clean.jsonl');
    // a paraphrase the method catches (about 72% of GSM8K paraphrases are caught, see above)
    const caught = gsm.find((p) => excludeIndex(['gsm8k']).contains(paraphrased(p.problem)))!;
    writeFileSync(
      path,
      [
        { id: 'a', question: numbersChanged(gsm[0]!.problem), answer: '1' },
        { id: 'b', question: 'Ann has 4 cats and 3 dogs. How many pets does she have?', answer: '7' },
        { id: 'c', question: paraphrased(caught.problem), answer: '2' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const r = await mathgym(['datasets', 'decontam', path, '--exclude', 'gsm8k', '--out', out]);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/wrote 1 of 3 records .* 2 removed/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ProblemRecord);
    expect(lines.map((l) => l.id)).to.deep.equal(['b']);
    const g = await mathgym(['gen', 'arithmetic', '--n', '3', '--exclude', 'math500', '--exclude', 'gsm8k']);
    expect(g.code, g.stderr).to.equal(0);
    expect(g.stdout.trim().split('\n')).to.have.length(3);
  });
});
