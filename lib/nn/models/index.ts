export { Transformer, KvCache, sampleToken, type TransformerConfig, type TransformerGeneration, type TokenGeneration, type SequenceLogprobs } from './transformer.js';
export { Ranker, type RankerConfig } from './ranker.js';
