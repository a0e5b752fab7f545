import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { lastBoxed } from '../../datasets/boxed.js';
import { detectFormat } from '../../datasets/normalize.js';
import { formatBadLine, loadDataset, streamDataset } from '../../datasets/load.js';
import { checkRecord } from '../../datasets/record.js';
import { problemRecordSchema } from '../../datasets/schemas/problem-record.js';

const jsonl = (rows: readonly unknown[]): string => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

describe('datasets/load', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-datasets-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function file(name: string, rows: readonly unknown[]): string {
    const path = join(dir, name);
    writeFileSync(path, jsonl(rows));
    return path;
  }

  it('loads the bundled MATH-500 test split (problem/answer format)', async () => {
    const { records, summary } = await loadDataset('math500');
    expect(summary).to.deep.equal({ read: 500, kept: 500, bad: [] });
    const r = records[0];
    expect(r?.id).to.equal('test/precalculus/807.json');
    expect(r?.answer).to.equal('\\left( 3, \\frac{\\pi}{2} \\right)');
    expect(r?.source).to.equal('math500');
    expect(r?.solution).to.match(/\\boxed/);
    expect(r?.metadata).to.include({ subject: 'Precalculus', level: 2, format: 'math500', line: 1 });
  });

  it('loads the bundled GSM8K test split: question → problem, "#### N" → answer', async () => {
    const { records, summary } = await loadDataset('gsm8k');
    expect(summary.read).to.equal(1319);
    expect(summary.kept).to.equal(1319);
    expect(records[0]).to.deep.include({ id: 'gsm8k-1', answer: '18', source: 'gsm8k' });
    expect(records[0]?.problem).to.match(/^Janet’s ducks lay 16 eggs/);
    expect(records[0]?.solution).to.match(/#### 18$/);
    // thousands separators are dropped from the final answer
    expect(records.find((r) => r.solution?.endsWith('#### 2,125'))?.answer).to.equal('2125');
  });

  it('normalises MATH (answer = last \\boxed{} of the solution), AIME (numeric answer) and native records', async () => {
    const path = file('mixed.jsonl', [
      { problem: 'p1', solution: 'First \\boxed{1}, finally $\\boxed{\\frac{1}{2}}$.', level: 'Level 3', type: 'Algebra', idx: 7 },
      { problem: 'p2', answer: 70, id: '0' },
      { id: 'x-1', problem: 'p3', answer: '5', source: 'mine', metadata: { tag: 't' } },
      { question: 'p4', answer: 'forty-two' },
    ]);
    const { records, summary } = await loadDataset(path);
    expect(summary.bad).to.deep.equal([]);
    expect(records[0]).to.deep.equal({
      id: 'mixed-7',
      problem: 'p1',
      answer: '\\frac{1}{2}',
      solution: 'First \\boxed{1}, finally $\\boxed{\\frac{1}{2}}$.',
      source: 'mixed',
      metadata: { level: 'Level 3', type: 'Algebra', format: 'math', line: 1 },
    });
    expect(records[1]).to.deep.include({ id: '0', answer: '70', source: 'mixed' });
    expect(records[1]?.metadata).to.deep.equal({ format: 'aime', line: 2 });
    expect(records[2]).to.deep.equal({ id: 'x-1', problem: 'p3', answer: '5', source: 'mine', metadata: { tag: 't' } });
    expect(records[3]).to.deep.include({ problem: 'p4', answer: 'forty-two', id: 'mixed-4' });
  });

  it('reports bad lines with file:line and the failing schema path, and keeps the good ones', async () => {
    const path = file('bad.jsonl', [
      { problem: 'good 1', answer: '1' },
      '{"problem": "truncated',
      { problem: 'wrong type', answer: ['1'] },
      '',
      { problem: 'no box', solution: 'no boxed answer here' },
      { foo: 1 },
      { id: 'n', problem: 'native', answer: '1', source: 's', metadata: {}, extra: true },
      { problem: 'good 2', answer: '2' },
    ]);
    const { records, summary } = await loadDataset(path);
    expect(records.map((r) => r.problem)).to.deep.equal(['good 1', 'good 2']);
    expect(summary.read).to.equal(7); // the empty line is not data
    expect(summary.kept).to.equal(2);
    const bad = summary.bad.map((b) => ({ line: b.line, schemaPath: b.schemaPath, file: b.file }));
    expect(bad).to.deep.equal([
      { line: 2, schemaPath: 'json', file: path },
      { line: 3, schemaPath: '#/properties/answer/type', file: path },
      { line: 5, schemaPath: '#/required', file: path },
      { line: 6, schemaPath: '#/required', file: path },
      { line: 7, schemaPath: '#/additionalProperties', file: path },
    ]);
    expect(formatBadLine(summary.bad[1]!)).to.equal(`${path}:3: /answer must be string (schema #/properties/answer/type)`);
    expect(summary.bad[3]?.message).to.match(/unrecognised record format \(fields: foo\)/);
    expect(summary.bad[4]?.message).to.match(/must NOT have additional properties \("extra"\)/);
  });

  it('stops after limit good records; streamDataset yields records and bad lines in file order', async () => {
    const path = file('limit.jsonl', [{ problem: 'a', answer: '1' }, 'oops', { problem: 'b', answer: '2' }, { problem: 'c', answer: '3' }]);
    const { records, summary } = await loadDataset(path, { limit: 2 });
    expect(records.map((r) => r.problem)).to.deep.equal(['a', 'b']);
    expect(summary).to.deep.include({ read: 3, kept: 2 });
    expect((await loadDataset('gsm8k', { limit: 5 })).records).to.have.length(5);
    const kinds: string[] = [];
    for await (const item of streamDataset(path)) kinds.push(item.ok ? `record ${item.line}` : `bad ${item.bad.line}`);
    expect(kinds).to.deep.equal(['record 1', 'bad 2', 'record 3', 'record 4']);
  });

  it('resolves folders by split and rejects unknown names, missing files and bad options', async () => {
    const sub = join(dir, 'myset');
    rmSync(sub, { recursive: true, force: true });
    mkdirSync(sub);
    writeFileSync(join(sub, 'train.jsonl'), jsonl([{ problem: 'q', answer: '1' }]));
    const { records } = await loadDataset(sub, { split: 'train' });
    expect(records[0]?.source).to.equal('myset');
    const rejects = async (p: Promise<unknown>, re: RegExp): Promise<void> => {
      const err = await p.then(() => undefined, (e: unknown) => e);
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as Error).message).to.match(re);
    };
    await rejects(loadDataset('math5000'), /neither a bundled dataset \(math500, gsm8k, aime24, aime25, amc23\) nor an existing file/);
    await rejects(loadDataset('math500', { split: 'train' }), /no split "train"; bundled splits: test/);
    await rejects(loadDataset(sub), /has no test\.jsonl/);
    await rejects(loadDataset('gsm8k', { limit: -1 }), /limit must be a non-negative integer/);
  });
});

describe('datasets/record', () => {
  it('validates against the schema, and the JSON schema file is the same schema', () => {
    expect(checkRecord({ id: 'a', problem: 'p', answer: '1', source: 's', metadata: {} }).ok).to.equal(true);
    const bad = checkRecord({ id: 'a', problem: 'p', answer: '', source: 's', metadata: {} });
    expect(bad).to.deep.include({ ok: false, schemaPath: '#/properties/answer/minLength', instancePath: '/answer' });
    const onDisk = JSON.parse(readFileSync(new URL('../../datasets/schemas/problem-record.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(onDisk).to.deep.equal(problemRecordSchema);
  });

  it('detects formats and finds the last boxed answer', () => {
    expect(detectFormat({ question: 'q', answer: 'w\n#### 3' })).to.equal('gsm8k');
    expect(detectFormat({ problem: 'q', answer: 3 })).to.equal('aime');
    expect(detectFormat({ problem: 'q', solution: 's' })).to.equal('math');
    expect(detectFormat([1])).to.equal('unknown');
    expect(lastBoxed('\\boxed{1} then \\boxed{\\frac{a}{b}}')).to.equal('\\frac{a}{b}');
    expect(lastBoxed('\\fbox{x}')).to.equal('x');
    expect(lastBoxed('\\boxed 5')).to.equal('5');
    expect(lastBoxed('\\boxed{unclosed')).to.equal(undefined);
    expect(lastBoxed('none')).to.equal(undefined);
  });
});

describe('datasets/load: byte-order mark', () => {
  it('reads a first line that starts with a UTF-8 BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mathgym-bom-'));
    const file = join(dir, 'bom.jsonl');
    writeFileSync(file, '\uFEFF{"problem":"1+1?","answer":"2"}\n{"problem":"2+2?","answer":"4"}\n');
    try {
      const { records, summary } = await loadDataset(file);
      expect(summary.bad).to.deep.equal([]);
      expect(records.map((r) => r.answer)).to.deep.equal(['2', '4']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
