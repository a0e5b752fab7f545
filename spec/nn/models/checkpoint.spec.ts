import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '../../../lib/core/rng.js';
import { ConfigError } from '../../../lib/errors.js';
import { AdamW, CharTokenizer, crossEntropy, loadCheckpoint, restoreCheckpoint, saveCheckpoint, serializeCheckpoint, deserializeCheckpoint, Transformer, type TransformerConfig } from '../../../lib/nn/index.js';

const tok = new CharTokenizer('abc');
const config: TransformerConfig = { vocabSize: tok.vocabSize, contextLength: 8, dModel: 16, nHeads: 2, nLayers: 1 };
const batch = [tok.encode('abcab', { bos: true }), tok.encode('cabba', { bos: true })];
const targets = [...tok.encode('abcab'), tok.eos, ...tok.encode('cabba'), tok.eos];

function trainStep(m: Transformer, opt: AdamW): void {
  const l = crossEntropy(m.forward(batch), targets);
  opt.zeroGrad();
  l.backward();
  opt.step();
}

describe('nn/checkpoint', () => {
  let dir = '';
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'mathgym-ckpt-'))));
  after(async () => rm(dir, { recursive: true, force: true }));

  it('should round-trip a model and resume AdamW exactly', async () => {
    const a = new Transformer(config, Rng.fromSeed(1), tok);
    const optA = new AdamW(a.parameters(), { lr: 0.01 });
    for (let i = 0; i < 3; i++) trainStep(a, optA);
    const path = join(dir, 'a.ckpt');
    await saveCheckpoint(path, { model: a, optimizer: optA, step: 3, meta: { config, charset: tok.charset } });

    const ck = await loadCheckpoint(path);
    expect(ck.step).to.equal(3);
    expect(ck.meta).to.deep.equal({ config, charset: tok.charset });
    const b = new Transformer(ck.meta.config as TransformerConfig, Rng.fromSeed(99), tok);
    const optB = new AdamW(b.parameters());
    expect(restoreCheckpoint(ck, b, optB)).to.equal(3);
    expect(Array.from(b.forward(batch).data)).to.deep.equal(Array.from(a.forward(batch).data));
    expect(optB.stepCount).to.equal(3);
    expect(optB.lr).to.equal(0.01);

    trainStep(a, optA);
    trainStep(b, optB);
    a.parameters().forEach((p, i) => expect(Array.from(b.parameters()[i]!.data)).to.deep.equal(Array.from(p.data)));
  });

  it('should reject foreign bytes and mismatched shapes', () => {
    expect(() => deserializeCheckpoint(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).to.throw(ConfigError, /MGCK/);
    const a = new Transformer(config, Rng.fromSeed(1), tok);
    const ck = deserializeCheckpoint(serializeCheckpoint({ model: a, step: 0 }));
    const big = new Transformer({ ...config, dModel: 32 }, Rng.fromSeed(1), tok);
    expect(() => restoreCheckpoint(ck, big)).to.throw(ConfigError, /wte/);
  });
});
