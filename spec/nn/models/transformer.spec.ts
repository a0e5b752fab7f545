import { expect } from 'chai';
import { Rng } from '../../../lib/core/rng.js';
import { ConfigError } from '../../../lib/errors.js';
import { AdamW, CharTokenizer, crossEntropy, setBackend, disposeBackend, Transformer, type TransformerConfig } from '../../../lib/nn/index.js';

const tok = new CharTokenizer('0123456789+-*=');
const config: TransformerConfig = { vocabSize: tok.vocabSize, contextLength: 16, dModel: 32, nHeads: 4, nLayers: 2 };

describe('nn/models/Transformer', () => {
  before(() => setBackend('js'));
  after(() => disposeBackend());

  it('should give [B,T,V] logits and a parameter list', () => {
    const m = new Transformer(config, Rng.fromSeed(1), tok);
    expect(m.forward([[1, 3, 4], [1, 5, 6]]).shape).to.deep.equal([2, 3, tok.vocabSize]);
    expect(m.parameters().length).to.equal(2 + 2 * 16 + 2 + 2);
    expect(() => new Transformer({ ...config, nHeads: 5 }, Rng.fromSeed(1))).to.throw(ConfigError, /divisible/);
  });

  it('should give the same next-token logits with the KV cache as a full forward pass (1e-4)', () => {
    const m = new Transformer(config, Rng.fromSeed(2), tok);
    // perturb the layer norms and biases too, so every parameter matters
    const rng = Rng.fromSeed(9);
    for (const p of m.parameters()) for (let i = 0; i < p.size; i++) p.data[i] = p.data[i]! + 0.3 * rng.normal();
    const seqs = [tok.encode('12+34=46', { bos: true }), tok.encode('9*9=81*', { bos: true })];
    const full = seqs.map((s) => m.forward([s]).data);
    const cache = m.newCache(2);
    let worst = 0;
    for (let t = 0; t < 8; t++) {
      const rows = seqs.map((_, r) => r).filter((r) => t < seqs[r]!.length);
      const logits = m.decodeStep(cache, rows, rows.map((r) => seqs[r]![t]!), rows.map(() => t));
      rows.forEach((r, i) => {
        for (let v = 0; v < tok.vocabSize; v++) worst = Math.max(worst, Math.abs(logits[i]![v]! - full[r]![t * tok.vocabSize + v]!));
      });
    }
    expect(worst).to.be.below(1e-4);
  });

  it('should repeat generations for a seed, differ across seeds, and report policy log-probs', async () => {
    const m = new Transformer(config, Rng.fromSeed(3), tok);
    const prompts = ['1+2=', '3*', '4', '1+2='];
    const opts = { temperature: 1, topP: 1, maxNewTokens: 10, seed: 5 };
    const a = await m.generate(prompts, opts);
    const b = await m.generate(prompts, opts);
    const c = await m.generate(prompts, { ...opts, seed: 6 });
    expect(b).to.deep.equal(a);
    expect(c.map((g) => g.tokens)).to.not.deep.equal(a.map((g) => g.tokens));
    for (const g of a) {
      expect(g.tokens.length).to.equal(g.logprobs.length);
      expect(g.finished).to.equal(g.tokens.at(-1) === tok.eos);
      if (!g.finished) expect(g.tokens.length).to.equal(10);
    }
    // at temperature 1 and topP 1 the sampling distribution is the policy
    expect(a[0]!.samplingLogprobs[0]).to.be.closeTo(a[0]!.logprobs[0]!, 1e-9);
    // sequenceLogprobs recomputes the same log-probs with a graph
    const enc = prompts.map((p) => tok.encode(p, { bos: true }));
    const { logp, mask, lengths } = m.sequenceLogprobs(enc.map((p, i) => [...p, ...a[i]!.tokens]), enc.map((p) => p.length));
    expect(lengths).to.deep.equal(a.map((g) => g.tokens.length));
    const lc = logp.shape[1]!;
    a.forEach((g, i) => g.logprobs.forEach((lp, j) => {
      expect(mask[i * lc + j]).to.equal(1);
      expect(logp.data[i * lc + j]).to.be.closeTo(lp, 1e-4);
    }));
    // a low temperature and tight nucleus sample from a sharper distribution than the policy
    const cold = await m.generate(['1+2='], { temperature: 0.5, topP: 0.5, maxNewTokens: 4, seed: 1 });
    expect(cold[0]!.samplingLogprobs[0]).to.be.above(cold[0]!.logprobs[0]!);
  });

  it('should memorise 8 short strings with AdamW and greedy-decode them exactly', async function () {
    this.timeout(120000);
    const facts = ['3+4=7', '2+5=7', '1+1=2', '6+2=8', '9-3=6', '4*2=8', '5+5=10', '8-8=0'];
    const m = new Transformer(config, Rng.fromSeed(11), tok);
    const opt = new AdamW(m.parameters(), { lr: 1e-2, weightDecay: 0 });
    const seqs = facts.map((f) => tok.encode(f, { bos: true, eos: true }));
    const t = Math.max(...seqs.map((s) => s.length));
    const inputs = seqs.map((s) => [...s.slice(0, -1), ...new Array<number>(t - s.length).fill(tok.pad)]);
    const targets = seqs.flatMap((s) => [...s.slice(1), ...new Array<number>(t - s.length).fill(-1)]);
    const mask = targets.map((x) => (x >= 0 ? 1 : 0));
    const start = Date.now();
    let loss = Infinity, steps = 0;
    for (; steps < 400 && loss > 0.02; steps++) {
      const l = crossEntropy(m.forward(inputs), targets, mask);
      opt.zeroGrad();
      l.backward();
      opt.step();
      loss = l.item();
    }
    const trainS = (Date.now() - start) / 1000;
    const prompts = facts.map((f) => f.slice(0, f.indexOf('=') + 1));
    const g0 = Date.now();
    const gens = await m.generate(prompts, { temperature: 0, topP: 1, maxNewTokens: 4, seed: 0 });
    const genS = (Date.now() - g0) / 1000;
    const ntok = gens.reduce((a, g) => a + g.tokens.length, 0) + prompts.reduce((a, p) => a + p.length + 1, 0);
    console.log(`      trained ${steps} steps in ${trainS.toFixed(1)} s (loss ${loss.toFixed(4)}); generate ${(ntok / genS).toFixed(0)} tokens/s (prompt + sampled)`);
    expect(gens.map((g, i) => prompts[i] + g.text)).to.deep.equal(facts);
    expect(gens.every((g) => g.finished)).to.equal(true);
  });
});
