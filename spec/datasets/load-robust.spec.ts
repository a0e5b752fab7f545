import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { ConfigError } from '../../lib/errors.js';
import { BadLineError, loadDataset } from '../../datasets/load.js';
import { invalidUtf8Offset } from '../../datasets/line-reader.js';
import { Rng } from '../../lib/core/rng.js';
import { mathgym } from '../fixtures/run-cli.js';

const rec = (id: string, answer = '1'): string => JSON.stringify({ id, problem: `problem ${id}`, answer, source: 't', metadata: {} });

describe('datasets/load: lines that must not crash or slip through', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mathgym-robust-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('a 64 MB line is reported as too long (file and line), the other lines are kept, the process lives', async () => {
    const path = join(dir, 'huge.jsonl');
    const fd = openSync(path, 'w');
    const head = '{"id":"big","problem":"';
    const tail = '","answer":"1","source":"t","metadata":{}}';
    writeSync(fd, `${rec('a')}\n${head}`);
    const block = Buffer.alloc(1 << 20, 'x');
    for (let i = 0; i < 64; i++) writeSync(fd, block);
    writeSync(fd, `${tail}\n${rec('c')}\n`);
    closeSync(fd);
    for (const maxLineBytes of [1024, undefined]) {
      const { records, summary } = await loadDataset(path, { maxLineBytes });
      expect(records.map((r) => r.id)).to.deep.equal(['a', 'c']);
      expect(summary.bad).to.have.length(1);
      const b = summary.bad[0]!;
      expect(b).to.include({ file: path, line: 2, kind: 'too-long' });
      expect(b.message).to.contain(`line is ${64 * 2 ** 20 + head.length + tail.length} bytes, over the ${maxLineBytes ?? 16 * 2 ** 20}-byte line limit`);
    }
  });

  it('the cap is inclusive, counts bytes not characters, and ignores a CRLF ending; a last line without newline is read', async () => {
    const line = rec('é'); // 2 bytes for é
    const bytes = Buffer.byteLength(line);
    const path = write('cap.jsonl', `${line}\r\n${rec('b')}`);
    const at = await loadDataset(path, { maxLineBytes: bytes });
    expect(at.records.map((r) => r.id)).to.deep.equal(['é', 'b']);
    const under = await loadDataset(path, { maxLineBytes: bytes - 1 });
    expect(under.records.map((r) => r.id)).to.deep.equal(['b']);
    expect(under.summary.bad.map((b) => [b.line, b.kind])).to.deep.equal([[1, 'too-long']]);
    for (const bad of [0, -1, 1.5, 2 ** 40]) {
      let err: unknown;
      try {
        await loadDataset(path, { maxLineBytes: bad });
      } catch (e) {
        err = e;
      }
      expect(err, String(bad)).to.be.instanceOf(ConfigError);
    }
  });

  it('invalid UTF-8 is a bad line naming the byte; allowInvalidUtf8 reads it as U+FFFD', async () => {
    const good = Buffer.from(`${rec('ok')}\n`);
    const cases = [Buffer.from([0xff]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe2, 0x82])];
    const lines = cases.map((b, i) => Buffer.concat([Buffer.from(`{"id":"u${i}","problem":"x`), b, Buffer.from('","answer":"1","source":"t","metadata":{}}\n')]));
    const path = write('utf8.jsonl', Buffer.concat([good, ...lines]));
    const { records, summary } = await loadDataset(path);
    expect(records.map((r) => r.id)).to.deep.equal(['ok']);
    expect(summary.bad.map((b) => [b.line, b.kind])).to.deep.equal([
      [2, 'invalid-utf8'],
      [3, 'invalid-utf8'],
      [4, 'invalid-utf8'],
      [5, 'invalid-utf8'],
    ]);
    expect(summary.bad[0]!.message).to.match(/invalid UTF-8 at byte 23 of the line \(bytes ff/);
    const lax = await loadDataset(path, { allowInvalidUtf8: true });
    expect(lax.summary.bad).to.deep.equal([]);
    expect(lax.records[1]!.problem).to.equal('x\uFFFD');
  });

  it('the UTF-8 check agrees with node:buffer isUtf8 on 20,000 random byte strings', () => {
    const rng = Rng.fromSeed(3);
    const alphabet = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff];
    for (let i = 0; i < 20_000; i++) {
      const b = Buffer.from(Array.from({ length: rng.integer(0, 6) }, () => rng.choice(alphabet)));
      expect(invalidUtf8Offset(b) === -1, b.toString('hex')).to.equal(isUtf8(b));
    }
    expect(invalidUtf8Offset(Buffer.from('añ€😀'))).to.equal(-1);
  });

  it('a duplicate id is reported with the line of the first; the first record is kept', async () => {
    const path = write('dup.jsonl', [rec('a'), rec('b'), rec('a', '2'), JSON.stringify({ question: 'q', answer: 'x', id: 'b' })].join('\n'));
    const { records, summary } = await loadDataset(path);
    expect(records.map((r) => [r.id, r.answer])).to.deep.equal([
      ['a', '1'],
      ['b', '1'],
    ]);
    expect(summary.bad.map((b) => [b.line, b.kind])).to.deep.equal([
      [3, 'duplicate-id'],
      [4, 'duplicate-id'],
    ]);
    expect(summary.bad[0]!.message).to.match(/duplicate id "a" \(first at line 1\)/);
  });

  it('a GSM8K worked solution without "#### N" (or with nothing after it) is reported, not taken whole as the gold', async () => {
    const path = write(
      'gsm.jsonl',
      [
        JSON.stringify({ question: 'Tom has 3 apples and buys 4. How many?', answer: 'He has 3+4=<<3+4=7>>7 apples.\n#### 7' }),
        JSON.stringify({ question: 'Tom has 3 apples and buys 4. How many?', answer: 'He has 3+4=<<3+4=7>>7 apples.' }),
        JSON.stringify({ question: 'Ann has 2 pens and buys 2. How many?', answer: 'She buys 2.\nShe has 2+2 = 4 pens.' }),
        JSON.stringify({ question: 'Ann has 2 pens and buys 5. How many?', answer: 'She has 7.\n####' }),
        JSON.stringify({ question: 'What is 2+2?', answer: '4' }),
      ].join('\n'),
    );
    const { records, summary } = await loadDataset(path);
    expect(records.map((r) => r.answer)).to.deep.equal(['7', '4']);
    expect(summary.bad.map((b) => [b.line, b.kind])).to.deep.equal([
      [2, 'no-final-answer'],
      [3, 'no-final-answer'],
      [4, 'no-final-answer'],
    ]);
    expect(summary.bad[0]!.message).to.match(/without a "#### N" final answer/);
  });

  it('strict mode throws a typed BadLineError naming the file and line', async () => {
    const path = write('strict.jsonl', [rec('a'), '{not json', rec('c')].join('\n'));
    let err: unknown;
    try {
      await loadDataset(path, { strict: true });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(BadLineError);
    expect((err as BadLineError).code).to.equal('DATASET_BAD_LINE');
    expect((err as BadLineError).bad).to.include({ file: path, line: 2, kind: 'json' });
    expect((err as Error).message).to.contain(`${path}:2:`);
  });

  it('the bundled datasets have no bad lines under the new checks', async () => {
    for (const name of ['math500', 'gsm8k', 'aime24', 'aime25', 'amc23']) {
      const { summary } = await loadDataset(name);
      expect(summary.bad, name).to.deep.equal([]);
    }
  });

  it('cli: datasets stats exits 1 on bad lines (naming file:line and kind), 0 with --allow-bad-lines', async () => {
    const path = write('cli.jsonl', [rec('a'), rec('b'), `{"id":"c","problem":"${'y'.repeat(5000)}","answer":"1","source":"t","metadata":{}}`, rec('a')].join('\n'));
    const r = await mathgym(['datasets', 'stats', path, '--max-line-bytes', '1000']);
    expect(r.code, r.stderr).to.equal(1);
    expect(r.stdout).to.contain(`${path}:3:`);
    expect(r.stdout).to.contain('[too-long]');
    expect(r.stdout).to.contain(`${path}:4:`);
    expect(r.stderr).to.match(/2 bad line\(s\).*--allow-bad-lines/);
    const ok = await mathgym(['datasets', 'stats', path, '--max-line-bytes', '1000', '--allow-bad-lines', '--json']);
    expect(ok.code, ok.stderr).to.equal(0);
    const s = JSON.parse(ok.stdout) as { kept: number; badLines: number; bad: { kind: string }[] };
    expect(s.kept).to.equal(2);
    expect(s.bad.map((b) => b.kind)).to.deep.equal(['too-long', 'duplicate-id']);
    const clean = await mathgym(['datasets', 'stats', 'amc23']);
    expect(clean.code, clean.stderr).to.equal(0);
  });
});
