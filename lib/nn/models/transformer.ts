/**
 * A small decoder-only transformer (GPT-2 layout): token + learned position embeddings; nLayers
 * pre-LN blocks, each x += proj(causalAttention(LN(x))) then x += MLP(LN(x)) with a 4x GELU MLP;
 * a final LN and an untied LM head. Init as GPT-2: Normal(0, 0.02), residual output projections
 * 0.02 / sqrt(2 nLayers), biases 0.
 *
 * It is a TextPolicy (lib/nn/text-policy.ts) when given a CharTokenizer: `generate` samples with a
 * per-layer KV cache (no graph), and `sequenceLogprobs` recomputes the completion tokens' log-probs
 * with a graph, for policy-gradient losses.
 */
import { Rng } from '../../core/rng.js';
import { ConfigError } from '../../errors.js';
import type { Generation, SampleOptions, TextPolicy } from '../text-policy.js';
import { add, attention, embedding, gelu, logSoftmax, permute, pick, reshape } from '../kernels/index.js';
import { LayerNorm } from '../layers/layer-norm.js';
import { Linear } from '../layers/linear.js';
import { Tensor, noGrad } from '../tensor.js';
import { EOS_ID, PAD_ID, type CharTokenizer } from '../tokenizer.js';

export interface TransformerConfig {
  readonly vocabSize: number;
  readonly contextLength: number;
  readonly dModel: number;
  readonly nHeads: number;
  readonly nLayers: number;
}

/** A Generation plus the log-prob of each token under the distribution it was actually drawn from (temperature, top-p). */
export interface TransformerGeneration extends Generation {
  /** log q(token), q the tempered, top-p-truncated distribution; 0 for greedy (temperature 0) picks. */
  readonly samplingLogprobs: readonly number[];
}

export interface TokenGeneration {
  readonly tokens: number[];
  /** log pi(token) at temperature 1 without top-p (the policy's own log-prob). */
  readonly logprobs: number[];
  readonly samplingLogprobs: number[];
  readonly finished: boolean;
}

export interface SequenceLogprobs {
  /** [B, Lc]: log pi(completion token j | everything before), Lc the longest completion; 0 where mask is 0. */
  readonly logp: Tensor;
  /** [B * Lc], 1 for a real completion token, 0 for padding. */
  readonly mask: Float32Array;
  /** Completion length per sequence. */
  readonly lengths: number[];
  /** [B, T, dModel]: the final (layer-normed) hidden states the LM head reads, in the graph (for a value head). */
  readonly hidden: Tensor;
  /** [B * Lc]: the row of hidden viewed as [B * T, dModel] that predicts completion token j of sequence b; -1 for padding. */
  readonly positions: number[];
  /** [B, T, V]: log-softmax over the vocabulary at every position, in the graph (for an entropy term). */
  readonly logProbs: Tensor;
}

/** Per-layer keys and values of the positions fed so far, one [contextLength, dModel] buffer per row. */
export class KvCache {
  readonly k: Float32Array[][];
  readonly v: Float32Array[][];
  constructor(nLayers: number, rows: number, contextLength: number, dModel: number) {
    const make = (): Float32Array[][] => Array.from({ length: nLayers }, () => Array.from({ length: rows }, () => new Float32Array(contextLength * dModel)));
    this.k = make();
    this.v = make();
  }
}

class Block {
  readonly ln1: LayerNorm;
  readonly q: Linear;
  readonly k: Linear;
  readonly v: Linear;
  readonly proj: Linear;
  readonly ln2: LayerNorm;
  readonly fc: Linear;
  readonly out: Linear;
  constructor(c: TransformerConfig, rng: Rng) {
    const d = c.dModel, std = 0.02, resStd = 0.02 / Math.sqrt(2 * c.nLayers);
    this.ln1 = new LayerNorm(d);
    this.q = new Linear(d, d, rng, { std });
    this.k = new Linear(d, d, rng, { std });
    this.v = new Linear(d, d, rng, { std });
    this.proj = new Linear(d, d, rng, { std: resStd });
    this.ln2 = new LayerNorm(d);
    this.fc = new Linear(d, 4 * d, rng, { std });
    this.out = new Linear(4 * d, d, rng, { std: resStd });
  }
  named(prefix: string): [string, Tensor][] {
    const parts: [string, { parameters(): Tensor[] }][] = [
      ['ln1', this.ln1], ['q', this.q], ['k', this.k], ['v', this.v], ['proj', this.proj], ['ln2', this.ln2], ['fc', this.fc], ['out', this.out],
    ];
    return parts.flatMap(([n, m]) => m.parameters().map((p, i): [string, Tensor] => [`${prefix}.${n}.${i}`, p]));
  }
  mlp(x: Tensor): Tensor {
    return add(x, this.out.forward(gelu(this.fc.forward(this.ln2.forward(x)))));
  }
}

function checkInt(name: string, x: number): void {
  if (!Number.isInteger(x) || x < 1) throw new ConfigError(`Transformer: ${name} must be a positive integer, got ${x}`);
}

export class Transformer implements TextPolicy {
  readonly config: TransformerConfig;
  readonly tokenizer: CharTokenizer | undefined;
  readonly wte: Tensor;
  readonly wpe: Tensor;
  readonly blocks: readonly Block[];
  readonly lnF: LayerNorm;
  readonly head: Linear;

  /**
   * Weights drawn from `rng`. `tokenizer` (needed by generate) must have config.vocabSize tokens.
   * @throws ConfigError for a non-positive size, dModel not divisible by nHeads, or a tokenizer of another size.
   */
  constructor(config: TransformerConfig, rng: Rng, tokenizer?: CharTokenizer) {
    const { vocabSize, contextLength, dModel, nHeads, nLayers } = config;
    for (const [k, v] of Object.entries({ vocabSize, contextLength, dModel, nHeads, nLayers })) checkInt(k, v);
    if (dModel % nHeads !== 0) throw new ConfigError(`Transformer: dModel ${dModel} must be divisible by nHeads ${nHeads}`);
    if (tokenizer && tokenizer.vocabSize !== vocabSize) {
      throw new ConfigError(`Transformer: the tokenizer has ${tokenizer.vocabSize} tokens but config.vocabSize is ${vocabSize}`);
    }
    this.config = { vocabSize, contextLength, dModel, nHeads, nLayers };
    this.tokenizer = tokenizer;
    this.wte = Tensor.randn([vocabSize, dModel], rng, 0.02, true);
    this.wpe = Tensor.randn([contextLength, dModel], rng, 0.02, true);
    this.blocks = Array.from({ length: nLayers }, () => new Block(this.config, rng));
    this.lnF = new LayerNorm(dModel);
    this.head = new Linear(dModel, vocabSize, rng, { std: 0.02 });
  }

  /** Every parameter with a stable name (for checkpoints), in `parameters()` order. */
  namedParameters(): [string, Tensor][] {
    return [
      ['wte', this.wte],
      ['wpe', this.wpe],
      ...this.blocks.flatMap((b, i) => b.named(`h${i}`)),
      ...this.lnF.parameters().map((p, i): [string, Tensor] => [`lnF.${i}`, p]),
      ...this.head.parameters().map((p, i): [string, Tensor] => [`head.${i}`, p]),
    ];
  }

  parameters(): Tensor[] {
    return this.namedParameters().map(([, p]) => p);
  }

  /**
   * Logits [B, T, V] for a rectangular batch of token ids [B][T] (pad at the end: the mask is causal).
   * @throws ConfigError for ragged rows, an empty batch, T above contextLength or a bad id.
   */
  forward(tokens: readonly (readonly number[])[]): Tensor {
    return this.head.forward(this.hiddenStates(tokens));
  }

  /**
   * The final hidden states [B, T, dModel] (after the last layer norm, before the LM head): what a value
   * head or any other probe on the trunk reads. Same input rules as `forward`.
   */
  hiddenStates(tokens: readonly (readonly number[])[]): Tensor {
    const b = tokens.length, t = tokens[0]?.length ?? 0;
    const { contextLength, dModel: c, nHeads: h } = this.config;
    if (b === 0 || t === 0) throw new ConfigError('Transformer.forward: the batch is empty');
    if (tokens.some((r) => r.length !== t)) throw new ConfigError('Transformer.forward: rows must all have the same length (pad them)');
    if (t > contextLength) throw new ConfigError(`Transformer.forward: ${t} tokens exceed contextLength ${contextLength}`);
    const ids = tokens.flat();
    const pos = ids.map((_, i) => i % t);
    let x = add(embedding(this.wte, ids, [b, t]), embedding(this.wpe, pos, [b, t]));
    const heads = (y: Tensor) => permute(reshape(y, [b, t, h, c / h]), [0, 2, 1, 3]);
    for (const blk of this.blocks) {
      const n = blk.ln1.forward(x);
      const o = attention(heads(blk.q.forward(n)), heads(blk.k.forward(n)), heads(blk.v.forward(n)));
      x = add(x, blk.proj.forward(reshape(permute(o, [0, 2, 1, 3]), [b, t, c])));
      x = blk.mlp(x);
    }
    return this.lnF.forward(x);
  }

  /**
   * Differentiable log-probs of each sequence's completion tokens (those at index >= its prompt length).
   * @param sequences prompt + completion token ids (the prompt starting with bos, as generate feeds it).
   * @param promptLengths per sequence, >= 1 (the first token has no prediction).
   * @throws ConfigError for mismatched lengths, a prompt length out of range, or a sequence longer than contextLength.
   */
  sequenceLogprobs(sequences: readonly (readonly number[])[], promptLengths: readonly number[]): SequenceLogprobs {
    if (sequences.length !== promptLengths.length) {
      throw new ConfigError(`sequenceLogprobs: ${sequences.length} sequences but ${promptLengths.length} prompt lengths`);
    }
    sequences.forEach((s, i) => {
      const p = promptLengths[i] as number;
      if (!Number.isInteger(p) || p < 1 || p > s.length) throw new ConfigError(`sequenceLogprobs: promptLengths[${i}] = ${p} must be in [1, ${s.length}]`);
    });
    const t = Math.max(...sequences.map((s) => s.length));
    const lengths = sequences.map((s, i) => s.length - (promptLengths[i] as number));
    const lc = Math.max(1, ...lengths);
    const padded = sequences.map((s) => [...s, ...new Array<number>(t - s.length).fill(PAD_ID)]);
    const hidden = this.hiddenStates(padded);
    const lsm = logSoftmax(this.head.forward(hidden));
    const rowIds: number[] = [], colIds: number[] = [];
    const mask = new Float32Array(sequences.length * lc);
    sequences.forEach((s, b) => {
      const p = promptLengths[b] as number;
      for (let j = 0; j < lc; j++) {
        const real = j < (lengths[b] as number);
        rowIds.push(real ? b * t + p - 1 + j : -1);
        colIds.push(real ? (s[p + j] as number) : 0);
        mask[b * lc + j] = real ? 1 : 0;
      }
    });
    return { logp: pick(lsm, rowIds, colIds, [sequences.length, lc]), mask, lengths, hidden, positions: rowIds, logProbs: lsm };
  }

  /** An empty cache for `rows` sequences. */
  newCache(rows: number): KvCache {
    const { nLayers, contextLength, dModel } = this.config;
    return new KvCache(nLayers, rows, contextLength, dModel);
  }

  /**
   * Feeds one token to each listed row of `cache` at that row's position and returns its next-token
   * logits [n][V]. Positions must be fed in order 0, 1, 2, ... per row. Builds no graph.
   */
  decodeStep(cache: KvCache, rows: readonly number[], tokens: readonly number[], positions: readonly number[]): Float32Array[] {
    const n = rows.length;
    const { dModel: c, nHeads: h, vocabSize, contextLength } = this.config;
    const d = c / h, sc = 1 / Math.sqrt(d);
    for (const p of positions) if (!Number.isInteger(p) || p < 0 || p >= contextLength) throw new ConfigError(`decodeStep: position ${p} outside [0, ${contextLength})`);
    return noGrad(() => {
      let x = add(embedding(this.wte, tokens, [n]), embedding(this.wpe, positions, [n]));
      this.blocks.forEach((blk, layer) => {
        const nx = blk.ln1.forward(x);
        const q = blk.q.forward(nx).data, k = blk.k.forward(nx).data, v = blk.v.forward(nx).data;
        const o = new Float32Array(n * c);
        const scores = new Float64Array(contextLength);
        for (let i = 0; i < n; i++) {
          const r = rows[i] as number, pos = positions[i] as number;
          const kc = cache.k[layer]![r]!, vc = cache.v[layer]![r]!;
          kc.set(k.subarray(i * c, (i + 1) * c), pos * c);
          vc.set(v.subarray(i * c, (i + 1) * c), pos * c);
          for (let hh = 0; hh < h; hh++) {
            const qo = i * c + hh * d;
            let max = -Infinity;
            for (let j = 0; j <= pos; j++) {
              let s = 0;
              for (let e = 0; e < d; e++) s += q[qo + e]! * kc[j * c + hh * d + e]!;
              scores[j] = s * sc;
              if (scores[j]! > max) max = scores[j]!;
            }
            let z = 0;
            for (let j = 0; j <= pos; j++) {
              scores[j] = Math.exp(scores[j]! - max);
              z += scores[j]!;
            }
            for (let e = 0; e < d; e++) {
              let acc = 0;
              for (let j = 0; j <= pos; j++) acc += scores[j]! * vc[j * c + hh * d + e]!;
              o[qo + e] = acc / z;
            }
          }
        }
        x = add(x, blk.proj.forward(new Tensor(o, [n, c])));
        x = blk.mlp(x);
      });
      const logits = this.head.forward(this.lnF.forward(x)).data;
      return Array.from({ length: n }, (_, i) => logits.slice(i * vocabSize, (i + 1) * vocabSize));
    });
  }

  /**
   * Samples a completion for each prompt (token ids, normally bos + text) with a KV cache. Row i draws
   * from its own stream, seeded from opts.seed and i, so a row does not depend on the others. Stops at
   * eos (included in tokens, finished true), at maxNewTokens or at contextLength (finished false).
   * @throws ConfigError for bad options, an empty prompt, or a prompt longer than contextLength.
   */
  generateTokens(prompts: readonly (readonly number[])[], opts: SampleOptions): TokenGeneration[] {
    const { temperature, topP, maxNewTokens, seed } = opts;
    if (!(temperature >= 0) || !Number.isFinite(temperature)) throw new ConfigError(`generate: temperature must be >= 0 (0 = greedy), got ${temperature}`);
    if (!(topP > 0 && topP <= 1)) throw new ConfigError(`generate: topP must be in (0, 1], got ${topP}`);
    if (!Number.isInteger(maxNewTokens) || maxNewTokens < 0) throw new ConfigError(`generate: maxNewTokens must be an integer >= 0, got ${maxNewTokens}`);
    const { contextLength } = this.config;
    prompts.forEach((p, i) => {
      if (p.length === 0 || p.length > contextLength) throw new ConfigError(`generate: prompt ${i} has ${p.length} tokens; it needs 1 .. contextLength (${contextLength})`);
    });
    const root = Rng.fromSeed(seed);
    const rngs = prompts.map(() => Rng.fromSeed(root.spawnSeed()));
    const seqs = prompts.map((p) => [...p]);
    const outs: TokenGeneration[] = prompts.map(() => ({ tokens: [], logprobs: [], samplingLogprobs: [], finished: false }));
    const fed = prompts.map(() => 0);
    const done = prompts.map(() => maxNewTokens === 0);
    const cache = this.newCache(prompts.length);
    for (;;) {
      const rows = done.flatMap((x, i) => (x ? [] : [i]));
      if (rows.length === 0) break;
      const tokens = rows.map((r) => seqs[r]![fed[r]!]!);
      const positions = rows.map((r) => fed[r]!);
      const logits = this.decodeStep(cache, rows, tokens, positions);
      rows.forEach((r, i) => {
        fed[r] = fed[r]! + 1;
        if (fed[r]! < seqs[r]!.length) return; // still feeding the prompt
        const { token, logprob, samplingLogprob } = sampleToken(logits[i]!, temperature, topP, rngs[r]!);
        const out = outs[r]!;
        out.tokens.push(token);
        out.logprobs.push(logprob);
        out.samplingLogprobs.push(samplingLogprob);
        seqs[r]!.push(token);
        if (token === EOS_ID) {
          outs[r] = { ...out, finished: true };
          done[r] = true;
        } else if (out.tokens.length >= maxNewTokens || seqs[r]!.length > contextLength) {
          done[r] = true;
        }
      });
    }
    return outs;
  }

  /** TextPolicy: encodes each prompt as bos + characters, samples, decodes (eos dropped from the text). */
  async generate(prompts: readonly string[], opts: SampleOptions): Promise<TransformerGeneration[]> {
    const tok = this.tokenizer;
    if (!tok) throw new ConfigError('Transformer.generate needs a tokenizer: pass a CharTokenizer to the constructor');
    const gens = this.generateTokens(prompts.map((p) => tok.encode(p, { bos: true })), opts);
    return gens.map((g) => ({ text: tok.decode(g.tokens), tokens: g.tokens, logprobs: g.logprobs, samplingLogprobs: g.samplingLogprobs, finished: g.finished }));
  }
}

function logSoftmaxArray(x: ArrayLike<number>, temperature = 1): Float64Array {
  const out = new Float64Array(x.length);
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) max = Math.max(max, (x[i] as number) / temperature);
  let z = 0;
  for (let i = 0; i < x.length; i++) z += Math.exp((x[i] as number) / temperature - max);
  const lse = max + Math.log(z);
  for (let i = 0; i < x.length; i++) out[i] = (x[i] as number) / temperature - lse;
  return out;
}

/** One draw from logits at `temperature` (0: argmax) restricted to the top-p nucleus. */
export function sampleToken(logits: ArrayLike<number>, temperature: number, topP: number, rng: Rng): { token: number; logprob: number; samplingLogprob: number } {
  const policy = logSoftmaxArray(logits);
  if (temperature === 0) {
    let best = 0;
    for (let i = 1; i < logits.length; i++) if ((logits[i] as number) > (logits[best] as number)) best = i;
    return { token: best, logprob: policy[best] as number, samplingLogprob: 0 };
  }
  const lq = logSoftmaxArray(logits, temperature);
  const order = Array.from(lq.keys()).sort((a, b) => (lq[b] as number) - (lq[a] as number) || a - b);
  const kept: number[] = [];
  let mass = 0;
  for (const i of order) {
    kept.push(i);
    mass += Math.exp(lq[i] as number);
    if (mass >= topP) break;
  }
  let u = rng.float() * mass;
  let token = kept[kept.length - 1] as number;
  for (const i of kept) {
    u -= Math.exp(lq[i] as number);
    if (u < 0) {
      token = i;
      break;
    }
  }
  return { token, logprob: policy[token] as number, samplingLogprob: (lq[token] as number) - Math.log(mass) };
}
