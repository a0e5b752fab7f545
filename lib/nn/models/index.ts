/** The models of lib/nn: the char-level Transformer policy and the action Ranker. */
export { Transformer, KvCache, sampleToken, type TransformerConfig, type TransformerGeneration, type TokenGeneration, type SequenceLogprobs } from './transformer.js';
export { Ranker, type RankerConfig } from './ranker.js';
