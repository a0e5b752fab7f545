/** Policies behind an API: the OpenAI-compatible adapter, the multi-turn episode runner, pass@k, and serve-policy. */
export { passAtK, meanPassAtK } from './pass-at-k.js';
export { runEpisodes, type ChatMessage, type ChatReply, type ChatPolicy, type EpisodeError, type EpisodeRecord, type ErrorClassifier, type RunEpisodesOptions } from './episodes.js';
export { summarizeEpisodes, type EvalSummary } from './report.js';
export { OpenAIChatPolicy, type OpenAIPolicyOptions, type EndpointCheck } from './openai-policy.js';
export { loadCheckpointPolicy, type CheckpointPolicy } from './checkpoint-policy.js';
export { buildPolicyServer, startPolicyServer, type PolicyServerOptions, type PolicyServer } from './serve.js';
